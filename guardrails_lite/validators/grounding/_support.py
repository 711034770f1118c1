"""Support of one claim by the facts: a core sentence that says it, and the thread for the rest.

A claim ("Oakcraft issued the 45 GBP delivery refund it had offered as an apology") needs one source
sentence, its *core*, that holds what it says about its subject: its subject's names, enough of its
content words, its polarity and no opposite verb. A name or figure the core does not hold may come from
another sentence of the thread that shares a word with the claim (a faithful synthesis attaches a date, a
place or an amount stated elsewhere), and a figure may be one step of arithmetic on the thread's figures
(a total, a difference, a gap between two dates, a percentage). But a figure of a kind the core states
must be the core's, or computed from it: "costs 2,600 GBP" is not supported by "costs 2,400 GBP" plus an
unrelated 2,600 elsewhere. Names before the verb are never borrowed: who did it is the core's business.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import itertools
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from guardrails_lite.validators.grounding import _numbers as numbers
from guardrails_lite.validators.grounding._claims import Claim, make_claim, split_claims, strip_report
from guardrails_lite.validators.grounding._facts import Digest, Fact
from guardrails_lite.validators.grounding._lexicon import CONVERSE, LIGHT_VERBS, OPPOSITE
from guardrails_lite.validators.grounding._reading import AUX, agent_verbs, denied_heads
from guardrails_lite.validators.grounding._totals import is_total
from guardrails_lite.validators.grounding._words import Tok, canon, senses, wordnet
from guardrails_lite.verdict import check_deadline

_OPPOSITE = {canon(k): frozenset(canon(x) for x in v) for k, v in OPPOSITE.items()}
NO_WORDS = "word support 0.00: no source sentence shares its words"
FIGURE = "a number, amount, date or duration the sources do not state"
WRONG_AGENT = "a name doing what the sources say someone else does"
PREDICATE = "what it says about its subject is not in the sources"
NEGATION_ADDED = "a negation the sources do not make"
NEGATION_DROPPED = "drops a negation the sources make"
OPPOSITE_VERB = "says the opposite of the sources"
NAMES_APART = "name(s) not stated with the rest"
TOO_MANY_FIGURES = "more figures in one clause than can be checked"
MAX_FIGURES = 24
# Problems that say the sources state something else, not merely that they do not state it.
CONTRADICTIONS = frozenset({FIGURE, WRONG_AGENT, NEGATION_ADDED, NEGATION_DROPPED, OPPOSITE_VERB})


@dataclass(slots=True)
class Support:
    ok: bool
    fact: Fact | None
    coverage: float
    problem: str
    bridges: tuple[Fact, ...] = ()  # facts a name or figure the core lacks was taken from


@dataclass(frozen=True, slots=True)
class Options:
    """What a claim must share with its core fact: `coverage` of its words (0.1 less when a name or figure
    anchors it); with `entities` its names and figures (or bridges to them); with `relations` its polarity,
    no opposite verb and something of what it says about its subject."""

    coverage: float = 0.6
    entities: bool = True
    relations: bool = True
    deadline: float | None = None  # the call's (`Context.deadline`): long loops stop once it has passed


class Checked(NamedTuple):
    """What one claim's support check found, for the learned decision (`_decide`)."""

    ok: bool
    coverage: float
    problem: str
    words: int
    figures: int
    names: int
    negated: bool
    bridges: int


def judge(toks: list[Tok], dig: Digest, opts: Options) -> tuple[list[str], int, float, list[Checked]]:
    """(problems, document of the weakest supported claim, its coverage, what each claim's check found) for one
    answer sentence."""
    content, speaker = strip_report(toks)
    problems: list[str] = []
    if opts.relations and wrong_agent(toks, dig):
        problems.append(WRONG_AGENT)
    if opts.entities and speaker and not speaker <= dig.names:
        problems.append("reported from someone the sources do not name")
    arithmetic = numbers.computes([t.low for t in content])
    parts = split_claims(content)
    claims = [make_claim(part, dig.proper, arithmetic) for part in parts]
    # Bridges and arithmetic may draw on facts related to any claim of the sentence ("the certificate
    # expired two minutes before e-mail went down": the two times sit in two facts).
    related = dig.candidates({w for c in claims for w in c.words})
    doc, score = -1, -1.0
    marks = _time_references(content, parts)
    checked: list[Checked] = []
    for claim, mark in zip(claims, marks, strict=True):
        found = support(claim, dig, opts if not mark else _reference_options(opts), related)
        if mark and not found.ok and claim.predicate and claim.predicate <= _SCHEDULED:
            found = support(_unscheduled(claim), dig, _reference_options(opts), related)
        checked.append(
            Checked(
                found.ok,
                found.coverage,
                found.problem,
                len(claim.words),
                len(claim.quants),
                len(claim.names),
                bool(claim.negated),
                len(found.bridges),
            )
        )
        if not found.ok:
            if found.problem not in problems:
                problems.append(found.problem)
        elif found.fact is not None and (score < 0 or found.coverage < score):
            doc, score = found.fact.doc, found.coverage
    return problems, doc, score, checked


_TIME_UNITS = frozenset("minute minutes hour hours day days week weeks month months morning afternoon evening".split())
_REFERENCE_WORDS = frozenset({"after", "before", "when", "once", "until"})


def _time_references(content: Sequence[Tok], parts: Sequence[Sequence[Tok]]) -> list[bool]:
    """Which clauses only date the claim before them: "two days *after he told the service desk*", "the day
    before Ben's mother arrives", "the Wednesday after it broke". The clause names an event of the thread
    as a point in time, usually in fewer and other words than the source's; the figures of the relation
    are the first clause's to check."""
    if len(parts) < 2 or _REFERENCE_WORDS.isdisjoint(t.low for t in content):
        return [False] * len(parts)  # most sentences: one clause, or no clause after "after"/"before"
    at = {id(t): k for k, t in enumerate(content)}
    out = []
    for part in parts:
        k = at.get(id(part[0]), 0) if part else 0
        out.append(
            k >= 2 and content[k - 1].low in _REFERENCE_WORDS and content[k - 2].low in _TIME_UNITS | _WEEKDAY_LOWS
        )
    return out


