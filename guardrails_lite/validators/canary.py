"""`canary`: block answers that leak the per-call canary token planted in the system message.

Integrations plant the token (policy ``canary: true``) and pass it as ``ctx.metadata["canary"]``;
without a token the check passes. A leak is the token's secret part appearing in the answer whole
or in part (any `window` consecutive characters), spaced out or punctuated, reversed, or encoded
as base64 or hex: a system-prompt extraction that got past the input checks.
"""

from __future__ import annotations

import base64
import re
from typing import Literal

from pydantic import Field

from guardrails_lite.spec import ValidatorSpec
from guardrails_lite.verdict import Context, Finding, Validator, Verdict

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_MIN_SECRET = 8


def _fold(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


def leak_forms(token: str, window: int) -> tuple[list[str], list[str]]:
    """(forms searched in the folded answer, forms searched verbatim) for one token."""
    secret = _fold(token.rsplit("-", 1)[-1])
    if len(secret) < _MIN_SECRET:
        raise ValueError(f"a canary needs at least {_MIN_SECRET} letters or digits after its last '-'")
    n = min(window, len(secret))
    folded = {secret[i : i + n] for i in range(len(secret) - n + 1)}
    folded |= {s[::-1] for s in folded}
    folded.add(_fold(token.encode().hex()))
    raw = token.encode()
    # base64 of the token at each of the three byte alignments, minus the padding-dependent edges.
    verbatim = {base64.b64encode(raw[i:]).decode().rstrip("=")[2:-2] for i in range(3)}
    return sorted(folded), sorted(v for v in verbatim if len(v) >= _MIN_SECRET)


class CanarySpec(ValidatorSpec):
    """Fail when the answer leaks the call's canary token (``ctx.metadata["canary"]``)."""

    use: Literal["canary"] = "canary"
    window: int = Field(
        10, ge=_MIN_SECRET, description="Shortest run of the token's secret part that counts as a leak."
    )
    stages = frozenset({"output"})
    streaming = "incremental"

    def build(self) -> Validator:
        window = self.window

        def canary(text: str, ctx: Context) -> Verdict:
            token = ctx.metadata.get("canary")
            if not isinstance(token, str) or not token:
                return Verdict.ok()
            folded_forms, verbatim_forms = leak_forms(token, window)
            folded = _fold(text)
            if any(f in folded for f in folded_forms) or any(v in text for v in verbatim_forms):
                return Verdict.fail(Finding("answer leaks the system prompt's canary token"))
            return Verdict.ok()

        return canary
