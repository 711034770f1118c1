"""The upstream transport: HTTP/1.1 keep-alive connections on asyncio, responses parsed by httptools.

httpx's own transport (httpcore over anyio, h11's pure-Python parser) cost the gateway about
1.2 ms of CPU per upstream request, a third of its own work per call; a request on a plain
asyncio stream costs under 0.1 ms (benchmarks/results/gateway.md, round 4). `ConnectionPool` is
an httpx transport (httpx keeps the client side: requests, responses, errors, hooks, proxies
from the environment) that speaks HTTP/1.1 itself, with uvicorn's parser (httptools, the C
parser of Node's http-parser lineage, already a dependency of the ``server`` extra):

- one request at a time per connection; idle connections are kept per origin (at most
  `max_idle`, each for at most `idle_seconds`) and reused newest first;
- a request that fails on a *reused* connection before any byte of its response arrived (the
  upstream closed it after its idle timeout, a reset or an end of stream) is sent once more on a
  fresh connection: it never reached the upstream's application. Uvicorn and node close idle
  connections after 5 s, gunicorn after 2 s; under 64 clients this lost 10 of 4,800 requests
  (benchmarks/results/gateway.md, 18:25 UTC run). A request that fails on a connection opened
  for it, or after its response began, is not resent (Go's ``net/http`` and browsers do the same);
- httpx's timeouts: ``connect`` to open a connection, ``read`` for each wait for response bytes
  (the headers, then each piece of the body);
- what an upstream sends is bounded where httpx bounded nothing: response heads at 64 KiB;
- errors are httpx's (`httpx2.ConnectError`, `ReadTimeout`, `RemoteProtocolError`...), so the
  SDK's and the gateway's mapping of them stays as it was.

A connection whose response was not read to its end (a client that left mid-stream) is closed,
never reused.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import httptools
import httpx2

__all__ = ["MAX_RESPONSE_HEAD", "Connection", "ConnectionPool", "Origin", "origin_of"]

#: Most bytes of a response's status line and headers.
MAX_RESPONSE_HEAD = 64 << 10
#: Unread response bytes held before the connection stops reading (a slow reader of a stream).
_HIGH_WATER = 256 << 10
_PORTS = {b"http": 80, b"https": 443}
_HTTP11 = {"http_version": b"HTTP/1.1"}

Origin = tuple[bytes, bytes, int]


def origin_of(url: httpx2.URL) -> Origin:
    return url.raw_scheme, url.raw_host, url.port or _PORTS.get(url.raw_scheme, 80)


class _Stale(Exception):
    """A reused connection failed before any byte of the response arrived."""


class Connection(asyncio.Protocol):
    """One HTTP/1.1 connection: asyncio's protocol callbacks and httptools' parser callbacks."""

    def __init__(self, loop: asyncio.AbstractEventLoop, origin: Origin) -> None:
        self.loop, self.origin = loop, origin
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.lost = False
        self.reused = False
        self.idle_since = 0.0
        self._reset()

    def _reset(self) -> None:
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self.head_bytes = 0  # bytes received while the head was incomplete (httptools buffers them)
        self.header_bytes = 0  # the complete headers' sizes
        self.head_done = False
        self.complete = False
        self.reusable = False
        self.got_bytes = False
        self.chunks: list[bytes] = []
        self.buffered = 0
        self.error: Exception | None = None
        self.waiter: asyncio.Future[None] | None = None
        self.paused = False

    # -- asyncio's callbacks ----------------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # uvloop's is no asyncio.Transport subclass

    def data_received(self, data: bytes) -> None:
        self.got_bytes = True
        try:
            self.parser.feed_data(data)
        except (httptools.HttpParserError, httptools.HttpParserUpgrade) as e:
            self._fail(httpx2.RemoteProtocolError(f"malformed response from the upstream: {type(e).__name__}"))
            return
        if not self.head_done:  # all of `data` belongs to the head (httptools buffers it unbounded)
            self.head_bytes += len(data)
            if self.head_bytes > MAX_RESPONSE_HEAD:
                self._fail(httpx2.RemoteProtocolError("the upstream's response head exceeds 64 KiB"))

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        if self.complete or (self.waiter is None and not self.head_done and not self.got_bytes):
            self._wake()
            return
        if self.head_done and not self.complete and self._until_close():
            self.complete = True  # a body delimited by the end of the connection
            self._wake()
            return
        cls = httpx2.ReadError if exc is not None else httpx2.RemoteProtocolError
        self._fail(cls("the upstream closed the connection" + (" before answering" if not self.got_bytes else "")))

    def pause_writing(self) -> None:  # request bodies are sent whole; the kernel buffers them
        pass

    # -- httptools' callbacks ---------------------------------------------------------------------
    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))
        self.header_bytes += len(name) + len(value) + 4
        if self.header_bytes > MAX_RESPONSE_HEAD:
            self._fail(httpx2.RemoteProtocolError("the upstream's response head exceeds 64 KiB"))

    def on_headers_complete(self) -> None:
        status = self.parser.get_status_code()
        if status < 200:  # an interim response (100 Continue, 103 Early Hints): the real one follows
            self.headers = []
            return
        if self.error is not None:
            return  # too large a head: already failed
        self.status = status
        self.head_done = True
        self._wake()

    def on_body(self, body: bytes) -> None:
        if self.status == 0:
            return  # the body of an interim response (none is allowed): ignored
        self.chunks.append(body)
        self.buffered += len(body)
        if self.buffered > _HIGH_WATER and not self.paused and self.transport is not None:
            self.paused = True
            self.transport.pause_reading()
        self._wake()

    def on_message_complete(self) -> None:
        if self.status == 0:
            return  # the end of an interim response
        self.complete = True
        self.reusable = self.parser.should_keep_alive()  # read here: httptools resets it after this call
        self._wake()

    # -- the request side -------------------------------------------------------------------------
    def _until_close(self) -> bool:
        names = {k.lower() for k, _ in self.headers}
        return b"content-length" not in names and b"transfer-encoding" not in names

    def _wake(self) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _fail(self, error: Exception) -> None:
        if self.error is None:
            self.error = error
        if self.transport is not None:
            self.transport.close()
        self._wake()

    async def _wait(self, seconds: float | None, what: str) -> None:
        """Until the parser has news (or the connection failed), at most `seconds`."""
        waiter = self.waiter = self.loop.create_future()
        timer = None if seconds is None else self.loop.call_later(seconds, _expire, waiter)
        try:
            await waiter
        finally:
            self.waiter = None
            if timer is not None:
                timer.cancel()
        if self.error is None and timer is not None and waiter.result() is _TIMED_OUT:
            self._fail(httpx2.ReadTimeout(f"the upstream sent no {what} in time"))

    async def exchange(self, message: bytes, read: float | None) -> tuple[int, list[tuple[bytes, bytes]]]:
        """Send one request; its status and headers (the body follows through `next_chunk`)."""
        assert self.transport is not None
        self._reset()
        if self.lost or self.transport.is_closing():
            raise _Stale
        self.transport.write(message)
        while not self.head_done and self.error is None and not self.lost:
            await self._wait(read, "response")
        if self.error is not None or not self.head_done:
            if self.reused and not self.got_bytes and not isinstance(self.error, httpx2.TimeoutException):
                raise _Stale
            raise self.error or httpx2.RemoteProtocolError("the upstream closed the connection before answering")
        return self.status, self.headers

    async def next_chunk(self, read: float | None) -> bytes:
        """The next piece of the body; b"" at its end."""
        while not self.chunks and not self.complete and self.error is None:
            await self._wait(read, "body")
        if self.chunks:
            data = self.chunks[0] if len(self.chunks) == 1 else b"".join(self.chunks)
            self.chunks.clear()
            self.buffered = 0
            if self.paused and self.transport is not None:
                self.paused = False
                self.transport.resume_reading()
            return data
        if self.error is not None:
            raise self.error
        return b""

    def keep_alive(self) -> bool:
        return self.complete and self.reusable and not self.lost and self.error is None

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


_TIMED_OUT = object()


def _expire(waiter: asyncio.Future[Any]) -> None:
    if not waiter.done():
        waiter.set_result(_TIMED_OUT)


class _Body(httpx2.AsyncByteStream):
    """A response's body, read from its connection; the connection goes back to the pool at its end."""

    def __init__(self, pool: ConnectionPool, conn: Connection, read: float | None) -> None:
        self.pool, self.conn, self.read = pool, conn, read
        self.done = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            while True:
                chunk = await self.conn.next_chunk(self.read)
                if not chunk:
                    break
                yield chunk
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        if self.done:
            return
        self.done = True
        if self.conn.keep_alive():
            self.pool.release(self.conn)
        else:
            self.conn.close()


