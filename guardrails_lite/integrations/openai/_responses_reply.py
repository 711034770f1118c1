"""What a guarded Responses call hands back: the validated answer, checked side text, nothing else.

`response` builds the plain reply and `Events` the streamed one (the stream adapter of
`_stream_io`). Output items: the first message carries the validated text (plus its refusal parts,
checked); function and custom tool calls keep their arguments or input as `SideText` lets them
out; reasoning items keep their id and provider-encrypted content but no text; every other item
type, later messages, annotations, log probabilities and undeclared fields are dropped, and the
rest of the reply (its echo of the request: instructions, metadata, tools; error messages) is kept
only as `_fields.kept` keeps it. A stream passes only the events of those items, rebuilt the same
way, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from openai.types.responses import Response, ResponseOutputMessage, ResponseOutputRefusal, ResponseOutputText
from pydantic import BaseModel, Field

from guardrails_lite.integrations.openai._core import GuardInfo
from guardrails_lite.integrations.openai._fields import Check, kept, kept_fields
from guardrails_lite.integrations.openai._side import SideText, built

#: Output item types whose text a caller acts on, and the field holding it.
_TOOL_TEXT = {"function_call": "arguments", "custom_tool_call": "input"}
#: Stream events carrying that text (``<prefix>.delta`` / ``<prefix>.done``), and the field of ``.done``.
_TOOL_EVENTS = {"response.function_call_arguments": "arguments", "response.custom_tool_call_input": "input"}
_RESPONSE_EVENTS = ("response.created", "response.in_progress", "response.queued")
_FINAL_EVENTS = ("response.completed", "response.incomplete")


class GuardedResponse(Response):
    """A `Response` whose output text is the validated answer, plus ``.guard`` (not dumped)."""

    guard: GuardInfo = Field(exclude=True)


def response(reply: Response, text: str, side: SideText, info: Callable[[], GuardInfo]) -> GuardedResponse:
    """`reply` with `text` as its answer, its side text checked and every other model text dropped (`kept`).

    `info` is called after the side text is checked, so ``.guard`` holds what that check found."""
    fields = kept_fields(reply, side, "", _OUTPUT) or {}
    fields.update(output=output(reply.output or [], text, side), guard=info())
    return built(GuardedResponse, **fields)


#: The field the builders make themselves (the answer's message, the checked items).
_OUTPUT = frozenset({"output"})


def side_chars(reply: Any) -> int:
    """How many characters of model text outside the answer `response` checks (`SideText`): refusal parts
    of messages, function call arguments and custom tool call input. The async client weighs them with
    the answer to decide whether the checks run off the event loop (`_offload`)."""
    return _items_chars(getattr(reply, "output", None) or [])


def _items_chars(items: list[Any]) -> int:
    chars = 0
    for item in items:
        kind = getattr(item, "type", None)
        if kind == "message":
            parts = getattr(item, "content", None) or []
            chars += sum(_chars(getattr(p, "refusal", None)) for p in parts if getattr(p, "type", None) == "refusal")
        elif kind in _TOOL_TEXT:
            chars += _chars(getattr(item, _TOOL_TEXT[kind], None))
    return chars


def _chars(text: Any) -> int:
    return len(text) if isinstance(text, str) else 0


def output(items: list[Any], text: str, check: Check) -> list[Any]:
    """The output items a caller gets: the first message carries `text` (a new one if none did)."""
    out: list[Any] = []
    placed = False
    for i, item in enumerate(items):
        if getattr(item, "type", None) == "message":
            if not placed:
                out.append(message(item, text, check, i))
                placed = True
            continue
        kept = other_item(item, check, i)
        if kept is not None:
            out.append(kept)
    if not placed and text:
        out.append(message(None, text, check, len(items)))
    return out


def message(item: Any, text: str | None, check: Check, index: int) -> ResponseOutputMessage:
    """The answer's message item; `text` None for an item still empty (``output_item.added``)."""
    parts: list[Any] = []
    got = getattr(item, "content", None) or []
    if text is not None and (text or not got):
        parts.append(built(ResponseOutputText, type="output_text", text=text, annotations=[]))
    if text is not None:
        for j, part in enumerate(got):
            if getattr(part, "type", None) == "refusal":
                refusal = check(part.refusal, f"output[{index}].content[{j}].refusal") or ""
                parts.append(built(ResponseOutputRefusal, type="refusal", refusal=refusal))
    fields = (kept_fields(item, check, f"output[{index}]", _CONTENT) if isinstance(item, BaseModel) else None) or {}
    fields.update(type="message", role="assistant", content=parts)
    fields["id"] = fields.get("id") or "msg_guarded"
    fields["status"] = fields.get("status") or "completed"
    return built(ResponseOutputMessage, **fields)


