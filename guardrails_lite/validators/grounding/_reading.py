"""Readings of one sentence shared by the source and the answer side: names, content words, figures,
negated words and who does what.

All are single passes over a token list (`_words.Tok`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import compress, count
from operator import attrgetter

from guardrails_lite.validators.grounding import _numbers as numbers
from guardrails_lite.validators.grounding._lexicon import IRREGULAR, NEGATORS, TIME_LIMIT
from guardrails_lite.validators.grounding._words import STOPISH, Tok, canon, negative_prefix

_STOPISH = STOPISH
AUX = frozenset(
    "is are was were has have had will would can could may might must should shall did does do cannot can't "
    "won't didn't doesn't isn't wasn't weren't hasn't haven't hadn't".split()
)


# Capitalised words that name no participant: calendar words and currency codes are figures, the rest
# greetings and e-mail abbreviations.
NOT_NAMES = (
    frozenset(m for m in numbers.MONTHS if m != "may")
    | frozenset(numbers.CURRENCY_CODES)
    | frozenset(
        """monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
        saturdays sundays mon tue tues wed thu thur thurs fri sat sun
        today tomorrow yesterday hi hello dear hey thanks thank ok okay re fw fwd cc ps fyi asap eta tbc tbd
        am pm i however also update meanwhile unfortunately fortunately sorry yes sure noted agreed good great
        please note finally first second next then dr mr mrs ms mx prof
        nobody everybody somebody anybody everyone someone anyone nothing everything something""".split()
    )
)


def _by_a_number(toks: Sequence[Tok], k: int) -> bool:
    """ "15 May", "May 15": the month, not a person called May."""
    return any(toks[j].text[:1].isdigit() for j in (k - 1, k + 1) if 0 <= j < len(toks))


# Units written in capitals after a figure ("400 W", "12 C", "5 MB"): no names.
UNIT_LETTERS = frozenset("W kW MW GW Wh kWh MWh C F K V A Hz kHz MHz GHz KB MB GB TB L".split())


# Token flags read through C-level maps (`map(_CAPITAL, toks)`): no Python step per token of a sentence.
_LOW = attrgetter("low")
_NUMERIC = attrgetter("numeric")
_NEGATES = attrgetter("negates")


def names_of(toks: Sequence[Tok], first_is_name: bool = False, proper: Collection[str] = ()) -> set[str]:
    """Capitalised words; a sentence's first word (after a bullet, number or "Label:") only if
    `first_is_name`, if the next word is capitalised too, or if it is known as a name (`proper`)."""
    out: set[str] = set()
    start = True
    for k, t in enumerate(toks):
        if not t.lead_alpha:
            start = start or t.low in (":", "-", "*", "•", "(")
            continue
        if (
            t.capital
            and t.alpha
            and (t.low not in _STOPISH or (t.low == "may" and not start and not _by_a_number(toks, k)))
            and t.low not in NOT_NAMES
            and not (k > 0 and toks[k - 1].text == "°")  # the C of "4 °C"
            and not (k > 0 and toks[k - 1].numeric and t.text in UNIT_LETTERS)  # "400 W", "12 C"
        ):
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            # "Lakeside Hall ..." opens with a name; "Adding Mira ...", "Following Martin's ..." do not.
            two_capitals = nxt is not None and nxt.capital and not t.low.endswith("ing")
            if not start or first_is_name or t.low in proper or two_capitals:
                out.add(t.low)
        start = False
    return out


def content_words(toks: Sequence[Tok]) -> set[str]:
    out: set[str] = set()
    for t in toks:
        if not t.content:
            continue
        if "-" in t.low and not t.low.startswith("e-"):  # "mid-September" counts by its parts
            out.update(canon(p) for p in t.low.split("-") if len(p) > 3 and p not in _STOPISH)
        else:
            out.add(t.canon)
    if not out.isdisjoint(_DEGREE_WORDS) and _temperature(toks):
        out -= _DEGREE_WORDS  # "2°C" and "2 degrees" are a figure with its unit: no word of their own
    if not out.isdisjoint(_CLOCK_WORDS) and _told_time(toks):
        out -= _CLOCK_WORDS  # "at twenty past eleven in the morning": a clock time, no words of its own
    return out


_CLOCK_WORDS = frozenset(canon(w) for w in "past morning afternoon evening".split())


def _told_time(toks: Sequence[Tok]) -> bool:
    """A clock time told in words: "twenty past eleven", "quarter to three in the afternoon" (a number either side;
    "to" with a part of the day after it: "10 to 12 years" is a range)."""
    return any(
        t.low in ("past", "to")
        and toks[k - 1].numeric
        and toks[k + 1].numeric
        and (t.low == "past" or any(x.low in _DAY_PARTS for x in toks[k + 2 : k + 5]))
        for k, t in enumerate(toks[1:-1], 1)
    )


_DAY_PARTS = frozenset("morning afternoon evening".split())


_DEGREE_WORDS = frozenset({"c", "f", canon("degrees")})


def _temperature(toks: Sequence[Tok]) -> bool:
    """A figure of degrees: the ° sign, or "degrees" or a scale letter ("650 C") straight after a number."""
    return any(
        t.low == "°" or (k > 0 and (t.low in ("degree", "degrees") or t.text in "CF") and toks[k - 1].numeric)
        for k, t in enumerate(toks)
    )


def _is_content(t: Tok) -> bool:
    return t.content


def numbers_free(t: Tok) -> bool:
    return not (t.text[:1].isdigit() or t.low in numbers.WORDS or t.low in numbers.UNIT_WORDS)


def counts(toks: Sequence[Tok]) -> list[tuple[float, str]]:
    """Plain numbers with the thing they count: (38, "person") for "38 people", (2, "beam") for "two new
    beams" (the last word of the run of content words after the number)."""
    out: list[tuple[float, str]] = []
    for k in compress(count(), map(_NUMERIC, toks)):
        value = numbers.plain_value(toks[k].low)
        if value is None:
            continue
        head = ""
        for u in toks[k + 1 : k + 4]:
            if not u.content:
                break
            head = u.canon
        if head:
            out.append((value, head))
    return out


