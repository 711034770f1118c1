"""Every top-level parameter of a guarded call, by what the gateway does with the text in it.

The integration handles the conversation (``messages``; ``input`` and ``instructions``) as the
library does: user turns and tool results are screened, system and developer text (and
``instructions``) is the application's own; ``guard_context`` is screened as documents. Every
other parameter the SDK's ``create`` takes is listed here (a test checks that these lists cover
the SDK's signatures, so a parameter a newer SDK adds fails it until someone decides what it is):

- `SETTINGS`: numbers, flags, enums, identifiers and tags the model does not read (``model``,
  ``temperature``, ``tool_choice``, ``user``, ``metadata``...): sent as they are.
- `DOCUMENTS`: developer text the model reads: tool and function definitions (names,
  descriptions, parameter schemas) and structured-output schemas. Each item is screened like an
  untrusted document by the policy's document screens before the call (a planted instruction in a
  tool description, "tool poisoning", is refused with HTTP 400 naming the item and the validator
  ids); an item once passed is remembered, so an application's fixed tools cost one check.
- `REFUSED`: text the gateway can neither screen nor restore: ``prediction`` (the user's text would
  reach the upstream unscrubbed), ``prompt`` (a stored prompt template and its variables),
  ``web_search_options`` and hosted tools (web and file search, MCP, code interpreter, computer
  use...), whose results the upstream hands to the model without the gateway ever seeing them.

A parameter in none of these lists (a vendor's extension, sent in ``extra_body``) is refused if a
string value is in it; numbers and flags (and object keys) pass.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any, Literal

from guardrails_lite._offload import run_checks
from guardrails_lite.errors import Blocked
from guardrails_lite.guard import Guard
from guardrails_lite.server.errors import GatewayError
from guardrails_lite.verdict import Document

__all__ = ["DOCUMENTS", "REFUSED", "SCREENED", "SETTINGS", "DeveloperText", "documents", "refusal"]

Endpoint = Literal["chat.completions", "responses"]

#: The conversation, handled by the integration, and ``guard_context``.
SCREENED: dict[Endpoint, frozenset[str]] = {
    "chat.completions": frozenset({"messages", "guard_context"}),
    "responses": frozenset({"input", "instructions", "guard_context"}),
}
_COMMON = {
    "metadata", "model", "moderation", "parallel_tool_calls", "prompt_cache_key", "prompt_cache_options",
    "prompt_cache_retention", "safety_identifier", "service_tier", "store", "stream", "stream_options",
    "temperature", "tool_choice", "top_logprobs", "top_p", "user",
}  # fmt: skip
SETTINGS: dict[Endpoint, frozenset[str]] = {
    "chat.completions": frozenset(_COMMON | {
        "audio", "frequency_penalty", "function_call", "logit_bias", "logprobs", "max_completion_tokens",
        "max_tokens", "modalities", "n", "presence_penalty", "reasoning_effort", "seed",
        "stop",  # stop sequences end the answer; the model does not read them
        "verbosity",
    }),
    # The upstream's memory (previous_response_id, conversation) is documented in the README: the
    # gateway screens what each request sends, not what the upstream kept of earlier ones.
    "responses": frozenset(_COMMON | {
        "access_programs", "background", "background_options", "context_management", "conversation", "image",
        "include", "max_output_tokens", "max_tool_calls", "previous_response_id", "reasoning", "truncation",
    }),
}  # fmt: skip
DOCUMENTS: dict[Endpoint, frozenset[str]] = {
    "chat.completions": frozenset({"tools", "functions", "response_format"}),
    "responses": frozenset({"tools", "text"}),
}
REFUSED: dict[Endpoint, dict[str, str]] = {
    "chat.completions": {
        "prediction": "its text would reach the upstream unscreened: send it in 'messages'",
        "web_search_options": "web search results reach the model without passing the gateway's checks",
    },
    "responses": {
        "prompt": "a stored prompt template and its variables cannot be screened: send the text in 'input'",
    },
}
#: Tools the application runs itself (their results come back in the next request, screened).
_CLIENT_TOOLS = frozenset({"function", "custom"})


def refusal(endpoint: Endpoint, body: dict[str, Any]) -> str | None:
    """Why the gateway refuses `body` (a parameter whose text it cannot screen), or None."""
    for name, value in body.items():
        if value is None or name in SCREENED[endpoint] or name in SETTINGS[endpoint]:
            continue
        why = REFUSED[endpoint].get(name)
        if why is not None:
            return f"'{name}' is not accepted by the guardrails gateway: {why}"
        if name == "tools" and isinstance(value, list):
            hosted = sorted({str(t.get("type")) for t in value if isinstance(t, dict)} - _CLIENT_TOOLS)
            if hosted:
                return (
                    f"hosted tool type {hosted[0]!r} is not accepted by the guardrails gateway: its results reach "
                    "the model without passing the gateway's checks (only 'function' and 'custom' tools)"
                )
        elif name not in DOCUMENTS[endpoint] and next(_strings(value, keys=False), None) is not None:
            return f"unknown parameter {name!r} carries text the guardrails gateway cannot screen"
    return None


def documents(endpoint: Endpoint, body: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """``(where, text)`` for each item of developer text in `body` that the model reads: one per tool
    or function (every key and string in it, a line each), one per output schema."""
    for name in sorted(DOCUMENTS[endpoint]):
        value = body.get(name)
        if isinstance(value, list):
            for i, item in enumerate(value):
                yield f"{name}[{i}]", "\n".join(_strings(item))
        elif value is not None:
            yield name, "\n".join(_strings(value))


def _strings(value: Any, keys: bool = True) -> Iterator[str]:
    """Every string in a JSON value, object `keys` too (in a tool, a property name is text the model reads)."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            yield v
        elif isinstance(v, dict):
            for k, item in reversed(v.items()):
                stack.append(item)
                if keys:
                    stack.append(k)
        elif isinstance(v, list):
            stack.extend(reversed(v))