_CONTENT = frozenset({"content"})


def other_item(item: Any, check: Check, index: int) -> Any:
    """A non-message output item as the caller gets it, or None when it is dropped."""
    kind = getattr(item, "type", None)
    if kind == "reasoning":
        return kept(item, check, f"output[{index}]")  # its id and encrypted content: no summary, no text
    field = _TOOL_TEXT.get(kind or "")
    base = None if field is None else kept(item, check, f"output[{index}]")
    if field is None or base is None:
        return None  # built-in tools, future item types: text the guard cannot judge
    return base.model_copy(update={field: check(getattr(item, field, None), f"output[{index}].{field}")})


def patched_response(reply: Any, text: str | None, check: Check) -> Any:
    """The ``response`` of a stream event, its output rebuilt (`text` None: no answer yet)."""
    fields = (kept_fields(reply, check, "response", _OUTPUT) if isinstance(reply, BaseModel) else None) or {}
    fields["output"] = [] if text is None else output(reply.output or [], text, check)
    return built(Response, **fields)


def _copy(event: Any, check: Check, **update: Any) -> Any:
    """`event` as `kept` keeps it, with `update`'s fields (not walked: the builders made them); None to drop it."""
    fields = kept_fields(event, check, "", frozenset(update)) if isinstance(event, BaseModel) else None
    return None if fields is None else built(type(event), **fields, **update)


class Events:
    """One streamed attempt of a Responses call: text deltas go to the releaser, the rest is held.

    Events announcing the answer (``response.created``, the message's ``output_item.added`` and
    ``content_part.added``) go out with the first text; every other event waits for the answer
    to be accepted and is then rebuilt by `_patched` (dropped if it carries text the guard does
    not let out). Released events are numbered anew, in the order they go out.
    """

    def __init__(self, side: SideText) -> None:
        self.side = side
        self.usage: Any = None
        self.preamble: list[Any] = []
        self.after: list[Any] = []
        self.delta: Any = None  # the first text delta (as `kept` keeps it): the template of released ones
        self.answer_id: str | None = None  # the message item carrying the answer
        self.finished = False
        self.started = False
        self.sent = 0
        self.pieces: dict[tuple[Any, ...], list[str]] = {}  # side text deltas per item (and part)
        self.whole: dict[tuple[Any, ...], str] = {}  # side text of ``.done`` events
        self.emitted: set[tuple[Any, ...]] = set()

    @property
    def ended(self) -> bool:
        """The upstream said the answer is complete (``response.completed`` or ``.incomplete``)."""
        return self.finished

    def take(self, event: Any) -> str:
        kind = getattr(event, "type", "")
        if kind == "response.output_text.delta":
            if self.delta is None:
                self.delta = _copy(event, self.side, delta="", logprobs=[])
                self.answer_id = getattr(event, "item_id", None)
            return str(getattr(event, "delta", "") or "")
        if kind in _FINAL_EVENTS:
            self.finished = True
            self.usage = getattr(event, "response", None)
        if kind == "response.output_item.added" and getattr(event.item, "type", None) == "message":
            self.answer_id = self.answer_id or getattr(event.item, "id", None)
        self._gather(kind, event)
        opening = _opening(event, self.side) if self.delta is None else None
        if opening is not None:
            self.preamble.append(opening)
        else:
            self.after.append(event)
        return ""

    def _gather(self, kind: str, event: Any) -> None:
        """Side text pieces (refusals, tool arguments) and the whole text of their ``.done`` events."""
        key = _side_key(kind, event)
        if key is None:
            return
        if kind.endswith(".delta"):
            self.pieces.setdefault(key, []).append(str(getattr(event, "delta", "") or ""))
        elif kind == "response.refusal.done":
            self.whole[key] = str(getattr(event, "refusal", "") or "")
        else:
            self.whole[key] = str(getattr(event, _TOOL_EVENTS[kind.rsplit(".", 1)[0]], "") or "")

    def _numbered(self, events: list[Any]) -> list[Any]:
        out = []
        for e in events:
            out.append(e.model_copy(update={"sequence_number": self.sent}))
            self.sent += 1
        return out

    def text(self, out: str) -> list[Any]:
        events = [] if self.started else self.preamble
        self.started = True
        return self._numbered([*events, self.delta.model_copy(update={"delta": out})])

    def side_chars(self) -> int:
        """Characters of the held side text (refusals, call arguments) and of the held items and responses
        that carry more of it, which `tail` checks (an upper bound: a text seen twice is checked once)."""
        chars = sum(map(len, self.whole.values())) + sum(len(p) for ps in self.pieces.values() for p in ps)
        for event in self.after:
            item = getattr(event, "item", None)
            chars += side_chars(getattr(event, "response", None)) + (_items_chars([item]) if item is not None else 0)
        return chars

    def tail(self, rest: str, final: str, side: SideText) -> list[Any]:
        if rest and self.delta is not None:
            events = self.text(rest)
        else:
            events = [] if self.started else self._numbered(self.preamble)
            self.started = True
        held = [p for e in self.after if (p := self._patched(e, final, side)) is not None]
        return events + self._numbered(held)

    def _side(self, key: tuple[Any, ...], side: SideText, where: str) -> str:
        text = self.whole.get(key)
        if text is None:
            text = "".join(self.pieces.get(key, []))
        return side(text, where) or ""

    def _patched(self, event: Any, final: str, side: SideText) -> Any:
        """A held event as the caller gets it once `final` is accepted; None to drop it."""
        kind = getattr(event, "type", "")
        index = getattr(event, "output_index", 0)
        if kind in _RESPONSE_EVENTS or kind in _FINAL_EVENTS:
            text = final if kind in _FINAL_EVENTS else None
            return _copy(event, side, response=patched_response(event.response, text, side))
        if kind in ("response.output_item.added", "response.output_item.done"):
            item = event.item
            if getattr(item, "type", None) == "message":
                if getattr(item, "id", None) != self.answer_id:
                    return None  # a second message: the answer is in the first
                text = final if kind.endswith(".done") else None
                return _copy(event, side, item=message(item, text, side, index))
            kept = other_item(item, side, index)
            return None if kept is None else _copy(event, side, item=kept)
        key = _side_key(kind, event)
        if key is not None:
            where = f"output[{index}].{kind.rsplit('.', 2)[-2]}"
            if kind.endswith(".delta"):
                if key in self.emitted:
                    return None  # the first delta carries the whole checked text
                self.emitted.add(key)
                return _copy(event, side, delta=self._side(key, side, where))
            field = "refusal" if kind == "response.refusal.done" else _TOOL_EVENTS[kind.rsplit(".", 1)[0]]
            return _copy(event, side, **{field: self._side(key, side, where)})
        if getattr(event, "item_id", None) != self.answer_id:
            return None
        return _answer_part(kind, event, final, side, index)


