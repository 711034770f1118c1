"""The HTTP protocol the gateway serves with: uvicorn's httptools protocol, plus limits on request heads.

uvicorn bounds nothing while a request's line and headers arrive: its only timer is keep-alive
idleness *between* requests, cancelled by every byte received (``_unset_keepalive_if_required`` is
the first line of its ``data_received``); a fresh connection that sends nothing has no timer at all;
and httptools accepts headers of any size (20 MB of them were parsed in a trial here). So a client
sending a header byte every few seconds, or nothing, holds a connection for as long as it likes, and
enough of them exhaust the process's sockets (slowloris; uvicorn's issue #157 lists the missing
``--timeout-request-start``). `GuardedHttpProtocol` adds both limits:

- a request's line and headers must arrive within ``--header-timeout`` seconds of the connection
  opening, or of the request's first byte on a kept-alive connection; then the connection is closed,
  after an HTTP 408 if part of a request had arrived;
- they may hold at most `MAX_HEAD_BYTES` bytes (counted from the first read after the one in which
  the head began); more gets HTTP 431 and the connection is closed.

The body has its own deadline in the application (``--body-timeout``).

It also hands uvicorn a transport whose writes of one event-loop iteration go out together
(`Coalescing`): uvicorn writes a response's status line and headers as soon as the application
starts the response, and its body when that comes, so a plain answer left as two ``send`` calls
and two TCP segments, and the client woke twice.
"""

from __future__ import annotations

import asyncio
import functools
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from guardrails_lite.logs import get_logger
from guardrails_lite.server.settings import Settings

__all__ = ["MAX_HEAD_BYTES", "Coalescing", "GuardedHttpProtocol"]

#: Most bytes a request's line and headers may take: 64 KiB (nginx allows 32 KiB by default).
MAX_HEAD_BYTES = 64 << 10
_TIMED_OUT = b"HTTP/1.1 408 Request Timeout\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
_TOO_LARGE = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"

log = get_logger("guardrails_lite.server")


@functools.cache
def _header_timeout() -> float:
    return Settings.from_env().header_timeout  # `serve` set it for every worker


class Coalescing:
    """A transport whose writes within one event-loop iteration reach the real one as a single write, at the
    iteration's end (or before a close); everything else is the real transport's."""

    __slots__ = ("_loop", "_pending", "_transport")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport, self._loop = transport, loop
        self._pending: list[bytes] = []

    def write(self, data: bytes) -> None:
        if not self._pending:
            self._loop.call_soon(self.flush)
        self._pending.append(data)

    def flush(self) -> None:
        pending = self._pending
        if pending:
            data = pending[0] if len(pending) == 1 else b"".join(pending)
            pending.clear()
            if not self._transport.is_closing():  # a connection lost meanwhile: nobody to send to
                self._transport.write(data)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def write_eof(self) -> None:
        self.flush()
        self._transport.write_eof()

    def abort(self) -> None:
        self._pending.clear()
        self._transport.abort()

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + sum(map(len, self._pending))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class GuardedHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a deadline and a size limit on each request's line and headers."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_timer: asyncio.TimerHandle | None = None
        self._head_bytes = 0
        self._head_started = False

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _expired(self) -> None:
        self._head_timer = None
        if self.transport.is_closing():
            return
        log.info("request_head_timeout", started=self._head_started, head_bytes=self._head_bytes)
        if self._head_started:
            self.transport.write(_TIMED_OUT)
        self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(Coalescing(transport, self.loop))  # type: ignore[arg-type]
        # From the connection's start: one that never sends a byte is closed too.
        self._head_timer = self.loop.call_later(_header_timeout(), self._expired)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def on_message_begin(self) -> None:  # a request's first byte
        if self._head_timer is None:  # a later request on a kept-alive connection
            self._head_timer = self.loop.call_later(_header_timeout(), self._expired)
        self._head_started = True
        super().on_message_begin()

    def data_received(self, data: bytes) -> None:
        # Only a read that arrived while a head was already under way is all head: the read in which a
        # head starts may begin with the end of the previous request's body (pipelining), so it is not
        # counted (a head may thus reach 64 KiB plus one read, at most 256 KiB, before it is refused).
        head_under_way = self._head_started
        super().data_received(data)
        if not head_under_way or self._head_timer is None or self.transport.is_closing():
            return
        # Still no complete head: what arrived belongs to it (httptools itself buffers it unbounded).
        self._head_bytes += len(data)
        if self._head_bytes > MAX_HEAD_BYTES:
            self._disarm()
            log.info("request_head_too_large", head_bytes=self._head_bytes)
            self.transport.write(_TOO_LARGE)
            self.transport.close()

    def on_headers_complete(self) -> None:
        self._disarm()
        self._head_started = False
        self._head_bytes = 0
        super().on_headers_complete()
