"""Safe streaming, the logic: what may be released of an answer that is still arriving.

No I/O here (`_stream_io` drives it with the sync and async clients' events). `StreamPlan` says
how the policy's output stage can run on a stream; `Releaser` holds one attempt's answer as it
arrives and decides how much of the *checked* text may go out; `StreamSession` runs one streamed
call on the guard's own call state (`Guard.screen_input` / `Guard.output_flow`), so prefix checks
and the final check share one output `Context`, re-asks included.

The invariant: everything released is a prefix of the answer the output stage finally accepts.
Holding back a tail keeps it (a secret split across chunks is seen whole before any of it is
released); if it were ever broken, the stream ends with `Blocked` instead of diverging.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from typing import TYPE_CHECKING

from guardrails_lite.errors import Blocked
from guardrails_lite.guard import CallState, Guard, GuardResult, Prompt
from guardrails_lite.pipeline import Pipeline, StageResult, Step
from guardrails_lite.text import RELEASE_POINTS, well_formed  # where max_length cuts sentences too
from guardrails_lite.verdict import Context, Finding, Stage

if TYPE_CHECKING:
    from guardrails_lite.integrations.openai._core import Request

_LAST_SPACE = re.compile(r"\s(?=\S*\Z)")


class StreamPlan:
    """How the policy's output stage can run on a stream (see `ValidatorSpec.streaming`).

    `mode` is "buffer" (nothing released before the end), "sentence" (release complete
    sentences) or "word" (release at whitespace). `incremental` checks prefixes with the entries
    that can judge them; `whole` is the full output stage when it may also run on sentence
    prefixes. `holdback` characters stay unreleased so a pattern split across chunks is always
    seen whole before any of it goes out.
    """

    def __init__(self, guard: Guard, holdback: int) -> None:
        policy = guard.policy
        specs = policy.output
        # A pattern whose match can be longer than the holdback ("-----BEGIN ... KEY-----[\s\S]*?-----END",
        # "sk-[A-Za-z0-9]{20,}") would be released in part before it matches, on any prefix, a sentence too: the
        # answer is held until it is complete (review r16a M2).
        wide = [s.longest_match() > holdback for s in specs]
        long = any(w and s.streaming == "incremental" and not s.fields for s, w in zip(specs, wide, strict=True))
        marks = [None if s.fields or w else s.streaming for s, w in zip(specs, wide, strict=True)]
        whole = any(m is None for m in marks)
        self.whole: Pipeline | None = None
        if whole and (policy.stream == "buffer" or long):
            self.mode = "buffer"
        elif whole or "sentence" in marks:
            self.mode = "sentence"
            # The guard's built steps without its on_result hook: a prefix check is not a decision.
            self.whole = Pipeline(policy, steps=guard.pipeline.steps) if whole else None
        else:
            self.mode = "word"
        built = guard.pipeline.steps["output"]
        inc = tuple(s for s, m in zip(specs, marks, strict=True) if m is not None)
        # The guard's own steps (built once, the same entry ids), not a second build of the subset.
        steps: dict[Stage, tuple[Step, ...]] = {
            "input": (),
            "output": tuple(b for b, m in zip(built, marks, strict=True) if m is not None),
        }
        self.incremental = (
            Pipeline(policy.model_copy(update={"input": (), "output": inc}), steps=steps) if inc else None
        )
        self.holdback = holdback if "incremental" in marks else 0
        # An answer past the policy's size limit is blocked as soon as it gets there, not after the upstream has
        # sent all of it (review r16a M3: 20 M characters were read before the final check refused them).
        self.max_chars = policy.max_input_chars if policy.oversize == "block" else None
        self._limit = Pipeline(policy.model_copy(update={"input": (), "output": ()}), steps={"input": (), "output": ()})
        #: Fewest characters to gather between prefix checks.
        self.step = 16 if self.incremental is not None or self.whole is not None else 1

    def over_limit(self, text: str, ctx: Context, call_id: str) -> StageResult:
        """The policy's verdict on an answer past its size limit (a block, or an allow in shadow mode)."""
        return self._limit.check("output", text, ctx, call_id=call_id)


