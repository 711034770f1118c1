"""`DirectClient`: the guarded endpoints' upstream calls without the SDK's request path: what they send, how
replies are read, errors and retries, all as the SDK's."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx2
import pytest
from openai import APIConnectionError, APITimeoutError, AsyncOpenAI, BadRequestError, InternalServerError, Omit
from openai._utils import async_maybe_transform
from openai.types.chat import completion_create_params as chat_params
from openai.types.responses import response_create_params as responses_params

from guardrails_lite.server.connections import ConnectionPool
from guardrails_lite.server.direct import DirectClient
from tests.server.rawserver import SILENT, RawServer, ok
from tests.server.test_gateway_fields import weather

CHAT: dict[str, Any] = {
    "model": "m",
    "messages": [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": [{"type": "text", "text": "hi"}], "name": "ann"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "Sunny"},
    ],
    "tools": [weather()],
    "tool_choice": "auto",
    "response_format": {"type": "json_schema", "json_schema": {"name": "a", "schema": {"type": "object"}}},
    "temperature": 0.2,
    "metadata": {"team": "x"},
    "stream_options": {"include_usage": True},
    "logit_bias": {"50256": -100},
    "stop": ["\n\n"],
    "max_completion_tokens": 50,
    "seed": 1,
    "user": "u",
}  # fmt: skip
RESPONSES: dict[str, Any] = {
    "model": "m",
    "instructions": "Be brief.",
    "input": [
        {"role": "user", "content": [{"type": "input_text", "text": "hi"}]},
        {"type": "function_call", "call_id": "c1", "name": "f", "arguments": "{}"},
        {"type": "function_call_output", "call_id": "c1", "output": "Sunny"},
    ],
    "tools": [{"type": "function", "name": "f", "description": "d", "parameters": {"type": "object"}}],
    "text": {"format": {"type": "json_schema", "name": "a", "schema": {"type": "object"}}},
    "reasoning": {"effort": "low"},
    "max_output_tokens": 50,
    "metadata": {"team": "x"},
}


@pytest.mark.parametrize(
    ("body", "params"),
    [
        (CHAT, chat_params.CompletionCreateParamsNonStreaming),
        ({**CHAT, "stream": True}, chat_params.CompletionCreateParamsStreaming),
        (RESPONSES, responses_params.ResponseCreateParamsNonStreaming),
        ({**RESPONSES, "stream": True}, responses_params.ResponseCreateParamsStreaming),
    ],
)
def test_the_sdk_transform_changes_nothing_in_json_parameters(body: dict[str, Any], params: Any) -> None:
    assert asyncio.run(async_maybe_transform(body, params)) == body


Answer = Callable[[httpx2.Request], httpx2.Response]


def _refuse(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(500, json={"error": {"message": "no"}})


def sdk_and_direct(answer: Answer, retries: int = 0) -> tuple[AsyncOpenAI, DirectClient, httpx2.AsyncClient]:
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(answer))
    sdk = AsyncOpenAI(api_key="placeholder", base_url="http://upstream.test/v1", http_client=http, max_retries=retries)
    return sdk, DirectClient(sdk, http), http


def sent(call: Any, direct: bool) -> list[tuple[str, str, dict[str, str], Any]]:
    """What `call(client)` puts on the wire: method, URL, headers and JSON body of each request."""
    seen: list[tuple[str, str, dict[str, str], Any]] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append((request.method, str(request.url), dict(request.headers), json.loads(request.content)))
        return _refuse(request)

    async def run() -> None:
        sdk, client, http = sdk_and_direct(answer)
        try:
            await call(client if direct else sdk)
        finally:
            await http.aclose()

    with pytest.raises(InternalServerError, match="500 - no") as e:
        asyncio.run(run())
    assert e.value.body == {"message": "no"} and e.value.response.status_code == 500
    return seen


#: Headers the SDK adds of its own (client version, platform, retry bookkeeping): not the caller's.
_SDK_OWN = ("user-agent", "x-stainless-", "idempotency-key", "content-length")
#: httpx's client defaults, which `DirectClient` does not send (its pool path decodes no compressed body).
_HTTPX_OWN = ("accept-encoding", "connection")


def _theirs(headers: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if not k.startswith(_SDK_OWN + _HTTPX_OWN)}


def sent_on_pool(call: Any) -> tuple[str, str, dict[str, str], Any]:
    """What `call(client)` puts on the wire through the gateway's `ConnectionPool` (a raw server reads it)."""
    server = RawServer(
        b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 28\r\n\r\n" + b'{"error": {"message": "no"}}'
    )
    server.thread.start()

    async def run() -> None:
        http = httpx2.AsyncClient(transport=ConnectionPool())
        sdk = AsyncOpenAI(api_key="placeholder", base_url=f"http://127.0.0.1:{server.port}/v1", http_client=http,
                          max_retries=0)  # fmt: skip
        direct = DirectClient(sdk, http)
        assert direct.pool is not None
        try:
            await call(direct)
        finally:
            await http.aclose()

    try:
        with pytest.raises(InternalServerError, match="500 - no"):
            asyncio.run(run())
    finally:
        server.stop.set()
        server.thread.join(5)
        server.sock.close()
    (request,) = server.requests
    head, _, body = request.partition(b"\r\n\r\n")
    line, *fields = head.decode("latin-1").split("\r\n")
    method, target, version = line.split(" ")
    headers = {k.lower(): v.strip() for k, _, v in (f.partition(":") for f in fields)}
    assert version == "HTTP/1.1" and int(headers["content-length"]) == len(body)
    return method, f"http://upstream.test{target}", headers, json.loads(body)


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize("endpoint", ["chat", "responses"])
def test_direct_calls_send_what_the_sdk_sends(endpoint: str, stream: bool) -> None:
    params = {**(CHAT if endpoint == "chat" else RESPONSES), "stream": stream}
    headers = {"Authorization": "Bearer sk-caller", "OpenAI-Organization": Omit(), "OpenAI-Project": "p"}
    kwargs = {**params, "extra_headers": headers, "extra_body": {"top_k": 5}}

    def via(client: Any) -> Any:
        api = client.chat.completions if endpoint == "chat" else client.responses
        return api.with_raw_response.create(**kwargs)

    sdk, direct = sent(via, direct=False), sent(via, direct=True)
    assert len(sdk) == len(direct) == 1
    (method, url, sdk_headers, sdk_body), (d_method, d_url, d_headers, d_body) = sdk[0], direct[0]
    assert (d_method, d_url, d_body) == (method, url, sdk_body) == ("POST", url, {**params, "top_k": 5})
    assert _theirs(d_headers) == _theirs(sdk_headers)
    assert d_headers["authorization"] == "Bearer sk-caller" and "openai-organization" not in d_headers
    p_method, p_url, p_headers, p_body = sent_on_pool(via)  # the gateway's own path: on its connection pool
    assert (p_method, p_url, p_body) == (method, url, sdk_body)
    assert {k: v for k, v in _theirs(p_headers).items() if k != "host"} == {
        k: v for k, v in _theirs(sdk_headers).items() if k != "host"
    }


