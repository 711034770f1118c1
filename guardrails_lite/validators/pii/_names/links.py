"""Names joined to a found name: "Eilidh or Ruaridh", "Hannah and Olumide", "Abergavenny and Crickhowell",
"Maxvorstadt vs Sendling", "Kraków, Zabłocie and Wrocław", and a district in brackets after a place, "Kraków
(Zabłocie)".

A capitalised run that "and", "or", "vs" or a comma joins to a person is a person, to a place a place, when
its own words allow it: for a person no ordinary word (unless also a first name), month, weekday, product,
code name or listed place; for a place no person's name (unless a place's too), language or people
("Spanish"), ordinary word, month or product. Left to right then right to left, so a list takes the kind of
any found member. Each run is looked at twice: linear.
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names import cues
from guardrails_lite.validators.pii._names.context import PLACE_NOUNS_AFTER
from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.lexicon import DICT, FIRST, LAST, PLACE
from guardrails_lite.validators.pii._names.tokens import covered
from guardrails_lite.validators.pii._names.wordlists import CODE_NAMES, HOLIDAYS, MONTHS, PRODUCTS

Span = tuple[int, int, str, int]
_JOINS = frozenset("and or vs vs. versus , / > → -> – —".split())  # as written: "And" opens a sentence; arrows: a route
# A spaced dash joins the stops of a route or a list ("Reykjavík – Vík – Höfn", "Bergen – Trondheim – Tromsø") only
# where each name stands alone between dashes, commas and line ends: in prose it ends a clause ("near O'Hare —
# Ingrid already booked").
_DASHES = frozenset("– —".split())
_ROUTE_EDGES = frozenset("– — , : ( ) \n".split()) | {"\n"}
_KINDS = frozenset(("PER", "LOC"))  # what a run joins to
_NOT_PLACE = MONTHS | cues.WEEKDAYS | HOLIDAYS | PRODUCTS | CODE_NAMES


def joined(p: Prepared, spans: list[Span], group: int) -> list[Span]:
    """The runs joined to `spans`' people and places, as spans of the entity id `group`."""
    if not spans:
        return []
    words = p.words
    n = len(words)
    taken = covered(spans)
    out: list[Span] = []
    # Only the spans where a run may start are walked (the walks' first test, made in one pass; `taken` only grows,
    # so a span that fails it here would fail it in the walk): a text of names has tens of thousands of spans.
    ahead = [
        s
        for s in sorted(spans)
        if s[1] + 2 < n
        and s[1] + 2 not in taken
        and (words[s[1] + 1] in _JOINS or s[2] == "LOC")
        and s[2] in _KINDS
        and words[s[1] + 2][:1].isupper()
    ]
    for start, last, kind, _ in ahead:  # forwards: "Hannah and Olumide"
        i = last + 2
        while i < n and (words[i - 1] in _JOINS or kind == "LOC") and words[i][:1].isupper() and i not in taken:
            end = cues.extent(words, i, n)
            if words[i - 1] not in _JOINS and not _aside(words, i - 1, end, n):
                break
            if words[i - 1] in _DASHES and not _route(words, start, end):
                break
            start = i
            if any(t in taken for t in range(i, end + 1)) or not _fits(p, i, end, kind, words[i - 1]):
                break
            out.append((i, end, kind, group))
            taken.update(range(i, end + 1))
            i = end + 2
    behind = [
        s
        for s in sorted(spans + out, reverse=True)
        if s[0] >= 2 and s[2] in _KINDS and words[s[0] - 1] in _JOINS and words[s[0] - 2][:1].isupper()
    ]
    for first, right, kind, _ in behind:  # backwards: "Eilidh or Ruaridh" (found)
        end = first - 2
        while end >= 0 and words[end + 1] in _JOINS and words[end][:1].isupper() and end not in taken:
            start = end
            while start > 0 and start > end - 3 and words[start - 1][:1].isupper() and start - 1 not in taken:
                start -= 1
            if cues.extent(words, start, n) != end or not _fits(p, start, end, kind, words[end + 1]):
                break
            if words[end + 1] in _DASHES and not _route(words, start, right):
                break
            right = end
            out.append((start, end, kind, group))
            taken.update(range(start, end + 1))
            end = start - 2
    return out


def retyped(p: Prepared, spans: list[Span], backed: set[int]) -> list[Span]:
    """`spans` with a one-word tagger entity that "and"/"or"/"vs"/a comma joins to a person or a place given
    that kind when its own word allows it: a person on no name list next to a place is the place ("in Hereford
    and Clehonger"); a place on no place list next to a person is a person ("Ngozi Okafor or Tamsin")."""
    spans = sorted(spans)
    words = p.words
    out = list(spans)
    for k in range(len(spans) - 1):
        a, b = spans[k], spans[k + 1]
        if b[0] != a[1] + 2 or words[a[1] + 1] not in _JOINS or {a[2], b[2]} != {"PER", "LOC"}:
            continue
        if words[a[1] + 1] in _DASHES and not _route(words, a[0], b[1]):
            continue
        for k_one, (first, last, kind, g), other in ((k, a, b), (k + 1, b, a)):
            if g in backed or first != last:
                continue
            if kind == "PER" and not p.word(first).flags & (FIRST | LAST) and _fits(p, first, last, "LOC", "and"):
                out[k_one] = (first, last, "LOC", g)
            elif kind == "LOC" and not p.word(first).flags & PLACE and (other[3] in backed or other[1] > other[0]):
                # (a person that a rule found or named in full: one tagger guess beside another tells nothing)
                if _fits(p, first, last, "PER", "and"):
                    out[k_one] = (first, last, "PER", g)
    return out


def _route(words: list[str], first: int, last: int) -> bool:
    """Tokens first..last (two names and the dash between them) stand alone: a route's or a list's stops."""
    before = words[first - 1] if first else "\n"
    after = words[last + 1] if last + 1 < len(words) else "\n"
    return before in _ROUTE_EDGES and after in _ROUTE_EDGES


def _aside(words: list[str], at: int, end: int, n: int) -> bool:
    """A district in brackets after a place: "Kraków (Zabłocie)", "Shenzhen (Yantian port)"."""
    close = end + 1
    if close < n and words[close] in PLACE_NOUNS_AFTER:
        close += 1
    return words[at] == "(" and close < n and words[close] == ")"


def _fits(p: Prepared, first: int, last: int, kind: str, join: str) -> bool:
    """Whether tokens first..last can be joined to a `kind` entity by `join`. A comma joins names only when
    they are listed as such ("Ana Costa, Buchhaltung": a department; "Acme, London": a firm): a person's
    names on a name list (a single one a first name), a place's words on a place list or the gazetteer."""
    words = p.words
    caps = [t for t in range(first, last + 1) if words[t][:1].isupper()]
    if not caps or any(p.word(t).closed or (words[t].isupper() and len(words[t]) > 1) for t in caps):
        return False
    comma = join == ","
    if kind == "PER":
        if not cues.valid_person(p, first, last) or cues.listed_place(p, first, last):
            return False
        for t in caps:
            flags = p.word(t).flags
            if (flags & DICT or comma) and not flags & (FIRST if len(caps) == 1 or flags & DICT else FIRST | LAST):
                return False  # "Sky Blue", "Senior Vice President"
        return True
    for t in caps:
        f = p.word(t)
        if f.low in _NOT_PLACE or f.flags & DICT or not cues.place_word(p, t):
            return False
    return not comma or cues.listed_place(p, first, last)
