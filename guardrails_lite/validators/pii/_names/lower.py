"""Places and people written in lower case ("i'm in bristol today", "the leeds office", "ask golnaz to check",
"shirin said").

Chat and web text often write places in lower case, where the tagger (trained on capitalised names) sees
none. A lower-case word is a place here when a listed place's name (the lexicon's place lists, the gazetteer,
or a multi-word place such as "são paulo") follows a word that comes before places, or comes before a place
noun ("the leeds office"). Not an ordinary English word ("nice", "reading", "bath"), and after "to"/"from" no
word that is also a first name ("talk to mariana").

A lower-case listed first name is a person after a verb that takes a person, before what follows such an
object ("ask golnaz to", "ping sandeep", "thank you" is no name), or opening a sentence or clause before a
verb of saying ("ricardo said", "what ricardo said"). Not a place's name, a relation ("mum"), a product or
code name, and an ordinary word only if it is a common first name ("ping will about"). One pass over the
tokens with a set look-up each.
"""

from __future__ import annotations

from itertools import compress

from guardrails_lite.validators.pii._names import gazetteer
from guardrails_lite.validators.pii._names.context import PLACE_NOUNS_AFTER
from guardrails_lite.validators.pii._names.cues import PERSON_OBJECT_VERBS
from guardrails_lite.validators.pii._names.features import FUNCTION_WORDS, SENTENCE_END, Prepared
from guardrails_lite.validators.pii._names.lexicon import CITY_BIG, COUNTRY, DICT, FIRST, FIRST_TOP, LAST, PLACE
from guardrails_lite.validators.pii._names.tokens import NEWLINE
from guardrails_lite.validators.pii._names.wordlists import (
    CLOSINGS,
    CODE_NAMES,
    KIN_WORDS,
    MONTHS,
    NOT_HANDLES,
    PRODUCTS,
)
from guardrails_lite.verdict import check_deadline

_BEFORE = frozenset("in from to near via outside visiting around".split())
_BEFORE_NOT_PEOPLE = frozenset("in near via outside around".split())  # "to"/"from" also come before people
_SAID = frozenset("said says thinks thought reckons asked asks told tells wrote mentioned confirmed".split())
_SUBJECT = frozenset(", and but what as because that so".split())  # before a sentence's or clause's subject
_OBJECT_END = frozenset("to about if whether for and at , . ? !".split()) | {NEWLINE, "</s>"}
_KIN = frozenset("nana nan gran granny grandma grandpa mum mom mam dad papa mama auntie bro sis".split())
# Before a lower-case name: a greeting ("hi kemi darling", "dear sunita") opening a line or sentence, and a family
# word or title ("uncle des", "tía carmen", "grandpa joe", "mrs adeyemi"; a title also before a surname).
_GREETINGS = frozenset("hi hey hiya hello dear thanks cheers".split())
# "this is hazel from", "calling for jack mahoney": the word before the name's cue word ("is", "for").
_INTRODUCED = frozenset(("this",))
_ASKED_FOR = frozenset("calling asking looking".split())
_INTRO_END = frozenset("from here at with , .".split()) | {NEWLINE, "</s>"}
_FAMILY = _KIN | KIN_WORDS | frozenset("aunt aunty uncle cousin tía tita tito".split())
_TITLES = frozenset("mr mrs ms dr".split())
_ADDRESS_END = frozenset(", ! . : -".split()) | {NEWLINE, "</s>"}
_RARE_ZIPF2 = 7  # twice the Zipf frequency: met less than about three times in a million words
# Words a chat greets a group or a friend with that no list calls ordinary ("hi hun", "hey fam", "hiya bestie").
_CHAT_ADDRESS = frozenset(
    "hun hon bestie besties fam yall bae babes luv cuz bruv bro sis peeps lads gents ppl xoxo xo xx xxx mwah".split()
)
_PLACES = _BEFORE | PLACE_NOUNS_AFTER
# Header fields whose value is a person ("From: dilnoza", "to: kemi"): the colon after one opening a line.
_HEADERS = frozenset("from to cc bcc".split())
# Streets written in lower case after a word before places, opened by a street prefix ("on calle alcalá", "at rua
# augusta"; a type word ending them is no sign in lower case: "on dirt road", "on water bridge").
_STREET_CUES = frozenset("on at along off near in from to".split())
_STREET_PREFIXES = frozenset("calle rua rue avenida jalan".split())
_OTHER_TRIGGERS = _PLACES | PERSON_OBJECT_VERBS | _SAID | _GREETINGS | _FAMILY | _TITLES | {":", "is", "for"}
_TRIGGERS = _OTHER_TRIGGERS | _STREET_CUES
_CHECK_EVERY = 255


