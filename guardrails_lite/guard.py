"""`Guard`: runs a policy around one LLM call, and `guarded`, the decorator form.

The call protocol (screen input, call, validate, maybe re-ask) is written once, as the generator
`Guard.flow`: it yields each prompt to send and receives each answer. `run` and `arun` are short
loops that drive it with a sync or an async callable, so the two can never drift apart.

`flow` is two public steps: `screen_input` runs the input stage and returns the call's
`CallState` (screened prompt, output `Context`, documents, stage results); `output_flow` is the
output loop on that state. Integrations that must check text outside the loop (a stream's
prefixes) drive the two steps and check against the state's own `Context`.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import json
import logging
import os
import random
import time
from collections.abc import Awaitable, Callable, Container, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, TypeAlias, TypeVar, cast, overload

from guardrails_lite._offload import INLINE_CHARS, MODEL_BACKENDS, run_checks
from guardrails_lite.errors import Blocked, RetriesExhausted
from guardrails_lite.integrations.shaping import Shaping, new_canary, publish, sends_documents, shape, unpublish
from guardrails_lite.logs import check_digest_key, digest, enabled, logger, redacted
from guardrails_lite.messages import TOOL_ROLES, check_shapes, message_text, side_texts, with_side_texts, with_text
from guardrails_lite.pipeline import Action, Pipeline, StageResult, Step, json_path, worst
from guardrails_lite.policy import Policy, load_policy
from guardrails_lite.text import well_formed
from guardrails_lite.trust import Trusted
from guardrails_lite.validators.canary import CanarySpec
from guardrails_lite.verdict import Context, ContextArg, Document, Finding, Message, Stage, as_documents

Prompt: TypeAlias = "str | list[dict[str, Any]]"
Metadata: TypeAlias = "Mapping[str, Any] | None"
Flow: TypeAlias = "Generator[Prompt, str, GuardResult]"

P = ParamSpec("P")
R = TypeVar("R")

__all__ = ["CallState", "Guard", "GuardResult", "guarded"]


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

    def __repr__(self) -> str:  # texts only by their size: reprs reach logs and error reports
        return (
            f"GuardResult(text={redacted(self.text)}, action={self.action!r}, attempts={self.attempts}, "
            f"findings={self.findings!r}, call_id={self.call_id!r}, prompt={redacted(self.prompt)})"
        )


def _new_call_id() -> str:
    """A log id for one call. Not a secret: `random` keeps the interpreter lock, where os.urandom's
    system call drops it and, under threads, hands it to another thread on every call."""
    return f"{random.getrandbits(48):012x}"


def _tool_documents(sent: Prompt) -> list[Document]:
    """Tool results in a messages prompt: untrusted documents named after their message."""
    if isinstance(sent, str):
        return []
    return [
        Document(t, f"messages[{i}]")
        for i, m in enumerate(sent)
        if m.get("role") in TOOL_ROLES and (t := message_text(m)) is not None
    ]


def _tool_index(doc: Document, sent: Prompt) -> int | None:
    """Index in `sent` of the tool message `doc` was taken from, if it was."""
    if isinstance(sent, str) or not doc.name or not doc.name.startswith("messages["):
        return None
    k = int(doc.name[len("messages[") : -1])
    return k if k < len(sent) and sent[k].get("role") in TOOL_ROLES else None


def _target_text(answer: str, target: str | None) -> str | None:
    """The text a finding's offsets point into: the answer, or one of its JSON string fields."""
    if target in (None, "answer"):
        return answer
    if not target or not target.startswith("answer."):
        return None
    try:
        located = json_path(json.loads(answer), target[len("answer.") :])
    except (ValueError, RecursionError):
        return None
    return located[2] if located is not None and isinstance(located[2], str) else None


def feedback_message(findings: Sequence[Finding], answer: str, shifted: Container[str] = ()) -> str:
    """The re-ask text: every finding, quoting the offending span of the answer where known.

    Spans of PII findings are never quoted back, nor those of entries in `shifted`, which ran on a text an
    earlier entry had changed: their offsets do not point into `answer` (review r16a L2).
    """
    lines = ["Your previous answer was rejected by these checks:"]
    for f in findings:
        line = f"- {f.id}: {f.message}"
        source = None if f.id in shifted else _target_text(answer, f.target)
        if source is not None and f.start is not None and f.end is not None and f.entity_type is None:
            span = source[f.start : f.end].strip()
            if span:
                line += f': "{span[:300]}{"..." if len(span) > 300 else ""}"'
        lines.append(line)
    lines.append("Answer again, fixing every problem listed. Reply with the corrected answer only.")
    return "\n".join(lines)


