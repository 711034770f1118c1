"""The name and place lexicon (built by scripts/build_names.py), loaded once per process.

Each lower-cased word or multi-word place maps to flag bits (which lists it is on) plus, from
`zipf_shift` up, twice its Zipf frequency in English: how common it is as a word.

The file (``lexicon.bin``, written by `dump`) keeps the 125k single words as sorted 64-bit BLAKE2b hashes
with their codes beside them, looked up by bisection: a dict of them cost ~70 ms of a cold first call, and
a text looks up each distinct word once (`features.Facts` caches the answer). The multi-word places (10k)
and the words whose lists make them candidates in lower case are stored as text. The writer refuses two
words with one hash; a word that is not listed matches a listed word's hash with odds of about 1 in 10^14.

    MAGIC (8 bytes) | header length (u32, little-endian) | header (UTF-8 JSON) | hashes (u64) | codes (u32)
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import struct
import sys
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from guardrails_lite.validators._shared.package_data import shipped_bytes
from guardrails_lite.validators.pii._names.memo import keep

FIRST, FIRST_TOP, LAST, LAST_TOP = 1, 2, 4, 8
CITY, CITY_BIG, COUNTRY, REGION, CONTINENT, DICT = 16, 32, 64, 128, 256, 512
FLAG_NAMES = (
    (FIRST, "F"),
    (FIRST_TOP, "FT"),
    (LAST, "L"),
    (LAST_TOP, "LT"),
    (CITY, "C"),
    (CITY_BIG, "CB"),
    (COUNTRY, "CO"),
    (REGION, "R"),
    (CONTINENT, "CT"),
    (DICT, "D"),
)
PLACE = CITY | COUNTRY | REGION | CONTINENT
LOWER_OK = CITY_BIG | COUNTRY | REGION | CONTINENT  # lists whose entries are candidates even in lower case
MAX_PHRASE = 4
# Twice Zipf 4: a word met about once in 10,000 ("drama", "pizza"; not "cologne") is common English, so it is no
# name or place on its own without a cue (one threshold for the gazetteer, the places and the context rules).
COMMON_ZIPF2 = 8


MAGIC = b"GLNAMES\x00"
FORMAT = 2
_LEN = struct.Struct("<I")
_SEEN_MAX = 100_000


def word_hash(word: str) -> int:
    """The 64-bit key a word is stored under."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


class Words:
    """Listed single words -> code, looked up by hash (`get` as on a dict; nothing else is needed)."""

    def __init__(self, hashes: array[int], codes: array[int]) -> None:
        self._hashes = hashes
        self._codes = codes
        self._seen: dict[str, int] = {}  # word -> code, bounded: rules look the same words up again and again

    def __len__(self) -> int:
        return len(self._hashes)

    def get(self, word: str, default: int = 0) -> int:
        code = self._seen.get(word)
        if code is None:
            h = word_hash(word)
            k = bisect.bisect_left(self._hashes, h)
            code = self._codes[k] if k < len(self._hashes) and self._hashes[k] == h else -1
            keep(self._seen, word, code, len(word), _SEEN_MAX)
        return default if code < 0 else code


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: Words
    phrases: dict[str, int]
    zipf_shift: int
    lower_places: frozenset[str]  # words on a LOWER_OK list
    phrase_heads: frozenset[str]  # first words of the multi-word places
    phrase_stems: frozenset[str]  # the multi-word places' beginnings of two words or more, but not all of them

    def phrase_at(self, words: Sequence[str], i: int) -> tuple[int, int]:
        """(tokens, code) of the longest multi-word place (of `MAX_PHRASE` tokens at most) that `words[i:]` starts
        with, lower-cased; (0, 0) if none. Read forwards, one token at a time, while the words read so far begin
        some place's name (`phrase_stems`): most heads ("new", "san") stop after one more word."""
        found = (0, 0)
        key = words[i].lower()
        for k in range(i + 1, min(i + MAX_PHRASE, len(words))):
            key += " " + words[k].lower()
            code = self.phrases.get(key, 0)
            if code:
                found = (k + 1 - i, code)
            if key not in self.phrase_stems:
                break
        return found

    def flags(self, low: str) -> int:
        return self.words.get(low, 0) & ((1 << self.zipf_shift) - 1)

    def zipf2(self, low: str) -> int:
        """Twice the word's Zipf frequency (0 when unknown)."""
        return self.words.get(low, 0) >> self.zipf_shift


