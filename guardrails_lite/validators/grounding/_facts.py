"""The context documents as facts: one `Fact` per source sentence, with what it implies.

A fact holds its sentence's canonical content words, the names it mentions or implies (the e-mail's
writer stands for "I"/"we", the addressee for "you"/"please", earlier names for "he"/"it"/"the hall"),
its quantities (with the dates "today" or "on Friday" stand for), the words it negates and its
agent-verb pairs. `Digest` indexes the facts of all documents for the answer side (`_claims`).
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from guardrails_lite.validators.grounding import _numbers as numbers
from guardrails_lite.validators.grounding._email import GREETING, Email, answered, parse_email, relative_dates
from guardrails_lite.validators.grounding._lexicon import FIRST_PERSON, SECOND_PERSON, THIRD_PERSON
from guardrails_lite.validators.grounding._reading import (
    agent_verbs,
    content_words,
    counts,
    figures,
    name_groups,
    names_of,
    negated_words,
    positive_words,
)
from guardrails_lite.validators.grounding._recent import per_text
from guardrails_lite.validators.grounding._words import Tok, canon, lemma, senses, tokens, wordnet
from guardrails_lite.verdict import check_deadline

_GREETING = GREETING


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
    senses: frozenset[str] = frozenset()  # WordNet sense numbers of `words`
    negated_senses: frozenset[str] = frozenset()
    agents: tuple[tuple[frozenset[str], str], ...] = ()
    sent_on: float | None = None  # the e-mail's date ("month * 100 + day"): when its news happened, at the latest
    counts: tuple[tuple[float, str], ...] = ()  # plain numbers with what they count ("38 people")
    writers: frozenset[str] = frozenset()  # the e-mail's authors: whoever wrote the sentence said it
    # Authors the sentence neither names nor refers to ("I", "we", a request): they said it, it is not about them.
    silent: frozenset[str] = frozenset()


class Digest:
    """All facts of the context documents, with the indexes the per-claim checks need."""

    def __init__(self, facts: list[Fact]) -> None:
        self.facts = facts
        self.names: frozenset[str] = frozenset().union(*(f.names for f in facts))
        self.givers: dict[str, list[frozenset[str]]] = {}
        self.doc_quants: dict[int, list[numbers.Quantity]] = {}
        stated = [q for f in facts for q in f.quants]
        self.all_quants = stated + numbers.date_gaps(stated)
        self.by_word: dict[str, list[int]] = {}
        self.cache: dict[str, Any] = {}  # derived indexes other checks build on first use
        self.proper: frozenset[str] = frozenset()
        self.groups: list[set[str]] = []  # multi-word names: "Brooks" resolves through "Helena"
        self.domains: frozenset[str] = frozenset()  # organisations' e-mail domains ("halden-foods")
        for k, f in enumerate(facts):
            for agent, verb in f.agents:
                self.givers.setdefault(verb, []).append(agent)
            self.doc_quants.setdefault(f.doc, []).extend(f.quants)
            for w in f.words | f.topic:
                self.by_word.setdefault(w, []).append(k)

    def groups_with(self, name: str) -> list[set[str]]:
        """The multi-word names `name` is part of (indexed on first use: `groups` is set after construction)."""
        index: dict[str, list[set[str]]] | None = self.cache.get("groups")
        if index is None:
            index = {}
            for g in self.groups:
                for n in g:
                    index.setdefault(n, []).append(g)
            self.cache["groups"] = index
        return index.get(name, [])

    def candidates(self, words: set[str]) -> list[Fact]:
        """Facts sharing at least one word with `words`, in source order."""
        by_word, ks = self.by_word, set()
        for w in words:
            found = by_word.get(w)
            if found:
                ks.update(found)
        return [self.facts[k] for k in sorted(ks)]


def digest(texts: Sequence[str], deadline: float | None = None) -> Digest:
    """The facts of `texts`; stops with `BudgetExceeded` once `deadline` has passed."""
    readings = [per_text(text, lambda t: _read_mail(t, deadline)) for text in texts]
    mails = answered([r.mail for r in readings])
    # A sentence's first word is a name only if the sources write it capitalised elsewhere too.
    proper: set[str] = {n for mail in mails for n in mail.authors | mail.addressees}
    for r in readings:
        for said in r.sentences:
            proper |= said.capitals
    facts: list[Fact] = []
    groups: list[set[str]] = []  # every sentence's multi-word names, in order: each reader reads them once
    before: set[str] = set()  # names of the previous e-mail: what "they" of a reply may point back to
    stated: set[float] = set()  # dates the sources state
    for d, (mail, r) in enumerate(zip(mails, readings, strict=True)):
        reader = _Reader(d, mail, r.topic, frozenset(proper), before)
        for said in r.sentences:
            check_deadline(deadline)
            facts.append(reader.read(said))
        before = set(reader.earlier)
        groups += reader.groups
        stated |= reader.dates
    if stated:
        _thread_weekdays(facts, mails, stated)
    dig = Digest(facts)
    dig.proper = frozenset(proper)
    dig.domains = frozenset().union(*(mail.domains for mail in mails))
    dig.cache["years"] = sorted({float(mail.date.year) for mail in mails if mail.date is not None})
    # The month of the last e-mail: a date of a month before it may fall in the next year ("Friday 8 January" in an
    # e-mail of December); one of that month or later is this year's.
    dig.cache["last month"] = max(((m.date.year, m.date.month) for m in mails if m.date is not None), default=(0, 13))[
        1
    ]
    dig.groups = groups + [set(g) for m in mails for g in m.header_names]
    return dig


@dataclass(slots=True)
class _Said:
    """What one source sentence says whatever the other documents say: read once per e-mail text (`per_text`),
    shared by every set of documents holding the e-mail: never changed (`_Reader.read` copies what it extends; a frozen
    dataclass costs more than the rest of the reading)."""

    text: str
    toks: list[Tok]
    low_list: list[str]
    lows: frozenset[str]
    capitals: set[str]  # `names_of` with no names known: what makes `proper`
    stated: set[str]  # content words
    negated: frozenset[str]
    negated_senses: frozenset[str]
    positive: frozenset[str]
    counts: tuple[tuple[float, str], ...]
    groups: list[set[str]]  # multi-word names
    quants: list[numbers.Quantity]  # figures, relative dates, hours, comparisons, year-months
    dates: tuple[float, ...]  # the dates the sentence states (not the ones "Friday" stands for)


@dataclass(slots=True)
class _MailReading:
    mail: Email  # as parsed, before `answered` completes its addressees
    topic: frozenset[str]  # the subject line's content words
    sentences: tuple[_Said, ...]


def _read_mail(text: str, deadline: float | None) -> _MailReading:
    """The e-mail parsed, and each of its sentences read alone (see `_Said`)."""
    mail = parse_email(text)
    topic = frozenset(content_words(tokens(mail.subject))) if mail.subject else frozenset()
    return _MailReading(mail, topic, tuple(_said(sent, _tokens(sent, deadline), mail) for sent in mail.sentences))


def _said(sent: str, toks: list[Tok], mail: Email) -> _Said:
    low_list = [t.low for t in toks]
    lows = frozenset(low_list)
    stated = content_words(toks)
    negated = negated_words(toks)
    found = figures(toks, count_lists=True)
    dates = tuple(v for k, v in found if k == "date")
    quants = found + [("date", v) for v in relative_dates(low_list, mail.date)]
    if "at" in lows:  # most sentences have no "at"
        quants += _bare_hours(toks)
    quants += numbers.compared(low_list, quants)
    quants += numbers.year_months(quants)  # source side only: a claim's "March 2026" is checked as a month
    return _Said(
        sent,
        toks,
        low_list,
        lows,
        names_of(toks),
        stated,
        frozenset(negated),
        _senses(negated),
        frozenset(positive_words(toks, negated)),
        tuple(counts(toks)),
        name_groups(toks),
        quants,
        dates,
    )


_WEEKDAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_CANON = frozenset(canon(w) for w in _WEEKDAY_WORDS)
_THREAD_DAYS = 21  # a weekday of an e-mail names a date the thread states up to three weeks on


def _thread_weekdays(facts: list[Fact], mails: Sequence[Email], stated: set[float]) -> None:
    """A weekday an e-mail names is also a date the thread states on that weekday: "the coach leaves at 08:15
    on Wednesday", written on 1 June about the trip "from Wednesday 10 June", means 10 June, not the
    Wednesday after the e-mail (which `relative_dates` gives). Only a date stated in the sources, in the
    e-mail's year, from a week before the e-mail to three weeks after it, and only the nearest one to the
    e-mail: a refund deadline a week later on the same weekday is not the coach's day (review r13a L1)."""
    for f in facts:
        sent = mails[f.doc].date
        if sent is None or f.words.isdisjoint(_WEEKDAY_CANON):
            continue
        days = {t.low for t in f.toks}.intersection(_WEEKDAY_WORDS)
        nearest: dict[str, list[tuple[int, float]]] = {}
        for v in stated:
            month, day = divmod(int(v), 100)
            try:
                when = datetime.date(sent.year, month, day)
            except ValueError:
                continue
            gap = (when - sent).days
            if -7 <= gap <= _THREAD_DAYS and _WEEKDAY_WORDS[when.weekday()] in days:
                nearest.setdefault(_WEEKDAY_WORDS[when.weekday()], []).append((abs(gap), v))
        for found in nearest.values():
            found.sort()
            if len(found) > 1 and found[0][0] == found[1][0]:
                continue  # a week before and a week after: neither is nearer
            if ("date", found[0][1]) not in f.quants:
                f.quants.append(("date", found[0][1]))