def find(p: Prepared, taken: set[int], deadline: float | None = None) -> list[tuple[int, int, str]]:
    """(first, last, "LOC" or "PER") of the lower-case places and people outside the tokens `taken`."""
    words = p.words
    out: list[tuple[int, int, str]] = []
    # the trigger words' indices, picked in C (`compress`): a comprehension over every token cost twice as much
    for k, i in enumerate(compress(range(len(words)), map(_TRIGGERS.__contains__, words))):
        if not k & _CHECK_EVERY:
            check_deadline(deadline)
        w = words[i]
        if w in _STREET_CUES:
            street = _street_after(p, i, taken)
            if street is not None:
                out.append((*street, "LOC"))
                continue
            if w not in _OTHER_TRIGGERS:
                continue
        if w in _PLACES:
            span = _place_after(p, i, taken)
            if span is not None:
                out.append((*span, "LOC"))
        elif w in _GREETINGS or w in _FAMILY or w in _TITLES:
            at = _titled(p, i, taken)
            if at >= 0:
                out.append((at, at, "PER"))
        elif w == ":":
            at = _header_value(p, i, taken)
            if at >= 0:
                out.append((at, at, "PER"))
        elif w in ("is", "for"):  # "this is hazel from", "calling for jack mahoney"
            span = _introduced(p, i, taken)
            if span is not None:
                out.append((*span, "PER"))
        elif w in _SAID:  # "ricardo said"
            at = i - 1
            if at >= 0 and at not in taken and (at == 0 or words[at - 1] in SENTENCE_END or words[at - 1] in _SUBJECT):
                if _person(p, at):
                    out.append((at, at, "PER"))
        else:  # "ask golnaz to"
            at = i + 1
            if at not in taken and p.text(at + 1) in _OBJECT_END and _person(p, at):
                out.append((at, at, "PER"))
    out += [(at, at, "PER") for at in _signed(p, taken, deadline)]
    return out


def _introduced(p: Prepared, i: int, taken: set[int]) -> tuple[int, int] | None:
    """A lower-case first name (and a listed surname after it) introduced by "this is" opening a sentence or
    after a greeting ("hi this is hazel from ..."), or asked for ("calling for jack mahoney.")."""
    words = p.words
    if i < 1:
        return None
    before = words[i - 1].lower()
    if words[i] == "is":
        opens = i < 2 or words[i - 2] in SENTENCE_END or words[i - 2].lower() in _GREETINGS
        if before not in _INTRODUCED or not opens:
            return None
    elif before not in _ASKED_FOR:
        return None
    at = i + 1
    if at in taken or not _person(p, at):
        return None
    last = at
    nxt = p.word(at + 1)
    if at + 1 not in taken and p.text(at + 1).islower() and nxt.flags & LAST and not nxt.flags & (DICT | PLACE):
        last = at + 1  # "jack mahoney"
    return (at, last) if p.text(last + 1) in _INTRO_END else None


def _signed(p: Prepared, taken: set[int], deadline: float | None) -> list[int]:
    """A message signed in lower case: a line of one name ("dave", a listed first name or a rare word on no list)
    under a blank line or a closing ("love,"), above a blank line, a quoted reply or the end."""
    words, newlines = p.words, p.newlines
    out: list[int] = []
    for k, nl in enumerate(newlines):
        if not k & _CHECK_EVERY:
            check_deadline(deadline)
        at = nl + 1
        if at in taken or p.text(at + 1) not in (NEWLINE, "</s>") or not p.text(at).islower():
            continue
        below = p.text(at + 2)
        if p.text(at + 1) == NEWLINE and not (below in (NEWLINE, "</s>", ">") or below == "On"):
            continue
        above = p.text(nl - 1)
        if not (above == NEWLINE or (above == "," and nl > 1 and words[nl - 2].lower() in CLOSINGS)):
            continue
        if _person(p, at) or _unlisted_name(p, at):
            out.append(at)
    return out


def _titled(p: Prepared, i: int, taken: set[int]) -> int:
    """The lower-case name after the greeting, family word or title at token `i` (-1: none). A greeting counts
    only opening a line or sentence ("hi kemi", not "say hi sam"); "mr . henderson" skips the period."""
    words = p.words
    w = words[i]
    at = i + 2 if w in _TITLES and p.text(i + 1) == "." else i + 1
    if at >= len(words) or at in taken:
        return -1
    if w in _GREETINGS and i and words[i - 1] not in SENTENCE_END:
        return -1
    if w in _GREETINGS and p.text(at + 1) in _ADDRESS_END and _unlisted_name(p, at):
        return at  # "hi kemi," "hey tunde!": no first-name list holds every name
    return at if _named(p, at, LAST if w in _TITLES else 0) else -1


