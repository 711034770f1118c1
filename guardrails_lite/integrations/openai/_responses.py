"""Guarded ``responses.create``: Responses input items mapped onto the flow's messages and back.

User messages are screened on the input stage and ``function_call_output`` items are untrusted
context (like ``role: "tool"`` messages). The flow's first message stands for ``instructions``
(a system message, empty if the caller gave none): the guard puts the policy's system text there,
as it does for chat, and it goes back out as ``instructions``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, Literal, overload

from openai.types.responses import ResponseStreamEvent

from guardrails_lite._offload import run_checks
from guardrails_lite.guard import output_chars
from guardrails_lite.integrations.openai._chat import parse
from guardrails_lite.integrations.openai._core import (
    Core,
    GuardInfo,
    Request,
    Tally,
    as_dict,
    not_forwarded,
    responses_text_format,
)
from guardrails_lite.integrations.openai._responses_reply import Events, GuardedResponse, response, side_chars
from guardrails_lite.integrations.openai._stream_io import AsyncGuardedStream, GuardedStream
from guardrails_lite.messages import unscreenable

_TEXT_PARTS = ("input_text", "output_text", "text")
#: What the guard reads of a message item and of a text part: any other key could carry text a lenient server hands
#: the model unscreened, so it is refused (review r16a M1, H2). Annotations and logprobs pass only when empty.
_ITEM_KEYS = frozenset({"type", "role", "content", "id", "status"})
_EMPTY_KEYS = ("annotations", "logprobs")
_PART_KEYS = frozenset({"type", "text", *_EMPTY_KEYS})
#: Input items carrying a tool's output: untrusted documents, like ``role: "tool"`` messages.
_TOOL_OUTPUTS = ("function_call_output", "custom_tool_call_output")
#: Input items with no text from outside the model: its earlier calls and reasoning, references.
_OWN_ITEMS = ("function_call", "custom_tool_call", "reasoning", "item_reference")


def to_messages(items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One flow message per input item, at the same index.

    Tool outputs become tool messages (untrusted documents); items that carry no text from
    outside (the model's own earlier calls and reasoning, references) stand as empty assistant
    turns; an item type the guard does not know is refused (`unscreenable`), never sent unscreened.
    """
    out: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        kind = item.get("type")
        if kind in _TOOL_OUTPUTS:
            output = item.get("output")
            text = output if isinstance(output, str) else _parts_text(output)
            if text is None:
                raise unscreenable(f"input[{i}]", "a tool output part")
            out.append({"role": "tool", "content": text})
        elif "role" in item and kind in (None, "message"):
            if not set(item) <= _ITEM_KEYS:
                raise unscreenable(f"input[{i}]", "an input item key")
            content = item.get("content")
            if isinstance(content, list):  # a part the guard cannot read stays as it is: the shape check refuses it
                content = [{"type": "text", "text": t} if (t := _text_part(p)) is not None else p for p in content]
            out.append({"role": item["role"], "content": content})
        elif kind in _OWN_ITEMS:
            out.append({"role": "assistant", "content": None, "item": kind, **_own_text(item)})
        else:
            raise unscreenable(f"input[{i}]", "an input item type")
    return out


#: Where the model's own earlier items hold its words, as the assistant-turn key the guard scrubs (`side_texts`):
#: the guard restored originals into call arguments for the application, which sends them back (review r16a H1).
_OWN_TEXT = {"function_call": "arguments", "custom_tool_call": "input", "reasoning": "summary"}


def _own_text(item: dict[str, Any]) -> dict[str, Any]:
    key = _OWN_TEXT.get(item.get("type", ""))
    return {"item_text": item[key]} if key is not None and key in item else {}


def _text_part(part: Any) -> str | None:
    """The text of a text part with no other content (empty annotations and logprobs only), else None."""
    if not isinstance(part, dict) or part.get("type") not in _TEXT_PARTS or not set(part) <= _PART_KEYS:
        return None
    if any(part.get(k) for k in _EMPTY_KEYS):
        return None
    text = part.get("text")
    return text if isinstance(text, str) else None


def _parts_text(parts: Any) -> str | None:
    """A tool output's text parts joined; None when any part is something else (a file, an image, extra keys)."""
    if not isinstance(parts, list):
        return None
    texts = [_text_part(p) for p in parts]
    return None if any(t is None for t in texts) else "\n".join(t for t in texts if t is not None)


def to_items(prompt: Any, items: Sequence[dict[str, Any]], screened: list[dict[str, Any]]) -> Any:
    """The flow's prompt (after the instructions slot) as Responses input: the original items unless
    the guard changed their text (screening, documents), then the re-asks."""
    out: list[Any] = []
    for i, msg in enumerate(prompt):
        if i < len(items):
            item = items[i]
            if msg.get("content") != screened[i].get("content"):
                if item.get("type") in _TOOL_OUTPUTS:  # scrubbed (PII) like a tool message
                    item = {**item, "output": msg["content"]}
                elif "role" in item:
                    item = {**item, "content": _api_content(item["role"], msg["content"])}
            elif msg.get("item_text") != screened[i].get("item_text"):  # the model's own words, scrubbed
                item = {**item, _OWN_TEXT[item["type"]]: msg["item_text"]}
            out.append(item)
        else:
            out.append({"role": msg["role"], "content": _api_content(msg["role"], msg["content"])})
    return out