def _reask(first: Prompt, sent: Prompt, answer: str, feedback: str) -> Prompt:
    if isinstance(sent, str):
        assert isinstance(first, str)
        return f"{first}\n\n---\nYour previous answer was:\n{answer}\n\n{feedback}"
    return [*sent, {"role": "assistant", "content": answer}, {"role": "user", "content": feedback}]


def _deciders(r: StageResult, decision: str) -> list[str]:
    """The entries of one stage result that decided `decision`; its findings' ids if none ran (limits)."""
    return [run.id for run in r.runs if run.decision == decision] or [f.id for f in r.findings]


def _conversation(sent: Prompt) -> tuple[Message, ...]:
    """The messages output checks see: the prompt as sent, a str prompt as one user message."""
    return tuple(sent) if isinstance(sent, list) else ({"role": "user", "content": sent},)


@dataclass(slots=True, eq=False)
class CallState:
    """One guarded call: built and screened by `Guard.screen_input`, advanced by `Guard.output_flow`.

    `ctx` is the output stage's own `Context` (conversation, documents, metadata, per-call state).
    Code that checks text outside the flow, such as a stream releasing checked prefixes, passes it
    to the pipeline and so judges against exactly what the flow's own checks see, re-asks included.
    """

    prompt: Prompt  # what to send next: the screened prompt, then each re-ask
    ctx: Context
    call_id: str
    stages: list[StageResult] = field(default_factory=list)
    action: Action = "allow"
    attempts: int = 0
    started: float = field(default_factory=time.perf_counter)
    first: Prompt = ""  # the screened prompt; re-asks of a str prompt are built on it
    shaping: Shaping = field(default_factory=Shaping)  # system text and marked documents (`current_shaping`)
    offload: bool = False  # checks call a model (a judge, a local network): off the event loop whatever the length

    def __repr__(self) -> str:  # no prompt, document or system text: reprs reach logs and error reports
        return (
            f"CallState(call_id={self.call_id!r}, action={self.action!r}, attempts={self.attempts}, "
            f"prompt={redacted(self.prompt)}, documents={len(self.ctx.documents)}, stages={len(self.stages)})"
        )

    @property
    def documents(self) -> Sequence[Document]:
        """The untrusted documents of the call: ``context=`` plus tool messages."""
        return self.ctx.documents

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for s in self.stages for f in s.findings)

    def record(self, r: StageResult) -> None:
        """Add one stage result; raises `Blocked` if it blocks."""
        self.stages.append(r)
        self.action = worst(self.action, r.action)
        if r.action == "block":
            raise Blocked(r.stage, self.findings, by=_deciders(r, "block"))

    def retried_by(self) -> list[str]:
        """Ids of the output entries that asked for a re-ask, over every attempt."""
        return sorted({i for s in self.stages if s.stage == "output" for i in _deciders(s, "retry")})

    def reask(self, answer: str, feedback: str) -> None:
        """Move on to the re-ask: the next prompt, and the conversation output checks see with it."""
        self.prompt = _reask(self.first, self.prompt, answer, feedback)
        self.ctx.messages = _conversation(self.prompt)


