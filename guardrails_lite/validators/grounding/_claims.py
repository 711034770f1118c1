"""Claim-based grounding: split an answer sentence into claims and support each from one source sentence.

A source sentence becomes a `Fact`: its canonical content words, the names it mentions or implies
(the e-mail's writer stands for "I"/"we", the addressee for "you"/"please", earlier names for
"he"/"it"/"the hall"), its quantities, the words it negates and its agent-verb pairs. An answer
sentence is split at clause boundaries ("; ", ", and", "after", "which", "from X to Y") after its
reporting frame ("Dana said that ...") is set aside; each claim needs one fact that holds all its
names and quantities, most of its content words, its polarity and no opposite verb. Claims of one
sentence may be supported by different e-mails, which is what a faithful synthesis does.

All checks are set operations over short token lists: linear in the text.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from itertools import compress, count
from operator import attrgetter

from guardrails_lite.validators.grounding import _numbers as numbers
from guardrails_lite.validators.grounding._lexicon import IRREGULAR, OPPOSITE, REPORTING_VERBS
from guardrails_lite.validators.grounding._reading import (
    AUX,
    agent_verbs,
    content_words,
    counts,
    denied_heads,
    figures,
    names_of,
    negated_words,
    verb_like,
)
from guardrails_lite.validators.grounding._words import STOPISH, Tok, canon

_STOPISH = STOPISH
_AUX = AUX
_verb_like = verb_like

# -- answer side ------------------------------------------------------------------------------------
_SPLIT_WORDS = frozenset({"after", "before", "when", "while", "once", "whereas", "although", "though", "until"})
_OPPOSITE = {canon(k): frozenset(canon(x) for x in v) for k, v in OPPOSITE.items()}
_AMBIGUOUS_REPORTING = frozenset(
    "added adds noted notes pointed points answered answers replied replies called informed informs told tells "
    "confirmed confirms reported reports announced announces claimed claims complained complains stressed "
    "stresses insisted insists".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday".split())
_LINKS = frozenset({"because", "since", "so"})
_PRONOUN_START = frozenset("i we he she they it there nobody no none".split())
DETERMINERS = frozenset("the a an this that these those his her their its our my your all both some".split())


@dataclass(slots=True)
class Claim:
    toks: list[Tok]
    names: set[str]
    words: set[str]
    quants: list[numbers.Quantity]
    negated: set[str]
    arithmetic: bool
    identifying: list[numbers.Quantity]
    predicate: set[str]  # content words from the first verb on: what the claim says about its subject
    subject: set[str]  # names before the first verb, and the agent of a passive ("by Finance")
    agents: list[tuple[frozenset[str], str]]  # who does what, named ("Dana booked")
    verbs: frozenset[str]  # the verb the claim turns on and the one it governs ("agreed to airfreight"), canonical
    counts: dict[float, str]  # plain numbers and what they count ("80 people": 80 -> "person")
    remainder: bool = False  # "leaving 38", "left £520": what remains, not a departure
    shifts: bool = True  # speaks of a shift in time ("after", "late", a duration): dates may be moved by durations
    denied: frozenset[str] = frozenset()  # the word each negation turns on ("not *paid* to Joel")
    halving: bool = False  # says a figure is half or double another ("half", "twice", "doubled")


def strip_report(toks: list[Tok]) -> tuple[list[Tok], set[str]]:
    """The reported content and its speaker's names: "Dana said (that) X", "According to Dana, X", "X, Dana said"."""
    n = len(toks)
    if n > 3 and toks[0].low == "according" and toks[1].low == "to":
        comma = next((k for k in range(2, min(n, 8)) if toks[k].low == ","), None)
        if comma:
            return toks[comma + 1 :], names_of(toks[2:comma], True)
    for k in range(1, min(n - 1, 5)):
        if toks[k].low in REPORTING_VERBS and (all(t.capital for t in toks[:k]) or _speaker_phrase(toks[:k])):
            rest = toks[k + 1 :]
            if rest and rest[0].low == "out":  # "pointed out that": the verb's particle
                rest = rest[1:]
            told = _told_whom(toks, k)
            if rest and rest[0].low == "that":
                rest = rest[1:]
            elif told:  # "Jo told Gary she can work Saturdays": Gary is told, the clause is reported
                rest = toks[k + 1 + told :]
                if rest and rest[0].low == "that":
                    rest = rest[1:]
            elif toks[k].low in _AMBIGUOUS_REPORTING:
                continue  # "Jun added Lena to the list" reports nothing
            return rest, names_of(toks[:k], True)
    for k in range(n - 2, max(0, n - 6), -1):
        if toks[k].low == "," and any(t.low in REPORTING_VERBS for t in toks[k + 1 :]):
            return toks[:k], names_of(toks[k + 1 :], True)
    return toks, set()


