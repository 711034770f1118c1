"""The shapes of chat messages the guard can screen, and the error for every other shape.

Whatever the guard forwards, it has read: a message whose role, keys or content parts it does not
know is refused before anything is sent, because an OpenAI-compatible server may be more lenient
than the official API (it may read an ``input_text`` part in a chat message, a bare string in a
content list, or a key the guard skipped) and would then hand the model text nobody screened.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from guardrails_lite.errors import Blocked
from guardrails_lite.verdict import Finding, Message

__all__ = [
    "ROLES",
    "TOOL_ROLES",
    "check_shapes",
    "message_text",
    "side_texts",
    "unscreenable",
    "with_side_texts",
    "with_text",
]

#: Message roles the guard can screen: user text is screened, tool results (and their legacy form,
#: ``function``) are untrusted documents, assistant turns are scrubbed (they hold what the guard
#: restored), system and developer messages are the application's own.
ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
TOOL_ROLES = ("tool", "function")

#: Keys a message may carry beside ``role`` and ``content``. None of them holds text from outside
#: the application except ``name``, which must look like an identifier. ``item`` marks a Responses
#: input item of the model's own (see integrations/openai/_responses.py).
_KEYS = {
    "system": {"name"},
    "developer": {"name"},
    "user": {"name"},
    "assistant": {"name", "tool_calls", "function_call", "refusal", "audio", "item", "item_text"},
    "tool": {"tool_call_id"},
    "function": {"name"},
}
#: The text key of each content part type the guard reads; ``cache_control`` (prompt caching hints
#: some compatible servers accept) carries no text.
_PARTS = {"text": "text", "refusal": "refusal"}
_PART_EXTRA = frozenset({"cache_control"})
_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")


def unscreenable(target: str, what: str) -> Blocked:
    """The error for input the guard cannot screen (`what`: an unknown role, content shape or item).

    Refused before anything is sent, never passed on unscreened. The finding names where, never
    what the input said.
    """
    f = Finding(
        f"{what} the guard cannot screen: refused", validator="guard", id="messages", kind="limit", target=target
    )
    return Blocked("input", (f,), f"blocked at input stage: {target} holds {what} the guard cannot screen")


def _part_text(part: object) -> str | None:
    """The text of a content part the guard knows, None for any other part (or a text not a string)."""
    if not isinstance(part, Mapping):
        return None
    kind = part.get("type")
    key = _PARTS.get(kind) if isinstance(kind, str) else None
    if key is None or not set(part) <= {"type", key, *_PART_EXTRA}:
        return None
    text = part.get(key)
    return text if isinstance(text, str) else None


def message_text(msg: Message) -> str | None:
    """The text of a message (its content parts joined), None when it has none."""
    content = msg.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list) and content:
        texts = [_part_text(p) for p in content]
        return None if any(t is None for t in texts) else "\n".join(t for t in texts if t is not None)
    return None


def _shape_problem(m: Message) -> str | None:
    role = m.get("role")
    if not isinstance(role, str) or role not in ROLES:
        return "a message role"
    if not set(m) <= {"role", "content", *_KEYS[role]}:
        return "a message key"
    name = m.get("name")
    if name is not None and not (isinstance(name, str) and _NAME.fullmatch(name)):
        return "a message name"
    content = m.get("content")
    if content is None or isinstance(content, str):
        return None
    if not isinstance(content, list) or any(_part_text(p) is None for p in content):
        return "message content of a shape"
    return None


def check_shapes(sent: str | Sequence[Message]) -> None:
    """Raise `unscreenable` for the first message whose role, keys or content the guard does not know."""
    if isinstance(sent, str):
        return
    for i, m in enumerate(sent):
        if (what := _shape_problem(m)) is not None:
            raise unscreenable(f"messages[{i}]", what)


def with_text(msg: Message, text: str) -> dict[str, Any]:
    out = dict(msg)
    out["content"] = text  # content parts collapse to one text part: the screened text is what counts
    return out


#: The keys of an assistant turn besides ``content`` that hold the model's words: tool-call arguments and custom
#: tool input, the legacy ``function_call``, a refusal, and ``item_text``: a Responses item's call arguments, custom
#: tool input or reasoning summary (integrations/openai/_responses.py). The guard restores originals
#: into them for the application (`SideText`), which sends the turn back as history: they are scrubbed like
#: ``content`` (review r16a H1). Identifiers and type tags inside them hold no text.
_SIDE = ("tool_calls", "function_call", "refusal", "item_text")
_NOT_TEXT = frozenset({"id", "type", "name", "call_id", "status", "index", "encrypted_content"})
_DEPTH = 8
Path = tuple[str | int, ...]


def side_texts(msg: Message) -> list[tuple[Path, str]]:
    """Every string of an assistant turn's side keys with its path (a deeper nesting is refused: `unscreenable`)."""
    out: list[tuple[Path, str]] = []

    def walk(value: object, path: Path) -> None:
        if isinstance(value, str):
            out.append((path, value))
        elif len(path) > _DEPTH:
            raise unscreenable(str(path[0]), "an assistant turn nested too deeply")
        elif isinstance(value, Mapping):
            for k, v in value.items():
                if k not in _NOT_TEXT:
                    walk(v, (*path, str(k)))
        elif isinstance(value, (list, tuple)):
            for i, v in enumerate(value):
                walk(v, (*path, i))

    for key in _SIDE:
        if key in msg:
            walk(msg[key], (key,))
    return out


def with_side_texts(msg: Message, changed: Mapping[Path, str]) -> dict[str, Any]:
    """A copy of `msg` with the strings at `changed`'s paths replaced (the containers on each path copied)."""
    out: dict[str, Any] = dict(msg)
    for path, text in changed.items():
        box: Any = out
        for step in path[:-1]:
            inner = box[step]
            box[step] = inner = dict(inner) if isinstance(inner, Mapping) else list(inner)
            box = inner
        box[path[-1]] = text
    return out