# What a time reference says of its event besides naming it: when it was due, began, ended, who arrived ("20 minutes
# before the sailing was due", "three hours after the final began", "five hours before Yusuf got in").
_SCHEDULED = frozenset(
    canon(w) for w in "due deadline begin start end finish open close schedule expect arrive come got reach".split()
)


def _unscheduled(claim: Claim) -> Claim:
    """A time reference whose predicate only schedules its event, as the event alone: "the sailing" of "the
    sailing was due" needs a source; "it was due" names the first clause's event and needs none (that clause's
    figures are checked against the thread's)."""
    return dataclasses.replace(claim, words=claim.words - _SCHEDULED, predicate=set(), verbs=frozenset())


def _reference_options(opts: Options) -> Options:
    """A time reference clause needs its names, figures and relations and half the word support (see
    `_time_references`): "two days after his car broke down" is still no "after my laptop was stolen"."""
    return Options(opts.coverage / 2, opts.entities, opts.relations, opts.deadline)


class Thread:
    """What the thread offers one claim beyond its core: the facts related to its sentence, their figures."""

    def __init__(self, claim: Claim, relevant: list[Fact], dig: Digest) -> None:
        self.claim, self.relevant, self.dig = claim, relevant, dig
        self._pool: list[numbers.Quantity] | None = None
        self._timed: dict[str, list[numbers.Quantity]] = {}
        self._elsewhere_seen: dict[numbers.Quantity, tuple[Fact | None, bool]] = {}
        self._operands: dict[tuple[frozenset[str], str], list[float]] = {}
        self._pooled: dict[numbers.Quantity, bool] = {}
        self._before: dict[float, str] | None = None
        self._figures: dict[tuple[numbers.Quantity, int], Fact | None] = {}
        self._bare: dict[tuple[int, str], list[float]] = {}
        self._holders: dict[str, list[Fact]] = {}
        self.derived: set[int] = set()  # cores whose figure only the thread's arithmetic gives (`_figure`)

    @functools.cached_property
    def shifts(self) -> bool:
        """Dates may be moved by durations: the claim speaks of a shift in time, or a related fact states a
        duration with one ("the balance is due six weeks before the wedding")."""
        if self.claim.shifts:
            return True
        shifting: frozenset[int] | None = self.dig.cache.get("shifting")
        if shifting is None:  # once per digest, not per claim
            shifting = self.dig.cache["shifting"] = frozenset(
                id(f)
                for f in self.dig.facts
                if any(numbers.family(q[0]) == "dur" for q in f.quants)
                and not numbers.SHIFT_CUES.isdisjoint(t.low for t in f.toks)
            )
        return any(id(f) in shifting for f in self.relevant)

    @functools.cached_property
    def compares(self) -> frozenset[str]:
        """The comparatives the claim compares with ("thinner than", "colder than"), canonical."""
        toks = self.claim.toks
        return frozenset(a.canon for a, b in itertools.pairwise(toks) if b.low == "than" and a.content)

    @functools.cached_property
    def per_unit(self) -> bool:
        """The claim prices per unit: "£45 a session", "£18 per child", "12 GBP each"."""
        toks = self.claim.toks
        for k in range(1, len(toks)):
            low = toks[k].low
            if low in ("per", "each") or (low in ("a", "an") and (toks[k - 1].numeric or toks[k - 1].low in _UNITS)):
                return True
        return False

    @property
    def pool(self) -> list[numbers.Quantity]:
        """Figures of the relevant facts, with the dates their e-mails were written."""
        if self._pool is None:
            self._pool = [q for f in self.relevant for q in f.quants]
            self._pool += [("date", d) for d in {f.sent_on for f in self.relevant} if d is not None]
            self._pool += [("n", y) for y in self.dig.cache.get("years", ())]  # "March 2026" in a 2026 thread
        return self._pool

    def operands(self, kind: str) -> list[numbers.Quantity]:
        """The figures a `kind` figure of the claim may be computed from: the pool, and for a date or a time
        also the claim's own durations, for a duration its own dates and times ("on 3 December, the week
        before the deadline": the deadline moved by the week it states, the week between the two dates).
        The relation the claim states must then hold exactly with what the sources state."""
        own = _OWN_OPERANDS.get(numbers.family(kind))
        if own is None:
            return self.pool
        found = self._timed.get(kind)
        if found is None:
            extra = [q for q in self.claim.quants if numbers.family(q[0]) in own]
            found = self._timed[kind] = self.pool + extra if extra else self.pool
        return found

    def name_bridge(self, name: str, core: Fact) -> Fact | None:
        """Another fact naming `name` that shares a word with the claim besides that name."""
        holders = self._holders.get(name)
        if holders is None:  # the same for every core: found once per name, not per core
            others = self.claim.words - {canon(name)}
            holders = self._holders[name] = [
                g
                for g in self.relevant
                if (name in g.names or _in_group(name, g, self.dig)) and not g.words.isdisjoint(others)
            ]
        for g in holders:
            if g is not core:
                return g
        return None

    def figure(self, q: numbers.Quantity, core: Fact) -> Fact | None:
        """`_figure`, once per figure and core: the anchoring check asks again after `_anchors` did."""
        key = (q, id(core))
        if key in self._figures:
            return self._figures[key]
        found = self._figures[key] = self._figure(q, core)
        return found

    def _figure(self, q: numbers.Quantity, core: Fact) -> Fact | None:
        """Where `q` comes from: the core (its figure, or computed from the core's figure when it states one
        of that kind), or a fact of the thread holding it or the figures it is computed from when the core
        has no figure of its kind; None if nowhere."""
        dated = core.sent_on is not None and not any(numbers.family(p[0]) == "date" for p in core.quants)
        stated = [*core.quants, ("date", core.sent_on)] if dated and core.sent_on is not None else core.quants
        # A comparison the core makes in the claim's words ("25 degrees cooler than the display") states its
        # figure: the claim's ("35 degrees cooler than") is no sum or difference of the thread's figures.
        arithmetic = self.claim.arithmetic and not (self.compares and self.compares <= core.words)
        if numbers.supported(q, stated, arithmetic, self.claim.halving):
            return core
        if q[0][:1] in "<>" and any(p[0][:1] in "<>" and p[0][0] != q[0][0] and p[0][1:] == q[0][1:] for p in stated):
            return None  # "more than 20 people" where the core sets "no more than 20": the other side (r16b M11)
        if not arithmetic and is_total(q, core.toks, core.quants, self.claim.words):
            return core
        if q in self.claim.identifying and self._in_pool(q):
            return core  # "the EUR 3,250 invoice", "aisle 6": names a thing stated elsewhere
        kind = numbers.family(q[0])
        if kind == "n":  # a count conflicts only with a count of the same thing ("60 people", not "2 cars")
            noun = self.claim.counts.get(q[1])
            rival = [("n", v) for v, counted in core.counts if noun and counted == noun]
            if not noun:  # a bare number: the core's bare number after the same word ("seats 150", "seats 110")
                rival = [("n", v) for v in self._bare_rivals(q[1], core)]
        else:
            rival = [p for p in core.quants if numbers.family(p[0]) == kind]
        if numbers.own_product(q, self.claim.quants):
            return core
        if rival and numbers.derivable(
            q, rival, self.operands(kind), arithmetic, self._operands, self.shifts, self.per_unit
        ):
            return core
        if rival and not self._restates(rival):
            return None
        # No rival, or the claim states the core's figure too ("on 9 October, a week before the 16 October
        # cut-off"): this one is a second figure of its kind, not a replacement, and may come from the thread.
        holder, derived = self._elsewhere(q, kind)
        if holder is None and not derived and kind == "n" and not rival:
            derived = self._items(self.claim.counts.get(q[1], "")) == q[1]
        if holder is None and derived:
            self.derived.add(id(core))
        return holder if holder is not None else (core if derived else None)

    def _items(self, noun: str) -> int:
        """How many things called `noun` the thread prices or dates, each with its own figure ("The first
        invoice is 300 EUR", "The second invoice is 450 EUR": two invoices); 0 without a counted noun."""
        if not noun:
            return 0
        values = {
            q
            for f in self.relevant
            if noun in f.words
            for q in f.quants
            if numbers.family(q[0]) in ("money", "date") and q[0][:1] not in "~<>"
        }
        return len(values)

    def _bare_rivals(self, value: float, core: Fact) -> list[float]:
        """The core's bare numbers after the word before the claim's bare `value`; both looked up once per
        claim and fact (a scan per candidate fact and figure would grow with their product)."""
        if self._before is None:
            self._before = _words_before(self.claim.toks)
        word = self._before.get(value, "")
        key = (id(core), word)
        found = self._bare.get(key)
        if found is None:
            found = self._bare[key] = _bare_after(core.toks, word)
        return found

    def _restates(self, rival: list[numbers.Quantity]) -> bool:
        """The claim states one of the core's figures of a kind besides the one being checked."""
        return any(numbers.same(p, r) for p in self.claim.quants for r in rival)

    def _in_pool(self, q: numbers.Quantity) -> bool:
        found = self._pooled.get(q)
        if found is None:
            found = self._pooled[q] = numbers.supported(q, self.pool, False)
        return found

    def _elsewhere(self, q: numbers.Quantity, kind: str) -> tuple[Fact | None, bool]:
        """The first relevant fact stating `q`, and whether the thread's figures compute it; the same for
        every core, so worked out once per figure (each core asking again made many cores quadratic)."""
        found = self._elsewhere_seen.get(q)
        if found is None:
            holder = next(
                (
                    g
                    for g in self.relevant
                    if numbers.supported(q, g.quants, self.claim.arithmetic, self.claim.halving)
                    or (q[1] == g.sent_on and kind == "date")
                ),
                None,
            )
            derived = holder is None and numbers.derivable(
                q, (), self.operands(kind), self.claim.arithmetic, self._operands, self.shifts, self.per_unit
            )
            found = self._elsewhere_seen[q] = (holder, derived)
        return found