class ConnectionPool(httpx2.AsyncBaseTransport):
    """Keep-alive HTTP/1.1 connections to the upstream; see the module's text."""

    def __init__(
        self,
        ssl_context: ssl.SSLContext | None = None,
        max_idle: int = 100,
        idle_seconds: float = 5.0,
        on_resend: Callable[[], None] | None = None,
    ) -> None:
        self.ssl_context = ssl_context
        self.max_idle = max_idle
        self.idle_seconds = idle_seconds
        self.on_resend = on_resend
        self._idle: dict[Origin, list[Connection]] = {}

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        timeout = request.extensions.get("timeout", {})
        origin = origin_of(request.url)
        message = _message(request, await _body(request))
        read = timeout.get("read")
        conn, status, headers = await self.exchange(origin, message, timeout.get("connect"), read)
        return httpx2.Response(status, headers=headers, stream=self.body(conn, read), extensions=_HTTP11)

    async def exchange(
        self, origin: Origin, message: bytes, connect: float | None, read: float | None
    ) -> tuple[Connection, int, list[tuple[bytes, bytes]]]:
        """Send `message` (a whole request) to `origin`: the connection, and the response's status and
        headers; its body follows through `body` or `read_body`, which give the connection back."""
        conn = self._reuse(origin)
        if conn is not None:
            try:
                return conn, *await self._exchange(conn, message, read)
            except _Stale:
                conn.close()
                if self.on_resend is not None:
                    self.on_resend()
        conn = await self._connect(origin, connect)
        try:
            return conn, *await self._exchange(conn, message, read)
        except _Stale:  # a fresh connection is never reused: cannot happen, but never loop
            raise httpx2.RemoteProtocolError("the upstream closed the connection before answering") from None

    async def _exchange(
        self, conn: Connection, message: bytes, read: float | None
    ) -> tuple[int, list[tuple[bytes, bytes]]]:
        try:
            return await conn.exchange(message, read)
        except BaseException:  # an error, or the caller cancelled: the connection's state is unknown
            conn.close()
            raise

    def body(self, conn: Connection, read: float | None) -> httpx2.AsyncByteStream:
        """The response body on `conn`, as httpx reads one."""
        return _Body(self, conn, read)

    async def read_body(self, conn: Connection, read: float | None) -> bytes:
        """The whole response body on `conn` (then the connection is reused or closed)."""
        chunks = []
        try:
            while chunk := await conn.next_chunk(read):
                chunks.append(chunk)
        finally:
            if conn.keep_alive():
                self.release(conn)
            else:
                conn.close()
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    def _reuse(self, origin: Origin) -> Connection | None:
        idle = self._idle.get(origin)
        now = time.monotonic()
        while idle:
            conn = idle.pop()
            if conn.lost or now - conn.idle_since > self.idle_seconds:
                conn.close()
                continue
            conn.reused = True
            return conn
        return None

    def release(self, conn: Connection) -> None:
        """`conn` finished a response and may serve the next request."""
        idle = self._idle.setdefault(conn.origin, [])
        if len(idle) >= self.max_idle:
            idle.pop(0).close()  # the one idle longest
        conn.idle_since = time.monotonic()
        idle.append(conn)

    async def _connect(self, origin: Origin, seconds: float | None) -> Connection:
        scheme, host, port = origin
        loop = asyncio.get_running_loop()
        conn = Connection(loop, origin)
        name = host.decode("ascii")
        tls = None
        if scheme == b"https":
            if self.ssl_context is None:
                self.ssl_context = httpx2.create_ssl_context()  # httpx's: certifi's authorities, verified
            tls = self.ssl_context
        try:
            async with asyncio.timeout(seconds):
                await loop.create_connection(lambda: conn, name, port, ssl=tls, server_hostname=name if tls else None)
        except TimeoutError:
            raise httpx2.ConnectTimeout(f"no connection to the upstream within {seconds:g} s") from None
        except ssl.SSLCertVerificationError as e:  # OpenSSL's reason helps the operator (names no request text)
            raise httpx2.ConnectError(f"the upstream's certificate was refused: {e.verify_message}") from None
        except (OSError, ssl.SSLError) as e:
            raise httpx2.ConnectError(f"cannot connect to the upstream: {type(e).__name__}") from None
        return conn

    async def aclose(self) -> None:
        for idle in self._idle.values():
            for conn in idle:
                conn.close()
        self._idle.clear()


async def _body(request: httpx2.Request) -> bytes:
    stream = request.stream
    if isinstance(stream, httpx2.ByteStream):
        return bytes(stream._stream)
    return b"".join([part async for part in stream])  # type: ignore[union-attr]


_FORBIDDEN = (b"\r", b"\n", b"\0")


def _message(request: httpx2.Request, body: bytes) -> bytes:
    """The request's bytes on the wire: request line, headers (refusing line breaks in any), body."""
    lines = [b"%s %s HTTP/1.1" % (request.method.encode("ascii"), request.url.raw_path)]
    for name, value in request.headers.raw:
        if any(c in name or c in value for c in _FORBIDDEN):
            raise httpx2.LocalProtocolError("a request header holds a line break or NUL")
        lines.append(b"%s: %s" % (name, value))
    if body and b"content-length" not in (n.lower() for n, _ in request.headers.raw):
        lines.append(b"content-length: %d" % len(body))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body