def _header_value(p: Prepared, i: int, taken: set[int]) -> int:
    """The one lower-case word of a "From:"/"To:" header line whose colon is token `i` (-1: none): a listed first
    name or a rare word on no list ("From: dilnoza", "to: kemi"; not "To: team", "to: all")."""
    words = p.words
    at = i + 1
    if i < 1 or words[i - 1].lower() not in _HEADERS or at in taken or p.text(at + 1) not in (NEWLINE, "</s>"):
        return -1
    if i > 1 and words[i - 2] != NEWLINE:
        return -1
    return at if _person(p, at) or _unlisted_name(p, at) else -1


def _unlisted_name(p: Prepared, i: int) -> bool:
    """A rare lower-case word on no name list that a greeting addresses before a comma or the line's end: no
    ordinary word, big place or chat word ("hi team,", "hey fam!", "hi hun,")."""
    w = p.text(i)
    if not w.isalpha() or not w.islower() or len(w) < 3 or w in _CHAT_ADDRESS or w in NOT_HANDLES:
        return False
    f = p.facts[w]
    return not f.flags & (DICT | COUNTRY | CITY_BIG) and not f.closed and f.zipf2 <= _RARE_ZIPF2


def _named(p: Prepared, i: int, surname: int) -> bool:
    """A lower-case listed first name (or, `surname` = LAST, a surname) after a cue word: a town may share it
    ("mr . henderson"), a big city or a country may not; an ordinary word only if a common first name."""
    w = p.text(i)
    if not w.isalpha() or not w.islower() or len(w) < 3:
        return False
    f = p.facts[w]
    if not f.flags & (FIRST | surname) or f.flags & (COUNTRY | CITY_BIG) or f.closed:
        return False
    if f.flags & DICT and not f.flags & FIRST_TOP:
        return False
    return w not in _FAMILY and w not in PRODUCTS and w not in CODE_NAMES and w not in MONTHS


def _street_after(p: Prepared, i: int, taken: set[int]) -> tuple[int, int] | None:
    """ "at calle alcalá,", "on rua augusta.": a lower-case street prefix after token `i` and one or two lower-case
    words, then a comma, a sentence's end or the line's end."""
    first = i + 1
    if p.text(first) not in _STREET_PREFIXES:
        return None
    for last in (first + 1, first + 2):
        w = p.text(last)
        if last in taken or not w.isalpha() or not w.islower() or w in FUNCTION_WORDS:
            return None
        if p.text(last + 1) in _OBJECT_END or not p.text(last + 1).isalpha():
            return first, last
    return None


def _place_after(p: Prepared, i: int, taken: set[int]) -> tuple[int, int] | None:
    """The lower-case place right after a word before places, or right before a place noun."""
    words = p.words
    n = len(words)
    lex = p.facts.lex
    w = words[i]
    if w in PLACE_NOUNS_AFTER:  # "the leeds office"
        at = i - 1
        if at > 0 and at not in taken and words[at].isalpha() and words[at].islower() and _place(p, at, True):
            return at, at
        return None
    at = i + 1
    if at >= n or words[at] in FUNCTION_WORDS or not words[at].islower() or at in taken:
        return None  # "in the", "to be", "from Lisbon" (the tagger's)
    if not words[at].isalpha():
        return None
    hit = 0
    if words[at] in lex.phrase_heads:  # "são paulo"
        hit = lex.phrase_at(words, at)[0]
    if hit and not any(t in taken for t in range(at, at + hit)):
        return at, at + hit - 1
    if _place(p, at, w in _BEFORE_NOT_PEOPLE):
        return at, at
    return None


def _person(p: Prepared, i: int) -> bool:
    """A lower-case listed first name that is no place, relation, product or month (an ordinary word only if
    a common first name: "will", "rose")."""
    w = p.text(i)
    if not w.isalpha() or not w.islower() or len(w) < 3:
        return False
    f = p.facts[w]
    if not f.flags & FIRST or f.flags & PLACE or f.closed:
        return False
    if f.flags & DICT and not f.flags & FIRST_TOP:
        return False
    return w not in _KIN and w not in PRODUCTS and w not in CODE_NAMES and w not in MONTHS


def _place(p: Prepared, i: int, first_names_ok: bool) -> bool:
    f = p.facts[p.words[i]]
    if f.flags & DICT or f.closed or len(f.low) < 3 or (f.flags & FIRST and not first_names_ok):
        return False
    return bool(f.flags & PLACE) or bool(gazetteer.look_up(f.low, gazetteer.hashes()))
