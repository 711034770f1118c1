"""`regex`: deny patterns; repair replaces each match.

Patterns come from policy files, so they run on the `regex` engine with a time limit: a pattern
that backtracks catastrophically on some input ends as an ``error`` finding (fail closed), it
cannot hang the call.
"""

from __future__ import annotations

from typing import Any, Literal

import regex
from pydantic import Field, field_validator

from guardrails_lite.spec import ValidatorSpec
from guardrails_lite.validators._shared import bounded_regex
from guardrails_lite.validators._shared.compile_cost import check_compile_cost
from guardrails_lite.verdict import Context, Finding, Validator, Verdict

_MAX_FINDINGS = 100


class RegexSpec(ValidatorSpec):
    """Fail when any pattern matches."""

    use: Literal["regex"] = "regex"
    patterns: list[str] = Field(min_length=1, description="Regular expressions (Python/`regex` syntax).")
    ignore_case: bool = False
    replacement: str = Field("[REDACTED]", description="What a repair puts in place of each match.")
    match_timeout_ms: float = Field(
        100.0,
        gt=0,
        description="Limit per pattern per text, in the checking thread's CPU time (other threads' work is not "
        "counted); the entry's time budget applies too.",
    )
    message: str = Field("text matches a denied pattern", description="Finding message.")

    @field_validator("patterns")
    @classmethod
    def _compile(cls, patterns: list[str]) -> list[str]:
        for i, p in enumerate(patterns):
            try:
                check_compile_cost(p)
            except ValueError as e:
                raise ValueError(f"pattern {i}: {e}") from None
            try:
                regex.compile(p, regex.V0)
            except regex.error as e:
                raise ValueError(f"pattern {i} does not compile: {e}") from None
        return patterns

    streaming = "incremental"

    def longest_match(self) -> int:
        return max((_width(p) for p in self.patterns), default=0)

    def build(self) -> Validator:
        return RegexValidator(self)


_UNBOUNDED = 1 << 31


def _width(pattern: str) -> int:
    """The most characters `pattern` can match; unbounded for open repetition ("[\\s\\S]*?", "+", "{2,}") and for
    syntax only the `regex` module reads (a \\p{..} class): streamed, such an entry waits for the whole answer."""
    import importlib
    import re

    parser: Any = importlib.import_module("re._parser")  # the stdlib's own parser: its widths are the re engine's
    try:
        return min(int(parser.parse(pattern).getwidth()[1]), _UNBOUNDED)
    except (re.error, RecursionError, OverflowError):  # a pattern only the regex module reads, or one too deep
        return _UNBOUNDED


class RegexValidator:
    def __init__(self, spec: RegexSpec) -> None:
        flags = regex.V0 | (regex.IGNORECASE if spec.ignore_case else 0)
        self.patterns = [regex.compile(p, flags) for p in spec.patterns]
        self.spec = spec
        self.timeout = spec.match_timeout_ms / 1000.0

    def __call__(self, text: str, ctx: Context) -> Verdict:
        spans: list[tuple[int, int, int]] = []
        for i, pattern in enumerate(self.patterns):
            # The pattern's own limit, cut short where the entry's budget ends (fifty patterns at 100 ms each).
            for m in bounded_regex.finditer(pattern, text, self.timeout, ctx.deadline):
                if m.end() > m.start():
                    spans.append((m.start(), m.end(), i))
                if len(spans) >= _MAX_FINDINGS:
                    break
        if not spans:
            return Verdict.ok()
        spans.sort()
        merged: list[tuple[int, int]] = []
        for s, e, _ in spans:
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        pieces: list[str] = []
        last = 0
        for s, e in merged:
            pieces += [text[last:s], self.spec.replacement]
            last = e
        pieces.append(text[last:])
        findings = [Finding(f"{self.spec.message} (pattern {i})", start=s, end=e) for s, e, i in spans]
        return Verdict.fail(*findings, repaired="".join(pieces))
