"""Sentence-level evidence for `grounding`: which facts a source states *together*.

Word overlap with a whole document cannot tell "Omar will send the order" from "Northwind will send
the order" when both names occur somewhere. These checks look at source sentences instead:

* names and numbers of an answer sentence must occur within one passage (two adjacent sentences);
* a number with a time unit must keep its unit ("two days" is not "two weeks");
* a word the source negates ("not acceptable") must not be stated without the negation;
* a name before a verb (its agent) must match an agent of that verb in the sources, when the sources
  name one ("Finance approved ..." does not support "Marcus approved ...").

The writer of an e-mail (its ``From:`` line or sign-off) is the "I"/"we" of every sentence in it.
All checks are token scans over short windows: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from guardrails_lite.validators._shared import nlp as _nlp

_SENT_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")
_TOKEN = re.compile(r"[^\W_]+(?:[.,:/'’-][^\W_]+)*|[^\w\s]")
_FROM = re.compile(r"^\s*from:\s*(.{1,120})$", re.IGNORECASE | re.MULTILINE)
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "hundred": "100"}
TIME_UNITS = frozenset("day days week weeks month months year years hour hours minute minutes night nights".split())
_AUX = frozenset(
    "will would shall should can could may might must has have had is are was were be been being also already "
    "just then still 'll 've 'd not n't".split()
)
_SELF = frozenset({"i", "we"})
_NEGATORS = frozenset({"not", "no", "never", "n't", "cannot", "without"})
_SCOPE = 3  # tokens after a negation that it governs


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.replace("’", "'"))


def number_of(tok: str) -> str | None:
    if tok[:1].isdigit():
        return tok.replace(",", "") if _NUMBER.fullmatch(tok) else None
    return NUMBER_WORDS.get(tok.lower())


def _base(tok: str) -> str:
    low = tok.lower()
    return low[:-2] if low.endswith("'s") else low


class Passage:
    """One source sentence: its entities, negated words, time quantities and agent-verb pairs."""

    __slots__ = ("content", "entities", "negated", "quantities", "toks")

    def __init__(self, text: str, authors: frozenset[str]) -> None:
        toks = self.toks = tokens(text)
        lows = [t.lower() for t in toks]
        present = set(lows)
        # Set tests first: most sentences have no numbers in words, negations or time units.
        self.entities: set[str] = set(authors) if present & _SELF else set()
        self.entities.update(_base(t) for t in toks if t[:1].isupper())
        self.entities.update(NUMBER_WORDS[w] for w in present & NUMBER_WORDS.keys())
        self.entities.update(m.replace(",", "") for m in _NUMBER.findall(text))
        self.quantities: set[tuple[str, str]] = set()
        if present & TIME_UNITS:
            for i, w in enumerate(lows):
                num = number_of(w)
                unit = _unit_after(lows, i) if num is not None else None
                if num is not None and unit:
                    self.quantities.add((num, unit))
        self.negated: set[str] = set()
        if present & _NEGATORS or "n't" in text or "n’t" in text:
            for i, w in enumerate(lows):
                if w in _NEGATORS or w.endswith("n't"):
                    self.negated.update(_nlp.stem(x) for x in lows[i + 1 : i + 1 + _SCOPE] if x not in _nlp.STOP)
        # Only negating passages are compared by content (dropped_negation).
        self.content = (
            frozenset(_nlp.stem(w) for w in present - _nlp.STOP if len(w) > 1 and w[0].isalnum())
            if self.negated
            else frozenset()
        )


def _unit_after(lows: list[str], i: int) -> str | None:
    for w in lows[i + 1 : i + 3]:
        if w in TIME_UNITS:
            return w.rstrip("s")
    return None


def authors_of(text: str) -> frozenset[str]:
    """Lower-cased name words of a document's writer: its From: line, else a one-line sign-off."""
    m = _FROM.search(text)
    if m:
        return frozenset(w.lower() for w in re.findall(r"[A-Z][\w'-]+", m.group(1)))
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    last = lines[-1] if lines else ""
    words = last.split()
    if 0 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words):
        return frozenset(w.lower() for w in words)
    return frozenset()


class Relations:
    """Sentence-level facts of all context documents, built once per call."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.docs: list[list[Passage]] = []
        self.agents: dict[str, set[str]] = {}  # verb stem -> agents (lower-cased) named before it
        self.proper: set[str] = set()  # words written capitalised somewhere in the sources
        for text in texts:
            authors = authors_of(text)
            passages = [Passage(s, authors) for s in _SENT_SPLIT.split(text) if s.strip()]
            self.docs.append(passages)
            for p in passages:
                self.proper.update(_base(t) for t in p.toks if t[:1].isupper())
                for agent, verb in _agent_verbs(p.toks):
                    self.agents.setdefault(verb, set()).update(authors if agent in _SELF else {agent})
        # Entity windows (a sentence and the next) and negating passages, precomputed for the per-sentence checks.
        self.windows = [
            frozenset(ps[k].entities | (ps[k + 1].entities if k + 1 < len(ps) else set()))
            for ps in self.docs
            for k in range(len(ps))
        ]
        self.negating = [p for ps in self.docs for p in ps if p.negated]
        self.quantities = {q for passages in self.docs for p in passages for q in p.quantities}
        self.quantity_numbers = {n for n, _ in self.quantities}

    def together(self, entities: set[str]) -> bool:
        """True if two adjacent sentences of one document hold all `entities`."""
        return any(entities <= window for window in self.windows)

    def unit_mismatch(self, quantities: Iterable[tuple[str, str]]) -> bool:
        return any(n in self.quantity_numbers and (n, u) not in self.quantities for n, u in quantities)

    def dropped_negation(self, words: frozenset[str]) -> bool:
        """An un-negated answer stating a word a closely matching source sentence negates."""
        return any(p.negated & words and len(words & p.content) * 2 >= len(words) for p in self.negating)

    def wrong_agent(self, toks: list[str]) -> bool:
        """A name acting on a verb the sources give only to other named agents."""
        for agent, verb in _agent_verbs(toks, verb_shaped=True):
            if agent in _SELF or agent not in self.proper:
                continue
            known = self.agents.get(verb, set())
            named = {a for a in known if a in self.proper}
            if named and agent not in known:
                return True
        return False


def _agent_verbs(toks: list[str], verb_shaped: bool = False) -> list[tuple[str, str]]:
    """(agent, verb stem) pairs: a capitalised word or I/we, optional auxiliaries, then a lower-case word.

    With `verb_shaped`, the word must look like a verb: after an auxiliary, or ending in -ed/-s
    ("Lisbon travel got ..." has no agent "Lisbon")."""
    out: list[tuple[str, str]] = []
    for i, t in enumerate(toks):
        low = t.lower()
        if not (low in _SELF or (t[:1].isupper() and t.isalpha() and low not in _nlp.STOP)):
            continue
        j = i + 1
        while j < len(toks) and j <= i + 3 and toks[j].lower() in _AUX:
            j += 1
        if j < len(toks):
            v = toks[j]
            shaped = j > i + 1 or v.endswith(("ed", "s"))
            if v.isalpha() and v.islower() and v not in _nlp.STOP and len(v) > 2 and (shaped or not verb_shaped):
                out.append((low, _nlp.stem(v)))
    return out
