"""What the sync and async OpenAI wrappers share: the guard, prompt shaping and the call's result.

Nothing here does I/O, so the sync and async clients drive the same objects.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from guardrails_lite._offload import run_checks
from guardrails_lite.guard import CallState, Guard, GuardResult
from guardrails_lite.integrations.openai._release import StreamPlan, StreamSession
from guardrails_lite.integrations.openai._side import SideText
from guardrails_lite.integrations.shaping import sends_documents
from guardrails_lite.pipeline import Action, worst
from guardrails_lite.policy import Policy
from guardrails_lite.validators.json_schema import JsonSchemaSpec
from guardrails_lite.verdict import ContextArg, Finding

PolicyArg = Policy | Guard | str | os.PathLike[str]

#: Keyword arguments of ``create`` that belong to the guard and are never sent to the API.
GUARD_KWARGS = ("guard_context", "guard_metadata")

_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


@dataclass(frozen=True, slots=True)
class Usage:
    """Tokens over every attempt of one guarded call (validation re-asks included)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
            self.total_tokens + other.total_tokens,
        )

    @classmethod
    def of(cls, usage: Any) -> Usage:
        """From a Chat Completions or a Responses usage object (None, and a count that is not a number, count
        as zero: the SDK does not check a server's numbers, and a hostile one must not make the call raise)."""
        if usage is None:
            return cls()
        prompt = _count(getattr(usage, "prompt_tokens", None))
        if prompt is None:
            prompt = _count(getattr(usage, "input_tokens", 0))
        completion = _count(getattr(usage, "completion_tokens", None))
        if completion is None:
            completion = _count(getattr(usage, "output_tokens", 0))
        p, c = prompt or 0, completion or 0
        total = _count(getattr(usage, "total_tokens", None))
        return cls(p, c, total if total is not None else p + c)


def _count(value: Any) -> int | None:
    """A token count as an int; None when absent; 0 when not a finite number."""
    if value is None:
        return None
    if type(value) not in (int, float) or value != value or value in (float("inf"), float("-inf")):
        return 0
    return int(value)


@dataclass(frozen=True, slots=True)
class GuardInfo:
    """The guard's side of a call: reachable as ``completion.guard`` / ``response.guard`` / ``stream.guard``.

    `attempts` counts validation attempts (1 + re-asks); `transport_retries` counts the SDK's own
    retries of failed HTTP requests (its ``max_retries``), kept apart.
    """

    action: Action
    attempts: int
    findings: tuple[Finding, ...]
    usage: Usage
    call_id: str
    transport_retries: int = 0

    @classmethod
    def of(cls, result: GuardResult, tally: Tally, side: SideText) -> GuardInfo:
        """The call's result, with what checking its tool arguments and refusal found (`SideText`)."""
        action = worst(result.action, side.action)
        findings = (*result.findings, *side.findings)
        return cls(action, result.attempts, findings, tally.usage, result.call_id, tally.retries)

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "attempts": self.attempts,
            "transport_retries": self.transport_retries,
            "findings": [f.to_dict() for f in self.findings],
            "usage": {
                "prompt_tokens": self.usage.prompt_tokens,
                "completion_tokens": self.usage.completion_tokens,
                "total_tokens": self.usage.total_tokens,
            },
            "call_id": self.call_id,
        }


class Tally:
    """Usage and transport retries summed over the attempts of one call; the last raw reply."""

    __slots__ = ("last", "retries", "usage")

    def __init__(self) -> None:
        self.usage = Usage()
        self.retries = 0
        self.last: Any = None

    def add(self, reply: Any, retries: int) -> None:
        self.last = reply
        self.retries += retries
        self.usage = self.usage + Usage.of(getattr(reply, "usage", None))


@dataclass(frozen=True, slots=True)
class Request:
    """One guarded call, prepared: the messages for the flow and what else goes to the API.

    The guard shapes the messages itself (system text first, marked documents ahead of the last
    user message) when it screens them, so what is sent carries the screened documents.
    """

    messages: list[dict[str, Any]]
    kwargs: dict[str, Any]
    context: ContextArg
    metadata: dict[str, Any]
    send_documents: bool