_AFTER_HOUR = frozenset(
    {"", ".", ",", ";", "and", "or", "on", "to", "until", "till", "that", "this", "tomorrow", "today"}
)


def _bare_hours(toks: list[Tok]) -> list[numbers.Quantity]:
    """ "came yesterday at 11", "meet at 3 on Friday": a bare hour after "at" is a clock time (11:00; 3:00 or
    15:00: one to seven may be afternoon or evening hours), unless a word follows that it counts ("at 11
    sites"). Source side: a claim's "at 11:00" holds."""
    out: list[numbers.Quantity] = []
    for k in range(len(toks) - 1):
        if toks[k].low != "at" or not toks[k + 1].low.isdigit():
            continue
        hour = int(toks[k + 1].low)
        after = toks[k + 2].low if k + 2 < len(toks) else ""
        if 1 <= hour <= 23 and after in _AFTER_HOUR:
            out.append(("time", float(hour * 60)))
            if hour <= 7:  # "at 3" may be 15:00; "at 11" is not 23:00 (review r13a L1)
                out.append(("time", float((hour + 12) * 60)))
    return out


def _tokens(sentence: str, deadline: float | None) -> list[Tok]:
    check_deadline(deadline)
    return tokens(sentence)


_SOFTENERS = frozenset({"just", "also", "kindly", "then", "so", "and", "now"})