class Releaser:
    """One attempt's answer: `feed` deltas, get back text that is safe to release."""

    def __init__(self, plan: StreamPlan, ctx: Context, call_id: str = "") -> None:
        self.plan = plan
        self.ctx = ctx
        self.call_id = call_id
        self._parts: list[str] = []  # joined when read: appending to one string copied it on every delta
        self._size = 0
        self.released = ""
        self.stopped: StageResult | None = None  # a prefix check that already rejects the answer
        self._raw_cut = 0
        self._checked_len = 0
        self._high = ""  # a delta's last code point when it is a high surrogate: its pair may come next

    @property
    def buffer(self) -> str:
        """The answer so far."""
        if len(self._parts) != 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0]

    def due(self, delta: str) -> int:
        """How many characters `feed(delta)` checks (0: it only buffers)."""
        if self.plan.mode == "buffer" or self.stopped is not None:
            return 0
        size = self._size + len(delta)
        # Each check rescans the whole answer so far (validators may count or number over all of
        # it), so checks get rarer as it grows: O(n log n) work, release lagging <= 1/16 of it.
        return size if size - self._checked_len >= max(self.plan.step, size >> 4) else 0

    def feed(self, delta: str) -> str:
        # An emoji escaped as "\\ud83d" + "\\ude00" may be cut between two chunks: join the pair, and
        # make any lone surrogate U+FFFD, so every check and the client see one valid text.
        delta, self._high = self._high + delta, ""
        if delta and "\ud800" <= delta[-1] <= "\udbff":
            delta, self._high = delta[:-1], delta[-1]
        delta = well_formed(delta)
        checked = self.due(delta)
        self._parts.append(delta)
        self._size += len(delta)
        limit = self.plan.max_chars
        if limit is not None and self._size > limit and self.stopped is None:
            r = self.plan.over_limit(self.buffer, self.ctx, self.call_id)
            if r.action == "block":
                self.stopped = r
                return ""
        if not checked:
            return ""
        self._checked_len = self._size
        return self._advance()

    def _cut(self) -> int:
        b = self.buffer
        limit = len(b) - self.plan.holdback
        if limit <= self._raw_cut:
            return 0
        if self.plan.mode == "sentence":
            # A sentence end counts once the character after it has arrived ("3." may become "3.5").
            ends = [e for e in RELEASE_POINTS.boundaries(b, self._raw_cut) if e < len(b)]
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

    def complete(self) -> str:
        """The whole answer once the upstream ended (a high surrogate left waiting becomes U+FFFD)."""
        if self._high:
            self._parts.append("\ufffd")
            self._size += 1
            self._high = ""
        return self.buffer

    def finish(self, final: str) -> str:
        """The rest of the accepted answer; `Blocked` if it no longer extends what went out."""
        if not final.startswith(self.released):
            raise Blocked("output", (), "the accepted answer differs from the text already streamed; stream ended")
        return final[len(self.released) :]


class StreamSession:
    """One streamed guarded call. Creating it runs the input stage (raising `Blocked`).

    The I/O layer feeds each attempt's text deltas, calls `end` when the attempt's stream ends
    and sends the re-ask prompt it returns, if any; `result` is set once an answer is accepted.
    """

    def __init__(self, guard: Guard, plan: StreamPlan, request: Request) -> None:
        self.plan = plan
        self.call: CallState = guard.screen_input(
            request.messages,
            context=request.context,
            metadata=request.metadata,
            send_documents=request.send_documents,
        )
        self._flow: Generator[Prompt, str, GuardResult] = guard.output_flow(self.call)
        self.prompt: Prompt | None = next(self._flow)
        self.releaser = self._releaser()
        self.released_any = False
        self.result: GuardResult | None = None

    def _releaser(self) -> Releaser:
        # The flow's own output Context: prefix checks see the conversation the final check sees.
        return Releaser(self.plan, self.call.ctx, self.call.call_id)

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
            prompt = self._flow.send(self.releaser.complete())
        except StopIteration as done:
            self.result = done.value
            assert self.result is not None
            rest = self.releaser.finish(self.result.text)
            self.prompt = None
            return rest, None
        if self.released_any:
            self._flow.close()
            stopped = self.releaser.stopped
            findings: tuple[Finding, ...] = stopped.findings if stopped is not None else ()
            raise Blocked("output", findings, "output rejected after part of it was streamed; a re-ask is not possible")
        self.prompt = prompt
        self.releaser = self._releaser()
        return "", prompt

    def close(self) -> None:
        self._flow.close()