_UNITS = numbers.UNIT_WORDS | frozenset("£ $ € ¥".split())
# Kinds of the claim's own figures that may compute a figure of another kind of the claim.
_OWN_OPERANDS = {"date": ("dur",), "time": ("dur",), "dur": ("date", "time")}


def _words_before(toks: Sequence[Tok]) -> dict[float, str]:
    """Each bare number's value (no counted noun after it) -> the canonical content word straight before it
    ("seats 150": 150 -> "hold"); the first occurrence wins. One pass over the claim."""
    out: dict[float, str] = {}
    for k in range(1, len(toks)):
        if not toks[k].numeric or not toks[k - 1].content:
            continue
        value = numbers.plain_value(toks[k].low)
        if value is not None and value not in out:
            after = toks[k + 1] if k + 1 < len(toks) else None
            out[value] = "" if after is not None and after.content else toks[k - 1].canon
    return out


def _bare_after(toks: Sequence[Tok], word: str) -> list[float]:
    """The bare numbers (no counted noun after them) straight after `word` in a source sentence."""
    if not word:
        return []
    out = []
    for k in range(1, len(toks)):
        after = toks[k + 1] if k + 1 < len(toks) else None
        if toks[k].numeric and toks[k - 1].canon == word and not (after is not None and after.content):
            value = numbers.plain_value(toks[k].low)
            if value is not None:
                out.append(value)
    return out


def _in_group(name: str, f: Fact, dig: Digest) -> bool:
    """A multi-word name cut short: "Brooks" of "Helena Brooks" when the fact names Helena."""
    for g in dig.groups_with(name):
        if not g.isdisjoint(f.names):
            return True
    return False


