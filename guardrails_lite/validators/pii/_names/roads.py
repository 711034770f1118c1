"""Roads named by their numbers: "stuck on the M60 near Stockport", "up the N1 to Polokwane", "a detour on the F35",
"the A55 lay-by", "running late on I-285 near Decatur".

A letter and a number is a code far more often than a road ("the M3 chip", "an A4 sheet", "the N95 masks", "the
F35 jets"), and the tagger passes over them all. Two things together tell a road: a word that takes a road before
it ("on/up/along/via/off the M60", "take the A16") and, after it, what goes on a road's sentence: punctuation, a
direction or a place word ("near", "to", "towards"), a road's own noun ("lay-by", "junction", "southbound") or a
joining word ("and", "which"). A product's noun after the code ("the M3 chip") is none of those.
One pass over the capitalised tokens of a road's shape (`Prepared.caps_where`): linear.
"""

from __future__ import annotations

import re

from guardrails_lite.validators.pii._names.features import Prepared

__all__ = ["find"]

# "M60", "A55", "N1", "B4350", "E39", "F35": one letter of the British, Irish, South African, European and Icelandic
# road classes and one to four digits.
_CODE = re.compile(r"[ABMNEF][1-9][0-9]{0,3}")
# "I-285", "US-101", "SR-99", "N-4": a prefix, a hyphen and the number (three tokens).
_PREFIXES = frozenset("I US SR SH RN N A M".split())
_NUMBER = re.compile(r"[1-9][0-9]{0,3}")
# Words before the road ("on the M60", "up the N1", "take the A16"; "on I-285" without "the").
_TAKES_ROAD = frozenset(
    """on up down along off onto via take took taking join joined joins leave left exit exited use using past
    cross crossing across""".split()
)
# A road's own nouns after its number ("the A55 lay-by", "the M25 southbound"): a road whatever comes before.
_ROAD_NOUNS = frozenset(
    """motorway lay junction southbound northbound eastbound westbound roundabout slip corridor interchange
    services roadworks""".split()
)
# What follows a road's name in a sentence about it: a direction, a place word or a road's own word ...
_AFTER_ROAD = _ROAD_NOUNS | frozenset(
    """near towards toward to into from at past until between permitting exit exits bridge highway tunnel traffic
    closure closed north south east west""".split()
)
# ... or only a stop or a joining word, which ends a sentence about a code just as well ("print it on the A4, thanks",
# "take the F35, which is cheaper", "send it via the A1 and keep the receipt": review r18 L1). After these the road
# needs a word of travel near it ("stuck on the M60.", "drive you east on the M3;", "truck it up the A16, which").
_AFTER_STOP = frozenset(". , ; : ) – — ! ? and which is was".split())
_TRAVEL = frozenset(
    """drive drives driving drove driven stuck traffic route re-route reroute detour truck lorry van car cars bus coach
    cycle cycling heading head late miles mile km journey junction motorway road roads highway lane accident crash
    closed closure roadworks gate northbound southbound eastbound westbound north south east west""".split()
)
_NEAR = 12  # tokens either side of the road looked at for a word of travel


def find(p: Prepared, taken: set[int]) -> list[tuple[int, int]]:
    """(first, last) of each road's number that no other entity holds."""
    words = p.words
    n = len(words)
    out: list[tuple[int, int]] = []
    for i in p.caps_where(_road_like):
        w = words[i]
        if _CODE.fullmatch(w):
            last = i
        elif w in _PREFIXES and i + 2 < n and words[i + 1] == "-" and _NUMBER.fullmatch(words[i + 2]):
            last = i + 2
        else:
            continue
        if any(t in taken for t in range(i, last + 1)):
            continue
        before = p.word(i - 1).low
        after = p.word(last + 1).low
        if before == "the":
            if after in _ROAD_NOUNS:
                out.append((i, last))
                continue
            before = p.word(i - 2).low
        elif last == i:
            continue  # a bare "M60" without "the": only the hyphenated "I-285" kind reads as a road
        if before in _TAKES_ROAD and (after in _AFTER_ROAD or (after in _AFTER_STOP and _travel_near(p, i, last))):
            out.append((i, last))
    return out


def _travel_near(p: Prepared, first: int, last: int) -> bool:
    """A word of travel within `_NEAR` tokens of the road (a bounded window: linear over all roads)."""
    lo, hi = max(0, first - _NEAR), min(len(p.words), last + 1 + _NEAR)
    return any(p.word(t).low in _TRAVEL for t in range(lo, hi))


def _road_like(w: str) -> bool:
    return len(w) <= 5 and (w in _PREFIXES or _CODE.fullmatch(w) is not None)
