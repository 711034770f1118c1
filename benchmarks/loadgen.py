"""The gateway benchmark's two helpers, cheap enough that the CPU they take does not decide the result.

    python benchmarks/loadgen.py upstream BODY_FILE            -> prints its port, serves until killed
    python benchmarks/loadgen.py load PORT PATH CLIENTS N EXPECT WARMUP BODY_FILE  -> "measuring", one JSON line

On this 2-core machine the load generator and the canned upstream share the cores with the gateway,
so each request's cost in them comes out of the gateway's throughput; with one core per gateway
worker, the second worker's gain is bounded by what they leave. Round 6's helpers (uvicorn with a
raw ASGI app; asyncio streams parsing each head in Python) spent about 0.2 and 0.15 ms of CPU per
request. These are asyncio protocols on uvloop with httptools (C) parsing, nothing built per
request:

- `CannedUpstream`: every complete request on a keep-alive connection gets the same pre-encoded
  reply;
- `Client`: one keep-alive connection per simulated client, a pre-encoded request, the next one sent
  from the callback that completed the previous reply; each reply is checked (status 200 and the
  expected bytes in the body), and one that is wrong, cut short or missing counts as lost. The
  load process reports its own CPU time over the measured requests (not its start-up).
"""

from __future__ import annotations

import asyncio
import functools
import json
import resource
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import httptools

__all__ = ["CannedUpstream", "Client", "Run", "load", "upstream"]


class CannedUpstream(asyncio.Protocol):
    """One connection to the canned upstream: each complete request is answered with `reply`."""

    def __init__(self, reply: bytes) -> None:
        self.reply = reply
        self.parser = httptools.HttpRequestParser(self)
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's transports are not asyncio's classes

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            self.transport.close()

    def on_message_complete(self) -> None:
        assert self.transport is not None
        self.transport.write(self.reply)


def upstream(body: bytes) -> None:
    """Serve `body` as a JSON reply to every request, on an ephemeral port printed first."""
    head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % len(body)
    reply = head + body
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)
    print(sock.getsockname()[1], flush=True)

    async def serve() -> None:
        server = await asyncio.get_running_loop().create_server(lambda: CannedUpstream(reply), sock=sock)
        await server.serve_forever()

    with asyncio.Runner(loop_factory=_loop_factory()) as runner:
        runner.run(serve())


class Run:
    """One load run's request, its counters and its latencies."""

    def __init__(self, port: int, request: bytes, expect: bytes, requests: int) -> None:
        self.port, self.request, self.expect = port, request, expect
        self.todo = requests
        self.bad = 0  # a complete reply that is not status 200 with the expected bytes
        self.dropped = 0  # no complete reply (the connection closed, or could not be opened)
        self.latencies: list[float] = []


class Client(asyncio.Protocol):
    """One simulated client on one keep-alive connection: a request, its reply checked, the next request."""

    def __init__(self, run: Run, closed: asyncio.Future[None]) -> None:
        self.run, self.closed = run, closed
        self.parser = httptools.HttpResponseParser(self)
        self.body: list[bytes] = []
        self.busy = False
        self.sent = 0.0
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's transports are not asyncio's classes
        self._next()

    def _next(self) -> None:
        assert self.transport is not None
        if self.run.todo <= 0:
            self.transport.close()
            return
        self.run.todo -= 1
        self.busy = True
        self.body.clear()
        self.sent = time.perf_counter()
        self.transport.write(self.run.request)

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            assert self.transport is not None
            self.transport.close()  # counted as lost in `connection_lost`

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        run = self.run
        run.latencies.append(time.perf_counter() - self.sent)
        self.busy = False
        if self.parser.get_status_code() != 200 or run.expect not in b"".join(self.body):
            run.bad += 1
        self._next()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.busy:  # no complete reply: lost (the client reconnects for the requests left)
            self.run.dropped += 1
            self.busy = False
        if not self.closed.done():
            self.closed.set_result(None)


async def _client(run: Run) -> None:
    loop = asyncio.get_running_loop()
    while run.todo > 0:
        closed: asyncio.Future[None] = loop.create_future()
        try:
            await loop.create_connection(functools.partial(Client, run, closed), "127.0.0.1", run.port)
        except OSError:
            run.todo -= 1
            run.dropped += 1
            continue
        await closed


async def _load(port: int, path: str, clients: int, requests: int, expect: bytes, body: bytes) -> dict[str, Any]:
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer sk-bench\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    run = Run(port, head.encode() + body, expect, requests)
    cpu0, t0 = time.process_time(), time.perf_counter()
    await asyncio.gather(*(_client(run) for _ in range(clients)))
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    lat = sorted(run.latencies)
    return {
        "requests": requests,
        "ok": len(lat) - run.bad,
        "lost": run.bad + run.dropped,
        "rps": len(lat) / wall,
        "p50_ms": 1000 * lat[len(lat) // 2] if lat else float("nan"),
        "p99_ms": 1000 * lat[min(len(lat) - 1, int(len(lat) * 0.99))] if lat else float("nan"),
        "wall_s": wall,
        "load_cpu_s": cpu,
    }


def load(port: int, path: str, clients: int, requests: int, expect: bytes, body: bytes, warmup: int) -> None:
    """Warm up, then the measured run: its figures as one JSON line on stdout."""
    with asyncio.Runner(loop_factory=_loop_factory()) as runner:
        if warmup:
            runner.run(_load(port, path, clients, warmup, expect, body))
        print("measuring", flush=True)  # the caller may look at the server while the measured run goes on
        result = runner.run(_load(port, path, clients, requests, expect, body))
    result["load_maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result), flush=True)


def _loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's loop where installed (the gateway's ``server`` extra brings it), else asyncio's."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


if __name__ == "__main__":
    if sys.argv[1] == "upstream":
        upstream(Path(sys.argv[2]).read_bytes())
    elif sys.argv[1] == "load":
        port, path, clients, requests, expect, warmup, body = sys.argv[2:9]
        load(int(port), path, int(clients), int(requests), expect.encode(), Path(body).read_bytes(), int(warmup))