def support(claim: Claim, dig: Digest, opts: Options = Options(), related: list[Fact] | None = None) -> Support:
    """The best core fact for `claim`, with names and figures bridged from `related` facts (by default
    those sharing a word with the claim) where allowed."""
    best = Support(False, None, -1.0, NO_WORDS)
    if not claim.words and not claim.quants:
        return Support(True, None, 1.0, "")
    if opts.entities and len(claim.quants) > MAX_FIGURES:
        # Each figure is sought in every candidate sentence and computed from the thread's figures: a clause
        # listing hundreds of amounts would cost their product. No summary clause states this many; fail closed.
        return Support(False, None, 0.0, TOO_MANY_FIGURES)
    own = dig.candidates(claim.words) if claim.words else []
    thread = Thread(claim, own if related is None else related, dig)
    nearest = Support(False, None, -1.0, NO_WORDS)  # the fact most like the claim on its own
    rank = (-1.0, -1.0)
    first = -1  # source position of the best unsupported core: the first of equal coverage wins
    plain, plain_rank = Support(False, None, -1.0, NO_WORDS), (-1.0, -1.0)  # the best core that borrows nothing
    for alone, k, f, held in _by_coverage(claim, own if claim.words and opts.coverage > 0 else dig.facts, opts):
        if best.ok and alone < rank[0]:
            break  # the rest can be neither the best core nor the nearest fact: both rank by `alone` first
        check_deadline(opts.deadline)
        bridges: list[Fact] = []
        problem, cov = _mismatch(claim, f, thread, opts, bridges, held, alone)
        if alone > nearest.coverage:
            nearest = Support(not problem, f, alone, problem)
        if not problem:
            if not bridges and id(f) not in thread.derived and (alone, cov) > plain_rank:
                plain, plain_rank = Support(True, f, cov, ""), (alone, cov)
            if not best.ok or (alone, cov) > rank:
                best, rank = Support(True, f, cov, "", tuple(bridges)), (alone, cov)
        elif not best.ok and (cov > best.coverage or (cov == best.coverage and k < first)):
            best, first = Support(False, f, cov, problem), k
    borrows = best.ok and (bool(best.bridges) or id(best.fact) in thread.derived)
    if borrows and nearest.problem in CONTRADICTIONS and nearest.coverage > rank[0]:
        # The sentence most like the claim says otherwise; a weaker one patched from the thread does not
        # outweigh it ("moves into the new office on 31 March" when the move is on 16 March). A core that
        # supports the claim on its own does ("We can install on 4 and 5 August" against "We're away from
        # 15 to 22 August" for "The installation is on 4 and 5 August, over a week before Dev goes away").
        # (as close to the claim on its own as the core that borrows).
        if plain.ok and plain_rank[0] >= rank[0]:
            return plain
        return Support(False, nearest.fact, nearest.coverage, nearest.problem)
    return best


def _by_coverage(claim: Claim, facts: list[Fact], opts: Options) -> list[tuple[float, int, Fact, frozenset[str]]]:
    """(coverage by the fact alone, source position, fact, the claim's denied words it holds) of each candidate,
    highest coverage first and in source order among equals. The coverage is cheap and bounds what `support`
    keeps, so once a supported core is found the weaker candidates are never judged in full (each costs name,
    figure and relation checks); the order keeps `support`'s choices those of a scan in source order."""
    out = []
    for k, f in enumerate(facts):
        check_deadline(opts.deadline)
        # "did not accept" is held by "declined": a denied word the fact denies in other words.
        held = _held(claim, f) if claim.negated else _NO_WORDS
        out.append((_coverage(claim.words, f, (), held), k, f, held))
    out.sort(key=_first_item, reverse=True)  # stable, also reversed: source order among equal coverage
    return out


def _first_item(item: tuple[float, int, Fact, frozenset[str]]) -> float:
    return item[0]


_NO_WORDS: frozenset[str] = frozenset()


def _coverage(words: set[str], f: Fact, extra: Sequence[Fact] = (), held: frozenset[str] = frozenset()) -> float:
    """Share of `words` the fact holds (directly, by a shared WordNet sense, or as `held`: denied words the
    fact denies its own way) or a bridging fact holds; the subject line's and a pronoun's antecedent's
    words count half."""
    if not words:
        return 1.0
    fs = f.senses
    rest = words - f.words  # the words the fact holds as written count in one set operation
    if not rest:
        return 1.0  # every word held as written: (hits + 0.5 * 0) / len(words) with hits == len(words)
    hits, halves = len(words) - len(rest), 0
    syn = wordnet()["syn"]  # `senses(w)` without a call per word: this loop runs for every claim and fact
    for w in rest:
        if w in held or not fs.isdisjoint(syn.get(w, ())) or (extra and any(w in g.words for g in extra)):
            hits += 1
        elif w in f.topic:
            halves += 1
    return (hits + 0.5 * halves) / len(words)  # whole and half counts: exact in any order


# Verbs of speech only ("said", "wrote", "told"): not "sent", "confirmed" or "added", which are acts too.
_REPORTING_CANON = frozenset(canon(w) for w in "said wrote told replied answered warned clarified".split())


def wrong_agent(toks: Sequence[Tok], dig: Digest) -> bool:
    """A named agent of a verb the thread gives to other named agents only ("Ravi agreed" when only
    Northwind agrees anywhere)."""
    for agent, verb in agent_verbs(toks):
        if verb in LIGHT_VERBS or verb in _REPORTING_CANON or not agent <= dig.names:
            continue  # who said something is the speaker check's business
        givers = dig.givers.get(verb, [])
        if givers and not any(_same_agent(agent, a) for a in givers):
            return True
    return False


def _same_agent(agent: frozenset[str], other: frozenset[str]) -> bool:
    """A name in common, also by the parts of a hyphenated one ("Kessler" of "kessler-hardware")."""
    if agent & other or any(_short_form(a, other) for a in agent):
        return True
    return any("-" in a for a in other) and not agent.isdisjoint(p for a in other for p in a.split("-"))


def _wrong_agent(claim: Claim, f: Fact) -> bool:
    """A named agent of a verb its core gives to other named agents only ("Ravi agreed" for "Northwind agreed")."""
    for agent, verb in claim.agents:
        if verb in LIGHT_VERBS or verb in _REPORTING_CANON:
            continue  # who said something is the speaker check's business
        givers = [a for a, v in f.agents if v == verb]
        if givers and not any(_same_agent(agent, a) for a in givers):
            return True
    return False


def _swapped(claim: Claim, f: Fact) -> bool:
    """The core gives the claim's act to another name of the claim, and names the claim's doer too, so the two
    trade places ("Brightspan gave Oakfield Legal notice" for "Oakfield Legal is giving notice on the contract
    with Brightspan"); light verbs count here, as the other participant is named on both sides."""
    for agent, verb in claim.agents:
        if verb in _REPORTING_CANON or not agent <= f.names:
            continue
        others = claim.names - agent
        for doer, done in f.agents:
            if done == verb and not doer.isdisjoint(others) and not _same_agent(agent, doer):
                return True
    return False