def figures(toks: Sequence[Tok], count_lists: bool = False) -> list[numbers.Quantity]:
    """The quantities of a token list (one flag test per token when there are none); with `count_lists`,
    also the length of a list of names ("Anna, Ben and Carl" supports "three people")."""
    found = numbers.quantities(list(map(_LOW, toks))) if any(map(_NUMERIC, toks)) else []
    if count_lists:
        found += [("n", float(k)) for k in _list_lengths(toks)]
    return found


def _list_lengths(toks: Sequence[Tok]) -> list[int]:
    """Lengths (2 or more) of runs "Name, Name and Name" in a sentence."""
    out: list[int] = []
    items, in_name, joined = 0, False, True
    for t in [*toks, None]:
        if t is not None and t.capital and t.text.isalpha() and t.low not in _STOPISH:
            if not in_name:
                items = items + 1 if joined else 1
            in_name, joined = True, False
            continue
        in_name = False
        if t is not None and t.low in (",", "and", "or") and items:
            joined = True
            continue
        if items >= 2:
            out.append(items)
        items, joined = 0, True
    return out


def positive_words(toks: Sequence[Tok], negated: set[str]) -> set[str]:
    """Content words that also occur outside any negation's scope (a sentence may deny one clause only)."""
    counts: dict[str, int] = {}
    for t in toks:
        if _is_content(t):
            counts[t.canon] = counts.get(t.canon, 0) + 1
    return {w for w, c in counts.items() if w not in negated or c > 1}


# A negation's scope ends at the clause's end and at a closing quote ("a 'not private' warning" denies no warning).
_SCOPE_END = frozenset({",", ";", "but", "and", "because", "so", '"', "”", "“"})


def negated_words(toks: Sequence[Tok]) -> set[str]:
    """Canonical words under a negation, up to the clause's end; time limits ("not before") excluded."""
    out: set[str] = set()
    n = len(toks)
    for i in compress(count(), map(_NEGATES, toks)):  # most sentences: none
        t = toks[i]
        if t.prefixed:
            out.add(t.canon)  # "unacceptable", "unpaid"
        if not t.negator:
            continue
        if t.low == "without" and any(u.low in NEGATORS or u.low.endswith("n't") for u in toks[max(0, i - 6) : i]):
            continue  # "cannot approve it without sign-off": a condition, not a second denial
        if t.low in ("no", "not") and i + 2 < n and toks[i + 2].low == "than" and toks[i + 1].low in _COMPARED:
            continue  # "no more than 20 cubic metres", "not later than Friday": a bound, not a denial
        scope = []
        for u in toks[i + 1 : min(n, i + 7)]:
            if u.low in _SCOPE_END or u.low in TIME_LIMIT:
                break
            scope.append(u)
        if any(u.low in TIME_LIMIT for u in toks[i + 1 : min(n, i + 9)]):
            continue  # "won't review it before Wednesday" sets a limit, it denies nothing
        out.update(u.canon for u in scope if u.low not in _STOPISH and numbers_free(u))
        if t.low in ("nobody", "none", "nothing") or (t.low == "no" and not scope):
            out.add(t.low)
    return out


