"""Stations, airports, ports and markets named before their lower-case noun after a word of going: "ten minutes from
Sidi Gaber station", "a short walk from Angel station", "bring the kenkey from Madina market", "flights from
N'djili airport", "the boat leaves from Kivukoni terminal".

The name is often a person's or an ordinary word elsewhere ("Angel", "Madina", "Victoria"), so the tagger reads a
person there; between "from/to/at/near/via (the)" and "station", "airport", "market" or "terminal" it is the site's
name whatever the tagger proposes. Not months, weekdays, products, code names or titles ("to the Apollo terminal"
is a code name's, "from Monday market" a day's). One pass over the capitalised tokens after such a word
(`Prepared.caps_after`): linear.
"""

from __future__ import annotations

from collections.abc import Collection

from guardrails_lite.validators.pii._names.cues import WEEKDAYS
from guardrails_lite.validators.pii._names.features import FUNCTION_WORDS, Prepared
from guardrails_lite.validators.pii._names.wordlists import CODE_NAMES, HOLIDAYS, MONTHS, PRODUCTS, TITLE_WORDS

__all__ = ["find"]

_GOING = frozenset("from to at near via outside past into".split())
_TRANSIT_NOUNS = frozenset("station airport market port harbour harbor terminal pier".split())
_MAX_WORDS = 3


def find(p: Prepared, ruled: Collection[int]) -> list[tuple[int, int]]:
    """(first, last) of each site's name before a transit noun after a word of going, outside the rules' tokens."""
    words = p.words
    n = len(words)
    out: list[tuple[int, int]] = []
    for j in p.caps_after(_going_or_the):
        before = words[j - 1].lower() if j else ""
        if before == "the" and j > 1:
            before = words[j - 2].lower()
        if before not in _GOING or j in ruled:
            continue
        last = j
        while last + 1 < n and last + 1 - j < _MAX_WORDS and words[last + 1][:1].isupper():
            last += 1
        if last + 1 >= n or words[last + 1] not in _TRANSIT_NOUNS:
            continue
        if all(_site_word(p, t) and t not in ruled for t in range(j, last + 1)):
            out.append((j, last))
    return out


def _going_or_the(w: str) -> bool:
    low = w.lower()
    return low in _GOING or low == "the"


def _site_word(p: Prepared, t: int) -> bool:
    w = p.words[t]
    if not w[:1].isupper() or (w.isupper() and len(w) > 1) or w in TITLE_WORDS:
        return False
    low = p.word(t).low
    return not (
        low in FUNCTION_WORDS
        or low in MONTHS
        or low in WEEKDAYS
        or low in HOLIDAYS
        or low in PRODUCTS
        or low in CODE_NAMES
    )