_PASSIVE_AUX = frozenset("was were been be is are being".split())


def _agent_added(claim: Claim, f: Fact) -> bool:
    """A named agent for a verb its core states only in the passive, with nobody doing it ("Patrick
    disconnected the auto-dial" for "the auto-dial had been disconnected"): who did it is invented."""
    toks = f.toks
    for agent, verb in claim.agents:
        if verb in LIGHT_VERBS or any(v == verb for _, v in f.agents):
            continue
        writer = agent <= f.writers
        for k in range(2, len(toks)):
            if toks[k].canon != verb or not toks[k].low.endswith(("ed", "en", "t")):
                continue
            # The writer's own "the refund was issued" is their act; "had been disconnected" is a state they found.
            before = toks[k - 1].low
            passive = (toks[k - 2].low, before) == ("had", "been") if writer else before in _PASSIVE_AUX
            if passive and not any(t.low == "by" for t in toks[k + 1 : k + 5]):
                return True
    return False


_SKIPPED = frozenset("has have had was were is are been be also already just then finally not never".split())


def _writer_made_doer(claim: Claim, f: Fact) -> bool:
    """The writer of an e-mail named as the doer of what their sentence says something or someone else did
    ("Dana cancelled the venue" for Dana's "The Riverside venue cancelled on us"): blame by grammar."""
    toks = f.toks
    for agent, verb in claim.agents:
        if (
            verb in LIGHT_VERBS
            or verb in _REPORTING_CANON
            or not agent <= f.writers
            or not agent.isdisjoint(f.own_names)
        ):
            continue
        at = next((k for k, t in enumerate(claim.toks) if t.canon == verb), None)
        if at is None:
            continue
        after = {t.canon for t in claim.toks[at + 1 :] if t.content}
        # A verb's place, not a noun's: "the rough cut is 52 minutes" does not cut anything.
        places = [
            k for k, t in enumerate(toks) if t.canon == verb and (k + 1 == len(toks) or toks[k + 1].low not in AUX)
        ]
        if places and all(_subject_word(toks, k) in after for k in places):
            return True  # what did it in the source is what it is done to in the claim
    return False


def _subject_word(toks: Sequence[Tok], k: int) -> str:
    """The content word straight before the active verb at `k` (past auxiliaries and adverbs), or "" (also
    for a passive: "the refund has been issued" names what was done, not who did it)."""
    j = k - 1
    while j >= 0 and toks[j].low in _SKIPPED:
        if toks[j].low in _PASSIVE_AUX:
            return ""
        j -= 1
    return toks[j].canon if j >= 0 and toks[j].content else ""


def _mismatch(
    claim: Claim, f: Fact, thread: Thread, opts: Options, bridges: list[Fact], held: frozenset[str], alone: float
) -> tuple[str, float]:
    """(problem or "", coverage with what it borrows) of `f` as the claim's core, given its coverage `alone`
    and the denied words it `held` (see `_by_coverage`); `bridges` receives the facts it borrows from."""
    cov = alone
    if opts.entities:
        problem = _anchors(claim, f, thread, bridges) or _weekday(claim, f, thread.dig)
        if problem:
            return problem, cov
        # Borrowed names or figures attach to what the core says, and a writer or addressee the core only
        # implies ("I", "you") did what it says: either way its verb must be the claim's.
        implied = bool(claim.subject) and not claim.subject <= f.own_names
        # The writer's sentence is their saying; a request of theirs ("Please send ...", "I would like a
        # replacement", "Could you ...?") is their asking.
        # Their "We can replace the hinges", "I'll rework the programme" is their agreeing, promising, planning.
        spoken = claim.subject <= f.writers and (
            claim.verbs <= _SAY
            or claim.verbs <= _OWN_VIEW
            or (claim.verbs <= _ASK and _requests(f))
            or (claim.verbs <= _COMMIT and _commits(f))
        )
        if (
            (bridges or implied)
            and claim.verbs
            and not spoken
            and not _received(claim, f)
            and not any(_says(v, f) for v in claim.verbs)
            and not _change_in_figures(claim, f)
        ):
            return PREDICATE, cov
        if bridges:
            cov = _coverage(claim.words, f, bridges, held)
        # The weekday and month of the one date the core states (also as "today", "yesterday") are that
        # figure's words: "reopened at 4 pm on Thursday 15 January" for "reopened at 16:00 today" sent that day.
        # Not for a core of two dates ("fitted both yesterday and all started this afternoon"): which one
        # the claim's is, its words do not say.
        calendar = claim.words & _CALENDAR
        if calendar and cov < 1.0 and _one_date(claim, f, thread):
            cov = _coverage(claim.words, f, bridges, held | calendar)
    # A claim anchored by a shared name or figure may reword more of the rest.
    # The writer anchors only what their sentence says of them: "I", "we" or a request, not every sentence.
    anchored = bool((claim.names & f.names) - f.silent) or any(
        numbers.supported(q, f.quants, False) for q in claim.quants
    )
    if not anchored and claim.quants and opts.entities:  # figures the core computes ("nine weeks", two dates)
        anchored = all(thread.figure(q, f) is f for q in claim.quants)
    need = max(0.0, opts.coverage - 0.1) if anchored else opts.coverage
    if cov < need:
        return f"word support {cov:.2f} < {need:.2f}", cov
    return (_relations(claim, f, held) if opts.relations else ""), cov


def _one_date(claim: Claim, f: Fact, thread: Thread) -> bool:
    """The claim's date is the one date the core states ("today" is the e-mail's date, stated; an undated sentence is
    no statement of the date its e-mail was written)."""
    dates = {v for k, v in f.quants if numbers.family(k) == "date"}
    return len(dates) == 1 and any(q[0] == "date" and thread.figure(q, f) is f for q in claim.quants)


_RISE = frozenset(canon(w) for w in "raise rise increase up higher more".split())
_FALL = frozenset(canon(w) for w in "fall drop cut reduce lower decrease down less".split())


