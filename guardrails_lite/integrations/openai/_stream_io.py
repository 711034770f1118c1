"""Safe streaming, the I/O: the stream objects handed to callers, for the sync and the async client.

They only move events: each upstream event goes through an `Adapter` (Chat Completions chunks or
Responses events) to get its text, the `StreamSession` (`_release`) decides what may be released,
and the adapter turns released text back into events of the same API.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from types import TracebackType
from typing import Any, Generic, Protocol, TypeVar

from openai import APIResponseValidationError

from guardrails_lite._offload import run_checks
from guardrails_lite.guard import Prompt, output_chars
from guardrails_lite.integrations.openai._core import GuardInfo, Tally
from guardrails_lite.integrations.openai._release import StreamSession
from guardrails_lite.integrations.openai._side import SideText

T = TypeVar("T")


class Adapter(Protocol[T]):
    """One attempt's upstream events, seen through their text."""

    #: What carries the attempt's token usage (an object with ``.usage``), if anything did.
    usage: Any

    @property
    def ended(self) -> bool:
        """The upstream said the answer is complete (a finish reason, a final event)."""

    def take(self, event: Any) -> str:
        """Remember `event` (held back unless it is text); return the text it carries."""

    def text(self, out: str) -> list[T]:
        """Events releasing `out` (plus any held events that must come first)."""

    def side_chars(self) -> int:
        """Characters of model text outside the answer that `tail` will check (refusals, call arguments)."""

    def tail(self, rest: str, final: str, side: SideText) -> list[T]:
        """Events after validation: the rest of the text, then the held events, patched to `final`
        (their tool arguments and refusals checked by `side`, other model text dropped)."""


class _Attempt(Generic[T]):
    """One upstream response of a streamed call: its events in, released events out."""

    def __init__(self, session: StreamSession, adapter: Adapter[T], tally: Tally, side: SideText) -> None:
        self.session = session
        self.events = adapter
        self.tally = tally
        self.side = side

    def take(self, event: Any) -> list[T]:
        return self.release(self.events.take(event))

    async def atake(self, event: Any) -> list[T]:
        """`take` from async code: a check of a long answer so far runs in a worker thread (`_offload`)."""
        delta = self.events.take(event)
        return await run_checks(output_chars(self.session.call, self.session.releaser.due(delta)), self.release, delta)

    def release(self, delta: str) -> list[T]:
        out = self.session.feed(delta)
        return self.events.text(out) if out else []

    @property
    def done(self) -> bool:
        return self.session.stop_reading

    def end(self, raw: Any) -> tuple[list[T], Prompt | None]:
        """(the closing events, None) once the answer is accepted, else ([], the re-ask prompt).

        An upstream stream that stopped before saying it was complete (no finish reason, no final
        event: a dropped connection, a truncating proxy) is an API error, never an answer.
        """
        if not self.events.ended and not self.session.stop_reading:
            raise APIResponseValidationError(
                raw.http_response, None, message="the server's stream ended before the answer was complete"
            )
        self.tally.add(self.events.usage, raw.retries_taken)
        rest, prompt = self.session.end()
        if prompt is not None:
            return [], prompt
        assert self.session.result is not None
        return self.events.tail(rest, self.session.result.text, self.side), None

    def info(self) -> GuardInfo:
        assert self.session.result is not None
        return GuardInfo.of(self.session.result, self.tally, self.side)


class _Stream(Generic[T]):
    """What the sync and the async stream hold: the session, how to send a prompt, the adapter."""

    def __init__(
        self, session: StreamSession, send: Callable[[Prompt], Any], adapter: Callable[[SideText], Adapter[T]]
    ) -> None:
        self._session = session
        self._send = send
        self._adapter = adapter
        self._tally = Tally()
        self._side = SideText(session.plan, session.call)
        self._upstream: Any = None
        self._raw: Any = None
        #: The guard's result (action, attempts, findings, usage), once the stream is exhausted.
        self.guard: GuardInfo | None = None

    def _attempt(self) -> _Attempt[T]:
        return _Attempt(self._session, self._adapter(self._side), self._tally, self._side)


class GuardedStream(_Stream[T]):
    """Iterates events of validated text; ``.guard`` is set once it is exhausted.

    The first request goes out when the stream is created, so API errors are raised there, as by
    the SDK. A block ends iteration by raising `Blocked`; no text follows.
    """

    def __init__(
        self, session: StreamSession, send: Callable[[Prompt], Any], adapter: Callable[[SideText], Adapter[T]]
    ) -> None:
        super().__init__(session, send, adapter)
        assert session.prompt is not None
        self._raw = send(session.prompt)
        self._it = self._run()

    def _run(self) -> Generator[T, None, None]:
        raw = self._raw
        while True:
            self._upstream = raw.parse()
            attempt = self._attempt()
            with self._upstream as upstream:
                for event in upstream:
                    yield from attempt.take(event)
                    if attempt.done:
                        break
            tail, prompt = attempt.end(raw)
            yield from tail
            if prompt is None:
                break
            raw = self._send(prompt)
        self.guard = attempt.info()

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


class AsyncGuardedStream(_Stream[T]):
    """`GuardedStream` for the async client; ``create`` awaits `start` before returning it."""

    def __init__(
        self,
        session: StreamSession,
        send: Callable[[Prompt], Awaitable[Any]],
        adapter: Callable[[SideText], Adapter[T]],
    ) -> None:
        super().__init__(session, send, adapter)
        self._it = self._run()

    async def start(self) -> AsyncGuardedStream[T]:
        assert self._session.prompt is not None
        self._raw = await self._send(self._session.prompt)
        return self

    async def _run(self) -> AsyncGenerator[T, None]:
        raw = self._raw
        while True:
            self._upstream = raw.parse()
            attempt = self._attempt()
            async with self._upstream as upstream:
                async for event in upstream:
                    for e in await attempt.atake(event):
                        yield e
                    if attempt.done:
                        break
            # The answer's last checks and the side text's (tool arguments, refusals) in `end`.
            checked = len(self._session.releaser.buffer) + attempt.events.side_chars()
            tail, prompt = await run_checks(output_chars(self._session.call, checked), attempt.end, raw)
            for e in tail:
                yield e
            if prompt is None:
                break
            raw = await self._send(prompt)
        self.guard = attempt.info()

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