_COMPARED = frozenset("more less fewer later earlier longer higher lower".split())
_NOT_HEADS = STOPISH | frozenset("yet still already ever even any really quite fully entirely".split())


def denied_heads(toks: Sequence[Tok], names: bool = False) -> set[str]:
    """The word each negation turns on: the first content word after it ("has not yet been *paid* to Joel"),
    or the negated word itself ("unpaid"). A fact that denies in other words ("withdrawn", "declined") holds
    this word, not the rest of the negation's scope: the object and the names must be stated. With `names`,
    a name may be the word ("but not Sundays")."""
    out: set[str] = set()
    for i, t in enumerate(toks):
        if negative_prefix(t.low):
            out.add(t.canon)
        if not t.negator:
            continue
        for u in toks[i + 1 : min(len(toks), i + 7)]:
            if u.low in _SCOPE_END:
                break
            if u.content and (names or not u.capital) and u.low not in _NOT_HEADS and numbers_free(u):
                out.add(u.canon)
                break
        if t.low in ("nobody", "none", "nothing", "no"):
            out.add(t.low)
    return out


def name_groups(toks: Sequence[Tok]) -> list[set[str]]:
    """Multi-word names ("Lakeside Hall") as sets of lower-cased words."""
    out: list[set[str]] = []
    run: list[str] = []
    for t in [*toks, None]:
        if t is not None and t.capital and t.text.isalpha():
            run.append(t.low)
            continue
        if len(run) > 1:
            out.append(set(run))
        run = []
    return out


def agent_verbs(
    toks: Sequence[Tok], authors: frozenset[str] = frozenset(), addressees: frozenset[str] = frozenset()
) -> list[tuple[frozenset[str], str]]:
    """(agent names, verb) pairs: "Dana (has) booked", "I booked" (the writer), "Dana, please send" and
    "please send" (the addressee; the writer asks), "received X from Helena" (Helena sends), "by Finance"."""
    out: list[tuple[frozenset[str], str]] = []
    n = len(toks)
    if authors and ("please" in map(_LOW, toks) or (n and toks[-1].low == "?")):
        out.append((authors, canon("ask")))  # a request or a question: the writer asks
    i = 0
    # Only a capitalised word, a pronoun-like word, "from" or "by" starts anything below: the loop visits those
    # (in order, skipping what an agent or a name in a phrase has taken) instead of every token.
    for k in [k for k, t in enumerate(toks) if t.capital or t.low in _STARTS]:
        if k < i:
            continue
        i, t = k, toks[k]
        if t.capital and i > 0 and toks[i - 1].low in _PREPOSITIONS:
            i += 1  # "the closure of Kestrel Ridge delayed it": a name in a phrase is nobody's agent
            while i < n and toks[i].capital:
                i += 1
            continue
        found = _agent_at(toks, i, authors, addressees) if t.capital or t.low in _AGENT_WORDS else None
        if found is None:
            if t.low in ("from", "by") and i > 0 and i + 1 < n and toks[i + 1].capital:
                out.extend(_passive_agent(toks, i))
            i += 1
            continue
        agent, j = found
        passive = False
        while j < n and (toks[j].low in AUX or toks[j].low in _ADVERBS or toks[j].low == "please"):
            passive = passive or toks[j].low in _BE
            j += 1
        if (
            agent
            and j < n
            and toks[j].low.replace("_", "").isalpha()
            and not toks[j].capital
            and toks[j].low not in _STOPISH
            and not negative_prefix(toks[j].low)  # "the church, unchanged": a state, nobody's act
            # "Imogen Sale was copied in", "Mei's start was pushed back" (a phrasal verb is one token)
            and not (passive and toks[j].text.lower().split()[0].split("_")[0].endswith(("ed", "en")))
        ):
            out.append((frozenset(agent), toks[j].canon))
        i = max(i + 1, j if t.capital else i + 1)
    return out