def _grouped(entries: Mapping[str, int]) -> dict[str, str]:
    """{code: newline-joined keys}, keys sorted."""
    by_code: dict[int, list[str]] = {}
    for key in sorted(entries):
        by_code.setdefault(entries[key], []).append(key)
    return {str(code): "\n".join(keys) for code, keys in sorted(by_code.items())}


def _expand(groups: dict[str, str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for code, keys in groups.items():
        out.update(dict.fromkeys(keys.split("\n"), int(code)))
    return out


def _little(values: array[int]) -> array[int]:
    if sys.byteorder != "little":
        values.byteswap()
    return values


def dump(words: Mapping[str, int], phrases: Mapping[str, int], zipf_shift: int) -> bytes:
    """The file's bytes (scripts/build_names.py writes the lexicon only through this)."""
    if any("\n" in k for k in (*words, *phrases)):
        raise ValueError("a lexicon key holds a newline")
    if any(not 0 <= v < 1 << 32 for v in words.values()):
        raise ValueError("a word's code does not fit 32 bits")
    keyed = sorted((word_hash(w), code) for w, code in words.items())
    if any(a[0] == b[0] for a, b in itertools.pairwise(keyed)):
        raise ValueError("two lexicon words share a 64-bit hash")
    lower = sorted(w for w, code in words.items() if code & LOWER_OK)
    header = {"format": FORMAT, "count": len(keyed), "zipf_shift": zipf_shift, "lower": "\n".join(lower)}
    header["phrases"] = _grouped(phrases)
    text = json.dumps(header, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    hashes = _little(array("Q", [h for h, _ in keyed]))
    codes = _little(array("I", [c for _, c in keyed]))
    return b"".join([MAGIC, _LEN.pack(len(text)), text, hashes.tobytes(), codes.tobytes()])


def read(data: bytes) -> Lexicon:
    """A lexicon from `dump`'s bytes; a wrong magic, format or size is a `ValueError`."""
    if data[: len(MAGIC)] != MAGIC:
        raise ValueError("not a names lexicon file (bad magic)")
    (size,) = _LEN.unpack_from(data, len(MAGIC))
    start = len(MAGIC) + _LEN.size
    header: dict[str, Any] = json.loads(data[start : start + size])
    if header.get("format") != FORMAT:
        raise ValueError(f"names lexicon format {header.get('format')!r}, this version reads {FORMAT}")
    n = header["count"]
    body = memoryview(data)[start + size :]
    hashes, codes = array("Q"), array("I")
    if hashes.itemsize != 8 or codes.itemsize != 4 or len(body) != 12 * n:
        raise ValueError(f"names lexicon: {len(body)} bytes of entries, header says {n} words")
    hashes.frombytes(body[: 8 * n])
    codes.frombytes(body[8 * n :])
    phrases = _expand(header["phrases"])
    lower = frozenset(header["lower"].split("\n")) if header["lower"] else frozenset()
    heads = frozenset(k.partition(" ")[0] for k in phrases)
    return Lexicon(
        Words(_little(hashes), _little(codes)), phrases, int(header["zipf_shift"]), lower, heads, _stems(phrases)
    )


def _stems(phrases: Mapping[str, int]) -> frozenset[str]:
    """Every beginning of two words or more of a phrase that is not the whole phrase ("rio de" of "rio de janeiro")."""
    out: set[str] = set()
    for key in phrases:
        parts = key.split(" ")
        out.update(" ".join(parts[:k]) for k in range(2, len(parts)))
    return frozenset(out)


lexicon = shipped_bytes(read, "names", "lexicon.bin")
"""The shipped lexicon, read on first use."""
