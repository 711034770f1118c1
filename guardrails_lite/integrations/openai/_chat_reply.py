"""What a guarded chat completion hands back: the validated answer, checked side text, nothing else.

`completion` builds the plain reply and `Chunks` the streamed one (the stream adapter of
`_stream_io`). Both keep the first choice only, with the validated content, the refusal and the
tool or function call arguments as `SideText` lets them out, and drop log probabilities,
annotations, audio and every undeclared field (see `_side`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from openai.types.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionMessage
from openai.types.chat.chat_completion import Choice
from openai.types.chat.chat_completion_chunk import Choice as ChunkChoice
from openai.types.chat.chat_completion_chunk import (
    ChoiceDelta,
    ChoiceDeltaFunctionCall,
    ChoiceDeltaToolCall,
    ChoiceDeltaToolCallFunction,
)
from pydantic import Field

from guardrails_lite.integrations.openai._core import GuardInfo
from guardrails_lite.integrations.openai._side import SideText, built, declared


class GuardedChatCompletion(ChatCompletion):
    """A `ChatCompletion` whose message content is the validated answer, plus ``.guard``.

    ``guard`` is excluded from ``model_dump``/``to_json``, which stay shaped like the API's.
    """

    guard: GuardInfo = Field(exclude=True)


def completion(
    reply: ChatCompletion, text: str, side: SideText, info: Callable[[], GuardInfo]
) -> GuardedChatCompletion:
    """`reply` with `text` as its answer, its side text checked and every other model text dropped.

    `info` is called after the side text is checked, so ``.guard`` holds what that check found."""
    first = reply.choices[0]
    got = first.message
    content = None if text == "" and got.content is None else text  # a pure tool call stays one
    message = built(
        ChatCompletionMessage,
        role="assistant",
        content=content,
        refusal=side(getattr(got, "refusal", None), "refusal"),
        tool_calls=_tool_calls(getattr(got, "tool_calls", None), side),
        function_call=_function_call(getattr(got, "function_call", None), side),
    )
    choice = built(Choice, index=0, finish_reason=first.finish_reason, logprobs=None, message=message)
    # `choices` is replaced below: rebuilding it from the reply (its declared fields) would be wasted work.
    fields: dict[str, Any] = {name: declared(getattr(reply, name, None)) for name in _REPLY_FIELDS}
    fields.update(choices=[choice], guard=info())
    return built(GuardedChatCompletion, **fields)


#: The reply's fields `completion` keeps as they are (declared parts only); `choices` is rebuilt.
# `model_fields` on the class: `__pydantic_fields__` only exists from pydantic 2.10 (the floor is 2.6).
_REPLY_FIELDS = tuple(name for name in ChatCompletion.model_fields if name != "choices")


def side_chars(reply: Any) -> int:
    """How many characters of model text outside the answer `completion` checks (`SideText`): the refusal
    and the tool and function call arguments of the first choice. The async client weighs them with the
    answer to decide whether the checks run off the event loop (`_offload`)."""
    choices = getattr(reply, "choices", None) or []
    got = getattr(choices[0], "message", None) if choices else None
    if got is None:
        return 0
    chars = _chars(getattr(got, "refusal", None))
    for call in getattr(got, "tool_calls", None) or []:
        chars += _chars(getattr(getattr(call, "function", None), "arguments", None))
        chars += _chars(getattr(getattr(call, "custom", None), "input", None))
    return chars + _chars(getattr(getattr(got, "function_call", None), "arguments", None))


def _chars(text: Any) -> int:
    return len(text) if isinstance(text, str) else 0


def _tool_calls(calls: Any, side: SideText) -> list[Any] | None:
    if not calls:
        return None
    out = []
    for i, call in enumerate(calls):
        call = declared(call)
        kind = getattr(call, "type", None)
        if kind == "function" and getattr(call, "function", None) is not None:
            args = side(call.function.arguments, f"tool_calls[{i}].arguments")
            out.append(call.model_copy(update={"function": call.function.model_copy(update={"arguments": args})}))
        elif kind == "custom" and getattr(call, "custom", None) is not None:
            given = side(call.custom.input, f"tool_calls[{i}].input")
            out.append(call.model_copy(update={"custom": call.custom.model_copy(update={"input": given})}))
    return out or None  # a kind the guard does not know is dropped


def _function_call(call: Any, side: SideText) -> Any:
    if call is None:
        return None
    call = declared(call)
    return call.model_copy(update={"arguments": side(call.arguments, "function_call.arguments")})


class Chunks:
    """One streamed attempt: text deltas go to the releaser; the rest is gathered for `tail`.

    Refusals and tool or function call arguments are gathered whole and sent, checked, once the
    answer is accepted; so is the finish reason. Other choices, log probabilities and undeclared
    fields never go out.
    """

    def __init__(self) -> None:
        self.template: ChatCompletionChunk | None = None
        self.usage: ChatCompletionChunk | None = None
        self.started = False
        self.refusal: list[str] = []
        self.tools: dict[int, dict[str, Any]] = {}
        self.function: dict[str, Any] | None = None
        self.finish: str | None = None

    @property
    def ended(self) -> bool:
        """The upstream said the answer is complete (a finish reason)."""
        return self.finish is not None

    def take(self, chunk: ChatCompletionChunk) -> str:
        """Remember what `chunk` carries besides text; return its text."""
        if not chunk.choices:
            if chunk.usage is not None:
                self.usage = chunk
            return ""
        choice = next((c for c in chunk.choices if c.index == 0), None)
        if choice is None:
            return ""  # a choice other than the first (n is 1): dropped
        self.template = chunk
        delta = choice.delta
        if delta.refusal:
            self.refusal.append(delta.refusal)
        for call in delta.tool_calls or []:
            _gather(self.tools.setdefault(call.index, {"args": []}), call.id, call.function)
        if delta.function_call is not None:
            self.function = self.function or {"args": []}
            _gather(self.function, None, delta.function_call)
        if choice.finish_reason is not None:
            self.finish = choice.finish_reason
        return delta.content or ""

    def text(self, out: str) -> list[ChatCompletionChunk]:
        return [self._chunk(ChoiceDelta(content=out))]

    def side_chars(self) -> int:
        """Characters of the gathered refusal and call arguments, which `tail` checks."""
        pieces = [*self.refusal, *(a for call in self.tools.values() for a in call["args"])]
        return sum(map(len, pieces)) + (sum(map(len, self.function["args"])) if self.function is not None else 0)

    def _chunk(self, delta: ChoiceDelta, finish: Any = None) -> ChatCompletionChunk:
        t = self.template
        assert t is not None
        delta.role = None if self.started else "assistant"
        self.started = True
        return ChatCompletionChunk(
            id=t.id,
            object="chat.completion.chunk",
            created=t.created,
            model=t.model,
            system_fingerprint=t.system_fingerprint,
            choices=[ChunkChoice.model_construct(index=0, delta=delta, finish_reason=finish, logprobs=None)],
        )

    def tail(self, rest: str, final: str, side: SideText) -> list[ChatCompletionChunk]:
        """The rest of the text, then the checked refusal and calls, the finish reason and usage."""
        if self.template is None:
            return [declared(self.usage)] if self.usage is not None else []
        out = [self._chunk(ChoiceDelta(content=rest))] if rest else []
        if self.refusal:
            out.append(self._chunk(ChoiceDelta(refusal=side("".join(self.refusal), "refusal"))))
        for i, call in sorted(self.tools.items()):
            args = side("".join(call["args"]), f"tool_calls[{i}].arguments")
            fn = ChoiceDeltaToolCallFunction(name=call.get("name"), arguments=args)
            tool = ChoiceDeltaToolCall(index=i, id=call.get("id"), type="function", function=fn)
            out.append(self._chunk(ChoiceDelta(tool_calls=[tool])))
        if self.function is not None:
            args = side("".join(self.function["args"]), "function_call.arguments")
            fc = ChoiceDeltaFunctionCall(name=self.function.get("name"), arguments=args)
            out.append(self._chunk(ChoiceDelta(function_call=fc)))
        if self.finish is not None:
            out.append(self._chunk(ChoiceDelta(), self.finish))
        if self.usage is not None:
            out.append(declared(self.usage))
        return out


def _gather(into: dict[str, Any], call_id: str | None, fn: Any) -> None:
    """Add one delta of a tool or function call: its id and name once, its arguments piece by piece."""
    if call_id:
        into.setdefault("id", call_id)
    if fn is None:
        return
    if fn.name:
        into.setdefault("name", fn.name)
    if fn.arguments:
        into["args"].append(fn.arguments)
