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

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from guardrails_lite.validators import _claims_numbers as numbers
from guardrails_lite.validators._claims_lexicon import (
    IRREGULAR,
    FIRST_PERSON,
    LIGHT_VERBS,
    NEGATORS,
    OPPOSITE,
    REPORTING_VERBS,
    SECOND_PERSON,
    THIRD_PERSON,
    TIME_LIMIT,
)
from guardrails_lite.validators._claims_text import Tok, canon, negative_prefix, tokens
from guardrails_lite.validators._nlp import STOP

_HEADER = re.compile(r"^\s*(from|to|cc|subject|date|sent|re|fwd?)\s*:\s*", re.IGNORECASE)
_INLINE_HEADER = re.compile(r"\b(From|To|Cc|Date|Sent):\s*([^.\n]{1,120})\.(?=\s|$)")
_SENT = re.compile(r"(?<=[.!?;])\s+|\n+")
_GREETING = frozenset("hi hello dear hey thanks thank morning afternoon evening".split())
_NOT_A_NAME = frozenset("all team everyone everybody folks guys there".split())
_STOPISH = STOP | frozenset(
    "'s ' \" - – — , . ; : ! ? ( ) [ ] instead also before after until till since during within without about "
    "against between through across per via among upon onto toward towards whether either".split()
)
COVERAGE = 0.6  # share of a claim's content words one fact must hold


def _names(toks: Sequence[Tok], first_is_name: bool = False) -> set[str]:
    return {
        t.low
        for k, t in enumerate(toks)
        if t.capital and t.text.isalpha() and (k > 0 or first_is_name) and t.low not in _STOPISH
    }


def _content(toks: Sequence[Tok]) -> set[str]:
    return {t.canon for t in toks if _is_content(t)}


def _is_content(t: Tok) -> bool:
    return (
        t.low not in _STOPISH
        and t.text[:1].isalnum()
        and numbers_free(t)
        and t.canon not in LIGHT_VERBS
        and t.low not in numbers.ARITHMETIC_CUES
        and t.low not in NEGATORS
        and not t.low.endswith("n't")
    )


def numbers_free(t: Tok) -> bool:
    return not (t.text[:1].isdigit() or t.low in numbers.WORDS or t.low in numbers.UNIT_WORDS)


def positive_words(toks: Sequence[Tok], negated: set[str]) -> set[str]:
    """Content words that also occur outside any negation's scope (a sentence may deny one clause only)."""
    counts: dict[str, int] = {}
    for t in toks:
        if _is_content(t):
            counts[t.canon] = counts.get(t.canon, 0) + 1
    return {w for w, c in counts.items() if w not in negated or c > 1}


def negated_words(toks: Sequence[Tok]) -> set[str]:
    """Canonical words under a negation, up to the clause's end; time limits ("not before") excluded."""
    out: set[str] = set()
    n = len(toks)
    for i, t in enumerate(toks):
        if negative_prefix(t.low):
            out.add(t.canon)  # "unacceptable", "unpaid"
        if not (t.low in NEGATORS or t.low.endswith("n't") or t.low == "nobody"):
            continue
        scope = []
        for u in toks[i + 1 : min(n, i + 7)]:
            if u.low in (",", ";", "but", "and", "because", "so") or u.low in TIME_LIMIT:
                break
            scope.append(u)
        if any(u.low in TIME_LIMIT for u in toks[i + 1 : min(n, i + 9)]):
            continue  # "won't review it before Wednesday" sets a limit, it denies nothing
        out.update(u.canon for u in scope if u.low not in _STOPISH and numbers_free(u))
        if t.low in ("nobody", "none", "nothing") or (t.low == "no" and not scope):
            out.add(t.low)
    return out


