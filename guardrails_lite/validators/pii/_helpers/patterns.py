"""`PatternSet`: regexes with a validation and an invalidation check, run as Presidio's PatternRecognizer runs them.

Same matching, validation (checksums) and invalidation as `PatternRecognizer.analyze` in Presidio
(MIT licence, https://github.com/microsoft/presidio), minus the explanation objects and timing it
builds per match. Unlike Presidio, which logs and skips a pattern that times out (after 60 s by
default), a timeout here raises: the validator then fails closed.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple, TypeAlias

import regex

from guardrails_lite.validators._shared import bounded_regex
from guardrails_lite.validators._shared.gil import release_gil
from guardrails_lite.verdict import check_deadline

#: regex.DOTALL | regex.MULTILINE | regex.IGNORECASE: what Presidio's default registry sets on every recognizer.
REGISTRY_FLAGS = 26
TIMEOUT_S = 2.0


class Pattern(NamedTuple):
    name: str
    regex: str
    score: float


#: (start, end, score) of one match: a plain tuple, as a log of 25,000 IP addresses makes as many.
Hit: TypeAlias = tuple[int, int, float]

_SPAN = operator.methodcaller("span")
# Outside a character class: an escape, a class, or a repetition without an upper bound (*, +, {n,}).
# (Possessive, the closing bracket optional: an unclosed "[" takes the rest once, so the scan stays linear.)
_REPEAT_SCAN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*+\]?|([*+]|\{[0-9]*,\})")
_CHECK_EVERY = 63  # the deadline is read every 64 distinct values validated


def bounded_repetition(source: str) -> bool:
    """Whether `source` repeats nothing without an upper bound, so that a match attempt reads a bounded
    stretch of text from its start and a scan is linear in the text's length."""
    return not any(m.group(1) for m in _REPEAT_SCAN.finditer(source))


def no_opinion(value: str) -> bool | None:
    """Presidio's default `validate_result`: neither valid nor invalid, the pattern's score stands."""
    return None


def never(value: str) -> bool:
    """Presidio's default `invalidate_result`."""
    return False


class PatternSet:
    """Compiled patterns; a match scores 1.0 if `validate` says True, is dropped if it says False or
    `invalidate` says True, and keeps its pattern's score if `validate` says None.

    `needs`: a pattern every match of every pattern contains; text without it is not scanned at all
    (ten dotted digits have no run of three for a social security number).

    `linear`: every pattern repeats only a bounded number of times (`bounded_repetition`, checked here),
    so a scan is linear and runs without the engine's timeout, which reads the process's CPU clock at
    every match (a third of the time of a log of dotted quads). The deadline is read before each scan.
    Patterns from a policy never are: a bounded pattern can still backtrack exponentially per start.
    """

    def __init__(
        self,
        patterns: Sequence[Pattern],
        validate: Callable[[str], bool | None] = no_opinion,
        invalidate: Callable[[str], bool | None] = never,
        flags: int = REGISTRY_FLAGS,
        needs: re.Pattern[str] | regex.Pattern[str] | None = None,
        linear: bool = False,
    ) -> None:
        self.patterns = tuple(patterns)
        self.validate, self.invalidate, self.flags = validate, invalidate, flags
        self.needs = needs
        unbounded = [p.name for p in self.patterns if not bounded_repetition(p.regex)]
        if linear and unbounded:
            raise ValueError(f"patterns {unbounded} repeat without bound: they need the engine's timeout")
        self.linear = linear
        self._compiled: list[tuple[regex.Pattern[str], float]] | None = None

    @property
    def compiled(self) -> list[tuple[regex.Pattern[str], float]]:
        """The patterns, compiled on first use: an entity whose anchor a text never shows costs no compiling
        (a cold first call compiled every recognizer's patterns, ~20 ms). Racing threads compile them twice, alike."""
        got = self._compiled
        if got is None:
            got = self._compiled = [(regex.compile(p.regex, self.flags), float(p.score)) for p in self.patterns]
        return got

    def only(
        self, names: Iterable[str], needs: re.Pattern[str] | None = None, linear: bool | None = None
    ) -> PatternSet:
        """The same checks with only the patterns called `names`; `needs` and `linear`, if given, for them."""
        wanted = set(names)
        kept = [p for p in self.patterns if p.name in wanted]
        linear = self.linear if linear is None else linear
        return PatternSet(kept, self.validate, self.invalidate, self.flags, needs or self.needs, linear)

    def analyze(self, text: str, deadline: float | None = None) -> list[Hit]:
        hits: list[Hit] = []
        if self.needs is not None and not self.needs.search(text):
            return hits
        for compiled, base in self.compiled:
            if self.linear:
                check_deadline(deadline)
                spans = list(map(_SPAN, compiled.finditer(text, concurrent=release_gil(text))))
            else:
                spans = bounded_regex.spans(compiled, text, TIMEOUT_S, deadline)
            if spans:
                hits += self._checked(text, spans, base, deadline)
        return hits

    def _checked(self, text: str, spans: list[tuple[int, int]], base: float, deadline: float | None) -> list[Hit]:
        """The matches that pass the checks, with their scores; a repeated value is checked once (checksums,
        domain lists), in the order first seen."""
        validate, invalidate = self.validate, self.invalidate
        values = [text[a:b] for a, b in spans]
        scores: dict[str, float] = {}
        for k, value in enumerate(dict.fromkeys(values)):
            if not k & _CHECK_EVERY:
                check_deadline(deadline)
            if value:  # an empty match is no finding
                valid = validate(value)
                score = base if valid is None else 1.0 if valid else 0.0
                scores[value] = score if score > 0 and not invalidate(value) else 0.0
        return [(a, b, score) for (a, b), score in zip(spans, map(scores.get, values), strict=True) if score]
