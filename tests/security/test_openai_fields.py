"""A guarded OpenAI reply carries no model text outside validated fields (issue 13).

The scripted server plays a model that put a secret into every text-bearing field of the Chat
Completions and Responses APIs (log probabilities, refusals, annotations, audio, reasoning, tool
and function call arguments, extra choices, undeclared fields, unknown items and events). The
policy redacts the secret from the answer; nothing the caller gets may still hold it, plain or
streamed, sync or async. Tool arguments and refusals are kept, checked by the pattern entries;
everything else is dropped.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Iterator
from typing import Any

import openai
import pytest
from openai_server import Reply, ScriptedServer

from guardrails_lite import Blocked, parse_policy
from guardrails_lite.integrations.openai import GuardedAsyncOpenAI, GuardedOpenAI

KEY = "A1b2C3d4E5f6G7h8J9k0"
SECRET = "sk-" + KEY
REDACTED = "[REDACTED]"
POLICY = parse_policy(
    {
        "name": "t",
        "output": [{"use": "regex", "id": "secret", "patterns": [r"sk-[A-Za-z0-9]{20}"], "on_fail": "repair"}],
    }
)
LOGPROB = {"token": SECRET, "logprob": -0.1, "bytes": list(SECRET.encode()), "top_logprobs": []}
# Streams split the secret; every piece holds at least six of its characters.
HEAD, TAIL = SECRET[:9], SECRET[9:]


def leaks(text: str) -> bool:
    """True if `text` holds any six consecutive characters of the secret."""
    return any(KEY[i : i + 6] in text for i in range(len(KEY) - 5))


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as s:
        yield s


def call(server: ScriptedServer, api: str, *, stream: bool, is_async: bool) -> Any:
    """The guarded reply: the result object, or the list of streamed events."""
    kwargs: dict[str, Any] = {"model": "m", "stream": stream}
    if api == "chat":
        kwargs["messages"] = [{"role": "user", "content": "the key?"}]
    else:
        kwargs["input"] = "the key?"
    if not is_async:
        sync = GuardedOpenAI(openai.OpenAI(base_url=server.url, api_key="t", max_retries=0), POLICY)
        create = sync.chat.completions.create if api == "chat" else sync.responses.create
        out = create(**kwargs)
        return list(out) if stream else out

    async def run() -> Any:
        client = GuardedAsyncOpenAI(openai.AsyncOpenAI(base_url=server.url, api_key="t", max_retries=0), POLICY)
        create = client.chat.completions.create if api == "chat" else client.responses.create
        out = await create(**kwargs)
        return [e async for e in out] if stream else out

    return asyncio.run(run())


def dumps(obj: Any) -> list[str]:
    """Every serialisation a caller might forward: pydantic's JSON, the SDK's to_json, repr."""
    return [obj.model_dump_json(), obj.to_json(), repr(obj)]


# -- chat completions ---------------------------------------------------------------------------
def chat_body() -> dict[str, Any]:
    message = {
        "role": "assistant",
        "content": f"The key is {SECRET}.",
        "refusal": f"I will not repeat {SECRET}.",
        "annotations": [
            {
                "type": "url_citation",
                "url_citation": {
                    "url": f"https://x.example/?k={SECRET}",
                    "title": SECRET,
                    "start_index": 0,
                    "end_index": 3,
                },
            }
        ],
        "audio": {
            "id": "a1",
            "data": base64.b64encode(SECRET.encode()).decode(),
            "expires_at": 1,
            "transcript": SECRET,
        },
        "tool_calls": [
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "store", "arguments": json.dumps({"key": SECRET})},
            }
        ],
        "reasoning_content": f"The user wants {SECRET}",  # undeclared: some compatible servers add it
    }
    return {
        "id": "chatcmpl-x",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": "stop",
                "logprobs": {"content": [LOGPROB], "refusal": [LOGPROB]},
            },
            {"index": 1, "message": {"role": "assistant", "content": SECRET}, "finish_reason": "stop"},
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2, "note": SECRET},
        "debug": {"raw": SECRET},
    }


def chat_events() -> list[dict[str, Any]]:
    base = {"id": "chatcmpl-x", "object": "chat.completion.chunk", "created": 1, "model": "m"}

    def chunk(delta: dict[str, Any], index: int = 0, finish: str | None = None) -> dict[str, Any]:
        choice = {"index": index, "delta": delta, "finish_reason": finish, "logprobs": {"content": [LOGPROB]}}
        return {**base, "choices": [choice]}

    def tool(arguments: str, first: bool) -> dict[str, Any]:
        call: dict[str, Any] = {"index": 0, "function": {"arguments": arguments}}
        if first:
            call.update(id="call_1", type="function", function={"name": "store", "arguments": arguments})
        return chunk({"tool_calls": [call]})

    return [
        chunk({"role": "assistant", "content": ""}),
        chunk({"content": f"The key is {HEAD}"}),
        chunk({"content": f"{TAIL}. Done."}),
        chunk({"reasoning_content": SECRET}),
        chunk({"refusal": f"I will not repeat {HEAD}"}),
        chunk({"refusal": f"{TAIL}."}),
        tool('{"key": "' + HEAD, True),
        tool(TAIL + '"}', False),
        chunk({"content": SECRET}, index=1),
        chunk({}, finish="stop"),
        {
            **base,
            "choices": [],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2, "note": SECRET},
        },
    ]


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_chat_completion_keeps_only_checked_text(server: ScriptedServer, is_async: bool) -> None:
    server.push(Reply(body=json.dumps(chat_body()).encode()))
    done = call(server, "chat", stream=False, is_async=is_async)
    assert not any(leaks(d) for d in dumps(done))
    assert len(done.choices) == 1 and done.choices[0].logprobs is None
    msg = done.choices[0].message
    assert msg.content == f"The key is {REDACTED}."
    assert msg.refusal == f"I will not repeat {REDACTED}."
    assert msg.audio is None and not msg.annotations
    assert msg.tool_calls is not None and json.loads(msg.tool_calls[0].function.arguments) == {"key": REDACTED}
    # `.guard` is built after the side texts are checked: their findings are the call's too.
    assert {"refusal", "tool_calls[0].arguments"} <= {f.target for f in done.guard.findings}


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_chat_stream_keeps_only_checked_text(server: ScriptedServer, is_async: bool) -> None:
    server.push(Reply(events=chat_events()))
    chunks = call(server, "chat", stream=True, is_async=is_async)
    assert not any(leaks(d) for ch in chunks for d in dumps(ch))
    choices = [c for ch in chunks for c in ch.choices]
    assert all(c.index == 0 and c.logprobs is None for c in choices)
    assert "".join(c.delta.content or "" for c in choices) == f"The key is {REDACTED}. Done."
    assert "".join(c.delta.refusal or "" for c in choices) == f"I will not repeat {REDACTED}."
    arguments = "".join(t.function.arguments or "" for c in choices for t in c.delta.tool_calls or [] if t.function)
    assert json.loads(arguments) == {"key": REDACTED}
    assert choices[-1].finish_reason == "stop" and chunks[-1].usage is not None


# -- responses ----------------------------------------------------------------------------------
def output_items() -> list[dict[str, Any]]:
    return [
        {
            "type": "reasoning",
            "id": "rs_1",
            "summary": [{"type": "summary_text", "text": f"User wants {SECRET}"}],
            "content": [{"type": "reasoning_text", "text": SECRET}],
            "encrypted_content": "opaque-by-the-provider",
        },
        {
            "type": "message",
            "id": "msg_1",
            "role": "assistant",
            "status": "completed",
            "content": [
                {
                    "type": "output_text",
                    "text": f"The key is {SECRET}.",
                    "annotations": [
                        {
                            "type": "url_citation",
                            "url": f"https://x/?k={SECRET}",
                            "title": SECRET,
                            "start_index": 0,
                            "end_index": 1,
                        }
                    ],
                    "logprobs": [LOGPROB],
                },
                {"type": "refusal", "refusal": f"I will not repeat {SECRET}."},
            ],
        },
        {
            "type": "function_call",
            "id": "fc_1",
            "call_id": "call_1",
            "name": "store",
            "arguments": json.dumps({"key": SECRET}),
            "status": "completed",
        },
        {"type": "web_search_call", "id": "ws_1", "status": "completed", "action": {"type": "search", "query": SECRET}},
        {"type": "x_future_item", "id": "x_1", "text": SECRET},
    ]


def response_body(output: list[dict[str, Any]], status: str = "completed") -> dict[str, Any]:
    return {
        "id": "resp_x",
        "object": "response",
        "created_at": 1,
        "model": "m",
        "status": status,
        "output": output,
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "usage": {"input_tokens": 1, "output_tokens": 1, "total_tokens": 2, "note": SECRET},
        "debug": SECRET,
    }


def response_events() -> list[dict[str, Any]]:
    items = output_items()
    reasoning, message, function, search, future = items
    events: list[dict[str, Any]] = []

    def add(kind: str, **fields: Any) -> None:
        events.append({"type": f"response.{kind}", "sequence_number": len(events), **fields})

    add("created", response=response_body([], "in_progress"))
    where = {"item_id": "rs_1", "output_index": 0}
    add("output_item.added", output_index=0, item={**reasoning, "summary": [], "content": []})
    add("reasoning_summary_part.added", **where, summary_index=0, part={"type": "summary_text", "text": ""})
    add("reasoning_summary_text.delta", **where, summary_index=0, delta=SECRET)
    add("reasoning_summary_text.done", **where, summary_index=0, text=SECRET)
    add("reasoning_summary_part.done", **where, summary_index=0, part={"type": "summary_text", "text": SECRET})
    add("reasoning_text.delta", **where, content_index=0, delta=SECRET)
    add("reasoning_text.done", **where, content_index=0, text=SECRET)
    add("output_item.done", output_index=0, item=reasoning)
    where = {"item_id": "msg_1", "output_index": 1}
    add("output_item.added", output_index=1, item={**message, "content": [], "status": "in_progress"})
    add("content_part.added", **where, content_index=0, part={"type": "output_text", "text": "", "annotations": []})
    add("output_text.delta", **where, content_index=0, delta=f"The key is {HEAD}", logprobs=[LOGPROB])
    add("output_text.delta", **where, content_index=0, delta=f"{TAIL}.", logprobs=[LOGPROB])
    add(
        "output_text.annotation.added",
        **where,
        content_index=0,
        annotation_index=0,
        annotation=message["content"][0]["annotations"][0],
    )
    add("output_text.done", **where, content_index=0, text=f"The key is {SECRET}.", logprobs=[LOGPROB])
    add("content_part.done", **where, content_index=0, part=message["content"][0])
    add("content_part.added", **where, content_index=1, part={"type": "refusal", "refusal": ""})
    add("refusal.delta", **where, content_index=1, delta=f"I will not repeat {HEAD}")
    add("refusal.delta", **where, content_index=1, delta=f"{TAIL}.")
    add("refusal.done", **where, content_index=1, refusal=f"I will not repeat {SECRET}.")
    add("content_part.done", **where, content_index=1, part=message["content"][1])
    add("output_item.done", output_index=1, item=message)
    where = {"item_id": "fc_1", "output_index": 2}
    add("output_item.added", output_index=2, item={**function, "arguments": "", "status": "in_progress"})
    add("function_call_arguments.delta", **where, delta='{"key": "' + HEAD)
    add("function_call_arguments.delta", **where, delta=TAIL + '"}')
    add("function_call_arguments.done", **where, arguments=function["arguments"])
    add("output_item.done", output_index=2, item=function)
    add("output_item.added", output_index=3, item=search)
    add("web_search_call.completed", item_id="ws_1", output_index=3)
    add("output_item.done", output_index=3, item=search)
    add("output_item.added", output_index=4, item=future)
    add("x_future.delta", item_id="x_1", output_index=4, delta=SECRET)
    add("completed", response=response_body(items))
    return events


def check_output(output: list[Any]) -> None:
    assert [i.type for i in output] == ["reasoning", "message", "function_call"]
    reasoning, message, function = output
    assert not reasoning.summary and not reasoning.content and reasoning.encrypted_content == "opaque-by-the-provider"
    text, refusal = message.content
    assert text.text == f"The key is {REDACTED}." and not text.annotations and not text.logprobs
    assert refusal.refusal == f"I will not repeat {REDACTED}."
    assert json.loads(function.arguments) == {"key": REDACTED}


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_response_keeps_only_checked_text(server: ScriptedServer, is_async: bool) -> None:
    server.push(Reply(body=json.dumps(response_body(output_items())).encode()))
    done = call(server, "responses", stream=False, is_async=is_async)
    assert not any(leaks(d) for d in dumps(done))
    assert done.output_text == f"The key is {REDACTED}."
    check_output(done.output)
    assert {"output[1].content[1].refusal", "output[2].arguments"} <= {f.target for f in done.guard.findings}


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_responses_stream_keeps_only_checked_text(server: ScriptedServer, is_async: bool) -> None:
    server.push(Reply(events=response_events()))
    events = call(server, "responses", stream=True, is_async=is_async)
    assert not any(leaks(d) for e in events for d in dumps(e))
    kinds = [e.type for e in events]
    assert not [k for k in kinds if "reasoning_" in k or "annotation" in k or "web_search" in k or "x_future" in k]

    def joined(kind: str) -> str:
        return "".join(e.delta for e in events if e.type == kind)

    assert joined("response.output_text.delta") == f"The key is {REDACTED}."
    assert joined("response.refusal.delta") == f"I will not repeat {REDACTED}."
    assert json.loads(joined("response.function_call_arguments.delta")) == {"key": REDACTED}
    done = {e.type: e for e in events if e.type.endswith(".done") and "item" not in e.type and "part" not in e.type}
    assert done["response.output_text.done"].text == f"The key is {REDACTED}."
    assert done["response.refusal.done"].refusal == f"I will not repeat {REDACTED}."
    assert json.loads(done["response.function_call_arguments.done"].arguments) == {"key": REDACTED}
    assert kinds[-1] == "response.completed"
    check_output(events[-1].response.output)
    items = [e.item.type for e in events if e.type == "response.output_item.done"]
    assert items == ["reasoning", "message", "function_call"]


def test_tool_arguments_get_placeholders_restored_and_a_denied_pattern_blocks(server: ScriptedServer) -> None:
    pii = parse_policy(
        {
            "name": "t",
            "input": [{"use": "pii", "operator": "pseudonymise", "on_fail": "repair", "entities": ["EMAIL_ADDRESS"]}],
            "output": [
                {"use": "pii", "restore": True, "on_fail": "repair", "entities": ["EMAIL_ADDRESS"]},
                {"use": "regex", "id": "shell", "patterns": [r"rm -rf"], "on_fail": "block"},
            ],
        }
    )
    client = GuardedOpenAI(openai.OpenAI(base_url=server.url, api_key="t", max_retries=0), pii)
    ask = [{"role": "user", "content": "Mail dana.reyes@example.com the invoice."}]
    server.push(Reply("", tool_call=("send_mail", json.dumps({"to": "<EMAIL_ADDRESS_1>"}))))
    done = client.chat.completions.create(model="m", messages=ask)
    assert "dana.reyes" not in json.dumps(server.requests[-1].body)  # the model saw the placeholder only
    assert done.choices[0].message.tool_calls is not None
    assert json.loads(done.choices[0].message.tool_calls[0].function.arguments) == {"to": "dana.reyes@example.com"}

    server.push(Reply("", tool_call=("shell", json.dumps({"cmd": "rm -rf /"}))))
    with pytest.raises(Blocked) as blocked:
        client.chat.completions.create(model="m", messages=ask)
    assert blocked.value.by == ("shell",)
