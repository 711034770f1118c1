"""People named by their family's noun or event: "with the Brandstätter family", "instead of the Kühn family",
"the Sandhu–Rossi wedding", "the Okafor and Mensah families".

Between "the" and a family's noun stand only the surnames of the family or of the couple (the tagger, seeing an
unfamiliar capitalised word before a noun, reads a place or nothing). Each name of the run is a person: a dash
("–", "—") or "and"/"&" parts a couple's names, a hyphen keeps a double-barrelled one ("the Ashdown-Hale family").
Not a well-known place ("the Paris wedding", "the Kenya family trip"), a common English word that no common
surname list holds ("the Big wedding"; "the Smith family" is a person's), a title's word ("the Royal family"), or a
feast or a month ("the Christmas family lunch"). One pass over the family nouns; each
walk back is bounded: linear.
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.lexicon import (
    CITY_BIG,
    COMMON_ZIPF2,
    CONTINENT,
    COUNTRY,
    DICT,
    LAST_TOP,
    REGION,
)
from guardrails_lite.validators.pii._names.tokens import casings, positions_of
from guardrails_lite.validators.pii._names.wordlists import HOLIDAYS, MONTHS

__all__ = ["find"]

_FAMILY = frozenset(
    """family families household households wedding weddings funeral funerals reunion engagement christening
    baptism twins clan""".split()
)
_FAMILY_FORMS = casings(_FAMILY)
_PARTS = frozenset("– — and &".split())
_HYPHENS = frozenset("- ‐".split())
_IN_RUN = _PARTS | _HYPHENS
_MAX_RUN = 7  # tokens between "the" and the family's noun
_NOT_FAMILY = CITY_BIG | COUNTRY | CONTINENT | REGION
# Words before "family" that are no one's name though a surname list holds them ("the Royal family").
_FAMILY_WORDS = frozenset("royal imperial holy first host crime whole extended new same".split())


def find(p: Prepared) -> list[tuple[int, int]]:
    """(first, last) of each name in a run of surnames between "the" and a family's noun."""
    if not p.may_hold(_FAMILY):
        return []
    words = p.words
    out: list[tuple[int, int]] = []
    for i in positions_of(words, _FAMILY_FORMS):
        if i < 2:
            continue
        start = i
        while start > 0 and i - start < _MAX_RUN and (words[start - 1][:1].isupper() or words[start - 1] in _IN_RUN):
            start -= 1
        if start == i or words[start - 1].lower() != "the" or not words[start][:1].isupper():
            continue
        names = _names(p, start, i - 1)
        if names:
            out += names
    return out


def _names(p: Prepared, first: int, last: int) -> list[tuple[int, int]]:
    """The names of tokens first..last parted at couples' joins; none if a word is no surname's (see above)."""
    words = p.words
    if words[last] in _IN_RUN:
        return []
    out: list[tuple[int, int]] = []
    start = first
    for k in range(first, last + 1):
        w = words[k]
        if w in _PARTS:
            if k == start:
                return []
            out.append((start, k - 1))
            start = k + 1
        elif w not in _HYPHENS and not _surname_like(p, k):
            return []
    out.append((start, last))
    return out


def _surname_like(p: Prepared, k: int) -> bool:
    w = p.words[k]
    f = p.word(k)
    if not w[:1].isupper() or w.isupper() or not w.replace("'", "").replace("’", "").isalpha():
        return False
    if f.flags & _NOT_FAMILY or f.low in _FAMILY_WORDS:
        return False
    if f.flags & DICT and f.zipf2 >= COMMON_ZIPF2 and not f.flags & LAST_TOP:
        return False  # "the Big wedding"; a common surname that is a word too stays ("the Smith family")
    return f.low not in HOLIDAYS and f.low not in MONTHS
