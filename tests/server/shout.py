"""An application's own validator, for `serve --import tests.server.shout` (it must reach every worker)."""

from __future__ import annotations

from guardrails_lite import Context, Finding, Verdict, validator


@validator("t_shout", stages=("output",))
def shout(text: str, ctx: Context) -> Verdict:
    """Answers must be upper case; repaired by upper-casing them."""
    return Verdict.ok() if text == text.upper() else Verdict.fail(Finding("not shouted"), repaired=text.upper())
