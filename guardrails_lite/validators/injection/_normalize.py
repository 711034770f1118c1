"""Undo the cheap disguises attackers put on text, keeping a map back to the original offsets.

`normalize` folds Unicode tricks (NFKC, invisible characters, homoglyphs, accents), re-joins
spaced-out letters ("I g n o r e") and folds leetspeak inside words ("1gn0r3"). `decoded_segments`
finds base64, hex and URL-encoded runs that decode to readable text, and `rot13_view` returns the
rot13 reading of a text when that reading looks more like English than the text itself.
Every result can say which span of the original text a normalised span came from.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote

__all__ = ["Decoded", "Normalized", "decoded_segments", "normalize", "rot13_view"]

# Letters that render like Latin ones (Cyrillic, Greek, a few IPA/modifier forms); NFKC leaves them.
_HOMOGLYPHS = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
        "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "һ": "h",
        "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ɩ": "i", "ո": "n", "ս": "u", "ı": "i",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
        "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ү": "Y",
        "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "υ": "u", "ε": "e",
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
        "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    }
)  # fmt: skip
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})

# One letter, then at least three more each after a single separator: "I g n o r e", "i-g-n-o-r-e".
# Every repetition must consume two characters, so matching is linear.
_SPACED = re.compile(r"(?<![^\W\d_])[^\W\d_](?:[ .\-_*|/][^\W\d_]){3,}(?![^\W\d_])")
_SEP = re.compile(r"[ .\-_*|/]")
# A word mixing letters with leet digits/symbols: "1gn0r3", "pr0mpt", "@ll".
# The look-aheads (bounded) skip plain words and plain numbers without a Python callback.
_LEETWORD = re.compile(
    r"(?<![\w@$])(?=[A-Za-z0-9@$]{0,39}[0-9@$])(?=[A-Za-z0-9@$]{0,39}[A-Za-z])[A-Za-z0-9@$]{3,40}(?![\w@$])"
)

_B64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:(?:\\x|0x)?[0-9A-Fa-f]{2}[ :]?){8,}(?![0-9A-Fa-f])")
_URLENC = re.compile(r"(?:%[0-9A-Fa-f]{2}[A-Za-z0-9+._~-]{0,20}){4,}")
# rot13 detection: runs of ASCII letters, and the words whose count says "this reads as English (or as an
# attack)". Not a stop-word list: it scores readability, so it stays apart from `guardrails_lite.text`.
_LETTERS = re.compile(r"[a-z]+")
_SUSPECT = re.compile(r"[^\t\n\r\x20-\x7e]")
_ENGLISH_TELLS = frozenset(
    "the you and to of a is are your all in that it for this be on with as not what do now me "
    "ignore instructions previous prompt say tell print write reveal system rules say above".split()
)
_MAX_DECODED = 50


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and, for each of its characters, the original index it came from."""

    text: str
    _origin: tuple[int, ...] | None  # None: same length and positions as the original
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering normalised characters ``[start, end)``."""
        if self._origin is None:
            return start, end
        if not self._origin or start >= len(self._origin):
            return self.original_length, self.original_length
        s = self._origin[start]
        e = self._origin[end - 1] + 1 if end > start else s
        return s, max(e, s)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Readable text decoded from an encoded run at ``[start, end)`` of the inspected text."""

    kind: str
    text: str
    start: int
    end: int