def _imperative(toks: list[Tok]) -> bool:
    """A command: "Just forward me the receipts", "Don't rebook the flights", "Send us the form"."""
    k = 0
    while k < len(toks) and toks[k].low in _SOFTENERS:
        k += 1
    first = toks[k].low if k < len(toks) else ""
    second = toks[k + 1].low if k + 1 < len(toks) else ""
    if first == "don't" or (first == "do" and second in ("not", "n't")):
        return True
    return second in ("me", "us") and toks[k].content


_FIRST_PERSON = FIRST_PERSON | frozenset("i'm i've i'll i'd we're we've we'll we'd".split())
_BE = frozenset("is are was were been be".split())


def _agentless(toks: list[Tok]) -> bool:
    """A passive with nobody doing it ("the deposit was paid this morning", "the contract is attached"): in an
    e-mail, usually the writer's own act."""
    return any(
        a.low in _BE
        and b.low.endswith(("ed", "en", "t"))
        and not b.capital
        and all(u.low != "by" for u in toks[k + 2 : k + 6])
        for k, (a, b) in enumerate(itertools.pairwise(toks))
    )


def _name_parts(names: set[str]) -> set[str]:
    """The distinctive parts of an organisation named by its e-mail domain ("oakmere-furniture": "oakmere"), so
    "Oakmere held back the rest" has its subject in the firm's e-mails; parts English has ("furniture") are
    no name of its own."""
    lemmas = wordnet()["lemmas"]
    return {canon(p) for n in names if "-" in n for p in n.split("-") if len(p) > 2 and lemma(p) not in lemmas}


