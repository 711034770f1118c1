"""The upstream transport: httpx's own, plus one resend of a request lost to a stale keep-alive connection.

An upstream closes a keep-alive connection after its idle timeout (uvicorn and node: 5 s,
gunicorn: 2 s). httpx drops connections it sees closed, but between taking one from its pool and
writing to it the event loop may run other work (the validators of other requests run on it), and
if the upstream's timer fires meanwhile the request meets a closed socket: a reset or an end of
stream before any byte of a response. Under 64 concurrent clients that lost 10 of 4,800
requests (benchmarks/results/gateway.md, 18:25 UTC run).

Such a request never reached the upstream's application (the server had given up on the
connection), so it is sent once more, on a fresh connection: the rule of Go's ``net/http`` and of
browsers (resend when a *reused* connection fails before any response). A request that fails on a
connection opened for it, or after its response began, is not resent: the upstream may have
acted on it. Whether the connection was reused is read from httpcore's ``trace`` extension (no
``connect_tcp`` event during the attempt).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx2

__all__ = ["STALE_ERRORS", "ResendOnStaleConnection"]

#: What a request meets on a connection the peer closed: a reset (read or write) or an end of stream.
STALE_ERRORS = (httpx2.ReadError, httpx2.WriteError, httpx2.RemoteProtocolError)

Trace = Callable[[str, dict[str, Any]], Awaitable[None]]


class _Attempt:
    """Notes whether an attempt opened a connection; passes every event on to the caller's own trace."""

    __slots__ = ("connected", "inner")

    def __init__(self, inner: Trace | None) -> None:
        self.connected = False
        self.inner = inner

    async def __call__(self, name: str, info: dict[str, Any]) -> None:
        if name.startswith("connection.connect_"):
            self.connected = True
        if self.inner is not None:
            await self.inner(name, info)


class ResendOnStaleConnection(httpx2.AsyncBaseTransport):
    """`inner`, with a request that failed on a reused connection before any response resent once."""

    def __init__(self, inner: httpx2.AsyncBaseTransport, on_resend: Callable[[], None] | None = None) -> None:
        self.inner = inner
        self.on_resend = on_resend

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        caller_trace = request.extensions.get("trace")
        attempt = _Attempt(caller_trace)
        request.extensions["trace"] = attempt
        try:
            return await self.inner.handle_async_request(request)
        except STALE_ERRORS:
            # Only a body held in memory can be sent twice (the SDK always sends one).
            if attempt.connected or not isinstance(request.stream, httpx2.ByteStream):
                raise
        if self.on_resend is not None:
            self.on_resend()
        if caller_trace is None:
            del request.extensions["trace"]
        else:
            request.extensions["trace"] = caller_trace
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()