class Guard:
    """Applies one policy to LLM calls. Thread-safe and shareable; build once, use everywhere.

    `policy` is a `Policy`, a policy file, or an already built `Pipeline` (to share its validators
    or to observe every stage result through its ``on_result`` hook). `trusted` lists what a
    policy file may name (models, spaCy pipelines, judge endpoints); see `Trusted`.
    """

    def __init__(
        self,
        policy: Policy | Pipeline | str | os.PathLike[str],
        *,
        trusted: Trusted | None = None,
        warm: bool = False,
    ) -> None:
        check_digest_key()  # a bad logging key fails here, never in the middle of a call
        if isinstance(policy, Pipeline):
            pipeline = policy
        else:
            parsed = policy if isinstance(policy, Policy) else load_policy(Path(policy), trusted=trusted)
            pipeline = Pipeline(parsed)
        self.pipeline = _with_canary(pipeline)
        self.policy = self.pipeline.policy
        #: The async drivers check every text in a worker thread (`_offload`), short ones too: an entry
        #: with a model backend (an LLM judge's HTTP call, a local network) blocks for as long as it runs.
        self.offload = any(
            getattr(s, "backend", None) in MODEL_BACKENDS for s in (*self.policy.input, *self.policy.output)
        )
        if warm:
            self.warm()

    def input_chars(self, prompt: Prompt, context: ContextArg) -> int:
        """How much text the input stage checks, as `_offload.run_checks` weighs it (`offload`)."""
        chars = input_chars(prompt, context)
        return max(chars, INLINE_CHARS) if self.offload and chars else chars

    def warm(self, progress: Callable[[str], None] | None = None) -> None:
        """Build every entry's validator and load its engines (models, Presidio, spaCy) now, not on the
        first call. Idempotent and thread-safe; `progress` is called with each entry id about to load."""
        self.pipeline.warm(progress=progress)

    # -- the protocol, written once ---------------------------------------------------------
    def flow(
        self,
        prompt: Prompt,
        *,
        context: ContextArg = None,
        metadata: Metadata = None,
        send_documents: bool | None = None,
    ) -> Flow:
        """Yield prompts to send; receive answers via ``send``; return the `GuardResult`.

        That is `screen_input` followed by `output_flow` (use those two to reach the call's state).
        Raises `Blocked` (input or output) or `RetriesExhausted`.
        """
        call = self.screen_input(prompt, context=context, metadata=metadata, send_documents=send_documents)
        return (yield from self.output_flow(call))

    def screen_input(
        self,
        prompt: Prompt,
        *,
        context: ContextArg = None,
        metadata: Metadata = None,
        state: dict[str, Any] | None = None,
        call_id: str | None = None,
        send_documents: bool | None = None,
    ) -> CallState:
        """Run the input stage over the prompt (or every user message), then untrusted documents, and
        shape what is sent: a messages prompt gets the system text (instructions, output rules, the
        canary) first and, when documents are sent, the marked documents ahead of the last user message.

        Returns the call's state for the output stage (``call.shaping`` holds the system text and the
        documents for callables that take a string); raises `Blocked`. `send_documents` overrides the
        policy's ``documents.send`` (None: send only with ``always``); sent documents are scrubbed by the
        entries that scrub documents (PII), like tool messages. `state` becomes the call's
        `Context.state` and `call_id` its log id.
        """
        sent: Prompt = prompt if isinstance(prompt, str) else [dict(m) for m in prompt]
        try:
            check_shapes(sent)
        except Blocked:
            if enabled(logging.WARNING):
                logger.warning("blocked", policy=self.policy.name, stage="input", ids=["messages"], findings=1)
            raise
        given = as_documents(context)
        documents = [*given, *_tool_documents(sent)]
        self._check_call_size(sent, given)
        meta = dict(metadata or {})
        if self.policy.canary and not isinstance(meta.get("canary"), str):
            meta["canary"] = new_canary()
        ctx = Context("input", documents=tuple(documents), metadata=meta, state={} if state is None else state)
        call = CallState(sent, ctx, call_id or _new_call_id(), offload=self.offload)
        if enabled(logging.DEBUG):
            logger.debug(
                "call_started",
                policy=self.policy.name,
                call_id=call.call_id,
                prompt_chars=_chars(sent),
                prompt_sha=digest(_flat(sent)),
                documents=len(documents),
            )
        send = sends_documents(self.policy, integration=False) if send_documents is None else send_documents
        self._screen_prompt(call)
        screened = self._screen_documents(call, len(given) if send else 0)
        call.shaping = shape(self.policy, screened, canary=meta.get("canary"))
        if isinstance(call.prompt, list):
            call.prompt = call.shaping.apply(call.prompt)
        call.first = call.prompt
        ctx.stage, ctx.target, ctx.messages = "output", "answer", _conversation(call.prompt)
        return call

    def _check_call_size(self, sent: Prompt, given: list[Document]) -> None:
        """Block a call holding more texts or text than the policy screens in one call (`max_texts`,
        `max_call_chars`): each text is bounded alone, and 4 MiB of tiny messages cost a minute of checks
        (review r16a M7). Shadow mode decides nothing."""
        policy = self.policy
        texts = (1 if isinstance(sent, str) else len(sent)) + len(given)
        chars = _chars(sent) + sum(len(d.text) for d in given)
        # Windows exist to read long texts: with them only an explicit limit bounds the call's characters.
        limit = policy.max_call_chars or (4 * policy.max_input_chars if policy.oversize == "block" else chars)
        if (texts <= policy.max_texts and chars <= limit) or policy.mode == "shadow":
            return
        what = (
            f"{texts} texts (the policy allows {policy.max_texts})"
            if texts > policy.max_texts
            else (f"{chars} characters in all (the policy allows {limit})")
        )
        f = Finding(f"the call holds {what}", validator="policy", id="max_call_chars", kind="limit")
        if enabled(logging.WARNING):
            logger.warning("blocked", policy=policy.name, stage="input", ids=[f.id], findings=1)
        raise Blocked("input", (f,), f"blocked at input stage: the call holds {what}")

    def _screen_prompt(self, call: CallState) -> None:
        ctx = call.ctx
        sent = call.prompt
        if isinstance(sent, str):
            ctx.target = "prompt"
            r = self.pipeline.check("input", sent, ctx, call_id=call.call_id)
            call.record(r)
            call.prompt = r.text if r.text is not None else sent
            return
        ctx.messages = tuple(sent)
        for i, m in enumerate(sent):
            text = message_text(m)
            role = m.get("role")
            if role == "assistant":
                self._scrub_side(call, i)
            if role not in ("user", "assistant") or text is None:
                continue
            ctx.target = f"messages[{i}]"
            # Earlier assistant turns hold what the guard restored (PII) for the application, which
            # sends them back as history: the scrubbing entries run on them so the model never sees
            # the originals. With `history: trusted` they are the model's own words and nothing else
            # screens them; a client that sends the history can forge them (review r16a L10): `screened`.
            trusted = role == "assistant" and self.policy.history == "trusted"
            r = self.pipeline.check("input", text, ctx, call_id=call.call_id, scrub_only=trusted)
            call.record(r)
            if r.text is not None and r.text != text:
                sent[i] = with_text(sent[i], r.text)

    def _scrub_side(self, call: CallState, i: int) -> None:
        """Scrub the model's words outside an assistant turn's ``content`` (tool arguments, refusal): the guard
        restored originals there for the application, which sends the turn back (review r16a H1)."""
        sent = call.prompt
        assert isinstance(sent, list)
        changed: dict[tuple[str | int, ...], str] = {}
        for path, text in side_texts(sent[i]):
            call.ctx.target = f"messages[{i}]." + ".".join(str(p) for p in path)
            r = self.pipeline.check("input", text, call.ctx, call_id=call.call_id, scrub_only=True)
            call.record(r)
            if r.text is not None and r.text != text:
                changed[path] = r.text
        if changed:
            sent[i] = with_side_texts(sent[i], changed)

    def _screen_documents(self, call: CallState, sending: int) -> list[Document]:
        """Screen every document; return the first `sending` (those the guard sends) as screened."""
        sent = call.prompt
        out: list[Document] = []
        for i, doc in enumerate(call.documents):
            call.ctx.target = doc.target(i)
            # Tool messages travel inside `sent` and the first `sending` documents go out with the
            # prompt, so a scrubbing repair (PII) is applied to what the model sees.
            k = _tool_index(doc, sent)
            forwarded = k is not None or i < sending
            r = self.pipeline.check(
                "input", doc.text, call.ctx, call_id=call.call_id, document=True, forwarded=forwarded
            )
            call.record(r)
            text = doc.text if r.text is None else r.text
            if k is not None and isinstance(sent, list) and text != doc.text:
                sent[k] = with_text(sent[k], text)
            if i < sending:
                out.append(Document(text, doc.name))
        return out

    def output_flow(self, call: CallState) -> Flow:
        """The output stage of a screened call: yield each prompt, receive its answer, validate it,
        re-ask with feedback until one is accepted or the retries run out."""
        while True:
            call.attempts += 1
            answer = yield call.prompt
            if not isinstance(answer, str):
                raise TypeError(f"the guarded callable must return str, got {type(answer).__name__}")
            answer = well_formed(answer)  # checks, feedback and the reply see one valid text
            r = self.pipeline.check("output", answer, call.ctx, call_id=call.call_id)
            call.record(r)
            if r.action != "retry":
                return self._finish(call, r)
            ids = sorted(set(_deciders(r, "retry")))
            if call.attempts > self.policy.max_retries:
                by = call.retried_by()
                if enabled(logging.WARNING):
                    where = {"policy": self.policy.name, "call_id": call.call_id, "stage": "output"}
                    logger.warning("blocked", **where, ids=by, findings=len(r.findings))
                raise RetriesExhausted(call.findings, call.attempts, by=by)
            if enabled(logging.INFO):
                logger.info(
                    "retried", policy=self.policy.name, call_id=call.call_id, attempt=call.attempts + 1, ids=ids
                )
            call.reask(answer, feedback_message(r.findings, answer, r.shifted))

    def _finish(self, call: CallState, r: StageResult) -> GuardResult:
        assert r.text is not None
        findings = call.findings
        if enabled(logging.DEBUG):
            logger.debug(
                "call_finished",
                policy=self.policy.name,
                call_id=call.call_id,
                action=call.action,
                attempts=call.attempts,
                findings=len(findings),
                answer_chars=len(r.text),
                duration_ms=round((time.perf_counter() - call.started) * 1000, 3),
            )
        return GuardResult(r.text, call.action, call.attempts, findings, call.call_id, call.prompt, tuple(call.stages))

    # -- drivers ----------------------------------------------------------------------------
    def run(
        self,
        llm: Callable[[Any], str],
        prompt: Prompt,
        *,
        context: ContextArg = None,
        metadata: Metadata = None,
        send_documents: bool | None = None,
    ) -> GuardResult:
        """Guard one call of `llm` (a callable taking a prompt str or a messages list).

        Inside `llm`, `current_shaping()` returns the call's system text and marked documents.
        """
        call = self.screen_input(prompt, context=context, metadata=metadata, send_documents=send_documents)
        return self.drive(call, llm)

    def drive(self, call: CallState, llm: Callable[[Any], str]) -> GuardResult:
        """The output stage of a screened call (`screen_input`), sending each prompt to `llm`.

        `run` is this after `screen_input`; integrations that check more of the reply than its text
        (the OpenAI wrappers' tool arguments) call the two themselves to keep the call's state.
        """
        flow = self.output_flow(call)
        with _published(call):
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
        metadata: Metadata = None,
        send_documents: bool | None = None,
    ) -> GuardResult:
        """`run` for an async callable. Checks of long texts run in a worker thread (`_offload`)."""
        call = await run_checks(
            self.input_chars(prompt, context),
            self.screen_input,
            prompt,
            context=context,
            metadata=metadata,
            send_documents=send_documents,
        )
        return await self.adrive(call, llm)

    async def adrive(self, call: CallState, llm: Callable[[Any], Awaitable[str]]) -> GuardResult:
        """`drive` for an async callable; the output checks of a long answer run in a worker thread."""
        flow = self.output_flow(call)
        with _published(call):
            request = next(flow)
            while True:
                answer = await llm(request)
                chars = output_chars(call, len(answer) if isinstance(answer, str) else 0)
                done, step = await run_checks(chars, _send, flow, answer)
                if done:
                    return cast(GuardResult, step)
                request = step