_SPEAKER_OPENERS = frozenset("the our their his her its your my".split())


def _speaker_phrase(toks: list[Tok]) -> bool:
    """ "The security team", "Our landlord", "The engineer": a short noun phrase that can speak (a determiner,
    then words that are no verb and no figure)."""
    return (
        len(toks) >= 2
        and toks[0].low in _SPEAKER_OPENERS
        and all(t.lead_alpha and not _verb_like(t) and t.low not in _AUX and not t.numeric for t in toks[1:])
    )


_TELL = frozenset("told tells informed informs warned warns reminded reminds assured assures".split())
_OBJECT_PRONOUNS = frozenset("him her them us me".split())


def _told_whom(toks: list[Tok], k: int) -> int:
    """How many tokens name whom a "told"-like verb at `k` addresses before a clause ("told Gary she can",
    "told him that"), or 0."""
    if toks[k].low not in _TELL:
        return 0
    j = k + 1
    if j < len(toks) and toks[j].low in _OBJECT_PRONOUNS:
        j += 1
    else:
        while j < len(toks) and j - k <= 3 and toks[j].capital:
            j += 1
    if j == k + 1 or j >= len(toks):
        return 0
    return j - k - 1 if toks[j].low == "that" or starts_clause(toks, j) else 0


def split_claims(toks: list[Tok]) -> list[list[Tok]]:
    """Clauses of one sentence: at ';', ', and'/', but', subordinators and causal links that start a
    clause, a fronted "After X, Y", relative ", which"/", who" (which keep their antecedent), "from X to Y"."""
    out: list[list[Tok]] = []
    start = 0  # fronted heads one after another, in a loop: "so, " x 1,000 overflowed the stack as recursion
    while start < len(toks) and (toks[start].low in _SPLIT_WORDS or toks[start].low in _LINKS):
        comma = next((k for k in range(start + 1, min(len(toks), start + 20)) if toks[k].low == ","), None)
        if comma is None:
            break
        out += _split(toks[start + 1 : comma])
        start = comma + 1
    return out + _split(toks[start:] if start else toks)


class _Verbs:
    """Whether the clause being built has a verb after its first word, each token looked at once (asked
    at every "and" of a long clause, a rescan made the split quadratic); and whether a later "and" opens
    a clause or a verb phrase (asked at every comma)."""

    __slots__ = ("_and", "_found", "_part", "_seen", "_toks")

    def __init__(self, toks: list[Tok]) -> None:
        self._toks = toks
        self._part: list[Tok] | None = None
        self._seen = 1
        self._found = False
        self._and: int | None = None

    def has_verb(self, part: list[Tok]) -> bool:
        """`_has_verb(part)`; `part` only grows while it is the current part."""
        if part is not self._part:
            self._part, self._seen, self._found = part, 1, False
        if not self._found:
            self._found = any(u.low in _AUX or _verb_like(u) for u in part[self._seen :])
            self._seen = len(part)
        return self._found

    def and_after(self, i: int) -> bool:
        """An "and" after `i` followed by a verb or a clause."""
        if self._and is None:
            toks = self._toks
            last = (
                k
                for k in range(len(toks) - 2, -1, -1)
                if toks[k].low == "and" and (_verb_like(toks[k + 1]) or starts_clause(toks, k + 1))
            )
            self._and = next(last, -1)
        return self._and > i


