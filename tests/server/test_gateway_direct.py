"""`DirectClient`: the guarded endpoints' upstream calls without the SDK's transform, byte for byte the SDK's."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx2
import pytest
from openai import AsyncOpenAI, Omit
from openai._utils import async_maybe_transform
from openai.types.chat import completion_create_params as chat_params
from openai.types.responses import response_create_params as responses_params

from guardrails_lite.server.direct import DirectClient
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


def sent(call: Any) -> list[tuple[str, str, dict[str, str], Any]]:
    """What `call(client)` puts on the wire: method, URL, headers and JSON body of each request."""
    seen: list[tuple[str, str, dict[str, str], Any]] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append((request.method, str(request.url), dict(request.headers), json.loads(request.content)))
        return httpx2.Response(500, json={"error": {"message": "no"}})

    async def run() -> None:
        http = httpx2.AsyncClient(transport=httpx2.MockTransport(answer))
        client = AsyncOpenAI(api_key="placeholder", base_url="http://upstream.test/v1", http_client=http, max_retries=0)
        raw = await call(client)
        assert raw.http_response.status_code == 500
        await http.aclose()

    with pytest.raises(Exception, match="500"):
        asyncio.run(run())
    return seen


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize("endpoint", ["chat", "responses"])
def test_direct_calls_send_what_the_sdk_sends(endpoint: str, stream: bool) -> None:
    params = {**(CHAT if endpoint == "chat" else RESPONSES), "stream": stream}
    headers = {"Authorization": "Bearer sk-caller", "OpenAI-Organization": Omit(), "OpenAI-Project": "p"}
    kwargs = {**params, "extra_headers": headers, "extra_body": {"top_k": 5}}

    def via(client: Any) -> Any:
        api = client.chat.completions if endpoint == "chat" else client.responses
        return api.with_raw_response.create(**kwargs)

    sdk = sent(via)
    direct = sent(lambda c: via(DirectClient(c)))
    assert direct == sdk and len(sdk) == 1
    assert sdk[0][2]["authorization"] == "Bearer sk-caller" and "openai-organization" not in sdk[0][2]
    assert sdk[0][3] == {**params, "top_k": 5}