class DeveloperText:
    """Screens the `documents` of calls with one policy's document screens, remembering what passed.

    The memory is a bounded set of digests (an application sends the same tools every time);
    it holds no text. A text that was blocked is checked again each time it comes.
    """

    def __init__(self, guard: Guard, size: int = 4096) -> None:
        self.guard = guard
        self.size = size
        self._passed: set[bytes] = set()

    def __call__(self, endpoint: Endpoint, kwargs: dict[str, Any]) -> None:
        """Raises `GatewayError` (HTTP 400 naming the items and validator ids) if an item fails."""
        self.screen(self.pending(endpoint, kwargs))

    async def acheck(self, endpoint: Endpoint, kwargs: dict[str, Any]) -> None:
        """`__call__` from the event loop: long items (or a policy whose checks call a model) are screened
        in a worker thread (`guardrails_lite._offload`), as the conversation is."""
        todo = self.pending(endpoint, kwargs)
        if todo:
            chars = self.guard.input_chars([], [Document(text, where) for where, text, _ in todo])
            await run_checks(chars, self.screen, todo)

    def pending(self, endpoint: Endpoint, kwargs: dict[str, Any]) -> list[tuple[str, str, bytes]]:
        """``(where, text, digest)`` of each item of developer text in `kwargs` not passed before."""
        todo = [(where, text, _digest(text)) for where, text in documents(endpoint, kwargs) if text]
        return [t for t in todo if t[2] not in self._passed]

    def screen(self, todo: list[tuple[str, str, bytes]]) -> None:
        """Screen the `pending` items; raises `GatewayError` if one fails, else remembers them as passed."""
        if not todo:
            return
        try:
            self.guard.screen_input(
                [], context=[Document(text, where) for where, text, _ in todo], send_documents=False
            )
        except Blocked as e:
            ids = tuple(sorted({f.id for f in e.findings}))
            items = sorted({f.target for f in e.findings if f.target}) or [where for where, _, _ in todo]
            message = f"{', '.join(items)} failed the policy's checks of untrusted text ({', '.join(ids)})"
            raise GatewayError(400, message, "guardrails_blocked", "input_blocked", "blocked", validators=ids) from None
        if len(self._passed) + len(todo) > self.size:
            self._passed.clear()
        self._passed.update(d for _, _, d in todo)


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
