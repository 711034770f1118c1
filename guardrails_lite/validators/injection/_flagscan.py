"""`lexical.flags` for every sentence of a document, with the keyword patterns run only where their words are.

Per sentence, `flags` tries six keyword patterns (whom the sentence addresses, what its imperatives aim
at); on a 200k-character document that was a third of the lexical tier's time, nearly all of it on
sentences that hold none of the words a match needs. `SpacedText` finds, in one pass over the document,
which sentences hold them, and `flags` skips the patterns elsewhere: the same flags, sentence by sentence.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

import ahocorasick

from guardrails_lite.validators._shared.need_spans import SpacedText
from guardrails_lite.validators.injection import lexical

__all__ = ["DocumentFlags", "document_flags", "flag_words"]

_NOTHING: frozenset[str] = frozenset()
# Under this many characters (an e-mail of a few sentences) the patterns on each sentence cost less than the word
# tests over the whole document (measured: ~10-20 % less up to ~900 characters, 2-3x more from 2,000 on).
_SCAN_FROM = 1000


class DocumentFlags:
    """`flags[i]` is `lexical.flags(text[s:e], target)` for span i = (s, e) of `spans` (in order, as
    `document_spans` or the windows give them), computed when asked: a repeated span's score is reused
    without its flags. `words`: `SpacedText(text)`, if the caller has it."""

    def __init__(
        self, text: str, spans: Sequence[tuple[int, int]], target: str, words: SpacedText | None = None
    ) -> None:
        self.text, self.spans, self.target = text, spans, target
        self.may: dict[int, set[str]] = {}
        self.whole: frozenset[str] | None = None  # the patterns whose words the whole (short) text holds
        if len(text) < _SCAN_FROM:
            # A short document: one word test of the whole text stands for each span's own (the spans' tests cost
            # more than the patterns' scans under 1,000 characters); a span cut inside a word gets its own.
            self.clean: frozenset[int] = frozenset()
            padded = (words or SpacedText(text)).padded
            if padded and len(spans) > 1:
                self.whole = flag_words().may_match(text, padded)
                self.clean = frozenset(i for i, (s, e) in enumerate(spans) if padded[s] == " " and padded[e + 1] == " ")
            return
        scan = (words or SpacedText(text)).over(spans)
        self.clean = scan.clean  # other spans (not ASCII, cut inside words) get their own word tests
        for name, pattern in lexical.FLAG_PATTERNS.items() if scan.clean else ():
            for i in scan.may_match(pattern):
                self.may.setdefault(i, set()).add(name)

    def __getitem__(self, i: int) -> frozenset[str]:
        s, e = self.spans[i]
        if i not in self.clean:
            may = None
        else:
            may = self.whole if self.whole is not None else self.may.get(i, _NOTHING)
        return lexical.flags(self.text[s:e], self.target, may)


def document_flags(
    text: str, spans: Sequence[tuple[int, int]], target: str, words: SpacedText | None = None
) -> list[frozenset[str]]:
    """`DocumentFlags` for every span, in order."""
    flags = DocumentFlags(text, spans, target, words)
    return [flags[i] for i in range(len(spans))]


# -- the same word tests for one text, all literals at once ------------------------------------------------------
# A condition read off `Prefiltered.need`: True (none), a literal, `_Any` or `_All`. ASCII literals shorter than
# `_SHORTEST` become True ("s" or "th" is in nearly every text): a weaker condition, still one every match implies.
# (Only ASCII text is tested: other literals are never found in it.)
_SHORTEST = 3


@dataclass(frozen=True)
class _Any:
    literals: frozenset[str]
    others: tuple[_Condition, ...]


@dataclass(frozen=True)
class _All:
    parts: tuple[_Condition, ...]


_Condition = bool | str | _Any | _All


def _condition(need: tuple[str, object] | None) -> _Condition:
    if need is None:
        return True
    kind, value = need
    if kind == "lit":
        literal = cast(str, value)
        return True if len(literal) < _SHORTEST and literal.isascii() else literal
    parts = [_condition(p) for p in cast(list[tuple[str, object]], value)]
    if kind == "all":
        kept = tuple(p for p in parts if p is not True)
        return _All(kept) if kept else True
    if any(p is True for p in parts):
        return True
    return _Any(frozenset(p for p in parts if isinstance(p, str)), tuple(p for p in parts if not isinstance(p, str)))


def _holds(cond: _Condition, present: set[str]) -> bool:
    if isinstance(cond, bool):
        return cond
    if isinstance(cond, str):
        return cond in present
    if isinstance(cond, _All):
        return all(_holds(p, present) for p in cond.parts)
    return not cond.literals.isdisjoint(present) or any(_holds(p, present) for p in cond.others)


def _literals(cond: _Condition) -> set[str]:
    if isinstance(cond, str):
        return {cond}
    if isinstance(cond, bool):
        return set()
    parts = cond.parts if isinstance(cond, _All) else (*cond.literals, *cond.others)
    return set().union(*map(_literals, parts))


class FlagWords:
    """`lexical.may_match` for a text of a few hundred to a few thousand characters: the literals of every keyword
    pattern's condition found in one pass over its spaced view (an Aho-Corasick automaton, in C), then each condition
    read off the set found, instead of a substring search per literal (~150) or every pattern's scan."""

    def __init__(self) -> None:
        self._conditions = {name: _condition(p.need) for name, p in lexical.FLAG_PATTERNS.items()}
        self._automaton = ahocorasick.Automaton()
        for literal in set().union(*map(_literals, self._conditions.values())):
            self._automaton.add_word(literal, literal)
        self._automaton.make_automaton()

    def may_match(self, text: str, padded: str | None = None) -> frozenset[str]:
        """The names of the `FLAG_PATTERNS` that may match `text` (every name for a text that is not ASCII, where
        the word tests say nothing): a pattern left out cannot match it. `padded`: `SpacedText(text).padded`, if
        the caller has it."""
        spaced = SpacedText(text).padded if padded is None else padded
        if not spaced:
            return lexical.ALL_FLAG_PATTERNS
        present = {w for _, w in self._automaton.iter(spaced)}
        return frozenset(name for name, cond in self._conditions.items() if _holds(cond, present))


@functools.cache
def flag_words() -> FlagWords:
    """The one `FlagWords`, built on first use (the patterns' conditions are read off their parse trees)."""
    return FlagWords()