def _send(flow: Flow, answer: Any) -> tuple[bool, Any]:
    """(False, the next prompt) or (True, the flow's result): StopIteration cannot cross a thread's future."""
    try:
        return False, flow.send(answer)
    except StopIteration as done:
        return True, done.value


@contextlib.contextmanager
def _published(call: CallState) -> Iterator[None]:
    """The call's shaping is what `current_shaping()` returns while its callable runs."""
    token = publish(call.shaping)
    try:
        yield
    finally:
        unpublish(token)


def _with_canary(pipeline: Pipeline) -> Pipeline:
    """`canary: true` checks answers for the call's token: first, before any repair could disguise a leak.

    The built steps are kept, and so is the ``on_result`` hook (metrics, evaluation).
    """
    p = pipeline.policy
    if not p.canary or any(isinstance(s, CanarySpec) for s in p.output):
        return pipeline
    spec = CanarySpec(id="canary")
    canaried = p.model_copy(update={"output": (spec, *p.output)})
    steps: dict[Stage, tuple[Step, ...]] = {
        "input": pipeline.steps["input"],
        "output": (Step(spec, "canary", canaried), *pipeline.steps["output"]),
    }
    return Pipeline(canaried, on_result=pipeline.on_result, steps=steps)


def _flat(p: Prompt) -> str:
    return p if isinstance(p, str) else "\n".join(message_text(m) or "" for m in p)


