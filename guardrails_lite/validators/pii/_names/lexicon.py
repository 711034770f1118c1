"""The name and place lexicon (built by scripts/build_names.py), loaded once per process.

Each lower-cased word or multi-word place maps to flag bits (which lists it is on) plus, from
`zipf_shift` up, twice its Zipf frequency in English: how common it is as a word.
"""

from __future__ import annotations

import gzip
import json
import threading
from dataclasses import dataclass
from importlib import resources

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

_LOCK = threading.Lock()
_LOADED: list[Lexicon] = []


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, int]
    phrases: dict[str, int]
    zipf_shift: int
    lower_places: frozenset[str]  # words on a LOWER_OK list
    phrase_heads: frozenset[str]  # first words of the multi-word places

    def flags(self, low: str) -> int:
        return self.words.get(low, 0) & ((1 << self.zipf_shift) - 1)

    def zipf2(self, low: str) -> int:
        """Twice the word's Zipf frequency (0 when unknown)."""
        return self.words.get(low, 0) >> self.zipf_shift


def _expand(groups: dict[str, str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for code, keys in groups.items():
        out.update(dict.fromkeys(keys.split("\n"), int(code)))
    return out


def lexicon() -> Lexicon:
    """The shipped lexicon, read on first use."""
    if _LOADED:
        return _LOADED[0]
    with _LOCK:
        if not _LOADED:
            path = resources.files("guardrails_lite") / "data" / "names" / "lexicon.json.gz"
            data = json.loads(gzip.decompress(path.read_bytes()))
            groups: dict[str, str] = data["words"]
            lower = frozenset(w for code, keys in groups.items() if int(code) & LOWER_OK for w in keys.split("\n"))
            phrases = _expand(data["phrases"])
            heads = frozenset(k.partition(" ")[0] for k in phrases)
            _LOADED.append(Lexicon(_expand(groups), phrases, int(data["zipf_shift"]), lower, heads))
        return _LOADED[0]