def _split(toks: list[Tok]) -> list[list[Tok]]:
    parts: list[list[Tok]] = [[]]
    verbs = _Verbs(toks)
    subject: list[Tok] | None = None  # the sentence's subject while a relative clause on it runs
    for i, t in enumerate(toks):
        cur = parts[-1]
        prev = toks[i - 1].low if i else ""
        if t.low in ("which", "who") and prev == ",":
            ante = _antecedent(toks, i - 1)
            # "Ravi, who had been scheduled for 15:30, withdrew ...": the clause closes at the next comma
            subject = list(ante) if len(parts) == 1 and len(cur) <= 6 and ante else None
            parts.append(ante)
            continue
        if subject is not None and t.low == "," and i + 1 < len(toks) and _main_verb_at(toks[i + 1]):
            parts.append(list(subject))  # and the main clause goes on with the subject
            subject = None
            continue
        if len(cur) >= 2 and t.low in _BOUNDARY_WORDS and _boundary(toks, i):
            parts.append([])
            continue
        if t.low == "and" and len(cur) >= 3 and i + 1 < len(toks) and _second_verb(toks[i + 1], cur, verbs):
            parts.append(_subject(cur))  # "Dana booked the hall and paid the deposit": Dana paid it
            continue
        if t.low == "and" and len(cur) >= 3 and i + 1 < len(toks) and toks[i + 1].capital and verbs.has_verb(cur):
            if starts_clause(toks, i + 1):  # "Omar paid the deposit and Lee booked the movers"
                parts.append([])
                continue
        if prev == "," and len(cur) >= 4 and _series_item(toks, i, cur, verbs):
            # "Halvorsen opened the ticket, Marta raised it and Kenji traced it": one claim per item
            parts.append([t] if t.capital or t.low in DETERMINERS else [*_subject(cur), t])
            continue
        if t.low in _SPLIT_WORDS and len(cur) >= 3 and i + 1 < len(toks) and _gerund(toks[i + 1]):
            parts.append(_subject(cur))  # "Helen did not update it after asking for ...": Helen asked
            continue
        cur.append(t)
    out: list[list[Tok]] = []
    for p in parts:
        out.extend(_from_to(p))
    return [p for p in out if any(t.text[:1].isalnum() for t in p)]


def _main_verb_at(t: Tok) -> bool:
    """A verb that can open a predicate after a subject's relative clause: "withdrew", "has", "will"."""
    return _verb_like(t) or t.low in _AUX


def _second_verb(t: Tok, clause: list[Tok], verbs: _Verbs) -> bool:
    """A verb after "and" that shares the clause's subject: "paid the deposit", or "is due back" when the
    clause has its own verb ("The coach leaves at 08:15 and is due back at 15:30")."""
    return _verb_like(t) or (t.low in _AUX and verbs.has_verb(clause))


def _series_item(toks: list[Tok], i: int, cur: list[Tok], verbs: _Verbs) -> bool:
    """A clause or verb phrase after a comma in a series that ends with "and" + clause or verb ("A did X,
    B did Y and C did Z", "approved X, asked for Y and passed on Z"); `cur` already has its verb."""
    if not verbs.has_verb(cur):
        return False
    t = toks[i]
    if not (_verb_like(t) or ((t.capital or t.low in DETERMINERS) and starts_clause(toks, i))):
        return False
    return verbs.and_after(i)


def _gerund(t: Tok) -> bool:
    return t.low.endswith("ing") and len(t.low) > 5 and not t.capital and t.content


def _subject(clause: list[Tok]) -> list[Tok]:
    """The words of a clause before its first verb, to stand before a second, coordinated verb."""
    for k, t in enumerate(clause[1:], 1):
        if t.low in _AUX or _verb_like(t):
            return list(clause[:k]) if k <= 5 else []
    return []


def _antecedent(toks: list[Tok], comma: int) -> list[Tok]:
    """The noun phrase before ", which": up to four words back to a determiner or preposition."""
    k = comma
    while k > 0 and comma - k < 4 and toks[k - 1].low not in _STOPISH and toks[k - 1].text[:1].isalnum():
        k -= 1
    return list(toks[k:comma])


_COMPARATIVE = frozenset("later earlier more less higher lower cheaper longer shorter".split())


# Every word `_boundary` can split at: any other token is no boundary (one set probe instead of a call per token).
_BOUNDARY_WORDS = frozenset({";", "so", "but", "and"}) | _COMPARATIVE | _LINKS | _SPLIT_WORDS