REPLIES: dict[str, Any] = {
    "chat": {
        "id": "c", "object": "chat.completion", "created": 1, "model": "m", "vendor_field": {"x": 1},
        "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                     "message": {"role": "assistant", "content": "Hi", "refusal": None,
                                 "tool_calls": [{"id": "t", "type": "function",
                                                 "function": {"name": "f", "arguments": "{}"}}]}}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
    },
    "responses": {
        "id": "r", "object": "response", "created_at": 1, "model": "m", "status": "completed",
        "output": [{"type": "message", "id": "m1", "role": "assistant", "status": "completed",
                    "content": [{"type": "output_text", "text": "Hi", "annotations": []}]}],
        "parallel_tool_calls": True, "tool_choice": "auto", "tools": [],
        "usage": {"input_tokens": 3, "output_tokens": 1, "total_tokens": 4,
                  "input_tokens_details": {"cached_tokens": 0}, "output_tokens_details": {"reasoning_tokens": 0}},
    },
    # Not what the models say (a number for a text, a missing id): the SDK builds it anyway, so do we.
    "lenient": {"object": "chat.completion", "created": "yesterday", "model": "m",
                "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": 5}}]},
}  # fmt: skip


@pytest.mark.parametrize("kind", sorted(REPLIES))
def test_direct_replies_parse_as_the_sdk_parses_them(kind: str) -> None:
    body = json.dumps(REPLIES[kind]).encode()
    endpoint = "responses" if kind == "responses" else "chat"

    async def both() -> list[Any]:
        sdk, direct, http = sdk_and_direct(
            lambda r: httpx2.Response(200, content=body, headers={"content-type": "application/json"})
        )
        out = []
        for client in (sdk, direct):
            api = client.responses if endpoint == "responses" else client.chat.completions
            raw = (
                await api.with_raw_response.create(model="m", input="hi")
                if endpoint == "responses"
                else await api.with_raw_response.create(model="m", messages=[{"role": "user", "content": "hi"}])
            )
            out.append((raw.parse(), raw.retries_taken))
        await http.aclose()
        return out

    (via_sdk, sdk_retries), (via_direct, direct_retries) = asyncio.run(both())
    assert type(via_direct) is type(via_sdk) and sdk_retries == direct_retries == 0
    assert via_direct.model_dump(warnings=False) == via_sdk.model_dump(warnings=False)
    assert via_direct.model_dump_json(warnings=False) == via_sdk.model_dump_json(warnings=False)


