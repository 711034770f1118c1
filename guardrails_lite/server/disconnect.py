"""Work that stops when the client goes away.

A guarded call can wait a long time before its response starts: input checks, the upstream's
answer (up to ``--upstream-timeout``), output checks and re-asks. Starlette notices a disconnect
only once a streaming response is under way, so until then the gateway watches for it itself:
the call is cancelled at once, which closes its upstream connection (the upstream stops
generating for nobody) and frees its concurrency slot.

The work runs in the handler's own task and one watcher task waits for the disconnect; when it
comes, the watcher cancels the handler's task. (Running the work as a second task and waiting on
both with ``asyncio.wait`` cost the gateway about 0.1 ms of CPU per request, a tenth of its own
work besides the policy's: benchmarks/results/gateway.md.) The watcher starts only once the work
has run for `WATCH_AFTER_S`: a call over by then (a blocked prompt, a fast upstream) never pays for
a task that would have been cancelled unused, and a longer one is cancelled at most that much later
than its client left.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from starlette.types import Receive

__all__ = ["WATCH_AFTER_S", "ClientGone", "unless_disconnected"]

T = TypeVar("T")


class ClientGone(Exception):
    """The client closed the connection before its answer was ready."""


async def _disconnected(receive: Receive) -> None:
    """Returns when the client disconnects (the body has been read: nothing else can arrive)."""
    while (await receive())["type"] != "http.disconnect":
        pass


#: Seconds of work before the watcher starts.
WATCH_AFTER_S = 0.01


class _Watch:
    """The watcher, once `start`ed, and its done callback: cancels `task` when the client disconnects while `live`."""

    __slots__ = ("gone", "live", "receive", "task", "watcher")

    def __init__(self, task: asyncio.Task[Any], receive: Receive) -> None:
        self.task, self.receive, self.live, self.gone = task, receive, True, False
        self.watcher: asyncio.Future[None] | None = None

    def start(self) -> None:
        if self.live:
            self.watcher = asyncio.ensure_future(_disconnected(self.receive))
            self.watcher.add_done_callback(self)

    def __call__(self, watcher: asyncio.Future[None]) -> None:
        # Scheduled when the watcher ends: a disconnect (or a failed receive), or its cancellation once the
        # work ended; a callback already scheduled then must not cancel the task that is now answering.
        if not watcher.cancelled():
            watcher.exception()  # retrieved: a failed receive counts as the client gone, as a disconnect
            if self.live:
                self.gone = True
                self.task.cancel()


async def unless_disconnected(receive: Receive, work: Coroutine[Any, Any, T]) -> T:
    """`work`'s result; if the client disconnects first (ASGI's `receive` says so), `work` is cancelled and
    `ClientGone` raised."""
    task = asyncio.current_task()
    assert task is not None
    watch = _Watch(task, receive)
    timer = asyncio.get_running_loop().call_later(WATCH_AFTER_S, watch.start)
    try:
        return await work
    except asyncio.CancelledError:
        if not watch.gone or task.uncancel() > 0:  # a cancellation from elsewhere (shutdown) goes on
            raise
        raise ClientGone from None
    finally:
        watch.live = False
        timer.cancel()
        if watch.watcher is not None:
            watch.watcher.cancel()
