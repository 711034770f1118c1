"""The gateway's upstream client against an upstream that closes keep-alive connections (no gateway process).

`RawServer` answers with a canned chat completion, and closes a connection
without answering (an end of stream, or a reset) where scripted: what an upstream does when its
idle timeout fires just as the gateway reuses the connection (the 10 requests lost of 4,800 at 64
clients, benchmarks/results/gateway.md).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import openai
import pytest

from guardrails_lite.server.metrics import Metrics
from guardrails_lite.server.settings import Settings
from guardrails_lite.server.upstream import Upstream
from tests.server.rawserver import RESET, RawServer, ok

COMPLETION = json.dumps(
    {
        "id": "c",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "fine"}, "finish_reason": "stop"}],
    }
).encode()
ANSWER = ok(COMPLETION)


def calls(server: RawServer, n: int) -> tuple[list[Any], str]:
    """`n` chat completions in a row through the gateway's `Upstream`, and its metrics text."""
    settings = Settings(policy="p.yaml", upstream=f"http://127.0.0.1:{server.port}/v1", upstream_timeout=10)

    async def run() -> tuple[list[Any], str]:
        up = Upstream(settings, Metrics())
        out: list[Any] = []
        try:
            for _ in range(n):
                try:
                    messages = [{"role": "user", "content": "hi"}]
                    out.append(await up.client.chat.completions.create(model="m", messages=messages))
                except openai.APIConnectionError as e:
                    out.append(e)
        finally:
            await up.aclose()
        return out, up.metrics.render().decode()

    return asyncio.run(run())


@pytest.mark.parametrize(
    "server", [[ANSWER, None, ANSWER, None, ANSWER], [ANSWER, RESET, ANSWER, RESET, ANSWER]], indirect=True,
    ids=["eof", "reset"],
)  # fmt: skip
def test_a_request_on_a_connection_the_upstream_closed_is_resent_once(server: RawServer) -> None:
    results, metrics = calls(server, 3)
    assert [r.choices[0].message.content for r in results] == ["fine"] * 3
    # Calls 2 and 3 each met the connection closed at its second request and went again on a new one.
    assert (server.connections, len(server.requests)) == (3, 5)
    assert 'guardrails_upstream_errors_total{kind="stale_connection"} 2.0' in metrics


@pytest.mark.parametrize("server", [[None], [RESET]], indirect=True, ids=["eof", "reset"])
def test_a_request_that_fails_on_a_new_connection_is_not_resent(server: RawServer) -> None:
    (result,), metrics = calls(server, 1)
    assert isinstance(result, openai.APIConnectionError)  # the upstream may have acted on it: not sent twice
    assert (server.connections, len(server.requests)) == (1, 1)
    assert 'kind="stale_connection"' not in metrics