@dataclass(slots=True)
class Fact:
    """One source sentence, digested."""

    doc: int
    text: str
    toks: list[Tok]
    words: frozenset[str]  # canonical content words and implied participants
    names: frozenset[str]  # name tokens stated or implied
    quants: list[numbers.Quantity]
    negated: frozenset[str]
    own_names: frozenset[str] = frozenset()
    topic: frozenset[str] = frozenset()  # the subject line's words, a pronoun's antecedent's: half weight
    positive: frozenset[str] = frozenset()
    agents: tuple[tuple[frozenset[str], str], ...] = ()


@dataclass(slots=True)
class Email:
    authors: frozenset[str]
    addressees: frozenset[str]
    topic: frozenset[str]
    sentences: list[str] = field(default_factory=list)


def parse_email(text: str) -> Email:
    """Writer (From: or sign-off), addressees (To:, greeting), subject words and body sentences."""
    authors: set[str] = set()
    addressees: set[str] = set()
    topic: set[str] = set()
    for m in _INLINE_HEADER.finditer(text):
        names = {w.lower() for w in re.findall(r"[A-Z][\w'-]+", m.group(2))}
        (authors if m.group(1) == "From" else addressees if m.group(1) in ("To", "Cc") else set()).update(names)
    text = _INLINE_HEADER.sub(" ", text)
    body: list[str] = []
    for line in text.replace("’", "'").splitlines():
        head = _HEADER.match(line)
        if head:
            key, rest = head.group(1).lower(), line[head.end() :]
            if key == "from":
                authors.update(w.lower() for w in re.findall(r"[A-Z][\w'-]+", rest)[:4])
            elif key in ("to", "cc"):
                addressees.update(w.lower() for w in re.findall(r"[A-Z][\w'-]+", rest)[:6])
            elif key == "subject":
                topic.update(_content(tokens(_HEADER.sub("", _HEADER.sub("", rest)))))
            continue
        if line.strip():
            body.append(line.strip())
    if body and _is_signoff(body[-1]):
        authors.update(w.lower() for w in body[-1].split()) if not authors else None
        body.pop()
    if body:
        first = body[0].split()
        if first and first[0].strip(",.!").lower() in _GREETING:
            addressees.update(
                w.strip(",.!").lower()
                for w in first[1:4]
                if w[:1].isupper() and w.strip(",.!").lower() not in _NOT_A_NAME
            )
    sentences = [s.strip() for s in _SENT.split(_join_wrapped(body)) if s.strip()]
    return Email(frozenset(authors), frozenset(addressees), frozenset(topic), sentences)


def _join_wrapped(lines: list[str]) -> str:
    """E-mail bodies wrap sentences across lines: join a line to the previous one unless that one ended a
    sentence or this one starts a list item."""
    out: list[str] = []
    for line in lines:
        if out and not out[-1].endswith((".", "!", "?", ":", ";")) and not line.startswith(("-", "*", "•")):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def _is_signoff(line: str) -> bool:
    words = line.replace(",", "").split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


def digest(texts: Sequence[str]) -> list[Fact]:
    facts: list[Fact] = []
    for d, text in enumerate(texts):
        mail = parse_email(text)
        earlier: set[str] = set()
        previous: set[str] = set()
        for sent in mail.sentences:
            toks = tokens(sent)
            facts.append(_fact(d, sent, toks, mail, earlier, previous))
            earlier |= _names(toks, first_is_name=True) - {t.low for t in toks[:1] if t.low in _GREETING}
            previous = _content(toks)
    return facts


