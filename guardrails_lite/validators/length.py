"""`max_length`: a limit in characters and/or words; repair truncates at a sentence boundary."""

from __future__ import annotations

import re
from typing import Literal, Self

from pydantic import Field, model_validator

from guardrails_lite.spec import ValidatorSpec
from guardrails_lite.text import RELEASE_POINTS
from guardrails_lite.verdict import Context, Finding, Validator, Verdict

# A word, for limits: what a reader counts, so any run of non-space characters.
_WORD = re.compile(r"\S+")


class MaxLengthSpec(ValidatorSpec):
    """Fail when the text is longer than `max_chars` characters or `max_words` words."""

    use: Literal["max_length"] = "max_length"
    max_chars: int | None = Field(None, gt=0)
    max_words: int | None = Field(None, gt=0)

    @model_validator(mode="after")
    def _one_limit(self) -> Self:
        if self.max_chars is None and self.max_words is None:
            raise ValueError("set max_chars, max_words or both")
        return self

    streaming = "sentence"

    def build(self) -> Validator:
        return MaxLengthValidator(self.max_chars, self.max_words)

    def instructions(self) -> str | None:
        parts = [f"{self.max_words} words"] if self.max_words else []
        parts += [f"{self.max_chars} characters"] if self.max_chars else []
        where = f" in {', '.join(self.fields)}" if self.fields else ""
        return f"Use at most {' and '.join(parts)}{where}."


class MaxLengthValidator:
    def __init__(self, max_chars: int | None, max_words: int | None) -> None:
        self.max_chars = max_chars
        self.max_words = max_words

    def _cut(self, text: str) -> int:
        """Largest allowed prefix length (before looking for a sentence boundary)."""
        cut = len(text)
        if self.max_chars is not None:
            cut = min(cut, self.max_chars)
        if self.max_words is not None:
            for n, m in enumerate(_WORD.finditer(text), 1):
                if n == self.max_words:
                    cut = min(cut, m.end())
                    break
        return cut

    def __call__(self, text: str, ctx: Context) -> Verdict:
        problems: list[str] = []
        if self.max_chars is not None and len(text) > self.max_chars:
            problems.append(f"{len(text)} characters, limit {self.max_chars}")
        if self.max_words is not None:
            words = sum(1 for _ in _WORD.finditer(text))
            if words > self.max_words:
                problems.append(f"{words} words, limit {self.max_words}")
        if not problems:
            return Verdict.ok()
        cut = self._cut(text)
        ends = [e for e in RELEASE_POINTS.boundaries(text, 0, cut + 1) if e <= cut]
        repaired = text[: ends[-1]].rstrip() if ends else None
        return Verdict.fail(Finding("too long: " + "; ".join(problems), start=cut, end=len(text)), repaired=repaired)
