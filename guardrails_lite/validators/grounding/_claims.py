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

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from guardrails_lite.validators.grounding import _numbers as numbers
from guardrails_lite.validators.grounding._facts import Digest, Fact
from guardrails_lite.validators.grounding._lexicon import IRREGULAR, LIGHT_VERBS, OPPOSITE, REPORTING_VERBS
from guardrails_lite.validators.grounding._reading import (
    AUX,
    agent_verbs,
    content_words,
    figures,
    names_of,
    negated_words,
    verb_like,
)
from guardrails_lite.validators.grounding._words import STOPISH, Tok, canon, senses

_STOPISH = STOPISH
_AUX = AUX
_verb_like = verb_like

# -- answer side ------------------------------------------------------------------------------------
_SPLIT_WORDS = frozenset({"after", "before", "when", "while", "once", "whereas", "although", "though", "until"})
_OPPOSITE = {canon(k): frozenset(canon(x) for x in v) for k, v in OPPOSITE.items()}
_AMBIGUOUS_REPORTING = frozenset(
    "added adds noted notes pointed points answered answers replied replies called informed informs told tells "
    "confirmed confirms reported reports announced announces".split()
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


def strip_report(toks: list[Tok]) -> tuple[list[Tok], set[str]]:
    """The reported content and its speaker's names: "Dana said (that) X", "According to Dana, X", "X, Dana said"."""
    n = len(toks)
    if n > 3 and toks[0].low == "according" and toks[1].low == "to":
        comma = next((k for k in range(2, min(n, 8)) if toks[k].low == ","), None)
        if comma:
            return toks[comma + 1 :], names_of(toks[2:comma], True)
    for k in range(1, min(n - 1, 5)):
        if toks[k].low in REPORTING_VERBS and all(t.capital for t in toks[:k]):
            rest = toks[k + 1 :]
            if rest and rest[0].low == "that":
                rest = rest[1:]
            elif toks[k].low in _AMBIGUOUS_REPORTING:
                continue  # "Jun added Lena to the list" reports nothing
            return rest, names_of(toks[:k], True)
    for k in range(n - 2, max(0, n - 6), -1):
        if toks[k].low == "," and any(t.low in REPORTING_VERBS for t in toks[k + 1 :]):
            return toks[:k], names_of(toks[k + 1 :], True)
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
        if t.low == "and" and len(cur) >= 3 and i + 1 < len(toks) and _verb_like(toks[i + 1]):
            parts.append(_subject(cur))  # "Dana booked the hall and paid the deposit": Dana paid it
            continue
        cur.append(t)
    out: list[list[Tok]] = []
    for p in parts:
        out.extend(_from_to(p))
    return [p for p in out if any(t.text[:1].isalnum() for t in p)]


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


def _boundary(toks: list[Tok], i: int) -> bool:
    t = toks[i].low
    prev = toks[i - 1].low if i else ""
    if t == ";" or (t in ("so", "but") and prev == ","):
        return True
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


def _from_to(toks: list[Tok]) -> list[list[Tok]]:
    """ "moved from X to Y" with names X and Y: two claims, one per end."""
    lows = [t.low for t in toks]
    if "from" not in lows:
        return [toks]
    f = lows.index("from")
    t = next((k for k in range(f + 1, len(lows)) if lows[k] == "to"), -1)
    if t < 0 or not (any(x.capital for x in toks[f + 1 : t]) and any(x.capital for x in toks[t + 1 :])):
        return [toks]
    end = next((k for k in range(t + 1, len(toks)) if toks[k].low in (",", "for", "on", "in", "by")), len(toks))
    return [toks[:t] + toks[end:], toks[:f] + toks[t:]]


def make_claim(toks: list[Tok], proper: Collection[str], arithmetic: bool = False) -> Claim:
    """`arithmetic`: the whole sentence says it computes ("in total", "after", "fewer than")."""
    lows = [t.low for t in toks]
    negated = negated_words(toks)
    return Claim(
        toks,
        names_of(toks, proper=proper),
        content_words(toks),
        figures(toks),
        negated,
        arithmetic or bool(set(lows) & numbers.ARITHMETIC_CUES),
        _identifying(toks),
        _predicate(toks),
    )


def _predicate(toks: list[Tok]) -> set[str]:
    """Content words from the first auxiliary or verb-like word on ("will be fully remote")."""
    for k, t in enumerate(toks[1:], 1):
        if t.low in _AUX or _verb_like(t):
            return content_words(toks[k:])
    return set()


@dataclass(slots=True)
class Support:
    ok: bool
    fact: Fact | None
    coverage: float
    problem: str


@dataclass(frozen=True, slots=True)
class Options:
    """What a claim must share with one fact: `coverage` of its words (0.1 less when a name or figure
    anchors it); with `entities` its names and figures; with `relations` its polarity, no opposite
    verb and something of what it says about its subject."""

    coverage: float = 0.6
    entities: bool = True
    relations: bool = True


def judge(toks: list[Tok], dig: Digest, opts: Options) -> tuple[list[str], int, float]:
    """(problems, document of the weakest supported claim, its coverage) for one answer sentence."""
    content, speaker = strip_report(toks)
    problems: list[str] = []
    if opts.relations and wrong_agent(toks, dig):
        problems.append("a name doing what the sources say someone else does")
    if opts.entities and speaker and not speaker <= dig.names:
        problems.append("reported from someone the sources do not name")
    arithmetic = any(t.low in numbers.ARITHMETIC_CUES for t in content)
    doc, score = -1, -1.0
    for part in split_claims(content):
        found = support(make_claim(part, dig.proper, arithmetic), dig, opts)
        if not found.ok:
            if found.problem not in problems:
                problems.append(found.problem)
        elif found.fact is not None and (score < 0 or found.coverage < score):
            doc, score = found.fact.doc, found.coverage
    return problems, doc, score


def support(claim: Claim, dig: Digest, opts: Options = Options()) -> Support:
    """The best fact for `claim`: all names and quantities, coverage, same polarity, no opposite verb."""
    best = Support(False, None, -1.0, "word support 0.00: no source sentence shares its words")
    if not claim.words and not claim.quants:
        return Support(True, None, 1.0, "")
    for f in dig.candidates(claim.words) if claim.words and opts.coverage > 0 else dig.facts:
        cov = _coverage(claim.words, f)
        problem = _mismatch(claim, f, cov, dig, opts)
        if not problem:
            if not best.ok or cov > best.coverage:
                best = Support(True, f, cov, "")
        elif not best.ok and cov > best.coverage:
            best = Support(False, f, cov, problem)
    return best


def _coverage(words: set[str], f: Fact) -> float:
    """Share of `words` the fact holds (directly or by a shared WordNet sense); topic words count half."""
    if not words:
        return 1.0
    hits = 0.0
    fw, fs = f.words, f.senses
    for w in words:
        if w in fw:
            hits += 1
        elif not fs.isdisjoint(senses(w)):
            hits += 1
        elif w in f.topic:
            hits += 0.5
    return hits / len(words)


# Verbs of speech only ("said", "wrote", "told"): not "sent", "confirmed" or "added", which are acts too.
_REPORTING_CANON = frozenset(canon(w) for w in "said wrote told replied answered warned clarified".split())


def wrong_agent(toks: Sequence[Tok], dig: Digest) -> bool:
    """A named agent of a verb the sources give only to other named agents ("Ravi agreed" for "Northwind agreed")."""
    for agent, verb in agent_verbs(toks):
        if verb in LIGHT_VERBS or verb in _REPORTING_CANON or not agent <= dig.names:
            continue  # who said something is the speaker check's business
        givers = dig.givers.get(verb, [])
        if givers and not any(agent & a for a in givers):
            return True
    return False


def _mismatch(claim: Claim, f: Fact, cov: float, dig: Digest, opts: Options) -> str:
    # A claim anchored by a shared name or figure may reword more of the rest.
    anchored = bool(claim.names & f.own_names) or any(numbers.supported(q, f.quants, False) for q in claim.quants)
    need = max(0.0, opts.coverage - 0.1) if anchored else opts.coverage
    if cov < need:
        return f"word support {cov:.2f} < {need:.2f}"
    if opts.entities:
        problem = _entity_mismatch(claim, f, dig)
        if problem:
            return problem
    if not opts.relations:
        return ""
    if claim.predicate and _coverage(claim.predicate, f) <= 0.0:
        return "what it says about its subject is not in the sources"
    if claim.negated and not _denies(claim, f):
        return "a negation the sources do not make"
    if not claim.negated and (f.negated - f.positive) & claim.words:
        return "drops a negation the sources make"
    for w in claim.words - claim.negated:  # "did not accept" is not the opposite of "declined"
        opp = _OPPOSITE.get(w)
        if opp and w not in f.words and opp & f.words:
            return "says the opposite of the sources"
    return ""


def _denies(claim: Claim, f: Fact) -> bool:
    """The fact denies something too: the same words, a word of the same sense, the opposite of a denied
    word ("did not accept" ~ "rejected"), or a verb of refusal or absence ("failed", "declined", "lacks")."""
    if claim.negated & f.negated or any(senses(w) & f.negated_senses for w in claim.negated):
        return True
    if any(_OPPOSITE.get(w, frozenset()) & f.words for w in claim.negated):
        return True
    return bool(f.negated & claim.words) or bool(f.words & _DENIAL)


_DENIAL = frozenset(
    canon(w) for w in "fail refuse decline reject deny lack miss absent without cancel unable neither nor".split()
)


def _entity_mismatch(claim: Claim, f: Fact, dig: Digest) -> str:
    """Names and figures of the claim must be this fact's (a multi-word name may be cut short)."""
    missing = {m for m in claim.names - f.names if not any(m in g and g & f.names for g in dig.groups)}
    if missing:
        return f"{len(missing)} name(s) not stated with the rest"
    for q in claim.quants:
        if numbers.supported(q, f.quants, claim.arithmetic):
            continue
        if claim.arithmetic and q[0][:1] not in "<>" and numbers.supported(q, dig.all_quants, True):
            continue  # a total or difference of figures stated in different e-mails
        if q in claim.identifying and numbers.supported(q, dig.all_quants, False):
            continue  # "the EUR 3,250 invoice", "aisle 6": names a thing stated elsewhere
        return "a number, amount, date or duration the sources do not state"
    return ""


def _identifying(toks: list[Tok]) -> list[numbers.Quantity]:
    """Figures that name a thing rather than state a fact: after a noun ("aisle 6", "clause 7") or inside a
    definite noun phrase ("the EUR 3,250 invoice", "the 5,000 brochures")."""
    out: list[numbers.Quantity] = []
    for k, t in enumerate(toks):
        if not t.text[:1].isdigit():
            continue
        prev = toks[k - 1] if k else None
        definite = any(u.low in ("the", "this", "that", "these", "those") for u in toks[max(0, k - 2) : k])
        after_noun = prev is not None and prev.text.isalpha() and prev.low not in _STOPISH and not prev.capital
        if definite or (after_noun and prev is not None and prev.low not in numbers.UNIT_WORDS):
            found = numbers.quantities([u.low for u in toks[max(0, k - 1) : k + 2]])
            out.extend(q for q in found if q[0][:1] not in "<>~")  # a bound or estimate names nothing
    return out