def _fact(d: int, sent: str, toks: list[Tok], mail: Email, earlier: set[str], previous: set[str]) -> Fact:
    lows = {t.low for t in toks}
    own = _names(toks, first_is_name=True)
    names = set(own) | mail.authors
    words = _content(toks)
    vocative = len(toks) > 1 and toks[0].capital and toks[1].low == "," and toks[0].low not in _GREETING
    addressees = set(mail.addressees) | ({toks[0].low} if vocative else set())
    if lows & SECOND_PERSON or vocative:
        names |= addressees
    if "please" in lows:
        words.add(canon("ask"))
    context = set(mail.topic)
    if lows & THIRD_PERSON or "the" in lows:
        names |= earlier
        context |= previous
    words |= {canon(n) for n in names}
    negated = negated_words(toks)
    return Fact(
        d,
        sent,
        toks,
        frozenset(words),
        frozenset(names),
        numbers.quantities([t.low for t in toks]),
        frozenset(negated),
        frozenset(own),
        frozenset(context),
        frozenset(positive_words(toks, negated)),
        tuple(agent_verbs(toks, mail.authors, frozenset(addressees))),
    )


def agent_verbs(
    toks: Sequence[Tok], authors: frozenset[str] = frozenset(), addressees: frozenset[str] = frozenset()
) -> list[tuple[frozenset[str], str]]:
    """(agent names, verb) pairs: "Dana (has) booked", "I booked" (the writer), "Dana, please send" and
    "please send" (the addressee; the writer asks), "received X from Helena" (Helena sends), "by Finance"."""
    out: list[tuple[frozenset[str], str]] = []
    n = len(toks)
    if authors and any(t.low == "please" for t in toks):
        out.append((authors, canon("ask")))
    i = 0
    while i < n:
        t = toks[i]
        agent: set[str] = set()
        j = i + 1
        if t.low in ("i", "we"):
            agent = set(authors)
        elif t.low == "please":
            agent, j = set(addressees), i + 1
        elif t.capital and t.text.isalpha() and t.low not in _STOPISH:
            while j < n and toks[j].capital and toks[j].text.isalpha():
                j += 1
            agent = {u.low for u in toks[i:j]}
            if j + 1 < n and toks[j].low == ",":  # "Mark Ellis, the driver, stopped": skip the apposition
                close = next((k for k in range(j + 1, min(n, j + 6)) if toks[k].low == ","), None)
                j = close + 1 if close is not None and toks[j + 1].low != "please" else j + 1
        elif t.low in ("from", "by") and i > 0 and i + 1 < n and toks[i + 1].capital:
            verb = canon("send") if t.low == "from" and toks[0 : i] and _has(toks[:i], "receive") else None
            if t.low == "by" and i > 1 and toks[i - 1].low.endswith("ed"):
                verb = toks[i - 1].canon
            if verb:
                out.append((frozenset(u.low for u in toks[i + 1 : i + 3] if u.capital), verb))
            i += 1
            continue
        else:
            i += 1
            continue
        while j < n and (toks[j].low in _AUX or toks[j].low in _ADVERBS or toks[j].low == "please"):
            j += 1
        if agent and j < n and toks[j].low.replace("_", "").isalpha() and not toks[j].capital and toks[j].low not in _STOPISH:
            out.append((frozenset(agent), toks[j].canon))
        i = max(i + 1, j if t.capital else i + 1)
    return out


def _has(toks: Sequence[Tok], word: str) -> bool:
    c = canon(word)
    return any(t.canon == c for t in toks)


_ADVERBS = frozenset("also already just then still now finally quickly immediately kindly not never".split())


# -- answer side ------------------------------------------------------------------------------------
_SPLIT_WORDS = frozenset({"after", "before", "when", "while", "once", "whereas", "although", "though", "until"})
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday".split())
_LINKS = frozenset({"because", "since", "so"})
_PRONOUN_START = frozenset("i we he she they it there nobody no none".split())
_DETERMINERS = frozenset("the a an this that these those his her their its our my your all both some".split())
_AUX = frozenset(
    "is are was were has have had will would can could may might must should shall did does do cannot can't "
    "won't didn't doesn't isn't wasn't weren't hasn't haven't hadn't".split()
)


@dataclass(slots=True)
class Claim:
    toks: list[Tok]
    names: set[str]
    words: set[str]
    quants: list[numbers.Quantity]
    negated: set[str]
    arithmetic: bool