def _agent_at(
    toks: Sequence[Tok], i: int, authors: frozenset[str], addressees: frozenset[str]
) -> tuple[set[str], int] | None:
    """The agent that starts at token i and the index after it, or None if no agent starts there."""
    t, n = toks[i], len(toks)
    if t.low in ("i", "we"):
        return set(authors), i + 1
    if t.low in ("our", "my") and authors:  # "our accounts team paid": the writer's side
        named = _named_apposition(toks, i + 1)
        if named is not None:  # "Our snowmaker, Arvid Holm, switched the valve": Arvid Holm did
            return named
        j = i + 1
        while j < i + 4 and j + 1 < n and toks[j + 1].low not in AUX and not verb_like(toks[j + 1]):
            j += 1
        return set(authors), j + 1
    if t.low == "please":
        return set(addressees), i + 1
    if t.low in ("he", "she", "they") and authors:  # a source's pronoun stands for a name before it
        return names_of(toks[:i], True), i + 1
    if t.capital and t.low.endswith(("'s", "’s")) and t.text[:-2].isalpha() and t.low[:-2] not in NOT_NAMES:
        # "Norland's courier cracked the screens", "Calderbank's IT team made the change": the name's side, with
        # the words of the name before it ("Brightsmile Dental's autoclave halted")
        j = i + 1
        while j < min(n, i + 4) and toks[j].text.isalpha() and toks[j].low not in AUX and not verb_like(toks[j]):
            j += 1
        start = i
        while start > max(0, i - 3) and toks[start - 1].capital and toks[start - 1].text.isalpha():
            start -= 1
        owner = {u.low for u in toks[start:i] if u.low not in _STOPISH and u.low not in NOT_NAMES} | {t.low[:-2]}
        return None if j == i + 1 or j >= n else (owner, j)
    if not (t.capital and t.text.isalpha() and t.low not in _STOPISH and t.low not in NOT_NAMES):
        return None
    j = i + 1
    while j < n and toks[j].capital and toks[j].text.isalpha():
        j += 1
    agent = {u.low for u in toks[i:j]}
    if j + 2 < n and toks[j].low == "(" and toks[j + 2].low == ")":  # "Marketing (Leon) prepares"
        agent.add(toks[j + 1].low)
        j += 3
    if j + 1 < n and toks[j].low == ",":  # "Mark Ellis, the driver, stopped": the apposition is the agent too
        close = next((k for k in range(j + 1, min(n, j + 6)) if toks[k].low == ","), None)
        if close is not None and toks[j + 1].low != "please":
            agent |= names_of(toks[j + 1 : close], True)
            j = close + 1
        else:
            j += 1
    return agent, j


def _named_apposition(toks: Sequence[Tok], k: int) -> tuple[set[str], int] | None:
    """ "snowmaker, Arvid Holm," at `k` (after "our"): a role of one to three words, then a name between commas;
    the name and the index after the second comma, or None."""
    n = len(toks)
    comma = next((j for j in range(k + 1, min(n, k + 4)) if toks[j].low == ","), None)
    if comma is None or not all(u.text.isalpha() and not u.capital for u in toks[k:comma]):
        return None
    close = next((j for j in range(comma + 2, min(n, comma + 5)) if toks[j].low == ","), None)
    if close is None or not all(u.capital and u.text.isalpha() for u in toks[comma + 1 : close]):
        return None
    return {u.low for u in toks[comma + 1 : close]}, close + 1


_PREPOSITIONS = frozenset("of in at for with to on about into than".split())
_AGENT_WORDS = frozenset("i we our my please he she they".split())  # the lower-case words `_agent_at` reads
_STARTS = _AGENT_WORDS | {"from", "by"}
_BE = frozenset("is are was were be been being".split())


def _passive_agent(toks: Sequence[Tok], i: int) -> list[tuple[frozenset[str], str]]:
    """ "received X from Helena" (Helena sends), "approval from Marcus" (Marcus approves), "paid by Finance"."""
    t = toks[i]
    verb = canon("send") if t.low == "from" and _has(toks[:i], "receive") else None
    if t.low == "from" and verb is None and toks[i - 1].canon in _FROM_NOUNS:
        verb = toks[i - 1].canon
    if t.low == "by" and i > 1 and toks[i - 1].low.endswith("ed"):
        verb = toks[i - 1].canon
    return [(frozenset(u.low for u in toks[i + 1 : i + 3] if u.capital), verb)] if verb else []


def verb_like(t: Tok) -> bool:
    return (
        not t.capital
        and (t.low.endswith("ed") or t.low in IRREGULAR)
        and t.low not in _STOPISH
        and t.low not in _PLURALS
    )


# The irregular plurals of `IRREGULAR`: nouns ("45 people was moved" turns on "moved", not "people").
_PLURALS = frozenset("people children men women".split())


def _has(toks: Sequence[Tok], word: str) -> bool:
    c = canon(word)
    return any(t.canon == c for t in toks)


_FROM_NOUNS = frozenset(canon(w) for w in "approval sign-off sign_off permission confirmation go-ahead".split())
_ADVERBS = frozenset("also already just then still now finally quickly immediately kindly not never".split())
