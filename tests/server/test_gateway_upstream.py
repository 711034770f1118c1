"""The gateway's upstream client against an upstream that closes keep-alive connections (no gateway process).

`ClosingServer` answers requests on 127.0.0.1 with a canned chat completion, and closes a
connection, without answering, on the request number `close_at` it receives there: what an
upstream does when its idle timeout fires just as the gateway reuses the connection (the 10
requests lost of 4,800 at 64 clients, benchmarks/results/gateway.md).
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import threading
from collections.abc import Iterator
from typing import Any

import openai
import pytest

from guardrails_lite.server.metrics import Metrics
from guardrails_lite.server.settings import Settings
from guardrails_lite.server.upstream import Upstream

COMPLETION = json.dumps(
    {
        "id": "c",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "fine"}, "finish_reason": "stop"}],
    }
).encode()
ANSWER = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (
    len(COMPLETION),
    COMPLETION,
)


class ClosingServer:
    def __init__(self, close_at: int, reset: bool) -> None:
        self.close_at, self.reset = close_at, reset
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.requests = 0  # requests received, answered or not
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        with conn:
            for n in range(1, 100):
                if not _read_request(conn):
                    return
                self.requests += 1
                if n == self.close_at:
                    if self.reset:  # an RST rather than a FIN
                        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                conn.sendall(ANSWER)


def _read_request(conn: socket.socket) -> bool:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return False
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    fields = (h.partition(b":") for h in head.split(b"\r\n"))
    length = next(int(v) for k, _, v in fields if k.lower() == b"content-length")
    while len(body) < length:
        body += conn.recv(65536)
    return True


@pytest.fixture
def closing(request: pytest.FixtureRequest) -> Iterator[ClosingServer]:
    server = ClosingServer(*request.param)
    server.thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.thread.join(5)
        server.sock.close()


def calls(server: ClosingServer, n: int) -> tuple[list[Any], str]:
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


@pytest.mark.parametrize("closing", [(2, False), (2, True)], indirect=True, ids=["eof", "reset"])
def test_a_request_on_a_connection_the_upstream_closed_is_resent_once(closing: ClosingServer) -> None:
    results, metrics = calls(closing, 3)
    assert [r.choices[0].message.content for r in results] == ["fine"] * 3
    # Calls 2 and 3 each met the connection closed at its second request and went again on a new one.
    assert (closing.connections, closing.requests) == (3, 5)
    assert 'guardrails_upstream_errors_total{kind="stale_connection"} 2.0' in metrics


@pytest.mark.parametrize("closing", [(1, False), (1, True)], indirect=True, ids=["eof", "reset"])
def test_a_request_that_fails_on_a_new_connection_is_not_resent(closing: ClosingServer) -> None:
    (result,), metrics = calls(closing, 1)
    assert isinstance(result, openai.APIConnectionError)  # the upstream may have acted on it: not sent twice
    assert (closing.connections, closing.requests) == (1, 1)
    assert 'kind="stale_connection"' not in metrics