def _boundary(toks: list[Tok], i: int) -> bool:
    t = toks[i].low
    prev = toks[i - 1].low if i else ""
    if t == ";" or (t in ("so", "but") and prev == ","):
        return True
    if prev == "," and t in _COMPARATIVE and i + 1 < len(toks) and toks[i + 1].low == "than":
        return True  # "came back at 10:12, later than the 10:00 Bilal expected": a second claim
    if t in _LINKS or t in _SPLIT_WORDS or (t == "and" and prev == ","):
        return starts_clause(toks, i + 1)
    return t == "and" and i + 1 < len(toks) and toks[i + 1].low in _PRONOUN_START


def starts_clause(toks: list[Tok], k: int) -> bool:
    """A subject and a verb follow: "after the venue cancelled", "while checkout was down", not "before Wednesday"."""
    if k >= len(toks):
        return False
    if toks[k].low in _PRONOUN_START:
        return True
    if toks[k].low in WEEKDAYS or toks[k].low in numbers.MONTHS or toks[k].text[:1].isdigit():
        return False
    if toks[k].low in _STOPISH and toks[k].low not in DETERMINERS:
        return False
    for u in toks[k + 1 : k + 6]:
        if u.low in (",", ";", ".") or u.low in _SPLIT_WORDS or u.low in _LINKS:
            return False
        if u.low in _AUX or (u.low.endswith("ed") and not u.capital) or (u.low in IRREGULAR and not u.capital):
            return True
    return False


def _named(tok: Tok) -> bool:
    """A capitalised word that names a place or party, not a day or a month ("from Thursday 21 to Monday 25 May"
    is one span of time, not a move between two things)."""
    return tok.capital and tok.low not in WEEKDAYS and tok.low not in numbers.MONTHS


def _from_to(toks: list[Tok]) -> list[list[Tok]]:
    """ "moved from X to Y" with names X and Y: two claims, one per end."""
    lows = [t.low for t in toks]
    if "from" not in lows:
        return [toks]
    f = lows.index("from")
    t = next((k for k in range(f + 1, len(lows)) if lows[k] == "to"), -1)
    if t < 0 or not (any(_named(x) for x in toks[f + 1 : t]) and any(_named(x) for x in toks[t + 1 :])):
        return [toks]
    end = next((k for k in range(t + 1, len(toks)) if toks[k].low in (",", "for", "on", "in", "by")), len(toks))
    return [toks[:t] + toks[end:], toks[:f] + toks[t:]]


def make_claim(toks: list[Tok], proper: Collection[str], arithmetic: bool = False) -> Claim:
    """`arithmetic`: the whole sentence says it computes ("in total", "after", "fewer than")."""
    lows = [t.low for t in toks]
    negated = negated_words(toks)
    quants = figures(toks)
    # "lasted three nights", "runs for nine weeks", "came to 1,020 EUR": with a figure, a verb of measure
    # says only the figure, which the figure check holds; like "is", it is no word of the claim's own.
    drop = MEASURE if quants else frozenset()
    verb = _first_verb(toks)
    return Claim(
        toks,
        names_of(toks, proper=proper),
        content_words(toks) - drop,
        quants,
        negated,
        arithmetic or numbers.computes(lows),
        _identifying(toks),
        _predicate(toks, verb) - drop,
        _subject_names(toks, proper, verb),
        agent_verbs(toks),
        _verbs(toks) - drop,
        dict(counts(toks)),
        bool(quants) and not _LEAVING.isdisjoint(lows) and _before_figure(toks, _LEAVING),
        not numbers.SHIFT_CUES.isdisjoint(lows) or _written_duration(quants),
        frozenset(denied_heads(toks)) & negated if negated else frozenset(),
        not numbers.HALVING.isdisjoint(lows),
    )


def _written_duration(quants: list[numbers.Quantity]) -> bool:
    """A duration the claim states, not the length of its own span of dates ("from 10 to 13 June" reads as
    three or four days too)."""
    spans = [v for _, v in numbers.date_gaps(quants)]
    return any(
        numbers.family(q[0]) == "dur" and all(abs(q[1] - g) > numbers.DAY_MINUTES + 1e-6 for g in spans) for q in quants
    )


_LEAVING = frozenset("leave leaves leaving left".split())


def _before_figure(toks: list[Tok], words: frozenset[str]) -> bool:
    """One of `words` stands straight before a figure ("leaving 38")."""
    return any(t.low in words and toks[k + 1].numeric for k, t in enumerate(toks[:-1]))


MEASURE = frozenset(canon(w) for w in "last lasts run runs total totals amount amounts span spans worth".split())


