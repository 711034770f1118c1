"""Where a found person's name was cut in two: two spans written as one name, the part the tagger took for a place,
and a hyphenated given name's lower-case tail.

- Two persons, or a person and an initial the tagger typed otherwise, written one after the other with nothing
  between them are one name ("Ji-woo Han" found as "Ji-woo" and "Han"; "Soib K. Kishiev").
- A one-word tagger place written right against a person's name, with nothing between them, is the rest of
  that name: a surname from a culture the lists do not hold ("Katrina Mota", "Valida Ibragimov"), a given name
  written after the family name ("Mori Ayumi"). Not a place that a place's word comes before ("in Lima"),
  not a country or a city of 500,000+ ("Anna Berlin" is rare; "Ana in Berlin" is not written without "in"),
  not a word that is no name ("Tuesday").
- A hyphen and a short lower-case syllable right after a person's name are part of it: Korean and other given
  names written "Seo-yeon", "Min-jun", "Soo-ah" (the tokenizer splits at the hyphen; the tagger sees a
  lower-case word and stops). Not a word that makes an adjective of the name ("Smith-led", "Ana-based").
- A one-word tagger place on no list of famous places that does what only people do, with no word before it
  that comes before places: "Asya spent a year", "Iwase said", "Pemba Sherpa, who guides" (a place "in Leeds
  said" or "from Bath who" keeps its place's word).
All look only at the spans' ends: linear in the number of spans.
"""

from __future__ import annotations

import operator

from guardrails_lite.validators.pii._names import cues
from guardrails_lite.validators.pii._names.features import PARTICLES, Prepared
from guardrails_lite.validators.pii._names.lexicon import CITY_BIG, CONTINENT, COUNTRY, DICT, FIRST, LAST
from guardrails_lite.validators.pii._names.tokens import NEWLINE
from guardrails_lite.validators.pii._names.wordlists import PLACE_CUES

Span = tuple[int, int, str, int]
_SYLLABLE_MAX = 4  # letters of a hyphenated given name's tail ("yeon", "jun", "ah")
# Lower-case words after a hyphen that make an adjective or a compound of the name before them.
_NOT_TAILS = frozenset("led run ran based born made like type era style owned bound free only".split())
# Before a name that is no one's on its own: an article ("the Bath who"), a list's join ("Bergen and Trondheim who").
_NOT_ALONE = frozenset("the a an our their your this and or , &".split())
_FAMOUS = COUNTRY | CITY_BIG | CONTINENT
# What only people do, right after the name ("Asya spent", "Iwase said"; "who" after a comma too).
_DOINGS = frozenset(
    """who whom said says told tells asked asks wrote writes replied replies thinks thought knows knew spent lives
    lived shouted smiled laughed explained explains added adds agreed emailed phoned texted""".split()
)
# ... or right before it, as in a quotation's attribution ('"It works," says Iwase.').
_SAID = frozenset("says said asks asked adds added explains explained writes wrote".split())
# Any token that lets `_doer` look at a place, lower-cased as `mended` tests it ("sAid" too: review r12a L2).
_DOER_CUES = frozenset({",", NEWLINE} | _DOINGS | _SAID)
_KIND = operator.itemgetter(2)


def mended(p: Prepared, spans: list[Span], backed: set[int]) -> list[Span]:
    """`spans` with each cut person's name made whole (sorted by first token). The per-span looks are asked only
    where their first token test passes (a hyphen after a person, a tagger place, a span right after the last):
    names-dense text makes tens of thousands of spans."""
    words = p.words
    if "PER" not in map(_KIND, spans) and not p.may_hold(_DOER_CUES):
        return spans  # nothing to mend: no person, no word (lower-cased) that makes a place one
    n = len(words)
    starts = {s[0] for s in spans}
    fixed = []
    for s in spans:
        if s[2] == "PER":
            if s[1] + 2 < n and words[s[1] + 1] == "-":
                s = _with_tail(p, s, starts)
        elif s[2] == "LOC" and s[3] not in backed:
            nxt = words[s[1] + 1] if s[1] + 1 < n else ""
            prev = words[s[0] - 1] if s[0] else ""
            if nxt == "," or nxt.lower() in _DOINGS or prev == NEWLINE or prev.lower() in _SAID:
                s = _doer(p, s)
        fixed.append(s)
    fixed.sort()
    out: list[Span] = []
    end = -2
    for span in fixed:
        if span[0] == end + 1 and _joins(p, out[-1], span, backed):
            before = out.pop()
            g = before[3] if before[2] == "PER" and (before[3] in backed or span[2] != "PER") else span[3]
            span = (before[0], span[1], "PER", g)
        out.append(span)
        end = span[1]
    return out


def _joins(p: Prepared, a: Span, b: Span, backed: set[int]) -> bool:
    """Whether `a` and `b`, one after the other with nothing between them, are written as one person's name: two
    persons ("Ji-woo" + "Han"), a person and an initial the tagger typed otherwise ("Faina" + "D." + ...), or a
    person and a tagger place that can be a name."""
    if b[0] != a[1] + 1 or "PER" not in (a[2], b[2]):
        return False  # (next token indices: only spaces between, never a line break or a comma)
    if a[2] == b[2]:
        return True
    other = a if b[2] == "PER" else b
    first, last, kind, g = other
    if g in backed or first != last:
        return False
    if p.word(first).shape in ("X", "X."):
        return True  # an initial
    if kind != "LOC":
        return False
    f = p.word(first)
    if f.flags & _FAMOUS or (f.flags & DICT and not f.flags & (FIRST | LAST)) or not cues.valid_person(p, first, last):
        return False
    return other is b or p.word(p.step(first, -1)).low not in PLACE_CUES


def _doer(p: Prepared, span: Span) -> Span:
    """A tagger place (not a rule's) that does what only people do is a person. The words right after and before
    it are looked at first: most places have neither (a names-dense text has a place at every other token)."""
    first, last, _, g = span
    after = p.text(last + 1)
    said = after in (".", ",", "</s>", "\n") and p.word(p.step(first, -1)).low in _SAID
    if after == ",":
        after = p.text(last + 2)
    if not (said or after.lower() in _DOINGS):
        return span
    if any(p.word(t).flags & _FAMOUS for t in range(first, last + 1)):
        return span
    before = p.word(p.step(first, -1)).low
    if before in PLACE_CUES or before in _NOT_ALONE or before in PARTICLES:
        return span  # "in Leeds said", "the Bath who", "Bergen and Trondheim who", "Politecnico di Milano asked"
    if cues.valid_person(p, first, last):
        return first, last, "PER", g
    return span


def _with_tail(p: Prepared, span: Span, starts: set[int]) -> Span:
    """The span with a hyphenated given name's tail, and the listed surname right after it that no span holds
    ("Ji-woo Han": "Han" alone is an ordinary word to the tagger)."""
    first, last, kind, g = span
    words, ends = p.words, p.ends
    n = len(words)
    if last + 2 >= n or words[last + 1] != "-":
        return span
    tail = words[last + 2]
    attached = ends[last + 1] - 1 == ends[last] and ends[last + 2] - len(tail) == ends[last + 1]
    if not (attached and tail.isalpha() and tail.islower() and len(tail) <= _SYLLABLE_MAX and tail not in _NOT_TAILS):
        return span
    last += 2
    after = last + 1
    if after < n and after not in starts and words[after][:1].isupper() and p.word(after).flags & LAST:
        last = after if cues.valid_person(p, after, after) else last
    return first, last, kind, g