def _change_in_figures(claim: Claim, f: Fact) -> bool:
    """A rise or fall the core states by its figures: "raised its price by 20 percent, from 20 to 24 USD" for
    "The new list price is 24 USD, up from 20 USD": the claim's two figures of a kind are the core's, in the
    order the verb says (up: the first is lower), and the core marks the same way if it says a way at all."""
    rise = claim.verbs <= _RISE
    if not claim.verbs or not (rise or claim.verbs <= _FALL):
        return False
    if not f.words.isdisjoint(_FALL if rise else _RISE):
        return False  # "down from 24 to 20" is no rise
    held = [q for q in claim.quants if any(numbers.same(q, p) for p in f.quants)]
    return any(
        numbers.family(a[0]) == numbers.family(b[0]) and (a[1] < b[1] if rise else a[1] > b[1])
        for a, b in itertools.combinations(held, 2)
    )


def _says(verb: str, f: Fact) -> bool:
    """The fact uses `verb`, a word of the same sense, or its converse ("send" for "get": the roles swap)."""
    if verb in f.words or not f.senses.isdisjoint(senses(verb)):
        return True
    if verb in _ABSENCE and f.negated:
        return True  # "Helen will miss the dinner" for her "I won't be able to stay for the dinner"
    return not f.words.isdisjoint(_CONVERSE.get(verb, ())) or not f.words.isdisjoint(_SAME_ACT.get(verb, ()))


_ABSENCE = frozenset(canon(w) for w in "miss skip lack".split())  # verbs that deny being there or having
_CONVERSE = {canon(k): frozenset(canon(x) for x in v) for k, v in CONVERSE.items()}
_SAY = frozenset({canon("say")})
# Verbs that name one act of fitting a part ("Kai replaced the seal" for "Kai fitted the new seal"); "fitted" reads
# as "hold" (of a room's capacity) in the synonym table, so the pairs are matched here, for the claim's verb only.
_FITTING = frozenset(canon(w) for w in "replace fit install swap renew".split())
_SAME_ACT = {v: _FITTING - {v} for v in _FITTING}
# What a writer's own statement is of them: what they found, saw or confirmed ("Dr Sethi found high levels of the
# virus in all three samples" for her "All three samples had high levels of the virus"), what they admit or call
# it ("Fiona accepted that it was Beacon Fire's error" for her "which was our error").
_OWN_VIEW = frozenset(
    canon(w) for w in "find discover confirm notice see observe admit acknowledge accept concede call describe".split()
)
_ASK = frozenset(canon(w) for w in "ask request want".split())
_REQUEST = frozenset({("would", "like"), ("could", "you"), ("can", "you"), ("i'd", "like"), ("we'd", "like")})


_COMMIT = frozenset(canon(w) for w in "agree offer promise commit plan intend undertake pledge".split())
_WILL = frozenset("will 'll i'll we'll can shall going happy".split())
_GET = frozenset(canon(w) for w in "get receive".split())


def _commits(f: Fact) -> bool:
    """The writer's sentence says what they will or can do ("We can replace ...", "I'll rework ...")."""
    return any(t.low in _WILL for t in f.toks)


def _received(claim: Claim, f: Fact) -> bool:
    """ "Jonas and Mei got a strong yes on values" for "Fatima rated both of them strong yes on values": what
    a subject gets is the rest of the predicate, which the core states in full."""
    rest = claim.predicate - claim.verbs
    # Not the writer's own sentence: what they got there they say with their own verb ("I ordered ...").
    return bool(rest) and claim.verbs <= _GET and rest <= f.words and claim.subject.isdisjoint(f.writers)


def _requests(f: Fact) -> bool:
    """ "I would like a replacement", "Could you ...": a request the fact's words do not mark as asking (a
    sentence with "please" or a question mark holds "ask" already)."""
    return any((a.low, b.low) in _REQUEST for a, b in zip(f.toks, f.toks[1:], strict=False))


def _anchors(claim: Claim, f: Fact, thread: Thread, bridges: list[Fact]) -> str:
    """Names and figures: the core's, or (not the subject's names) bridged from the thread."""
    for m in claim.names - f.names:
        if m not in thread.dig.names and canon(m) in f.words:
            continue  # a word the sources write in lower case ("Batch L2231" for "batch L2231"): no name
        if _in_group(m, f, thread.dig) or _short_form(m, f.names) or joined(m, claim.names, f.names):
            continue
        # A name borrowed in place of one the core states ("paged Aisha" for "Dmitri has been paged") swaps it.
        rival = f.own_names - claim.names - f.writers
        g = None if m in claim.subject or rival else thread.name_bridge(m, f)
        if g is None:
            return NAMES_APART
        bridges.append(g)
    for q in claim.quants:
        found = thread.figure(q, f)
        if found is None:
            return FIGURE
        if found is not f:
            bridges.append(found)
    return ""


_WEEKDAYS = frozenset(canon(w) for w in "monday tuesday wednesday thursday friday saturday sunday".split())


def _weekday(claim: Claim, f: Fact, dig: Digest) -> str:
    """A day of the week is a date: one the core names differently ("by Friday" for its "by Thursday")
    is a different day, and so is one named with a date the core gives another weekday ("Thursday,
    7 March" for "Friday, 7 March"), or one the calendar does not give that date in the year the claim
    states. A core stating other dates may mean the claim's day by one of them ("this morning" in an
    e-mail sent on Friday): left to the date checks."""
    said = claim.words & _WEEKDAYS
    if not said:
        return ""
    if _off_calendar(claim, said):
        return FIGURE
    years = [v for k, v in claim.quants if k == "n" and 1900 <= v <= 2100 and v == int(v)]  # its own year first
    # The thread's years, and the next ones for a month before the last e-mail's: an e-mail of December names next
    # January's dates (review r13a M1), one of March does not mean next March by "Wednesday 3 March".
    thread_years = dig.cache.get("years", ())
    late = 0 if years else dig.cache.get("last month", 13)  # a year the claim states is its own
    dated = _dated_weekdays(claim.toks, years or thread_years, late)
    if dated is not None:
        return "" if dated else FIGURE  # each weekday names its date: the date checks judge the rest
    stated = f.words & _WEEKDAYS
    if not stated or said <= stated:
        return ""
    dates = [q for q in f.quants if numbers.family(q[0]) == "date"]
    same_date = any(numbers.same(q, p) for q in claim.quants if q[0] == "date" for p in dates)
    return FIGURE if same_date or not dates else ""