def _chars(p: Prompt) -> int:
    return len(_flat(p))


def output_chars(call: CallState, answer_chars: int) -> int:
    """How much text an output check of `answer_chars` characters may read: the answer and, as checks such
    as `grounding` read the call's documents too, the documents (0 when nothing is checked; at least
    `INLINE_CHARS` when the guard's checks call a model, `Guard.offload`)."""
    if not answer_chars:
        return 0
    chars = answer_chars + sum(len(d.text) for d in call.ctx.documents)
    return max(chars, INLINE_CHARS) if call.offload else chars


def input_chars(prompt: Prompt, context: ContextArg) -> int:
    """How much text the input stage of a call checks (its prompt and documents); 0 for shapes it refuses."""
    try:
        return _chars(prompt) + sum(len(d.text) for d in as_documents(context))
    except (AttributeError, TypeError, ValueError):  # screen_input names the problem
        return 0


def _named_params(sig: inspect.Signature) -> list[str]:
    """Parameters an argument can be bound to by name (methods work too: not self/cls)."""
    return [
        n
        for n, p in sig.parameters.items()
        if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD) and n not in ("self", "cls")
    ]


def _prompt_param(fn: Callable[..., Any], sig: inspect.Signature, prompt: str | None) -> str:
    """The parameter holding the prompt: named by `prompt`, else ``prompt``/``messages``, else the only one.

    Never a guess: screening the wrong argument lets the real question through unscreened and
    writes re-ask prompts into an unrelated argument, so anything else is refused when decorating.
    """
    named = _named_params(sig)
    where = f"@guarded on {getattr(fn, '__qualname__', fn)!r}"
    listed = ", ".join(named) or "(none)"
    if prompt is not None:
        if prompt not in named:
            raise TypeError(f"{where}: the function has no parameter {prompt!r}; its parameters: {listed}")
        return prompt
    conventional = [n for n in ("prompt", "messages") if n in named]
    if len(conventional) == 1:
        return conventional[0]
    if not conventional and len(named) == 1:
        return named[0]
    raise TypeError(
        f"{where}: cannot tell which parameter holds the prompt ({listed}); "
        "name it with @guarded(..., prompt='<parameter>')"
    )


