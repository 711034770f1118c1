"""Places in text written in capitals: "BUNKERS AT FUJAIRAH", "INJURED NEAR MAYRHOFEN", "ETA MURMANSK",
"40NM NORTH OF HONNINGSVÅG" (ship reports, dispatch logs, telexes).

The tagger learned places from words with a capital and lower-case letters; in capitals it passes over them, and
the rule for places after "in"/"near" (`cues.places_after_in`) reads lower-case words only. In capitals, a word
is a place only when a list says so (a listed place that is no ordinary word and no person's first name, or a
gazetteer town) and a word that comes before places, also in capitals, stands right before it: codes, crews'
surnames and call signs ("DEPARTS INNSBRUCK BASE. CREW: HOFER") are on no place list or follow no such word.
One pass over the tokens in capitals (`Prepared.caps_where`), a set look-up and at most one gazetteer look-up each.
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names import gazetteer
from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.lexicon import DICT, FIRST, PLACE

__all__ = ["find"]

_POSSESSIVE = frozenset("' ’ 'S ’S".split())

# Words in capitals that come before a place in reports ("AT", "NEAR", "ETA", "DEP NADI", "DIVERT NAUSORI").
_BEFORE_PLACE = frozenset("AT NEAR IN VIA FROM TO ETA OF DEP DEPARTS DEPART ARR ARRIVE ARRIVES DIVERT REFUEL".split())


def find(p: Prepared, taken: set[int]) -> list[tuple[int, int]]:
    """(i, i) for each listed place in capitals after a place's word in capitals that no other entity holds."""
    words = p.words
    out: list[tuple[int, int]] = []
    for i in p.caps_where(_loud):
        if i == 0 or i in taken or words[i - 1] not in _BEFORE_PLACE:
            continue
        f = p.word(i)
        if f.flags & (DICT | FIRST):
            continue  # "AT PHOENIX", "TO JORDAN": an ordinary word or a person's name too
        if _loud(p.text(i + 1)) and (p.word(i + 1).flags & FIRST or p.text(i + 2) in _POSSESSIVE):
            continue  # "AT KHALA RUKHSANA'S", "AT AUNTIE MARY": a relation's word before a person, their home
        if f.flags & PLACE or gazetteer.look_up(f.low, gazetteer.hashes()):
            out.append((i, i))
    return out


def _loud(w: str) -> bool:
    return len(w) > 2 and w.isupper() and w.isalpha()
