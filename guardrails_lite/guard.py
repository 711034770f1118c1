"""`Guard`: runs a policy around one LLM call, and `guarded`, the decorator form.

The call protocol (screen input, call, validate, maybe re-ask) is written once, as the generator
`Guard.flow`: it yields each prompt to send and receives each answer. `run` and `arun` are short
loops that drive it with a sync or an async callable, so the two can never drift apart.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import time
from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, TypeAlias, TypeVar, cast, overload

from guardrails_lite.errors import Blocked, RetriesExhausted
from guardrails_lite.logs import digest, logger
from guardrails_lite.pipeline import Action, Pipeline, StageResult, worst
from guardrails_lite.policy import Policy, load_policy
from guardrails_lite.verdict import Context, Document, Finding, Message

Prompt: TypeAlias = "str | list[dict[str, Any]]"
ContextArg: TypeAlias = "str | Document | Mapping[str, str] | Sequence[str | Document] | None"
Flow: TypeAlias = "Generator[Prompt, str, GuardResult]"

P = ParamSpec("P")
R = TypeVar("R")

__all__ = ["Guard", "GuardResult", "guarded"]


@dataclass(frozen=True, slots=True)
class GuardResult:
    """The outcome of a guarded call that was not blocked.

    `action` is the most severe thing that happened (allow < warn < repair < retry); `prompt` is
    the screened prompt last sent to the model; `findings` covers every stage and attempt.
    """

    text: str
    action: Action
    attempts: int
    findings: tuple[Finding, ...]
    call_id: str
    prompt: Prompt = ""
    stages: tuple[StageResult, ...] = field(default=(), repr=False)


def _tool_index(doc: Document, sent: Prompt) -> int | None:
    """Index in `sent` of the tool message `doc` was taken from, if it was."""
    if isinstance(sent, str) or not doc.name or not doc.name.startswith("messages["):
        return None
    k = int(doc.name[len("messages[") : -1])
    return k if k < len(sent) and sent[k].get("role") == "tool" else None


def _documents(context: ContextArg) -> list[Document]:
    if context is None:
        return []
    if isinstance(context, (str, Document)):
        context = [context]
    if isinstance(context, Mapping):
        return [Document(str(text), str(name)) for name, text in context.items()]
    return [d if isinstance(d, Document) else Document(str(d)) for d in context]


def _message_text(msg: Message) -> str | None:
    content = msg.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # OpenAI content parts
        parts = [p.get("text") for p in content if isinstance(p, Mapping) and p.get("type") == "text"]
        return "\n".join(t for t in parts if isinstance(t, str)) if parts else None
    return None


def _with_text(msg: Message, text: str) -> dict[str, Any]:
    out = dict(msg)
    out["content"] = text  # content parts collapse to one text part: the screened text is what counts
    return out


def _target_text(answer: str, target: str | None) -> str | None:
    if target in (None, "answer"):
        return answer
    if target and target.startswith("answer."):
        try:
            cur: Any = json.loads(answer)
        except ValueError:
            return None
        for part in target[len("answer.") :].split("."):
            if isinstance(cur, dict) and part in cur:
                cur = cur[part]
            elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
                cur = cur[int(part)]
            else:
                return None
        return cur if isinstance(cur, str) else None
    return None


def feedback_message(findings: Sequence[Finding], answer: str) -> str:
    """The re-ask text: every finding, quoting the offending span of the answer where known.

    Spans of PII findings are never quoted back.
    """
    lines = ["Your previous answer was rejected by these checks:"]
    for f in findings:
        line = f"- {f.id}: {f.message}"
        source = _target_text(answer, f.target)
        if source is not None and f.start is not None and f.end is not None and f.entity_type is None:
            span = source[f.start : f.end].strip()
            if span:
                line += f': "{span[:300]}{"..." if len(span) > 300 else ""}"'
        lines.append(line)
    lines.append("Answer again, fixing every problem listed. Reply with the corrected answer only.")
    return "\n".join(lines)


def _reask(original: Prompt, sent: Prompt, answer: str, feedback: str) -> Prompt:
    if isinstance(sent, str):
        assert isinstance(original, str)
        return f"{original}\n\n---\nYour previous answer was:\n{answer}\n\n{feedback}"
    return [*sent, {"role": "assistant", "content": answer}, {"role": "user", "content": feedback}]


class Guard:
    """Applies one policy to LLM calls. Thread-safe and shareable; build once, use everywhere.

    `policy` is a `Policy`, a policy file, or an already built `Pipeline` (to share its validators
    or to observe every stage result through its ``on_result`` hook).
    """

    def __init__(self, policy: Policy | Pipeline | str | os.PathLike[str]) -> None:
        if isinstance(policy, Pipeline):
            self.pipeline = policy
        else:
            self.pipeline = Pipeline(policy if isinstance(policy, Policy) else load_policy(Path(policy)))
        self.policy = self.pipeline.policy

    # -- the protocol, written once ---------------------------------------------------------
    def flow(
        self,
        prompt: Prompt,
        *,
        context: ContextArg = None,
        metadata: Mapping[str, Any] | None = None,
        state: dict[str, Any] | None = None,
        call_id: str | None = None,
    ) -> Flow:
        """Yield prompts to send; receive answers via ``send``; return the `GuardResult`.

        `state` is the call's `Context.state` and `call_id` its log id; pass them to share both with
        checks run outside the flow (streaming integrations check prefixes of the answer).
        Raises `Blocked` (input or output) or `RetriesExhausted`.
        """
        t0 = time.perf_counter()
        call_id = call_id or os.urandom(6).hex()
        name = self.policy.name
        documents = _documents(context)
        if isinstance(prompt, str):
            sent: Prompt = prompt
        else:
            sent = [dict(m) for m in prompt]
            documents += [
                Document(t, f"messages[{i}]")
                for i, m in enumerate(sent)
                if m.get("role") == "tool" and (t := _message_text(m)) is not None
            ]
        ctx = Context(
            "input",
            messages=(),
            documents=tuple(documents),
            metadata=metadata or {},
            state={} if state is None else state,
        )
        logger.debug(
            "call_started",
            policy=name,
            call_id=call_id,
            prompt_chars=_chars(sent),
            prompt_sha=digest(_flat(sent)),
            documents=len(documents),
        )
        stages: list[StageResult] = []
        action: Action = "allow"

        def stop(r: StageResult) -> None:
            nonlocal action
            stages.append(r)
            action = worst(action, r.action)
            if r.action == "block":
                raise Blocked(r.stage, _all_findings(stages))

        # Input: the prompt or every user message, then untrusted documents.
        if isinstance(sent, str):
            ctx.target = "prompt"
            r = self.pipeline.check("input", sent, ctx, call_id=call_id)
            stop(r)
            sent = r.text if r.text is not None else sent
        else:
            ctx.messages = tuple(sent)
            for i, m in enumerate(sent):
                text = _message_text(m)
                if m.get("role") != "user" or text is None:
                    continue
                ctx.target = f"messages[{i}]"
                r = self.pipeline.check("input", text, ctx, call_id=call_id)
                stop(r)
                if r.text is not None and r.text != text:
                    sent[i] = _with_text(m, r.text)
        for i, doc in enumerate(documents):
            ctx.target = f"context[{i}]" if doc.name is None else doc.name
            # Tool messages travel inside `sent`, so a scrubbing repair can be applied there.
            k = _tool_index(doc, sent)
            r = self.pipeline.check("input", doc.text, ctx, call_id=call_id, document=True, forwarded=k is not None)
            stop(r)
            if k is not None and isinstance(sent, list) and r.text is not None and r.text != doc.text:
                sent[k] = _with_text(sent[k], r.text)

        # Output: call, validate, re-ask with feedback until accepted or out of retries.
        original = sent
        ctx.stage = "output"
        ctx.target = "answer"
        ctx.messages = tuple(sent) if isinstance(sent, list) else ({"role": "user", "content": sent},)
        attempts = 0
        while True:
            attempts += 1
            answer = yield sent
            if not isinstance(answer, str):
                raise TypeError(f"the guarded callable must return str, got {type(answer).__name__}")
            r = self.pipeline.check("output", answer, ctx, call_id=call_id)
            stop(r)
            if r.action != "retry":
                assert r.text is not None
                findings = _all_findings(stages)
                logger.debug(
                    "call_finished",
                    policy=name,
                    call_id=call_id,
                    action=action,
                    attempts=attempts,
                    findings=len(findings),
                    answer_chars=len(r.text),
                    duration_ms=round((time.perf_counter() - t0) * 1000, 3),
                )
                return GuardResult(r.text, action, attempts, findings, call_id, sent, tuple(stages))
            if attempts > self.policy.max_retries:
                logger.warning(
                    "blocked",
                    policy=name,
                    call_id=call_id,
                    stage="output",
                    ids=sorted({f.id for f in r.findings}),
                    findings=len(r.findings),
                )
                raise RetriesExhausted(_all_findings(stages), attempts)
            logger.info(
                "retried", policy=name, call_id=call_id, attempt=attempts + 1, ids=sorted({f.id for f in r.findings})
            )
            sent = _reask(original, sent, answer, feedback_message(r.findings, answer))

    # -- drivers ----------------------------------------------------------------------------
    def run(
        self,
        llm: Callable[[Any], str],
        prompt: Prompt,
        *,
        context: ContextArg = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> GuardResult:
        """Guard one call of `llm` (a callable taking a prompt str or a messages list)."""
        flow = self.flow(prompt, context=context, metadata=metadata)
        try:
            request = next(flow)
            while True:
                request = flow.send(llm(request))
        except StopIteration as done:
            return cast(GuardResult, done.value)

    async def arun(
        self,
        llm: Callable[[Any], Awaitable[str]],
        prompt: Prompt,
        *,
        context: ContextArg = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> GuardResult:
        """`run` for an async callable."""
        flow = self.flow(prompt, context=context, metadata=metadata)
        try:
            request = next(flow)
            while True:
                request = flow.send(await llm(request))
        except StopIteration as done:
            return cast(GuardResult, done.value)


def _all_findings(stages: Sequence[StageResult]) -> tuple[Finding, ...]:
    return tuple(f for s in stages for f in s.findings)


def _flat(p: Prompt) -> str:
    return p if isinstance(p, str) else "\n".join(_message_text(m) or "" for m in p)


def _chars(p: Prompt) -> int:
    return len(_flat(p))


def _prompt_param(sig: inspect.Signature) -> str:
    names = [n for n in sig.parameters if n not in ("self", "cls")]  # methods work too
    for name in ("prompt", "messages"):
        if name in names:
            return name
    if not names:
        raise TypeError("a guarded function needs a prompt parameter")
    return names[0]


@overload
def guarded(
    policy: Policy | str | os.PathLike[str], *, context: str | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]: ...
@overload
def guarded(policy: Guard, *, context: str | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]: ...
def guarded(
    policy: Policy | Guard | str | os.PathLike[str], *, context: str | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a function that calls an LLM (sync or async).

    Its ``prompt=``/``messages=`` parameter (else its first) is screened on the input stage, its
    return value validated on the output stage, and on ``retry`` it is called again with the
    re-ask prompt; other arguments pass through unchanged. `context` names a parameter holding
    untrusted documents. The signature is kept; blocked calls raise `Blocked`.
    """
    guard = policy if isinstance(policy, Guard) else Guard(policy)

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        sig = inspect.signature(fn)
        pname = _prompt_param(sig)

        def bind(args: Any, kwargs: Any) -> tuple[inspect.BoundArguments, Any, Any]:
            bound = sig.bind(*args, **kwargs)
            docs = bound.arguments.get(context) if context else None
            return bound, bound.arguments[pname], docs

        if inspect.iscoroutinefunction(fn):

            @functools.wraps(fn)
            async def awrapper(*args: Any, **kwargs: Any) -> Any:
                bound, prompt, docs = bind(args, kwargs)

                async def call(p: Prompt) -> str:
                    bound.arguments[pname] = p
                    return await fn(*bound.args, **bound.kwargs)  # type: ignore[no-any-return]

                return (await guard.arun(call, prompt, context=docs)).text

            wrapper: Any = awrapper
        else:

            @functools.wraps(fn)
            def swrapper(*args: Any, **kwargs: Any) -> Any:
                bound, prompt, docs = bind(args, kwargs)

                def call(p: Prompt) -> str:
                    bound.arguments[pname] = p
                    return fn(*bound.args, **bound.kwargs)  # type: ignore[return-value]

                return guard.run(call, prompt, context=docs).text

            wrapper = swrapper
        wrapper.guard = guard
        return cast(Callable[P, R], wrapper)

    return decorate
