"""An application's own validators, for `serve --import tests.server.shout` (they must reach every worker)."""

from __future__ import annotations

import time
from typing import Any, Literal

from guardrails_lite import Context, Finding, ValidatorSpec, Verdict, validator
from guardrails_lite._offload import INLINE_CHARS


@validator("t_shout", stages=("output",))
def shout(text: str, ctx: Context) -> Verdict:
    """Answers must be upper case; repaired by upper-casing them."""
    return Verdict.ok() if text == text.upper() else Verdict.fail(Finding("not shouted"), repaired=text.upper())


class BrokenSpec(ValidatorSpec):
    """A validator whose engine cannot load (a missing model, say): the gateway must never report ready."""

    use: Literal["t_broken"] = "t_broken"

    def build(self) -> Any:
        raise RuntimeError("the engine's files are missing")


class BusySpec(ValidatorSpec):
    """CPU work on long texts (as a real check of a large prompt): `seconds` of pure-Python busy time
    for a text of `INLINE_CHARS` characters or more, none for a shorter one."""

    use: Literal["t_busy"] = "t_busy"
    seconds: float = 3.0

    def build(self) -> Any:
        def check(text: str, ctx: Context) -> Verdict:
            if len(text) >= INLINE_CHARS:
                deadline = time.perf_counter() + self.seconds
                while time.perf_counter() < deadline:
                    pass
            return Verdict.ok()

        return check
