"""Safe streaming: text reaches the caller only after the checks that can judge it passed it.

`Releaser` holds one attempt's answer as it arrives and decides how much of the *checked* text
may go out. `StreamSession` drives `Guard.flow` for a whole streamed call (re-asks included) and
is fed by the sync and async wrappers, which only do the I/O.

The invariant: everything released is a prefix of the answer the output stage finally accepts.
Holding back a tail keeps it (a secret split across chunks is seen whole before any of it is
released); if it were ever broken, the stream ends with `Blocked` instead of diverging.
"""

from __future__ import annotations

import os
import re
from collections.abc import Generator
from typing import Any

from guardrails_lite.errors import Blocked
from guardrails_lite.guard import GuardResult, Prompt, _documents, _message_text
from guardrails_lite.integrations.openai._core import Core, GuardInfo, Request, StreamPlan, Tally
from guardrails_lite.pipeline import StageResult
from guardrails_lite.validators.length import _SENTENCE_END
from guardrails_lite.verdict import Context, Document, Finding

_LAST_SPACE = re.compile(r"\s(?=\S*\Z)")


class Releaser:
    """One attempt's answer: `feed` deltas, get back text that is safe to release."""

    def __init__(self, plan: StreamPlan, ctx: Context, call_id: str = "") -> None:
        self.plan = plan
        self.ctx = ctx
        self.call_id = call_id
        self.buffer = ""
        self.released = ""
        self.stopped: StageResult | None = None  # a prefix check that already rejects the answer
        self._raw_cut = 0
        self._checked_len = 0

    def feed(self, delta: str) -> str:
        self.buffer += delta
        if self.plan.mode == "buffer" or self.stopped is not None:
            return ""
        # Each check rescans the whole answer so far (validators may count or number over all of
        # it), so checks get rarer as it grows: O(n log n) work, release lagging <= 1/16 of it.
        if len(self.buffer) - self._checked_len < max(self.plan.step, len(self.buffer) >> 4):
            return ""
        self._checked_len = len(self.buffer)
        return self._advance()

    def _cut(self) -> int:
        b = self.buffer
        limit = len(b) - self.plan.holdback
        if limit <= self._raw_cut:
            return 0
        if self.plan.mode == "sentence":
            # A sentence end counts once the character after it has arrived ("3." may become "3.5").
            ends = [m.end() for m in _SENTENCE_END.finditer(b, self._raw_cut) if m.end() < len(b)]
            ends = [e for e in ends if e <= limit]
            return ends[-1] if ends else 0
        if self.plan.holdback == 0:
            return len(b)
        m = _LAST_SPACE.search(b, self._raw_cut, limit)
        return m.start() + 1 if m else 0

    def _advance(self) -> str:
        cut = self._cut()
        if cut <= self._raw_cut:
            return ""
        b = self.buffer
        text = b[:cut]
        inc = self.plan.incremental
        if inc is not None:
            full = inc.check("output", b, self.ctx, call_id=self.call_id)
            if full.action in ("block", "retry"):
                self.stopped = full  # these checks judge prefixes: the whole answer fails them too
                return ""
            part = inc.check("output", text, self.ctx, call_id=self.call_id)
            # A match straddling the cut shows up as a difference: wait until the cut passes it.
            if part.text is None or full.text is None or not full.text.startswith(part.text):
                return ""
            text = part.text
        if self.plan.whole is not None:
            r = self.plan.whole.check("output", b[:cut], self.ctx, call_id=self.call_id)
            if r.text is None or r.action in ("block", "retry"):
                return ""  # an unfinished answer may fail whole-answer checks; the end decides
            text = r.text
        if not text.startswith(self.released):
            return ""
        out = text[len(self.released) :]
        self.released = text
        self._raw_cut = cut
        return out

    def finish(self, final: str) -> str:
        """The rest of the accepted answer; `Blocked` if it no longer extends what went out."""
        if not final.startswith(self.released):
            raise Blocked("output", (), "the accepted answer differs from the text already streamed; stream ended")
        return final[len(self.released) :]


class StreamSession:
    """One streamed guarded call. Creating it runs the input stage (raising `Blocked`)."""

    def __init__(self, core: Core, request: Request) -> None:
        self.core = core
        self.request = request
        self.state: dict[str, Any] = {}
        self.tally = Tally()
        # The same untrusted documents the flow gives its output stage: context plus tool results.
        tools = [
            Document(t, f"messages[{i}]")
            for i, m in enumerate(request.messages)
            if m.get("role") == "tool" and (t := _message_text(m)) is not None
        ]
        self.documents = (*_documents(request.context), *tools)
        self.call_id = os.urandom(6).hex()
        self.info: GuardInfo | None = None
        self.text = ""  # the accepted answer, once the stream ended
        self._flow: Generator[Prompt, str, GuardResult] = core.guard.flow(
            request.messages,
            context=request.context,
            metadata=request.metadata,
            state=self.state,
            call_id=self.call_id,
        )
        self.prompt: Prompt | None = next(self._flow)
        self.releaser = self._releaser(self.prompt)
        self.released_any = False

    def _releaser(self, prompt: Prompt) -> Releaser:
        messages = tuple(prompt) if isinstance(prompt, list) else ({"role": "user", "content": prompt},)
        ctx = Context(
            "output",
            messages=messages,
            documents=self.documents,
            metadata=self.request.metadata,
            state=self.state,
            target="answer",
        )
        return Releaser(self.core.plan, ctx, self.call_id)

    def feed(self, delta: str) -> str:
        """Text to release now; raises `Blocked` when a prefix check blocks."""
        out = self.releaser.feed(delta)
        stopped = self.releaser.stopped
        if stopped is not None and stopped.action == "block":
            self._flow.close()
            raise Blocked("output", stopped.findings)
        self.released_any |= bool(out)
        return out

    @property
    def stop_reading(self) -> bool:
        """The answer is already rejected (retry): the rest of the upstream stream is not needed."""
        return self.releaser.stopped is not None

    def end(self) -> tuple[str, Prompt | None]:
        """The attempt's stream ended: (the rest of the text, None) or ("", the re-ask prompt)."""
        try:
            prompt = self._flow.send(self.releaser.buffer)
        except StopIteration as done:
            result: GuardResult = done.value
            rest = self.releaser.finish(result.text)
            self.text = result.text
            self.info = GuardInfo.of(result, self.tally)
            self.prompt = None
            return rest, None
        if self.released_any:
            self._flow.close()
            stopped = self.releaser.stopped
            findings: tuple[Finding, ...] = stopped.findings if stopped is not None else ()
            raise Blocked("output", findings, "output rejected after part of it was streamed; a re-ask is not possible")
        self.prompt = prompt
        self.releaser = self._releaser(prompt)
        return "", prompt

    def close(self) -> None:
        self._flow.close()