class Core:
    """The guard plus everything derived once from its policy."""

    def __init__(self, policy: PolicyArg, holdback: int) -> None:
        self.guard = policy if isinstance(policy, Guard) else Guard(policy)
        self.policy = self.guard.policy
        if holdback < 0:
            raise ValueError("holdback must be >= 0")
        self.holdback = holdback
        self.schema = _structured_schema(self.policy)
        self.send_documents = sends_documents(self.policy, integration=True)
        self._plan: StreamPlan | None = None

    @property
    def plan(self) -> StreamPlan:
        if self._plan is None:
            self._plan = StreamPlan(self.guard, self.holdback)
        return self._plan

    def screen(self, request: Request) -> CallState:
        """The input stage of a plain call (raising `Blocked`), documents sent as the policy says for
        integrations; `Guard.drive` runs the rest."""
        return self.guard.screen_input(
            request.messages,
            context=request.context,
            metadata=request.metadata,
            send_documents=request.send_documents,
        )

    async def ascreen(self, request: Request) -> CallState:
        """`screen` from async code: a long input is screened in a worker thread (`_offload`)."""
        return await run_checks(self.guard.input_chars(request.messages, request.context), self.screen, request)

    async def astream(self, request: Request) -> StreamSession:
        """`stream` from async code: a long input is screened in a worker thread (`_offload`)."""
        return await run_checks(self.guard.input_chars(request.messages, request.context), self.stream, request)

    def side(self, call: CallState) -> SideText:
        """The checker of the call's model text outside its answer (tool arguments, refusals)."""
        return SideText(self.plan, call)

    def stream(self, request: Request) -> StreamSession:
        """Start a streamed call: runs the input stage (raising `Blocked`)."""
        return StreamSession(self.guard, self.plan, request)

    def prepare(self, kwargs: Mapping[str, Any], messages_key: str | None) -> Request:
        """Split `kwargs` of a ``create`` call; `messages_key` None means the caller converts input."""
        rest = dict(kwargs)
        context = rest.pop("guard_context", None)
        metadata = dict(rest.pop("guard_metadata", None) or {})
        if rest.get("n") not in (None, 1):
            raise ValueError("a guarded call validates one answer: n must be 1")
        _no_typed_format(rest)
        messages: list[dict[str, Any]] = []
        if messages_key is not None:
            if messages_key not in rest:
                raise TypeError(f"create() needs {messages_key}=")
            raw = rest.pop(messages_key)
            if isinstance(raw, (str, bytes)) or not isinstance(raw, Sequence):
                raise TypeError(f"{messages_key} must be a list of messages")
            messages = [as_dict(m) for m in raw]
        return Request(messages, rest, context, metadata, self.send_documents)


def _no_typed_format(kwargs: Mapping[str, Any]) -> None:
    """A pydantic class as ``response_format`` (chat) or ``text_format`` (responses) is the SDK's ``parse`` route,
    which a guarded client does not forward (review 13b M3): say which form ``create`` takes instead."""
    typed = kwargs.get("response_format")
    if isinstance(typed, type) or "text_format" in kwargs:
        raise TypeError(
            "a guarded create() takes the JSON schema form of a structured output, not a pydantic class: "
            'response_format={"type": "json_schema", "json_schema": {"name": ..., '
            '"schema": Model.model_json_schema()}} (responses: text={"format": {"type": "json_schema", "name": ..., '
            '"schema": ...}}), or a json_schema entry in the policy with structured_output: true; then '
            "Model.model_validate_json(<the validated answer>)"
        )


def not_forwarded(where: str, name: str) -> AttributeError:
    """The error for an attribute a guarded client or namespace does not forward to the SDK (review 13a H3): the
    SDK's own ``parse``, ``stream``, ``with_raw_response``, ``retrieve``, ``embeddings``... would send a prompt the
    guard never screened, or hand back text it never checked. An allow-list: what a later SDK adds is refused too."""
    return AttributeError(
        f"{where}.{name} is not guarded, so a guarded client does not forward it (it would send or return text the "
        "policy never checks): use chat.completions.create / responses.create (stream=True, tools= and a JSON schema "
        "response_format dict work through them), the raw SDK client as .client, or GuardedOpenAI(..., "
        "passthrough={...}) to forward a top-level resource unguarded on purpose"
    )


def as_dict(item: Any) -> dict[str, Any]:
    """A message or input item as a plain dict (SDK models from earlier replies are accepted)."""
    if isinstance(item, Mapping):
        return dict(item)
    dump = getattr(item, "model_dump", None)
    if callable(dump):
        return dict(dump(exclude_none=True))
    raise TypeError(f"messages must be mappings or SDK models, got {type(item).__name__}")


def _structured_schema(policy: Policy) -> tuple[str, dict[str, Any]] | None:
    if not policy.structured_output:
        return None
    for spec in policy.output:
        if isinstance(spec, JsonSchemaSpec) and not spec.fields:
            name = _NAME_UNSAFE.sub("_", spec.id or "answer")[:64]
            return name, spec.json_schema_dict()
    return None


def chat_response_format(core: Core) -> dict[str, Any] | None:
    if core.schema is None:
        return None
    name, schema = core.schema
    return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": False}}


def responses_text_format(core: Core) -> dict[str, Any] | None:
    if core.schema is None:
        return None
    name, schema = core.schema
    return {"format": {"type": "json_schema", "name": name, "schema": schema, "strict": False}}