def _senses(words: set[str]) -> frozenset[str]:
    """The WordNet sense numbers of `words`, in one union (a generator per sense was a third of `read`)."""
    return frozenset().union(*[senses(w) for w in words])


class _Reader:
    """Reads the sentences of one e-mail in order, carrying what later sentences refer back to."""

    def __init__(self, doc: int, mail: Email, topic: frozenset[str], proper: frozenset[str], before: set[str]) -> None:
        self.doc, self.mail, self.proper, self.before = doc, mail, proper, before
        self.topic = topic
        self.earlier: set[str] = set()  # names of the e-mail so far
        self.groups: list[set[str]] = []  # multi-word names so far
        self.previous: set[str] = set()  # the previous sentence's content words
        self.previous_names: set[str] = set()
        self.previous_quants: list[numbers.Quantity] = []
        self.date = float(mail.date.month * 100 + mail.date.day) if mail.date else None
        self.dates: set[float] = set()  # the dates its sentences state (not the ones "Friday" stands for)

    def read(self, said: _Said) -> Fact:
        toks, lows = said.toks, said.lows
        own = names_of(toks, proper=self.proper)
        names = set(own) | self.mail.authors
        words = set(said.stated)
        vocative = len(toks) > 1 and toks[0].capital and toks[1].low == "," and toks[0].low not in _GREETING
        addressees = set(self.mail.addressees) | ({toks[0].low} if vocative else set())
        command = "please" in lows or _imperative(toks[2:] if vocative else toks)
        if lows & SECOND_PERSON or vocative or command:
            names |= addressees
        if command or (toks and toks[-1].low == "?"):
            words.add(canon("ask"))  # "Just forward me the receipts", "Can we keep it?": the writer asks
        context = set(self.topic)
        self.dates.update(said.dates)
        quants = list(said.quants)
        if lows & THIRD_PERSON:
            names |= self.earlier or self.before
            context |= self.previous
            quants += [q for q in self.previous_quants if q[0] == "n"]  # "them" are the 3 claims just named
        elif "the" in lows:
            # "the hall" is the Lakeside Hall named earlier: its name, and the previous sentence's names.
            names |= {n for group in self.groups for n in group if group & lows} | self.previous_names
        unnamed = self.mail.authors - own
        speaks = (
            not unnamed
            or command
            or not _FIRST_PERSON.isdisjoint(lows)
            or (not _BE.isdisjoint(lows) and _agentless(toks))
        )
        silent = frozenset() if speaks else frozenset(unnamed)
        words |= {canon(n) for n in names - silent}
        if self.mail.domains:  # most e-mails come from a mail provider or name no domain: no parts to add
            words |= _name_parts((names - silent) & self.mail.domains)
        fact = Fact(
            self.doc,
            said.text,
            toks,
            frozenset(words),
            frozenset(names),
            quants,
            said.negated,
            frozenset(own),
            frozenset(context),
            said.positive,
            _senses(words),
            said.negated_senses,
            tuple(agent_verbs(toks, self.mail.authors, frozenset(addressees))),
            self.date,
            said.counts,
            frozenset(self.mail.authors),
            silent,
        )
        self.earlier |= own
        self.groups += said.groups
        self.previous, self.previous_names, self.previous_quants = said.stated, set(own), quants
        return fact
