"""An application's own validators, for `serve --import tests.server.shout` (they must reach every worker)."""

from __future__ import annotations

from typing import Any, Literal

from guardrails_lite import Context, Finding, ValidatorSpec, Verdict, validator


@validator("t_shout", stages=("output",))
def shout(text: str, ctx: Context) -> Verdict:
    """Answers must be upper case; repaired by upper-casing them."""
    return Verdict.ok() if text == text.upper() else Verdict.fail(Finding("not shouted"), repaired=text.upper())


class BrokenSpec(ValidatorSpec):
    """A validator whose engine cannot load (a missing model, say): the gateway must never report ready."""

    use: Literal["t_broken"] = "t_broken"

    def build(self) -> Any:
        raise RuntimeError("the engine's files are missing")
