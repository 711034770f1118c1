"""What a guarded chat completion hands back: the validated answer, checked side text, nothing else.

`completion` builds the plain reply and `Chunks` the streamed one (the stream adapter of
`_stream_io`). Both keep the first choice only, with the validated content, the refusal and the
tool or function call arguments as `SideText` lets them out; every other field and object of the
reply is kept only as `_fields.kept` keeps it (log probabilities, annotations, audio, undeclared
fields and every string that is not an enum or a checked identifier are dropped).
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
from guardrails_lite.integrations.openai._fields import kept, kept_fields
from guardrails_lite.integrations.openai._side import SideText, built


class GuardedChatCompletion(ChatCompletion):
    """A `ChatCompletion` whose message content is the validated answer, plus ``.guard``.

    ``guard`` is excluded from ``model_dump``/``to_json``, which stay shaped like the API's.
    """

    guard: GuardInfo = Field(exclude=True)


def completion(
    reply: ChatCompletion, text: str, side: SideText, info: Callable[[], GuardInfo]
) -> GuardedChatCompletion:
    """`reply` with `text` as its answer, its side text checked and every other model text dropped (`kept`).

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
    choice = built(Choice, **_kept(first, side, "choices[0]", _CHOICE_BUILT), index=0, message=message)
    # `choices` is rebuilt above: walking the reply's own would be wasted work.
    return built(GuardedChatCompletion, **_kept(reply, side, "", _REPLY_BUILT), choices=[choice], guard=info())


_CHOICE_BUILT = frozenset({"index", "message"})
_REPLY_BUILT = frozenset({"choices"})


def _kept(value: Any, side: SideText, where: str, skip: frozenset[str]) -> dict[str, Any]:
    """`value`'s fields as `kept_fields` keeps them, but `skip` (the reply's own classes: always kept)."""
    return kept_fields(value, side, where, skip) or {}


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
        part, field = _CALL_TEXT.get(getattr(call, "type", None) or "", ("", ""))
        inner = getattr(call, part, None) if part else None
        base = kept(call, side, f"tool_calls[{i}]") if inner is not None else None
        if base is None or getattr(base, part, None) is None:
            continue  # a kind the guard does not know is dropped
        given = side(getattr(inner, field, None), f"tool_calls[{i}].{field}")
        out.append(base.model_copy(update={part: getattr(base, part).model_copy(update={field: given})}))
    return out or None


#: Tool call kinds kept: the part holding the call and its field of model text, checked like the answer.
_CALL_TEXT = {"function": ("function", "arguments"), "custom": ("custom", "input")}


def _function_call(call: Any, side: SideText) -> Any:
    base = None if call is None else kept(call, side, "function_call")
    if base is None:
        return None
    return base.model_copy(update={"arguments": side(call.arguments, "function_call.arguments")})


class Chunks:
    """One streamed attempt: text deltas go to the releaser; the rest is gathered for `tail`.

    Refusals and tool or function call arguments are gathered whole and sent, checked, once the
    answer is accepted; so is the finish reason. The chunks' own fields (id, model, ...) are those of
    the first chunk of the answer as `kept` keeps them (checked once). Other choices, log probabilities
    and every field or object `kept` drops never go out.
    """

    def __init__(self, side: SideText) -> None:
        self.side = side
        self.template: dict[str, Any] | None = None  # the kept fields of the answer's first chunk
        self.usage: ChatCompletionChunk | None = None
        self.started = False
        self.refusal: list[str] = []
        self.tools: dict[int, dict[str, Any]] = {}
        self.function: dict[str, Any] | None = None
        self.finish: Any = None  # the choice that carried the finish reason

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
        if self.template is None:
            self.template = _kept(chunk, self.side, "", _CHUNK_BUILT)
        delta = choice.delta
        if delta.refusal:
            self.refusal.append(delta.refusal)
        for call in delta.tool_calls or []:
            _gather(self.tools.setdefault(call.index, {"args": []}), call.id, call.function)
        if delta.function_call is not None:
            self.function = self.function or {"args": []}
            _gather(self.function, None, delta.function_call)
        if choice.finish_reason is not None:
            self.finish = choice
        return delta.content or ""

    def text(self, out: str) -> list[ChatCompletionChunk]:
        return [self._chunk(ChoiceDelta(content=out))]

    def side_chars(self) -> int:
        """Characters of the gathered refusal and call arguments, which `tail` checks."""
        pieces = [*self.refusal, *(a for call in self.tools.values() for a in call["args"])]
        return sum(map(len, pieces)) + (sum(map(len, self.function["args"])) if self.function is not None else 0)

    def _chunk(self, delta: ChoiceDelta, finish: Any = None) -> ChatCompletionChunk:
        assert self.template is not None
        delta.role = None if self.started else "assistant"
        self.started = True
        choice = built(ChunkChoice, index=0, delta=delta, finish_reason=finish, logprobs=None)
        return built(ChatCompletionChunk, **self.template, choices=[choice], usage=None)

    def tail(self, rest: str, final: str, side: SideText) -> list[ChatCompletionChunk]:
        """The rest of the text, then the checked refusal and calls, the finish reason and usage."""
        usage = [] if self.usage is None else [kept(self.usage, side)]
        if self.template is None:
            return [u for u in usage if u is not None]
        out = [self._chunk(ChoiceDelta(content=rest))] if rest else []
        if self.refusal:
            out.append(self._chunk(ChoiceDelta(refusal=side("".join(self.refusal), "refusal"))))
        for i, call in sorted(self.tools.items()):
            fn = built(ChoiceDeltaToolCallFunction, name=call.get("name"))
            tool = kept(
                built(ChoiceDeltaToolCall, index=i, id=call.get("id"), type="function", function=fn),
                side,
                f"tool_calls[{i}]",
            )
            assert tool is not None and tool.function is not None
            args = side("".join(call["args"]), f"tool_calls[{i}].arguments")
            tool = tool.model_copy(update={"function": tool.function.model_copy(update={"arguments": args})})
            out.append(self._chunk(ChoiceDelta(tool_calls=[tool])))
        if self.function is not None:
            fc = kept(built(ChoiceDeltaFunctionCall, name=self.function.get("name")), side, "function_call")
            assert fc is not None
            args = side("".join(self.function["args"]), "function_call.arguments")
            out.append(self._chunk(ChoiceDelta(function_call=fc.model_copy(update={"arguments": args}))))
        if self.finish is not None:
            finish = _kept(self.finish, side, "choices[0]", _FINISH_BUILT).get("finish_reason")
            out.append(self._chunk(ChoiceDelta(), finish))
        return out + [u for u in usage if u is not None]


#: Fields the chunk builders set themselves, never taken from the upstream's chunks.
_CHUNK_BUILT = frozenset({"choices", "usage"})
_FINISH_BUILT = frozenset({"delta", "index"})


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