def _answer_part(kind: str, event: Any, final: str, side: SideText, index: int) -> Any:
    """A held event of the answer's message: its text done, its content parts; None to drop it."""
    if kind == "response.output_text.done":
        return _copy(event, side, text=final, logprobs=[])
    if kind not in ("response.content_part.added", "response.content_part.done"):
        return None  # annotations, audio, anything else
    part = event.part
    done = kind.endswith(".done")
    if getattr(part, "type", None) == "output_text":
        text = final if done else ""
        return _copy(event, side, part=built(ResponseOutputText, type="output_text", text=text, annotations=[]))
    if getattr(part, "type", None) == "refusal":
        where = f"output[{index}].content[{event.content_index}].refusal"
        refusal = (side(part.refusal, where) or "") if done else ""
        return _copy(event, side, part=built(ResponseOutputRefusal, type="refusal", refusal=refusal))
    return None


def _opening(event: Any, check: Check) -> Any:
    """`event` rebuilt if it only announces the answer (sent with its first text), else None."""
    kind = getattr(event, "type", "")
    if kind in _RESPONSE_EVENTS:
        return _copy(event, check, response=patched_response(event.response, None, check))
    if kind == "response.output_item.added" and getattr(event.item, "type", None) == "message":
        return _copy(event, check, item=message(event.item, None, check, getattr(event, "output_index", 0)))
    if kind == "response.content_part.added" and getattr(event.part, "type", None) == "output_text":
        return _copy(event, check, part=built(ResponseOutputText, type="output_text", text="", annotations=[]))
    return None


def _side_key(kind: str, event: Any) -> tuple[Any, ...] | None:
    """Which refusal or tool call a side text event belongs to; None for other events."""
    if kind in ("response.refusal.delta", "response.refusal.done"):
        return ("refusal", getattr(event, "item_id", None), getattr(event, "content_index", None))
    prefix, _, last = kind.rpartition(".")
    if prefix in _TOOL_EVENTS and last in ("delta", "done"):
        return ("tool", getattr(event, "item_id", None))
    return None