def _off_calendar(claim: Claim, said: set[str]) -> bool:
    """The claim names one weekday and one date with its year ("Thursday, 7 March 2025"), and that date
    falls on another day of the week."""
    dates = [int(v) for k, v in claim.quants if k == "date"]
    years = [int(v) for k, v in claim.quants if k == "n" and 1900 <= v <= 2100 and v == int(v)]
    if len(said) != 1 or len(dates) != 1 or len(years) != 1:
        return False
    month, day = divmod(dates[0], 100)
    try:
        weekday = datetime.date(years[0], month, day).weekday()
    except ValueError:
        return False
    return _WEEKDAY_ORDER[weekday] not in said


def _dated_weekdays(toks: Sequence[Tok], years: Sequence[float], late: int = 13) -> bool | None:
    """Every weekday of the claim names a date ("from Sunday 1 February until Tuesday 10 February"): True if
    the calendar of a year of the thread gives each date its weekday, False if not; None if a weekday has no
    date of its own (then the core's weekdays decide) or the thread has no year. Each date may fall in any of
    `years`, or in the year after one of them when its month is before `late` (the last e-mail's month)."""
    pairs = []
    for k, t in enumerate(toks):
        if t.low not in _WEEKDAY_NAMES:
            continue
        after = [u.low for u in toks[k + 1 : k + 5] if u.low not in (",", "the")][:2]
        found = numbers.quantities(after) if len(after) == 2 else []
        if not found or found[0][0] != "date":
            return None
        pairs.append((_WEEKDAY_NAMES.index(t.low), divmod(int(found[0][1]), 100)))
    if not pairs or not years:
        return None
    # Each date in a year of its own: a span may cross the new year ("Tuesday 30 December to Friday 2 January").
    return all(
        any(_on_weekday(int(year), m, d, w) or (m < late and _on_weekday(int(year) + 1, m, d, w)) for year in years)
        for w, (m, d) in pairs
    )


