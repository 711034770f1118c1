"""Context words: Presidio's context boost (a context word among the five words before a match raises
its score), and our negative context ("version 10.2.3.4" is no IP address)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from guardrails_lite.validators.pii._helpers.patterns import Hit
from guardrails_lite.validators.pii._helpers.spans import Span
from guardrails_lite.verdict import check_deadline

_CONTEXT_WORD = re.compile(r"\w+")  # context words as Presidio's context enhancer sees them (plain \w runs)
_CONTEXT_CHARS = 60  # Presidio looks at the 5 words before a match; 60 chars covers them
_CONTEXT_WORDS = 5
_CONTEXT_BOOST = 0.35  # Presidio's context_similarity_factor
_CONTEXT_FLOOR = 0.4  # Presidio's min_score_with_context_similarity
_CHECK_EVERY = 255  # the deadline is read every 256 hits (a few microseconds of work each)
# Words right before a match that make it something else: "version 10.2.3.4" is no IP address.
_NEGATIVE_CONTEXT: dict[str, frozenset[str]] = {
    "IP_ADDRESS": frozenset({"version", "ver", "v", "release", "build", "firmware", "patch", "update", "upgrade"}),
}


class ContextBefore:
    """Whether one of some context words is among the last `n` words of the `_CONTEXT_CHARS`
    characters before a position (as Presidio's context check sees them).

    Words are split once per distinct window: a log of 25,000 IP addresses repeats its windows.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: dict[str, list[str]] = {}
        self._lowered: str | None = None
        self._anywhere: dict[frozenset[str], bool] = {}

    def anywhere(self, context: frozenset[str]) -> bool:
        """Whether a word of `context` could be before some position at all: it is in the lower-cased text.
        (`str.lower` maps each character alone but for a final sigma, so every window's words are in there.)"""
        known = self._anywhere.get(context)
        if known is None:
            if self._lowered is None:
                self._lowered = self.text.lower()
            lowered = self._lowered
            known = self._anywhere[context] = any(w in lowered for w in context)
        return known

    def window(self, start: int) -> str:
        return self.text[max(0, start - _CONTEXT_CHARS) : start]

    def __call__(self, start: int, context: frozenset[str], n: int) -> bool:
        window = self.window(start)
        words = self.words.get(window)
        if words is None:
            words = self.words[window] = _CONTEXT_WORD.findall(window.lower())
        return any(w in context for w in words[-n:])


def scored(
    entity: str,
    hits: Iterable[Hit],
    offset: int,
    context: frozenset[str],
    context_of: ContextBefore,
    deadline: float | None,
) -> list[Span]:
    """`hits` (offsets relative to `offset`) as spans, dropped or boosted by the words before them."""
    negative = _NEGATIVE_CONTEXT.get(entity)
    if not (negative and context_of.anywhere(negative)) and not (context and context_of.anywhere(context)):
        return _unscored(entity, hits, offset, deadline)  # no context word in the text: each keeps its score
    scores: dict[tuple[str, float], float] = {}  # (window before, base score) -> score; -1: dropped
    text = context_of.text
    out: list[Span] = []
    new = tuple.__new__  # Span's own __new__ is a Python function: a log of dotted quads makes 25,000 spans
    for k, (a, b, base) in enumerate(hits):
        if not k & _CHECK_EVERY:
            check_deadline(deadline)
        start = a + offset
        lo = start - _CONTEXT_CHARS
        key = (text[lo if lo > 0 else 0 : start], base)
        score = scores.get(key)
        if score is None:
            score = base
            if negative and context_of(start, negative, 2):
                score = -1.0
            elif context and context_of(start, context, _CONTEXT_WORDS):
                score = min(1.0, max(score + _CONTEXT_BOOST, _CONTEXT_FLOOR))
            scores[key] = score
        if score >= 0:
            out.append(new(Span, (start, b + offset, entity, score)))
    return out


def _unscored(entity: str, hits: Iterable[Hit], offset: int, deadline: float | None) -> list[Span]:
    """`hits` as spans with their own scores, built in chunks (the deadline is read as often as `scored` reads it)."""
    listed = hits if isinstance(hits, list) else list(hits)
    new = tuple.__new__
    out: list[Span] = []
    for i in range(0, len(listed), _CHECK_EVERY + 1):
        check_deadline(deadline)
        out += [new(Span, (a + offset, b + offset, entity, base)) for a, b, base in listed[i : i + _CHECK_EVERY + 1]]
    return out
