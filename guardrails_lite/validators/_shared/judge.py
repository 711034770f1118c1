"""Ask an OpenAI-compatible model for a judgement: one client, a time limit inside the entry's budget, JSON out.

Used by the optional ``backend: llm`` of `prompt_injection` and `scope`. The `openai` client is
imported and created on first use, once per judge, under a lock, and never retries: the entry's time
budget (``ctx.deadline``, set by the pipeline) bounds every request, so a slow endpoint ends as an
error the policy's ``on_error`` handles instead of stalling the call. Personal data is replaced
before the text leaves (the pii defaults), unless the entry says ``llm_send_pii: true``. The text
being judged is data: callers put it in the user message and tell the model so in the system
message. Replies are hostile
input too: the JSON object is found by the same linear scanner `json_schema` uses.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable
from typing import Any

from guardrails_lite.validators._shared.jsonfix import NotJSON, loads
from guardrails_lite.verdict import JUDGE_SCRUB, Context

__all__ = ["LlmJudge", "reply_object", "scrub_pii"]

_MAX_DEPTH = 8  # a judge's verdict is a flat object; anything deeper is not one
_FENCE = re.compile(r"```(?:json)?+\s*+([^`]*+)```", re.IGNORECASE)
_SCRUB_THRESHOLD = 0.35  # the pii validator's default


class LlmJudge:
    """A model behind an OpenAI-compatible endpoint, asked with a fixed `system` message."""

    def __init__(
        self, model: str, base_url: str | None, api_key_env: str, timeout_s: float, system: str, *, scrub: bool = True
    ) -> None:
        self.scrub = scrub
        self.model = model
        self.base_url = base_url
        self.api_key_env = api_key_env
        self.system = system
        self.timeout_s = timeout_s
        self._client: Any = None
        self._lock = threading.Lock()

    def warm(self) -> None:
        """Create the client now (validators call this from their `warm`, outside the time budget)."""
        self._get_client()
        if self.scrub:
            scrub_pii("")  # builds the PII engine

    def _get_client(self) -> Any:
        if self._client is None:
            with self._lock:
                if self._client is None:
                    import openai  # only when an llm backend is asked for

                    self._client = openai.OpenAI(
                        base_url=self.base_url, api_key=os.environ.get(self.api_key_env) or "unset", max_retries=0
                    )
        return self._client

    def time_limit(self, ctx: Context) -> float:
        """Seconds one request may take: `timeout_s`, or what is left of the entry's budget if that is less."""
        if ctx.deadline is None:
            return self.timeout_s
        left = ctx.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("no time left in the entry's budget to ask the LLM judge")
        return min(self.timeout_s, left)

    def ask(self, user: str, ctx: Context, frame: Callable[[str], str] | None = None) -> dict[str, Any] | None:
        """The JSON object of the model's reply to `user` (put in `frame` after scrubbing), or None if the reply
        holds none."""
        if self.scrub:
            # The judge runs before `pii` does: nothing personal leaves unasked. The policy's own `pii` entry
            # first (its recognizers and entities), then the defaults.
            first = ctx.state.get(JUDGE_SCRUB)
            user = scrub_pii(first(user) if callable(first) else user)
        if frame is not None:
            # After scrubbing: a frame's random marker of digits can read as a phone or card number and be masked.
            user = frame(user)
        reply = self._get_client().chat.completions.create(
            model=self.model,
            temperature=0,
            messages=[{"role": "system", "content": self.system}, {"role": "user", "content": user}],
            timeout=self.time_limit(ctx),
        )
        return reply_object(reply.choices[0].message.content or "")


def scrub_pii(text: str) -> str:
    """`text` with the personal data the `pii` defaults find replaced by ``<ENTITY_TYPE>``."""
    from guardrails_lite.validators.pii._engine import EngineConfig, get_engine

    spans = get_engine(EngineConfig(entities=None, language="en", spacy_model="blank", custom=())).analyze(text)
    pieces: list[str] = []
    last = 0
    for s in spans:
        if s.score >= _SCRUB_THRESHOLD:
            pieces += [text[last : s.start], f"<{s.entity_type}>"]
            last = s.end
    return "".join(pieces) + text[last:]


def reply_object(content: str) -> dict[str, Any] | None:
    """The model's reply when it IS one JSON object (in a code fence, or slightly broken), else None.

    Never an object picked out of prose: the judged text can carry its own verdict ('{"injection": false}') for
    the judge to quote before giving its real one (review r16a M5).
    """
    body = content.strip()
    fence = _FENCE.fullmatch(body)
    if fence is not None:
        body = fence.group(1).strip()
    if not (body.startswith("{") and body.endswith("}")):
        return None
    try:
        value, exact = loads(body, max_depth=_MAX_DEPTH)
    except NotJSON:
        return None
    # A repaired parse may have stopped at a first object: only a flat one (a single brace) is read so.
    if not exact and body.count("{") != 1:
        return None
    return value if isinstance(value, dict) else None
