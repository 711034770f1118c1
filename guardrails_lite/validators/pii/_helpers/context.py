"""Context words: Presidio's context boost (a context word among the five words before a match raises
its score), and our negative context ("version 10.2.3.4" is no IP address)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator

from guardrails_lite.validators.pii._helpers.patterns import Hit
from guardrails_lite.validators.pii._helpers.spans import Span
from guardrails_lite.verdict import BudgetExceeded

_CONTEXT_WORD = re.compile(r"\w+")  # context words as Presidio's context enhancer sees them (plain \w runs)
_CONTEXT_CHARS = 60  # Presidio looks at the 5 words before a match; 60 chars covers them
_CONTEXT_WORDS = 5
_CONTEXT_BOOST = 0.35  # Presidio's context_similarity_factor
_CONTEXT_FLOOR = 0.4  # Presidio's min_score_with_context_similarity
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
) -> Iterator[Span]:
    """`hits` (offsets relative to `offset`) as spans, dropped or boosted by the words before them."""
    negative = _NEGATIVE_CONTEXT.get(entity)
    scores: dict[tuple[str, float], float] = {}  # (window before, base score) -> score; -1: dropped
    text = context_of.text
    clock = time.monotonic
    for r in hits:  # per hit, no call but the clock's: a log of dotted quads makes 25,000 hits
        if deadline is not None and clock() > deadline:  # check_deadline, inlined
            raise BudgetExceeded("validator time budget exceeded")
        start = r.start + offset
        lo = start - _CONTEXT_CHARS
        key = (text[lo if lo > 0 else 0 : start], r.score)
        score = scores.get(key)
        if score is None:
            score = key[1]
            if negative and context_of(start, negative, 2):
                score = -1.0
            elif context and context_of(start, context, _CONTEXT_WORDS):
                score = min(1.0, max(score + _CONTEXT_BOOST, _CONTEXT_FLOOR))
            scores[key] = score
        if score >= 0:
            yield Span(start, r.end + offset, entity, score)