def strip_report(toks: list[Tok]) -> tuple[list[Tok], set[str]]:
    """The reported content and its speaker's names: "Dana said (that) X", "According to Dana, X", "X, Dana said"."""
    n = len(toks)
    if n > 3 and toks[0].low == "according" and toks[1].low == "to":
        comma = next((k for k in range(2, min(n, 8)) if toks[k].low == ","), None)
        if comma:
            return toks[comma + 1 :], _names(toks[2:comma], True)
    for k in range(1, min(n - 1, 5)):
        if toks[k].low in REPORTING_VERBS and all(t.capital for t in toks[:k]):
            rest = toks[k + 1 :]
            if rest and rest[0].low == "that":
                rest = rest[1:]
            return rest, _names(toks[:k], True)
    for k in range(n - 2, max(0, n - 6), -1):
        if toks[k].low == "," and any(t.low in REPORTING_VERBS for t in toks[k + 1 :]):
            return toks[:k], _names(toks[k + 1 :], True)
    return toks, set()


def split_claims(toks: list[Tok]) -> list[list[Tok]]:
    """Clauses of one sentence: at ';', ', and'/', but', subordinators and causal links that start a
    clause, a fronted "After X, Y", relative ", which"/", who" (which keep their antecedent), "from X to Y"."""
    if toks and (toks[0].low in _SPLIT_WORDS or toks[0].low in _LINKS) and "," in (t.low for t in toks[:20]):
        comma = next(k for k, t in enumerate(toks) if t.low == ",")
        return split_claims(toks[1:comma]) + split_claims(toks[comma + 1 :])
    parts: list[list[Tok]] = [[]]
    for i, t in enumerate(toks):
        cur = parts[-1]
        prev = toks[i - 1].low if i else ""
        if t.low in ("which", "who") and prev == ",":
            parts.append(_antecedent(toks, i - 1))
            continue
        if len(cur) >= 2 and _boundary(toks, i):
            parts.append([])
            continue
        cur.append(t)
    out: list[list[Tok]] = []
    for p in parts:
        out.extend(_from_to(p))
    return [p for p in out if any(t.text[:1].isalnum() for t in p)]


def _antecedent(toks: list[Tok], comma: int) -> list[Tok]:
    """The noun phrase before ", which": up to four words back to a determiner or preposition."""
    k = comma
    while k > 0 and comma - k < 4 and toks[k - 1].low not in _STOPISH and toks[k - 1].text[:1].isalnum():
        k -= 1
    return list(toks[k:comma])


def _boundary(toks: list[Tok], i: int) -> bool:
    t = toks[i].low
    prev = toks[i - 1].low if i else ""
    if t == ";" or (t in ("so", "but") and prev == ","):
        return True
    if t in _LINKS or t in _SPLIT_WORDS or (t == "and" and prev == ","):
        return _starts_clause(toks, i + 1)
    return t == "and" and i + 1 < len(toks) and toks[i + 1].low in _PRONOUN_START


def _starts_clause(toks: list[Tok], k: int) -> bool:
    """A subject and a verb follow: "after the venue cancelled", "because Dana forgot", not "before Wednesday"."""
    if k >= len(toks):
        return False
    if toks[k].low in _PRONOUN_START:
        return True
    if toks[k].low in _WEEKDAYS or len(numbers.quantities(["1", toks[k].low])) > 1:
        return False
    if not (toks[k].low in _DETERMINERS or toks[k].capital):
        return False
    for u in toks[k + 1 : k + 6]:
        if u.low in (",", ";", ".") or u.low in _SPLIT_WORDS or u.low in _LINKS:
            return False
        if u.low in _AUX or (u.low.endswith("ed") and not u.capital) or (u.low in IRREGULAR and not u.capital):
            return True
    return False