def _first_verb(toks: list[Tok]) -> int:
    """The position of the claim's first auxiliary or verb-like word after its first word, or 0 (read once for
    `_subject_names` and `_predicate`)."""
    for k in range(1, len(toks)):
        t = toks[k]
        if t.low in _AUX or _verb_like(t):
            return k
    return 0


def _subject_names(toks: list[Tok], proper: Collection[str], verb: int) -> set[str]:
    """Who the claim is about: the names before its first verb (at `verb`, see `_first_verb`: "Daniel's company is
    closing"), and the agent of a passive verb ("was approved by Samuel")."""
    out: set[str] = names_of(toks[:verb], proper=proper) if 0 < verb <= 8 else set()
    for k, t in enumerate(toks[:-1]):
        if t.low == "by" and k > 0 and toks[k - 1].low.endswith("ed") and toks[k + 1].capital:
            out |= names_of(toks[k + 1 : k + 4], True)
    return out


_NUMERIC = attrgetter("numeric")


def _main_verb(toks: list[Tok]) -> Tok | None:
    """The verb the claim turns on: the first past form ("confirmed", "sent") or the first content word after
    an auxiliary ("will send", "has not updated"); None for a light verb ("is", "has") or none found."""
    after_aux = False
    for t in toks[1:]:
        if t.low in _AUX:
            after_aux = True
            continue
        if _verb_like(t) or (after_aux and t.content):
            return t if t.content else None
        if after_aux and t.low not in ("not", "n't", "never", "also", "already", "just", "still", "been", "be"):
            return None
    return None


def _verbs(toks: list[Tok]) -> frozenset[str]:
    """The main verb's canonical form and, after "to" within the next four words, the verb it governs
    ("Bolt agreed to airfreight", "Paul asked Aisha to forward him ...")."""
    verb = _main_verb(toks)
    if verb is None:
        return frozenset()
    out = {verb.canon}
    k = toks.index(verb)
    for j in range(k + 1, min(len(toks) - 1, k + 5)):
        if toks[j].low == "to" and toks[j + 1].content and not toks[j + 1].capital:
            out.add(toks[j + 1].canon)
            break
    return frozenset(out)


def _predicate(toks: list[Tok], verb: int) -> set[str]:
    """Content words from the first auxiliary or verb-like word (at `verb`, see `_first_verb`) on ("will be fully
    remote")."""
    return content_words(toks[verb:]) if verb else set()


def _identifying(toks: list[Tok]) -> list[numbers.Quantity]:
    """Figures that name a thing rather than state a fact: after a noun ("aisle 6", "clause 7") or inside a
    definite noun phrase ("the EUR 3,250 invoice", "the 5,000 brochures")."""
    out: list[numbers.Quantity] = []
    for k in compress(count(), map(_NUMERIC, toks)):  # a token opening with a digit is `numeric`: most are not
        t = toks[k]
        if not t.text[:1].isdigit():
            continue
        prev = toks[k - 1] if k else None
        definite = any(u.low in ("the", "this", "that", "these", "those") for u in toks[max(0, k - 2) : k])
        # "aisle 6", "Release 4.2", "Room B12": a number after a noun or a name is part of the name
        after_noun = prev is not None and prev.text.isalpha() and prev.low not in _STOPISH and not _verb_s(toks, k - 1)
        # "Sunday 12 July": a weekday's date is a figure of its own, not part of a name like "aisle 6"
        after_noun = after_noun and prev is not None and prev.low not in _CALENDAR
        if definite or (after_noun and prev is not None and prev.low not in numbers.UNIT_WORDS):
            found = numbers.quantities([u.low for u in toks[max(0, k - 1) : k + 2]])
            out.extend(q for q in found if q[0][:1] not in "<>~")  # a bound or estimate names nothing
    return out


_CALENDAR = WEEKDAYS | frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_SUBJECT_BEFORE = frozenset("which that who it he she they and".split())


def _verb_s(toks: list[Tok], k: int) -> bool:
    """A present-tense verb before a figure, not a noun naming it: "the Granary seats 150", "which holds 80"
    (but "aisle 6", "shelves 4 and 5", "Release 4.2")."""
    if k < 1 or not toks[k].low.endswith("s") or toks[k].capital:
        return False
    before = toks[k - 1]
    return before.low in _SUBJECT_BEFORE or before.capital
