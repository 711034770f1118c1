"""The stream objects handed to callers, for the sync and the async client.

They only do I/O: each upstream event goes through an `Adapter` (Chat Completions chunks or
Responses events) to get its text, the `StreamSession` decides what may be released, and the
adapter turns released text back into events of the same API.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from types import TracebackType
from typing import Any, Generic, Protocol, TypeVar

from guardrails_lite.guard import Prompt
from guardrails_lite.integrations.openai._core import GuardInfo
from guardrails_lite.integrations.openai._stream import StreamSession

T = TypeVar("T")


class Adapter(Protocol[T]):
    """One attempt's upstream events, seen through their text."""

    #: What carries the attempt's token usage (an object with ``.usage``), if anything did.
    usage: Any

    def take(self, event: Any) -> str:
        """Remember `event` (held back unless it is text); return the text it carries."""

    def text(self, out: str) -> list[T]:
        """Events releasing `out` (plus any held events that must come first)."""

    def tail(self, rest: str, final: str) -> list[T]:
        """Events after validation: the rest of the text, then the held events, patched to `final`."""


class GuardedStream(Generic[T]):
    """Iterates events of validated text; ``.guard`` is set once it is exhausted.

    The first request goes out when the stream is created, so API errors are raised there, as by
    the SDK. A block ends iteration by raising `Blocked`; no text follows.
    """

    def __init__(
        self, session: StreamSession, send: Callable[[Prompt], Any], adapter: Callable[[], Adapter[T]]
    ) -> None:
        self._session = session
        self._send = send
        self._adapter = adapter
        self._upstream: Any = None
        self.guard: GuardInfo | None = None
        assert session.prompt is not None
        self._raw = send(session.prompt)
        self._it = self._run()

    def _run(self) -> Generator[T, None, None]:
        s = self._session
        raw = self._raw
        while True:
            upstream = raw.parse()
            self._upstream = upstream
            events = self._adapter()
            with upstream:
                for event in upstream:
                    out = s.feed(events.take(event))
                    if out:
                        yield from events.text(out)
                    if s.stop_reading:
                        break
            s.tally.add(events.usage, raw.retries_taken)
            rest, prompt = s.end()
            if prompt is None:
                yield from events.tail(rest, s.text)
                break
            raw = self._send(prompt)
        self.guard = s.info

    def __iter__(self) -> Generator[T, None, None]:
        return self._it

    def __next__(self) -> T:
        return next(self._it)

    def close(self) -> None:
        self._it.close()
        if self._upstream is not None:
            self._upstream.close()
        else:
            self._raw.http_response.close()  # never iterated: release the connection
        self._session.close()

    def __enter__(self) -> GuardedStream[T]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncGuardedStream(Generic[T]):
    """`GuardedStream` for the async client; ``create`` awaits `start` before returning it."""

    def __init__(
        self, session: StreamSession, send: Callable[[Prompt], Awaitable[Any]], adapter: Callable[[], Adapter[T]]
    ) -> None:
        self._session = session
        self._send = send
        self._adapter = adapter
        self._upstream: Any = None
        self._raw: Any = None
        self.guard: GuardInfo | None = None
        self._it = self._run()

    async def start(self) -> AsyncGuardedStream[T]:
        assert self._session.prompt is not None
        self._raw = await self._send(self._session.prompt)
        return self

    async def _run(self) -> AsyncGenerator[T, None]:
        s = self._session
        raw = self._raw
        while True:
            upstream = raw.parse()
            self._upstream = upstream
            events = self._adapter()
            async with upstream:
                async for event in upstream:
                    out = s.feed(events.take(event))
                    if out:
                        for e in events.text(out):
                            yield e
                    if s.stop_reading:
                        break
            s.tally.add(events.usage, raw.retries_taken)
            rest, prompt = s.end()
            if prompt is None:
                for e in events.tail(rest, s.text):
                    yield e
                break
            raw = await self._send(prompt)
        self.guard = s.info

    def __aiter__(self) -> AsyncGenerator[T, None]:
        return self._it

    async def __anext__(self) -> T:
        return await self._it.__anext__()

    async def close(self) -> None:
        await self._it.aclose()
        if self._upstream is not None:
            await self._upstream.close()
        elif self._raw is not None:
            await self._raw.http_response.aclose()  # never iterated: release the connection
        self._session.close()

    async def __aenter__(self) -> AsyncGuardedStream[T]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
