"""Places and people in text written in capitals: "BUNKERS AT FUJAIRAH", "INJURED NEAR MAYRHOFEN", "ETA
MURMANSK", "40NM NORTH OF HONNINGSVÅG"; "MASTER IVANENKO REPORTS", "CAPT TAVITA FALEOLO", "AB REYES AND OS DELA
CRUZ" (ship reports, dispatch logs, crew lists, telexes).

The tagger learned places from words with a capital and lower-case letters; in capitals it passes over them, and
the rule for places after "in"/"near" (`cues.places_after_in`) reads lower-case words only. In capitals, a word
is a place only when a list says so (a listed place that is no ordinary word and no person's first name, or a
gazetteer town) and a word that comes before places, also in capitals, stands right before it: codes, crews'
surnames and call signs ("DEPARTS INNSBRUCK BASE. CREW: HOFER") are on no place list or follow no such word.
People: up to three words in capitals after a rank or a crew's role in capitals ("CAPT", "MASTER", "CHIEF
ENGINEER", "FO", "AB"), none of them an ordinary word unless a name list holds it ("MASTER SMITH"; not "MASTER
REPORTS", "CAPT ON DUTY").
One pass over the tokens in capitals (`Prepared.caps_where`), a set look-up and at most one gazetteer look-up each.
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names import gazetteer
from guardrails_lite.validators.pii._names.cues import WEEKDAYS
from guardrails_lite.validators.pii._names.features import FUNCTION_WORDS, Prepared
from guardrails_lite.validators.pii._names.lexicon import DICT, FIRST, LAST, PLACE
from guardrails_lite.validators.pii._names.wordlists import MONTHS

__all__ = ["find", "people"]

# Ranks and crew roles written before a name in reports ("CAPT", "MASTER", "CHIEF ENGINEER", "FO" first officer,
# "AB" able seaman, "OS" ordinary seaman, "ENG" engineer).
_RANKS = frozenset(
    """CAPT CAPTAIN MASTER SKIPPER ENGINEER ENG BOSUN PURSER PILOT COPILOT MATE CADET OFFICER FO AB OS SGT CPL
    INSP SUPT SUPERINTENDENT""".split()
)
_NAME_WORDS = 3

_POSSESSIVE = frozenset("' ’ 'S ’S".split())

# Words in capitals that come before a place in reports ("AT", "NEAR", "ETA", "DEP NADI", "DIVERT NAUSORI").
_BEFORE_PLACE = frozenset("AT NEAR IN VIA FROM TO ETA OF DEP DEPARTS DEPART ARR ARRIVE ARRIVES DIVERT REFUEL".split())


def find(p: Prepared, taken: set[int]) -> list[tuple[int, int]]:
    """(i, i) for each listed place in capitals after a place's word in capitals that no other entity holds."""
    words = p.words
    out: list[tuple[int, int]] = []
    for i in p.caps_where(_loud):
        if i == 0 or i in taken or words[i - 1] not in _BEFORE_PLACE or not _loud(words[i]):
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


def people(p: Prepared, taken: set[int]) -> list[tuple[int, int]]:
    """(first, last) of each name in capitals after a rank in capitals that no other entity holds."""
    words = p.words
    n = len(words)
    out: list[tuple[int, int]] = []
    for i in p.caps_where(_RANKS.__contains__):
        if words[i] not in _RANKS:
            continue  # (`caps_where` gives every capitalised token when they are mostly distinct)
        k = i + 1
        if k < n and words[k] == ".":
            k += 1  # "CAPT. LUNDE"
        first, last = k, k - 1
        while last + 1 < n and last + 1 - first < _NAME_WORDS and _name_in_capitals(p, last + 1):
            last += 1
        if last >= first and not any(t in taken for t in range(first, last + 1)):
            out.append((first, last))
    return out


def _name_in_capitals(p: Prepared, t: int) -> bool:
    w = p.words[t]
    if not _loud(w) or w in _RANKS or w in _BEFORE_PLACE:
        return False
    f = p.word(t)
    if f.low in FUNCTION_WORDS or f.low in MONTHS or f.low in WEEKDAYS:
        return False  # "CAPT ON DUTY", "MASTER SUNDAY"
    return not f.flags & DICT or bool(f.flags & (FIRST | LAST))