def test_a_reply_that_is_not_json_is_a_value_error() -> None:
    async def run() -> Any:
        _, direct, http = sdk_and_direct(lambda r: httpx2.Response(200, content=b"<html>oops"))
        raw = await direct.chat.completions.with_raw_response.create(model="m", messages=[])
        await http.aclose()
        return raw.parse()

    with pytest.raises(ValueError):
        asyncio.run(run())


@pytest.mark.parametrize(
    ("statuses", "retries", "outcome", "sent"),
    [
        ([500, 429, 200], 2, 200, 3),  # retried, as the SDK does
        ([500, 200], 0, InternalServerError, 1),  # --upstream-retries 0: no retry
        ([400, 200], 3, BadRequestError, 1),  # a client error is not retried
        ([503, 503, 200], 1, InternalServerError, 2),  # out of retries: the last error
    ],
)
def test_retries_follow_the_sdks_rules(statuses: list[int], retries: int, outcome: Any, sent: int) -> None:
    todo = list(statuses)
    keys: list[str | None] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        keys.append(request.headers.get("idempotency-key"))
        status = todo.pop(0)
        body = REPLIES["chat"] if status == 200 else {"error": {"message": f"s{status}"}}
        return httpx2.Response(status, json=body, headers={"retry-after-ms": "1"})

    async def run() -> Any:
        _, direct, http = sdk_and_direct(answer, retries)
        try:
            raw = await direct.chat.completions.with_raw_response.create(model="m", messages=[])
            return raw.retries_taken, raw.parse().choices[0].message.content
        finally:
            await http.aclose()

    if outcome == 200:
        assert asyncio.run(run()) == (sent - 1, "Hi")
        assert len(keys) == sent and len(set(keys)) == 1 and keys[0] is not None  # one call: one idempotency key
    else:
        with pytest.raises(outcome):
            asyncio.run(run())
        assert len(keys) == sent


@pytest.mark.parametrize("retries", [0, 1])
def test_timeouts_and_refused_connections_are_the_sdks_errors(retries: int) -> None:
    calls: list[int] = []

    def hang(request: httpx2.Request) -> httpx2.Response:
        calls.append(1)
        raise httpx2.ReadTimeout("slow", request=request)

    def refuse(request: httpx2.Request) -> httpx2.Response:
        calls.append(1)
        raise httpx2.ConnectError("refused", request=request)

    async def run(answer: Answer) -> Any:
        _, direct, http = sdk_and_direct(answer, retries)
        try:
            return await direct.chat.completions.with_raw_response.create(model="m", messages=[])
        finally:
            await http.aclose()

    with pytest.raises(APITimeoutError):
        asyncio.run(run(hang))
    with pytest.raises(APIConnectionError) as e:
        asyncio.run(run(refuse))
    assert not isinstance(e.value, APITimeoutError) and len(calls) == 2 * (retries + 1)


BUSY = b"HTTP/1.1 503 Busy\r\nretry-after-ms: 1\r\ncontent-length: 2\r\n\r\n{}"


@pytest.mark.parametrize("server", [[BUSY, ok(json.dumps(REPLIES["chat"]).encode()), SILENT, SILENT]], indirect=True)
def test_the_pool_path_retries_and_times_out_as_the_sdk_does(server: RawServer) -> None:
    async def run() -> tuple[Any, Any]:
        http = httpx2.AsyncClient(transport=ConnectionPool())
        sdk = AsyncOpenAI(api_key="k", base_url=f"http://127.0.0.1:{server.port}/v1", http_client=http,
                          max_retries=1, timeout=httpx2.Timeout(0.5))  # fmt: skip
        direct = DirectClient(sdk, http)
        create = direct.chat.completions.with_raw_response.create
        try:
            raw = await create(model="m", messages=[])
            try:
                await create(model="m", messages=[])
            except APITimeoutError as e:
                return raw, e
            return raw, None
        finally:
            await http.aclose()

    raw, timed_out = asyncio.run(run())
    assert raw.retries_taken == 1 and raw.parse().choices[0].message.content == "Hi"
    assert raw.http_response.status_code == 200 and raw.http_response.json()["id"] == "c"
    assert isinstance(timed_out, APITimeoutError) and len(server.requests) == 4  # the timeout was retried once