def _on_weekday(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return datetime.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_LOWS = frozenset(_WEEKDAY_NAMES)
_CALENDAR = frozenset(canon(w) for w in (*_WEEKDAY_NAMES, *numbers.MONTHS)) - {canon("may")}
_WEEKDAY_ORDER = tuple(canon(w) for w in "monday tuesday wednesday thursday friday saturday sunday".split())


def joined(name: str, names: Collection[str], stated: frozenset[str]) -> bool:
    """`name` and another name of the claim written as one in the sources, as an e-mail domain writes a
    firm ("Thornbury Mill": "thornbury-mill", "Herrera Bakery": "herrerabakery"). For a fact's few names;
    `Joins` answers the same for all the names of the sources, a look-up per word."""
    return any(
        other != name and (joined in stated or joined.replace("-", "") in stated)
        for other in names
        for joined in (f"{name}-{other}", f"{other}-{name}")
    )


class Joins:
    """`joined` against every name of the sources, prepared once per set of sources: each piece of a name
    written as one -> the pieces it is joined to, at a hyphen ("thornbury-mill": thornbury <-> mill) or
    anywhere in a name without one ("herrerabakery": herrerabakery <-> bakery). Asking `joined` per word of a
    sentence of many unknown names scanned the others for each: quadratic. Names longer than an e-mail
    domain may be (`_MAX_JOINED`) are no joined name: splitting them everywhere would grow with their square."""

    def __init__(self, stated: Collection[str]) -> None:
        self.hyphen: dict[str, set[str]] = {}
        self.flat: dict[str, set[str]] = {}
        for s in stated:
            if len(s) > _MAX_JOINED:
                continue
            for i in range(1, len(s) - 1):
                if s[i] == "-":
                    self.hyphen.setdefault(s[:i], set()).add(s[i + 1 :])
                    self.hyphen.setdefault(s[i + 1 :], set()).add(s[:i])
            if "-" not in s:
                for i in range(1, len(s)):
                    self.flat.setdefault(s[:i], set()).add(s[i:])
                    self.flat.setdefault(s[i:], set()).add(s[:i])

    def joined(self, name: str, names: Collection[str], flat_names: dict[str, int]) -> bool:
        """`joined(name, names, stated)`; `flat_names` counts `names` without hyphens (built once per sentence)."""
        if any(other != name and other in names for other in self.hyphen.get(name, ())):
            return True
        own = name.replace("-", "")
        partners = self.flat.get(own, ())
        if len(partners) > len(flat_names):
            return any(p in partners and (p != own or k > 1) for p, k in flat_names.items())
        return any(flat_names.get(p, 0) > (p == own) for p in partners)


_MAX_JOINED = 64


def _short_form(name: str, names: frozenset[str]) -> bool:
    """A short form of a name the fact states ("Jo" for Joanne, "Sam" for Samir)."""
    if len(name) < 2:
        return False
    for n in names:
        if len(n) > len(name) and n.startswith(name):
            return True
    return False


def _relations(claim: Claim, f: Fact, held: frozenset[str]) -> str:
    """Polarity, opposite verbs and what the claim says about its subject, against its core."""
    # "1,800 GBP of the budget is left": a remainder the claim computes says nothing its core must say.
    remainder = claim.arithmetic and bool(claim.quants) and claim.predicate <= _COMPUTED
    if claim.predicate and _coverage(claim.predicate, f) <= 0.0 and not remainder:
        return PREDICATE

    if _wrong_agent(claim, f) or _agent_added(claim, f) or _writer_made_doer(claim, f) or _swapped(claim, f):
        return WRONG_AGENT
    if (
        claim.negated
        and not _polarity_held(claim, f)
        and not _denies(claim, f)
        and not _also_denies(claim, f)
        and not _complement(claim, f)
    ):
        return NEGATION_ADDED
    if (
        not claim.negated
        and _denies_claimed(claim, f)
        and claim.words.isdisjoint(_DENIAL | _BROKEN)
        and not _rest_affirmed(claim, f)
    ):
        # "declined to compensate Ayesha" keeps "I cannot pay compensation"'s negation in a verb of refusal
        return NEGATION_DROPPED
    # "did not accept" is not the opposite of "declined"; "leaving 38" is no departure
    for w in claim.words - claim.negated - (_LEAVE if claim.remainder else frozenset()):
        opp = _OPPOSITE.get(w)
        if opp and w not in f.words and opp & f.words:
            return OPPOSITE_VERB
    return ""


def _denies_claimed(claim: Claim, f: Fact) -> bool:
    """The fact denies what the claim affirms: a word one of its negations turns on ("can't *talk* about the
    sale, as I've signed an agreement" denies talking, not signing; "but not *Sundays*"), or the claim's verb
    in any word of a negation's scope ("cannot pay *compensation*" for "agreed to compensate")."""
    if not f.negated:
        return False
    denied = f.negated - f.positive
    if denied & claim.words & denied_heads(f.toks, names=True):
        return True
    return any(v in denied or not senses(v).isdisjoint(f.negated_senses) for v in claim.verbs)


_LEAVE = frozenset({canon("leave")})
_REMAINDER = frozenset(canon(w) for w in "leave remain owe outstanding save spare".split())
# What a computed figure says of its subject besides the figure: a remainder, or how far it is over or under
# a stated one ("five months overdue" for "serviced every 6 months ... 11 months ago").
_COMPUTED = _REMAINDER | frozenset(canon(w) for w in "overdue late past beyond below above short under".split())


def _polarity_held(claim: Claim, f: Fact) -> bool:
    """A claim's negation the fact holds without denying anything: "did not stop working" denies a failure,
    so it affirms like the source's "still works" (not its "stopped"); "can only be collected in person"
    denies every other way ("no one can collect it for a colleague"), not the way it names."""
    failure = claim.negated & _BROKEN
    if failure and not f.negated and failure.isdisjoint(f.words):
        return True
    # The other way must be one the fact does not name: "only ... from the security desk" is no denial of
    # collecting from the security desk.
    return bool(claim.words - f.words - claim.negated) and any(t.low == "only" for t in f.toks)


def _complement(claim: Claim, f: Fact) -> bool:
    """ "209 of the 212 recipients did not enter a password" for "212 received it and three entered a
    password": the claim denies of the rest of a whole what the fact affirms of a part (the part, the rest
    and the whole add up, and the fact affirms the denied word)."""
    if claim.negated.isdisjoint(f.positive):
        return False
    counts = [v for k, v in claim.quants if k == "n"]
    stated = [v for k, v in f.quants if k == "n"]
    return any(abs(rest + part - whole) < 1e-6 for rest in counts for whole in counts for part in stated)


def _rest_affirmed(claim: Claim, f: Fact) -> bool:
    """ "Five of our eight forklifts started" for "Three of our eight forklifts would not start": the claim affirms
    of the rest of a whole what the fact denies of a part (the part, the rest and the whole add up, the claim
    states the whole)."""
    counts = [v for k, v in claim.quants if k == "n"]
    stated = [v for k, v in f.quants if k == "n"]
    return any(
        abs(rest + part - whole) < 1e-6 and whole in stated for rest in counts for whole in counts for part in stated
    )


def _denies(claim: Claim, f: Fact) -> bool:
    """The fact denies something too: the same words, a word of the same sense, the opposite of a denied
    word ("did not accept" ~ "rejected"), or a verb of refusal or absence ("failed", "declined", "lacks")."""
    if claim.negated & f.negated or any(senses(w) & f.negated_senses for w in claim.negated):
        return True
    if any(_OPPOSITE.get(w, frozenset()) & f.words for w in claim.negated):
        return True
    if claim.negated & _COMPLAINT and f.words & _APPROVAL:
        return True  # "had no objection to keeping X" ~ "keep X, that's fine"; "no complaints" ~ "happy with"
    # A verb of refusal or absence the claim itself uses is affirmed there, not a denial ("step-free").
    return bool(f.negated & claim.words) or bool((f.words & _DENIAL) - claim.words)


def _held(claim: Claim, f: Fact) -> frozenset[str]:
    """The claim's denied words the fact holds by denying them its own way, never names. A fact denying
    one of the same words ("No data was lost" for "did not cause any data loss") holds the negation's
    scope; a denial in other words ("withdrawn", "declined") or a word's opposite holds only the words the
    claim's negations turn on ("has not been *paid* to Joel"): the rest must be stated like any other."""
    if not _denies(claim, f):
        return frozenset()
    own = {w for w in claim.negated if w in f.negated or not senses(w).isdisjoint(f.negated_senses)}
    if own:
        return frozenset(claim.negated - claim.names)
    own |= {w for w in claim.negated if _OPPOSITE.get(w, frozenset()) & f.words}
    if claim.negated & _COMPLAINT and f.words & _APPROVAL:
        own |= claim.negated & _COMPLAINT
    return frozenset((own | claim.denied) - claim.names)


def _also_denies(claim: Claim, f: Fact) -> bool:
    """The core denies something too, in other words, and affirms none of the claim's denied words ("failed to
    tell Ayesha" for "our office did not pass that on to you"). Polarity only: unlike `_denies`, the denied
    words do not count towards the claim's word support, so a negation does not buy a weak core."""
    return bool(f.negated) and claim.negated.isdisjoint(f.positive)


# A complaint denied is an approval stated ("no objection" ~ "that's fine"; "no complaints" ~ "happy with").
_COMPLAINT = frozenset(
    canon(w) for w in "objection complaint concern problem wrong fault harm damage hurt injure".split()
)
_APPROVAL = frozenset(canon(w) for w in "fine happy ok good agree satisfied pleased glad great intact".split())


# "was broken for two nights" keeps "did not work for two nights"'s negation in a verb of failure (for the
# dropped-negation check only: as a denial of its own, "stopped" would hold any "was not working").
_BROKEN = frozenset(canon(w) for w in "break broken stop cease halt".split())
_DENIAL = frozenset(
    canon(w)
    for w in "fail refuse decline reject deny lack miss absent without cancel unable neither nor forget neglect "
    "omit overlook skip ignore free".split()
)