def _invisible(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat in ("Cf", "Mn", "Me", "Cc") and ch not in "\n\t\r"


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if _invisible(ch):
        return ""
    out = unicodedata.normalize("NFKC", ch).translate(_HOMOGLYPHS)
    # Accented letters lose their accents ("ïgnörë"), which NFKC alone keeps.
    decomposed = unicodedata.normalize("NFKD", out)
    return "".join(c for c in decomposed if not _invisible(c)) or ("" if _invisible(out) else out)


def _fold_unicode(text: str) -> tuple[str, list[int] | None]:
    # Only characters outside printable ASCII can change; most text has few or none.
    changed = [(m.start(), f) for m in _SUSPECT.finditer(text) if (f := _fold_char(m.group())) != m.group()]
    if not changed:
        return text, None
    out: list[str] = []
    origin: list[int] = []
    last = 0
    for i, folded in changed:
        out.append(text[last:i])
        origin.extend(range(last, i))
        out.append(folded)
        origin.extend([i] * len(folded))
        last = i + 1
    out.append(text[last:])
    origin.extend(range(last, len(text)))
    return "".join(out), origin


def _rejoin_spaced(text: str, origin: list[int] | None) -> tuple[str, list[int] | None]:
    if not _SPACED.search(text):
        return text, origin
    base = origin if origin is not None else list(range(len(text)))
    out: list[str] = []
    new_origin: list[int] = []
    last = 0
    for m in _SPACED.finditer(text):
        out.append(text[last : m.start()])
        new_origin.extend(base[last : m.start()])
        for j in range(m.start(), m.end()):
            if not _SEP.fullmatch(text[j]):
                out.append(text[j])
                new_origin.append(base[j])
        last = m.end()
    out.append(text[last:])
    new_origin.extend(base[last:])
    return "".join(out), new_origin


def _fold_leet(text: str) -> str:
    def fold(m: re.Match[str]) -> str:
        word = m.group()
        letters = sum(c.isalpha() for c in word)
        # Needs letters and leet characters both; pure numbers and plain words stay.
        if letters < 2 or letters == len(word) or word.isdigit():
            return word
        return word.translate(_LEET)

    return _LEETWORD.sub(fold, text)  # same length: offsets unchanged


def normalize(text: str) -> Normalized:
    folded, origin = _fold_unicode(text)
    folded, origin = _rejoin_spaced(folded, origin)
    folded = _fold_leet(folded)
    return Normalized(folded, tuple(origin) if origin is not None else None, len(text))


def _readable(raw: bytes) -> str | None:
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(s) < 6:
        return None
    printable = sum(c.isprintable() or c in "\n\t\r" for c in s)
    letters = sum(c.isalpha() for c in s)
    if printable < 0.95 * len(s) or letters < 0.5 * len(s) or " " not in s.strip():
        return None
    return s


def _b64(segment: str) -> str | None:
    body = segment.rstrip("=")
    # Identifiers and words are not base64 payloads: those need mixed case or digits.
    if body.isalpha() and (body.islower() or body.isupper()):
        return None
    body += "=" * (-len(body) % 4)
    try:
        raw = base64.b64decode(body.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return None
    return _readable(raw)


def _hex(segment: str) -> str | None:
    digits = re.sub(r"\\x|0x|[ :]", "", segment)
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        return _readable(bytes.fromhex(digits))
    except ValueError:
        return None


def decoded_segments(text: str) -> list[Decoded]:
    """Encoded runs (base64, hex, URL-encoding) in `text` that decode to readable text."""
    found: list[Decoded] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in (("hex", _HEX), ("base64", _B64), ("url-encoding", _URLENC)):
        for m in pattern.finditer(text):
            if len(found) >= _MAX_DECODED:
                return found
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            seg = m.group()
            if kind == "hex":
                out = _hex(seg)
            elif kind == "base64":
                out = _b64(seg)
            else:
                decoded = unquote(seg.replace("+", " "))
                out = decoded if decoded != seg and _readable(decoded.encode()) else None
            if out is not None:
                end = m.start() + len(seg.rstrip(" :"))
                found.append(Decoded(kind, out, m.start(), end))
                taken.append((m.start(), end))
    return found


def _english(text: str) -> int:
    return sum(1 for w in _LETTERS.findall(text.lower()) if w in _ENGLISH_TELLS)


def rot13_view(text: str) -> str | None:
    """The rot13 reading of `text` when it reads clearly more like English than the text does."""
    if not any(c.isalpha() for c in text):
        return None
    flipped = codecs.encode(text, "rot13")
    plain, rot = _english(text), _english(flipped)
    return flipped if rot >= 3 and rot > 2 * plain else None
