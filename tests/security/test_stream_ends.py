"""A stream that stops before the server says the answer is complete is an error, not an answer (issue 13).

A dropped connection or a truncating proxy ends the upstream stream early: without a finish
reason (chat) or a ``response.completed`` / ``response.incomplete`` event (responses), the guard
would validate half an answer and hand it over as whole. Sync and async clients raise an API error
instead, and the caller never gets a `GuardInfo` for it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import openai
import pytest
from openai_server import Reply, ScriptedServer

from guardrails_lite import parse_policy
from guardrails_lite.integrations.openai import GuardedAsyncOpenAI, GuardedOpenAI

POLICY = parse_policy({"name": "t", "output": [{"use": "regex", "patterns": ["forbidden"], "on_fail": "repair"}]})
TEXT = "Transfer approved for the full amount"  # the rest ("... unless ...") never arrives


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as s:
        yield s


def chat_events(finish: bool) -> list[dict[str, Any]]:
    base = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    pieces = [TEXT[i : i + 6] for i in range(0, len(TEXT), 6)]
    events = [{**base, "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]} for p in pieces]
    if finish:
        events.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return events


def response_events(final: str | None) -> list[dict[str, Any]]:
    body = {
        "id": "r",
        "object": "response",
        "created_at": 1,
        "model": "m",
        "output": [],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
    }
    events: list[dict[str, Any]] = [{"type": "response.created", "sequence_number": 0, "response": body}]
    for i in range(0, len(TEXT), 6):
        where = {"item_id": "msg", "output_index": 0, "content_index": 0, "logprobs": []}
        events.append(
            {"type": "response.output_text.delta", "sequence_number": len(events), "delta": TEXT[i : i + 6], **where}
        )
    if final is not None:
        message = {"type": "message", "id": "msg", "role": "assistant", "status": "completed", "content": []}
        done = {**body, "status": "completed", "output": [message]}
        events.append({"type": final, "sequence_number": len(events), "response": done})
    return events


def stream(server: ScriptedServer, api: str, is_async: bool) -> tuple[str, Any]:
    """The streamed text and the stream object (its ``guard`` is set only for an accepted answer)."""
    kwargs: dict[str, Any] = {"model": "m", "stream": True}
    if api == "chat":
        kwargs["messages"] = [{"role": "user", "content": "pay?"}]
    else:
        kwargs["input"] = "pay?"

    def text_of(events: list[Any]) -> str:
        if api == "chat":
            return "".join(c.delta.content or "" for e in events for c in e.choices)
        return "".join(e.delta for e in events if e.type == "response.output_text.delta")

    if not is_async:
        client = GuardedOpenAI(openai.OpenAI(base_url=server.url, api_key="t", max_retries=0), POLICY)
        s = (client.chat.completions if api == "chat" else client.responses).create(**kwargs)
        return text_of(list(s)), s

    async def run() -> tuple[str, Any]:
        client = GuardedAsyncOpenAI(openai.AsyncOpenAI(base_url=server.url, api_key="t", max_retries=0), POLICY)
        s = await (client.chat.completions if api == "chat" else client.responses).create(**kwargs)
        return text_of([e async for e in s]), s

    return asyncio.run(run())


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_chat_stream_without_finish_reason_is_an_error(server: ScriptedServer, is_async: bool) -> None:
    server.push(Reply(events=chat_events(finish=False), done=False))
    with pytest.raises(openai.APIResponseValidationError, match="ended before the answer was complete"):
        stream(server, "chat", is_async)
    server.push(Reply(events=chat_events(finish=True), done=False))  # a finish reason is enough
    text, s = stream(server, "chat", is_async)
    assert text == TEXT and s.guard is not None


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_responses_stream_without_a_final_event_is_an_error(server: ScriptedServer, is_async: bool) -> None:
    server.push(Reply(events=response_events(None)))
    with pytest.raises(openai.APIResponseValidationError, match="ended before the answer was complete"):
        stream(server, "responses", is_async)
    for final in ("response.completed", "response.incomplete"):
        server.push(Reply(events=response_events(final)))
        text, s = stream(server, "responses", is_async)
        assert text == TEXT and s.guard is not None


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_a_failed_response_is_an_error(server: ScriptedServer, is_async: bool) -> None:
    server.push(Reply(events=response_events("response.failed")))
    with pytest.raises(openai.APIResponseValidationError):
        stream(server, "responses", is_async)