def _api_content(role: str, content: Any) -> Any:
    """Flow content parts back to the Responses API's types (``input_text``, ``output_text``)."""
    if not isinstance(content, list):
        return content
    kind = "output_text" if role == "assistant" else "input_text"
    return [{**p, "type": kind} if isinstance(p, dict) and p.get("type") == "text" else p for p in content]


def request_input(prompt: Any, items: Sequence[dict[str, Any]], screened: list[dict[str, Any]]) -> dict[str, Any]:
    """``input=`` and ``instructions=`` of one attempt: the flow's first message is the instructions slot."""
    out: dict[str, Any] = {"input": to_items(prompt[1:], items, screened[1:])}
    instructions = prompt[0].get("content")
    if isinstance(instructions, str) and instructions:
        out["instructions"] = instructions
    return out


def prepare(core: Core, kwargs: dict[str, Any]) -> tuple[Request, list[dict[str, Any]]]:
    request = core.prepare(kwargs, None)
    raw = request.kwargs.pop("input", None)
    if raw is None:
        raise TypeError("create() needs input=")
    items = [{"role": "user", "content": raw}] if isinstance(raw, str) else [as_dict(i) for i in raw]
    theirs = request.kwargs.pop("instructions", None)
    slot = {"role": "system", "content": theirs if isinstance(theirs, str) else ""}
    fmt = responses_text_format(core)
    if fmt is not None and "text" not in request.kwargs:
        request.kwargs["text"] = fmt
    messages = [slot, *to_messages(items)]
    return Request(messages, request.kwargs, request.context, request.metadata, request.send_documents), items


class Responses:
    """``responses`` of a `GuardedOpenAI`; other methods are the wrapped client's."""

    def __init__(self, client: Any, core: Core) -> None:
        self._client = client
        self._core = core

    @overload
    def create(self, *, stream: Literal[True], **kwargs: Any) -> GuardedStream[ResponseStreamEvent]: ...
    @overload
    def create(self, *, stream: Literal[False] | None = None, **kwargs: Any) -> GuardedResponse: ...
    def create(
        self, *, stream: bool | None = None, **kwargs: Any
    ) -> GuardedResponse | GuardedStream[ResponseStreamEvent]:
        """``responses.create`` under the policy; ``guard_context=`` adds untrusted documents."""
        if stream is not None:
            kwargs["stream"] = stream
        request, items = prepare(self._core, kwargs)
        create = self._client.responses.with_raw_response.create
        if stream:
            session = self._core.stream(request)  # the input stage runs here
            return GuardedStream(
                session, lambda p: create(**request_input(p, items, request.messages), **request.kwargs), Events
            )
        tally = Tally()

        def call(prompt: Any) -> str:
            raw = create(**request_input(prompt, items, request.messages), **request.kwargs)
            reply = parse(raw)
            tally.add(reply, raw.retries_taken)
            return str(reply.output_text)

        state = self._core.screen(request)
        result = self._core.guard.drive(state, call)
        side = self._core.side(state)
        return response(tally.last, result.text, side, lambda: GuardInfo.of(result, tally, side))

    def __getattr__(self, name: str) -> Any:
        raise not_forwarded("responses", name)


class AsyncResponses:
    """``responses`` of a `GuardedAsyncOpenAI`."""

    def __init__(self, client: Any, core: Core) -> None:
        self._client = client
        self._core = core

    @overload
    async def create(self, *, stream: Literal[True], **kwargs: Any) -> AsyncGuardedStream[ResponseStreamEvent]: ...
    @overload
    async def create(self, *, stream: Literal[False] | None = None, **kwargs: Any) -> GuardedResponse: ...
    async def create(
        self, *, stream: bool | None = None, **kwargs: Any
    ) -> GuardedResponse | AsyncGuardedStream[ResponseStreamEvent]:
        """``responses.create`` under the policy; ``guard_context=`` adds untrusted documents."""
        if stream is not None:
            kwargs["stream"] = stream
        request, items = prepare(self._core, kwargs)
        create = self._client.responses.with_raw_response.create
        if stream:
            session = await self._core.astream(request)
            send = lambda p: create(**request_input(p, items, request.messages), **request.kwargs)  # noqa: E731
            return await AsyncGuardedStream(session, send, Events).start()
        tally = Tally()

        async def call(prompt: Any) -> str:
            raw = await create(**request_input(prompt, items, request.messages), **request.kwargs)
            reply = parse(raw)
            tally.add(reply, raw.retries_taken)
            return str(reply.output_text)

        state = await self._core.ascreen(request)
        result = await self._core.guard.adrive(state, call)
        side = self._core.side(state)
        info = functools.partial(GuardInfo.of, result, tally, side)
        # Tool arguments and refusals are checked while the reply is built: off the loop when long.
        chars = output_chars(state, side_chars(tally.last))
        return await run_checks(chars, response, tally.last, result.text, side, info)

    def __getattr__(self, name: str) -> Any:
        raise not_forwarded("responses", name)
