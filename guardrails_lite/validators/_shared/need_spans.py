"""Which spans of a long text may match a `Prefiltered` pattern, from one pass over the whole text.

`Prefiltered.may_match` tests the words every match needs on one text. A document scored sentence by
sentence asks that of thousands of short spans, and under a few hundred characters the pattern's own
scan is cheaper than the test (so `may_match` skips it). `SpacedText` answers the same question for
all of them at once: each needed literal is looked for in the whole lowered, spaced text once, and
every occurrence is credited to the spans that hold it. The answer for a span is exactly
`may_match`'s condition on that span alone (not a looser one), so the pattern then runs on the few
spans whose words are there and nowhere else, with the same results.

A span's own spaced text is " " + its characters + " "; that is a slice of the whole spaced text when
the characters just outside the span are non-word ones (a sentence follows punctuation or a line
break, and whitespace follows it). Spans cut elsewhere, and texts that are not ASCII (lowering can
change their length), are left to the per-span test.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import cast

from guardrails_lite.validators._shared.patterns import _SPACED, Prefiltered, _holds

__all__ = ["SpacedText", "SpannedText"]

_DISTINCT_FROM = 16_000  # characters from which `anywhere` looks literals up among the distinct words


_Node = tuple[str, object]  # ("lit", str) or ("all" / "any", list of nodes): `patterns.Prefiltered.need`


def _parts(need: _Node) -> list[_Node]:
    return cast(list[_Node], need[1])


def _key(need: _Node) -> int:
    """How selective a condition is (longer literals are rarer): evaluated in that order, descending."""
    if need[0] == "lit":
        return len(cast(str, need[1]))
    keys = [_key(p) for p in _parts(need)]
    return max(keys) if need[0] == "all" else min(keys)


class SpacedText:
    """`text` lowered, its ASCII non-word characters made spaces, between two spaces: `Prefiltered`'s view of it."""

    def __init__(self, text: str) -> None:
        # Position i of `text` is position i + 1 here; empty for a text that is not ASCII (no word test then).
        self.padded = f" {text.lower().translate(_SPACED)} " if text.isascii() else ""
        self._gone: dict[str, bool] = {}  # literal -> not in the text at all
        self._distinct: str | None = None

    def anywhere(self, pattern: Prefiltered) -> bool:
        """`pattern.may_match(text)` (the word test on the whole text, at any length): False only when the
        pattern cannot match anywhere in it."""
        need = pattern.need
        if need is None or not self.padded:
            return True
        # A window's worth of text: the plain test. A document: literals looked up once, among its distinct words.
        return _holds(need, self.padded) if len(self.padded) < _DISTINCT_FROM else not self.absent(need)

    def over(self, spans: Sequence[tuple[int, int]]) -> SpannedText:
        """The word tests for each of `spans` (sorted by start, ends never decreasing: sentences or windows)."""
        return SpannedText(self, spans)

    def absent(self, need: _Node) -> bool:
        """`need` does not hold on the whole text (so on no part of it)."""
        if need[0] == "lit":
            literal = cast(str, need[1])
            gone = self._gone.get(literal)
            if gone is None:
                gone = self._gone[literal] = literal not in self._words_of(literal)
            return gone
        parts = _parts(need)
        return any(map(self.absent, parts)) if need[0] == "all" else all(map(self.absent, parts))

    def _words_of(self, literal: str) -> str:
        """Where to look for `literal`: a literal within one word (spaces only at its ends) is in the text iff it
        is in the text's distinct words, each between spaces; much shorter than the text for real prose."""
        if " " in literal.strip(" "):
            return self.padded
        if self._distinct is None:
            self._distinct = f" {' '.join(set(self.padded.split()))} "
        return self._distinct


class SpannedText:
    """`SpacedText.over`: which spans of the text may match a pattern."""

    def __init__(self, words: SpacedText, spans: Sequence[tuple[int, int]]) -> None:
        self.words = words
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        ordered = all(map(int.__le__, self.starts, self.starts[1:])) and all(map(int.__le__, self.ends, self.ends[1:]))
        p = words.padded if ordered else ""
        #: Spans whose spaced text is a slice of `padded`; the others get the per-span test.
        self.clean = frozenset(i for i, (s, e) in enumerate(spans) if p and p[s] == " " and p[e + 1] == " ")
        self.unclean = set(range(len(spans))) - self.clean

    def may_match(self, pattern: Prefiltered) -> set[int]:
        """The indices of the spans that pass `pattern.may_match`'s word test on their own text (the pattern
        may match there; on every other span it cannot)."""
        need = pattern.need
        if need is None or not self.clean:
            return set(range(len(self.spans)))
        return self._holds(need, None) | self.unclean

    def _holds(self, need: _Node, among: set[int] | None) -> set[int]:
        """The clean spans (of `among`; None: all of them) on which `need` holds."""
        if self.words.absent(need):
            return set()
        kind = need[0]
        if kind == "lit":
            literal = cast(str, need[1])
            return self._scan(literal) if among is None else self._check(literal, among)
        parts = sorted(_parts(need), key=_key, reverse=True)
        if kind == "any":
            out: set[int] = set()
            for part in parts:
                out |= self._holds(part, None if among is None else among - out)
            return out
        for part in parts:  # "all": the rarest first, then only where it holds
            among = self._holds(part, among)
            if not among:
                return set()
        return among if among is not None else set(self.clean)

    def _check(self, literal: str, among: set[int]) -> set[int]:
        p, spans = self.words.padded, self.spans
        return {i for i in among if p.find(literal, spans[i][0], spans[i][1] + 2) != -1}

    def _scan(self, literal: str) -> set[int]:
        """Every clean span holding `literal`, from one pass: at most one occurrence is looked at per span."""
        p, starts, ends, n = self.words.padded, self.starts, self.ends, len(literal)
        out: set[int] = set()
        at = p.find(literal)
        while at != -1:
            # Span i's spaced text is padded[s : e + 2]: it holds the occurrence if s <= at and at + n <= e + 2.
            last = bisect.bisect_right(starts, at) - 1
            i = last
            while i >= 0 and ends[i] + 2 >= at + n:
                out.add(i)
                i -= 1
            if last + 1 >= len(starts):
                break
            # Every span starting at or before `at` is settled: the next one to gain starts later.
            at = p.find(literal, max(at + 1, starts[last + 1]))
        return out & self.clean
