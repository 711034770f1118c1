"""Tagger people that stand where places stand: an e-mail's subject line ("Subject: Autumn tour: Bergen – Trondheim
– Tromsø", "Booking Wildhornhütte, 2–4 August", "Borehole progress – Mangochi and Salima") and the word after
another language's "in"/"at" ("ou nan Jacmel", "paro de micros en Providencia", "Zawadi yuko Posta", "tàu trễ ở
Đình Vũ").

A subject line names a message's topic in a few words, without the sentence around a name that tells the tagger a
person from a place, and its topics are far more often the places of a trip, a shipment or a site than people by
one bare name (people there come in full, after a title or a rule's cue: "Reference for Grace Adjei", "Mr Hemi
Walker"). The tagger learned English prepositions; it takes the unfamiliar word after Haitian "nan", Spanish "en" or
Swahili "yuko" for a person. So such a tagger person is taken for a place when its word is no listed given name,
or a place list or the gazetteer holds it; in a subject line also when "and", a comma or a dash joins it to a place
("Locum roster – Katherine and Tennant Creek"). Not a word in capitals (a booking's "SUBRAMANIAN/VENKATESH MR"), nor
one before "'s" or a family's event ("the Sandhu–Rossi wedding"). Only the entity's kind changes: the words stay
masked either way, so no name can leak by it.
"""

from __future__ import annotations

import array

from guardrails_lite.validators.pii._names import gazetteer
from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.lexicon import FIRST, PLACE
from guardrails_lite.validators.pii._names.tokens import NEWLINE, positions

Span = tuple[int, int, str, int]
# "Subject:" in the languages whose mail headers the sets and the rules meet.
FIELDS = frozenset("subject betreff objet asunto oggetto assunto onderwerp temat ämne emne aihe".split())
# Other languages' "in"/"at"/"arrived at" before a place: Spanish/French "en", Haitian "nan", Vietnamese "ở"/"tại",
# Swahili "niko/yuko/uko/tuko/kwenye/huko" (I am/he is/you are/we are at, in, there) and "-mefika" (has arrived at).
# (Not "na": Portuguese "in the", but Swahili "and"; not "di": Indonesian "in", Italian "of"; not "sa".)
LOCATIVES = frozenset(
    "en nan ở tại niko yuko uko tuko mko wako kwenye huko umefika nimefika nimeshafika amefika tumefika".split()
)
# After the word, what makes it a person's: "Priya's leaving do", "the Sandhu–Rossi wedding".
_PERSONS_AFTER = frozenset("'s ’s wedding family funeral birthday retirement farewell leaving".split())
# What joins the stops or sites a subject lists ("Mangochi and Salima", "Katherine and Tennant Creek").
_JOINS = frozenset("and , – — & /".split())


def subject_lines(p: Prepared) -> list[tuple[int, int]]:
    """(first, last) token of each subject line's text after its "Subject:" label."""
    if not p.may_hold(FIELDS):
        return []
    words, n = p.words, len(p.words)
    out = []
    for c in positions(words, ":"):
        if c >= 1 and words[c - 1].lower() in FIELDS and (c == 1 or words[c - 2] == NEWLINE):
            end = c + 1
            while end < n and words[end] != NEWLINE:
                end += 1
            out.append((c + 1, end - 1))
    return out


def retyped(p: Prepared, spans: list[Span], backed: set[int]) -> list[Span]:
    """`spans` with the tagger people in a subject line (one word) or after another language's "in" made places
    where their words allow it (the module's docstring)."""
    inside = {i for a, b in subject_lines(p) for i in range(a, b + 1)}
    if not inside and not p.may_hold(LOCATIVES):
        return spans  # (a long text with neither: no walk)
    words = p.words
    table = gazetteer.hashes()
    starts = {s[0] for s in spans if s[2] == "LOC"} if inside else set()
    ends = {s[1] for s in spans if s[2] == "LOC"} if inside else set()
    out = []
    for s in spans:
        first, last, kind, g = s
        if kind == "PER" and (first in inside or words[first - 1] in LOCATIVES) and _person_free(p, first, last):
            if first > 0 and words[first - 1] in LOCATIVES:
                # (a rule's person too: no rule's cue for a person ends on "nan", "en" or "yuko")
                if any(_place_like(p, i, table, i > first) for i in range(first, last + 1)):
                    s = (first, last, "LOC", g)
            elif first == last and first in inside and g not in backed:
                if _place_like(p, first, table) or _joined(p, first, starts, ends):
                    s = (first, last, "LOC", g)
        out.append(s)
    return out


def _person_free(p: Prepared, first: int, last: int) -> bool:
    """Nothing at the span's edges says person: a word in capitals, "'s" or a family's event after it."""
    word = p.words[first]
    return word[:1].isupper() and not word.isupper() and p.text(last + 1).lower() not in _PERSONS_AFTER


def _place_like(p: Prepared, i: int, table: array.array[int], listed_only: bool = False) -> bool:
    """Token `i` is on a place list or in the gazetteer, or (unless `listed_only`) on no given-name list."""
    f = p.word(i)
    return bool(f.flags & PLACE or (not listed_only and not f.flags & FIRST) or gazetteer.look_up(f.low, table))


def _joined(p: Prepared, i: int, starts: set[int], ends: set[int]) -> bool:
    """A join word links token `i` to a place right after or right before it."""
    return (p.text(i + 1) in _JOINS and i + 2 in starts) or (p.text(i - 1) in _JOINS and i - 2 in ends)