def _from_to(toks: list[Tok]) -> list[list[Tok]]:
    """ "moved from X to Y" with names X and Y: two claims, one per end."""
    lows = [t.low for t in toks]
    if "from" not in lows or "to" not in lows:
        return [toks]
    f = lows.index("from")
    t = lows.index("to", f)
    if not (any(x.capital for x in toks[f + 1 : t]) and any(x.capital for x in toks[t + 1 :])):
        return [toks]
    end = next((k for k in range(t + 1, len(toks)) if toks[k].low in (",", "for", "on", "in", "by")), len(toks))
    return [toks[:t] + toks[end:], toks[:f] + toks[t:]]


def make_claim(toks: list[Tok], known_proper: set[str]) -> Claim:
    first_is_name = bool(toks) and toks[0].low in known_proper
    lows = [t.low for t in toks]
    negated = negated_words(toks)
    return Claim(
        toks,
        _names(toks, first_is_name),
        _content(toks),
        numbers.quantities(lows),
        negated,
        bool(set(lows) & numbers.ARITHMETIC_CUES),
    )


@dataclass(slots=True)
class Support:
    ok: bool
    fact: Fact | None
    coverage: float
    problem: str


def support(claim: Claim, facts: Sequence[Fact]) -> Support:
    """The best fact for `claim`: all names and quantities, coverage, same polarity, no opposite verb."""
    best = Support(False, None, -1.0, "no source sentence shares its words")
    if not claim.words and not claim.quants:
        return Support(True, None, 1.0, "")
    for f in facts:
        cov = _coverage(claim.words, f)
        problem = _mismatch(claim, f, cov, facts)
        if not problem:
            if not best.ok or cov > best.coverage:
                best = Support(True, f, cov, "")
        elif not best.ok and cov > best.coverage:
            best = Support(False, f, cov, problem)
    return best


def _coverage(words: set[str], f: Fact) -> float:
    if not words:
        return 1.0
    hits = words & f.words
    return (len(hits) + 0.5 * len((words - hits) & f.topic)) / len(words)


def wrong_agent(toks: Sequence[Tok], facts: Sequence[Fact]) -> bool:
    """A named agent of a verb the sources give only to other named agents ("Ravi agreed" for "Northwind agreed")."""
    known_names = {n for f in facts for n in f.names}
    for agent, verb in agent_verbs(toks):
        if verb in LIGHT_VERBS or not agent <= known_names:
            continue
        givers = [a for f in facts for a, v in f.agents if v == verb]
        if givers and not any(agent & a for a in givers):
            return True
    return False


def _mismatch(claim: Claim, f: Fact, cov: float, facts: Sequence[Fact]) -> str:
    if cov < COVERAGE:
        return f"word support {cov:.2f} < {COVERAGE:.2f}"
    missing = claim.names - f.names
    if missing:
        return f"{len(missing)} name(s) not stated with the rest"
    doc_quants = [q for g in facts if g.doc == f.doc for q in g.quants]
    for q in claim.quants:
        if not numbers.supported(q, f.quants, claim.arithmetic) and not (
            q[0] == "n" and numbers.supported(q, doc_quants, False) and _identifier(claim, q)
        ):
            return "a number, amount, date or duration the sources do not state"
    if claim.negated and not (claim.negated & f.negated):
        return "a negation the sources do not make"
    if not claim.negated and (f.negated - f.positive) & claim.words:
        return "drops a negation the sources make"
    for w in claim.words:
        opp = OPPOSITE.get(w)
        if opp and w not in f.words and opp & f.words:
            return "says the opposite of the sources"
    return ""


def _identifier(claim: Claim, q: numbers.Quantity) -> bool:
    """A plain number right after a noun is a name ("aisle 6", "clause 7"), resolvable within the e-mail."""
    for k, t in enumerate(claim.toks[1:], 1):
        if t.text[:1].isdigit() and numbers.quantities([t.low]) == [q]:
            prev = claim.toks[k - 1]
            return prev.low not in _STOPISH and prev.text.isalpha()
    return False