def _check_context_param(fn: Callable[..., Any], sig: inspect.Signature, context: str, prompt: str) -> None:
    """A misspelt `context` would switch document screening off silently: refuse it when decorating."""
    named = _named_params(sig)
    where = f"@guarded(context={context!r}) on {getattr(fn, '__qualname__', fn)!r}"
    if context not in named:
        raise TypeError(
            f"{where}: the function has no parameter {context!r}; its parameters: {', '.join(named) or '(none)'}"
        )
    if context == prompt:
        raise TypeError(f"{where}: {context!r} is the prompt parameter; name the parameter holding the documents")


@overload
def guarded(
    policy: Policy | str | os.PathLike[str], *, prompt: str | None = None, context: str | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]: ...
@overload
def guarded(
    policy: Guard, *, prompt: str | None = None, context: str | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]: ...
def guarded(
    policy: Policy | Guard | str | os.PathLike[str], *, prompt: str | None = None, context: str | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a function that calls an LLM (sync or async).

    The parameter named by `prompt` (by default the one called ``prompt`` or ``messages``, or the
    function's only parameter; anything else is a `TypeError` when decorating) is screened on the
    input stage, the return value validated on the output stage, and on ``retry`` the function is
    called again with the re-ask prompt; other arguments pass through unchanged. `context` names a
    parameter holding untrusted documents. The signature is kept; blocked calls raise `Blocked`.
    """
    guard = policy if isinstance(policy, Guard) else Guard(policy)

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        sig = inspect.signature(fn)
        pname = _prompt_param(fn, sig, prompt)
        if context is not None:
            _check_context_param(fn, sig, context, pname)

        def bind(args: Any, kwargs: Any) -> tuple[inspect.BoundArguments, Any, Any]:
            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()  # a prompt parameter's default is screened like a given prompt (review r16a L3)
            docs = bound.arguments.get(context) if context else None
            return bound, bound.arguments[pname], docs

        if inspect.iscoroutinefunction(fn):

            @functools.wraps(fn)
            async def awrapper(*args: Any, **kwargs: Any) -> Any:
                bound, asked, docs = bind(args, kwargs)

                async def call(p: Prompt) -> str:
                    bound.arguments[pname] = p
                    return await fn(*bound.args, **bound.kwargs)  # type: ignore[no-any-return]

                return (await guard.arun(call, asked, context=docs)).text

            wrapper: Any = awrapper
        else:

            @functools.wraps(fn)
            def swrapper(*args: Any, **kwargs: Any) -> Any:
                bound, asked, docs = bind(args, kwargs)

                def call(p: Prompt) -> str:
                    bound.arguments[pname] = p
                    return fn(*bound.args, **bound.kwargs)  # type: ignore[return-value]

                return guard.run(call, asked, context=docs).text

            wrapper = swrapper
        wrapper.guard = guard
        return cast(Callable[P, R], wrapper)

    return decorate
