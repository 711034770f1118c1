"""`canary`: block answers that leak the per-call canary token planted in the system message.

Integrations plant the token (policy ``canary: true``) and pass it as ``ctx.metadata["canary"]``;
without a token the check passes. A leak is the token's secret part appearing in the answer whole
or in part (any `window` consecutive characters), spaced out or punctuated, reversed, spelled out
("zero one two", "alpha bravo"), interleaved with other characters (every second or third
character), its two halves apart or swapped, or encoded as base64 or hex: a system-prompt
extraction that got past the input checks. Every view of the answer is built once, in linear time.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from guardrails_lite.spec import ValidatorSpec
from guardrails_lite.verdict import Context, Finding, Validator, Verdict

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_WORD = re.compile(r"[a-z]+|[0-9]")
_MIN_SECRET = 8
_MIN_HALF = 6  # halves shorter than this would match by chance
_STRIDES = (2, 3)
_PHONETIC = (
    "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november "
    "oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu"
)
_SPELLED = {
    **{w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())},
    "oh": "0",
    "nought": "0",
    "niner": "9",
    **{w: w[0] for w in _PHONETIC.split()},
}


def _fold(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


def _spelled(text: str) -> str:
    """The answer with number and phonetic-alphabet words read as their character, then folded."""
    return "".join(_SPELLED.get(w, w) for w in _WORD.findall(text.lower()))


def views(text: str) -> Iterator[str]:
    """Folded readings of `text` a leaked token could hide in."""
    for base in (_fold(text), _spelled(text)):
        yield base
        for k in _STRIDES:
            for offset in range(k):
                yield base[offset::k]


def leak_forms(token: str, window: int) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """(runs searched in every folded view, halves that leak together, forms searched verbatim)."""
    secret = _fold(token.rsplit("-", 1)[-1])
    if len(secret) < _MIN_SECRET:
        raise ValueError(f"a canary needs at least {_MIN_SECRET} letters or digits after its last '-'")
    n = min(window, len(secret))
    runs = {secret[i : i + n] for i in range(len(secret) - n + 1)}
    runs |= {s[::-1] for s in runs}
    runs.add(_fold(token.encode().hex()))
    half = len(secret) // 2
    halves = [(secret[:half], secret[half:])] if half >= _MIN_HALF else []
    halves += [(a[::-1], b[::-1]) for a, b in halves]
    raw = token.encode()
    # base64 of the token at each of the three byte alignments, minus the padding-dependent edges.
    verbatim = {base64.b64encode(raw[i:]).decode().rstrip("=")[2:-2] for i in range(3)}
    return sorted(runs), halves, sorted(v for v in verbatim if len(v) >= _MIN_SECRET)


def leaks(text: str, token: str, window: int) -> bool:
    runs, halves, verbatim = leak_forms(token, window)
    if any(v in text for v in verbatim):
        return True
    for view in views(text):
        if any(r in view for r in runs) or any(a in view and b in view for a, b in halves):
            return True
    return False


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
            if leaks(text, token, window):
                return Verdict.fail(Finding("answer leaks the system prompt's canary token"))
            return Verdict.ok()

        return canary
