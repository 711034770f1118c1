"""`ConnectionPool`, the gateway's upstream transport, against a raw scripted server on 127.0.0.1 (`rawserver`)."""

from __future__ import annotations

import asyncio
import socket
import time
from typing import Any

import httpx2
import pytest

from guardrails_lite.server.connections import MAX_RESPONSE_HEAD, ConnectionPool
from tests.server.rawserver import SILENT, RawServer, ok


def run(server: RawServer, n: int = 1, read: float = 5.0, **pool: Any) -> tuple[list[Any], ConnectionPool]:
    """`n` POSTs in a row on one pool: each response (its status and body) or the exception it raised."""
    transport = ConnectionPool(**pool)
    resent: list[int] = []
    transport.on_resend = lambda: resent.append(1)

    async def go() -> list[Any]:
        out: list[Any] = []
        async with httpx2.AsyncClient(transport=transport, timeout=httpx2.Timeout(read, connect=5)) as client:
            for _ in range(n):
                try:
                    r = await client.post(server.url, content=b'{"a": 1}', headers={"authorization": "Bearer k"})
                    out.append((r.status_code, r.content))
                except httpx2.HTTPError as e:
                    out.append(e)
        return out

    results = asyncio.run(go())
    transport.resent = len(resent)  # type: ignore[attr-defined]
    return results, transport


@pytest.mark.parametrize("server", [[ok(b"one"), ok(b"two"), ok(b"three")]], indirect=True)
def test_keep_alive_connections_are_reused(server: RawServer) -> None:
    results, _ = run(server, 3)
    assert results == [(200, b"one"), (200, b"two"), (200, b"three")] and server.connections == 1
    request = server.requests[0]
    assert request.startswith(b"POST /v1/chat/completions HTTP/1.1\r\n") and request.endswith(b'\r\n\r\n{"a": 1}')
    assert b"authorization: bearer k" in request.lower() and b"content-length: 8" in request.lower()


CHUNKED = b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
UNTIL_CLOSE = b"HTTP/1.1 200 OK\r\nconnection: close\r\n\r\nall of it"
INTERIM = b"HTTP/1.1 103 Early Hints\r\nlink: </x>\r\n\r\n" + ok(b"after hints")


@pytest.mark.parametrize(
    ("server", "body", "connections"),
    [([CHUNKED, ok()], b"abcde", 1), ([UNTIL_CLOSE, ok()], b"all of it", 2), ([INTERIM, ok()], b"after hints", 1)],
    indirect=["server"],
    ids=["chunked", "until-close", "interim"],
)
def test_bodies_of_every_framing(server: RawServer, body: bytes, connections: int) -> None:
    results, _ = run(server, 2)
    assert results == [(200, body), (200, b"fine")] and server.connections == connections


@pytest.mark.parametrize(
    "server",
    [
        [b"HTTP/1.1 200 OK\r\nx: " + b"y" * MAX_RESPONSE_HEAD + b"\r\n\r\n"],
        [b"NOT HTTP AT ALL\r\n\r\n"],
        [b"HTTP/1.1 200 OK\r\ncontent-length: 50\r\n\r\nshort"],  # cut short
        [ok(b"x", b"content-length: 2")],  # two lengths: smuggling
    ],
    indirect=True,
    ids=["huge-head", "not-http", "cut-short", "two-lengths"],
)
def test_a_malformed_or_hostile_response_is_a_protocol_error(server: RawServer) -> None:
    (result,), pool = run(server)
    assert isinstance(result, httpx2.RemoteProtocolError | httpx2.ReadError), result
    assert not pool._idle.get((b"http", b"127.0.0.1", server.port))  # nothing kept of that connection


@pytest.mark.parametrize("server", [[ok(), None, ok(b"again")]], indirect=True)
def test_a_reused_connection_the_upstream_closed_is_resent_once(server: RawServer) -> None:
    results, pool = run(server, 2)
    assert results == [(200, b"fine"), (200, b"again")] and pool.resent == 1  # type: ignore[attr-defined]
    assert server.connections == 2 and len(server.requests) == 3


@pytest.mark.parametrize("server", [[None]], indirect=True)
def test_a_fresh_connection_that_fails_is_not_resent(server: RawServer) -> None:
    (result,), pool = run(server)
    assert isinstance(result, httpx2.RemoteProtocolError) and pool.resent == 0  # type: ignore[attr-defined]
    assert len(server.requests) == 1


@pytest.mark.parametrize("server", [[ok(), SILENT, ok()]], indirect=True)
def test_a_read_timeout_is_not_resent_even_on_a_reused_connection(server: RawServer) -> None:
    t0 = time.monotonic()
    results, pool = run(server, 2, read=0.5)
    assert results[0] == (200, b"fine") and isinstance(results[1], httpx2.ReadTimeout)
    assert pool.resent == 0 and len(server.requests) == 2 and time.monotonic() - t0 < 4  # type: ignore[attr-defined]


@pytest.mark.parametrize("server", [[ok(), ok(b"new")]], indirect=True)
def test_idle_connections_expire(server: RawServer) -> None:
    transport = ConnectionPool(idle_seconds=0.2)

    async def go() -> list[int]:
        async with httpx2.AsyncClient(transport=transport) as client:
            out = [(await client.post(server.url, content=b"{}")).status_code]
            await asyncio.sleep(0.4)
            out.append((await client.post(server.url, content=b"{}")).status_code)
            return out

    assert asyncio.run(go()) == [200, 200] and server.connections == 2


BIG = b"z" * (3 << 20)


@pytest.mark.parametrize("server", [[ok(BIG), ok(b"next")]], indirect=True)
def test_a_streamed_body_arrives_whole_and_a_half_read_one_is_not_reused(server: RawServer) -> None:
    async def go() -> tuple[bytes, bytes, int]:
        async with httpx2.AsyncClient(transport=ConnectionPool()) as client:
            async with client.stream("POST", server.url, content=b"{}") as r:
                pieces = [piece async for piece in r.aiter_raw()]
            whole = b"".join(pieces)
            async with client.stream("POST", server.url, content=b"{}") as r:
                first = await r.aiter_raw().__anext__()  # then left unread
            return whole, first, len(pieces)

    whole, first, pieces = asyncio.run(go())
    assert whole == BIG and pieces > 1 and first == b"next"


def test_a_header_with_a_line_break_is_refused() -> None:
    async def go() -> None:
        async with httpx2.AsyncClient(transport=ConnectionPool()) as client:
            request = client.build_request("POST", "http://127.0.0.1:9/x", content=b"{}")
            request.headers["x-evil"] = "a"
            request.headers._list[-1] = (b"x-evil", b"x-evil", b"a\r\nhost: elsewhere")  # past httpx's checks
            await client.send(request)

    with pytest.raises(httpx2.LocalProtocolError):
        asyncio.run(go())


def test_an_unreachable_upstream_is_a_connect_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, not listening: refused

    async def go() -> None:
        async with httpx2.AsyncClient(transport=ConnectionPool()) as client:
            await client.post(f"http://127.0.0.1:{port}/x", content=b"{}")

    with pytest.raises(httpx2.ConnectError):
        asyncio.run(go())
