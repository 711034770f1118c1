"""`PatternSet`: regexes with a validation and an invalidation check, run as Presidio's PatternRecognizer runs them.

Same matching, validation (checksums) and invalidation as `PatternRecognizer.analyze` in Presidio
(MIT licence, https://github.com/microsoft/presidio), minus the explanation objects and timing it
builds per match. Unlike Presidio, which logs and skips a pattern that times out (after 60 s by
default), a timeout here raises: the validator then fails closed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

import regex

from guardrails_lite.validators._shared import bounded_regex

#: regex.DOTALL | regex.MULTILINE | regex.IGNORECASE: what Presidio's default registry sets on every recognizer.
REGISTRY_FLAGS = 26
TIMEOUT_S = 2.0


class Pattern(NamedTuple):
    name: str
    regex: str
    score: float


class Hit(NamedTuple):  # a tuple: a log of 25,000 IP addresses makes as many
    start: int
    end: int
    score: float


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
    """

    def __init__(
        self,
        patterns: Sequence[Pattern],
        validate: Callable[[str], bool | None] = no_opinion,
        invalidate: Callable[[str], bool | None] = never,
        flags: int = REGISTRY_FLAGS,
        needs: re.Pattern[str] | None = None,
    ) -> None:
        self.patterns = tuple(patterns)
        self.validate, self.invalidate, self.flags = validate, invalidate, flags
        self.needs = needs
        self._compiled: list[tuple[regex.Pattern[str], float]] | None = None

    @property
    def compiled(self) -> list[tuple[regex.Pattern[str], float]]:
        """The patterns, compiled on first use: an entity whose anchor a text never shows costs no compiling
        (a cold first call compiled every recognizer's patterns, ~20 ms). Racing threads compile them twice, alike."""
        got = self._compiled
        if got is None:
            got = self._compiled = [(regex.compile(p.regex, self.flags), float(p.score)) for p in self.patterns]
        return got

    def only(self, names: Iterable[str]) -> PatternSet:
        """The same checks with only the patterns called `names`."""
        wanted = set(names)
        kept = [p for p in self.patterns if p.name in wanted]
        return PatternSet(kept, self.validate, self.invalidate, self.flags, self.needs)

    def analyze(self, text: str, deadline: float | None = None) -> list[Hit]:
        hits: list[Hit] = []
        if self.needs is not None and not self.needs.search(text):
            return hits
        validate, invalidate = self.validate, self.invalidate
        for compiled, base in self.compiled:
            checked: dict[str, float] = {}  # a repeated value is validated once (checksums, domain lists)
            # The limit covers the whole iteration, validation included.
            for m in bounded_regex.finditer(compiled, text, TIMEOUT_S, deadline):
                start, end = m.span()
                if start == end:
                    continue
                value = text[start:end]
                score = checked.get(value, -1.0)
                if score < 0:
                    valid = validate(value)
                    score = base if valid is None else 1.0 if valid else 0.0
                    score = checked[value] = score if score > 0 and not invalidate(value) else 0.0
                if score > 0:
                    hits.append(Hit(start, end, score))
        return hits
