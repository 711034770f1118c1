"""Work that stops when the client goes away.

A guarded call can wait a long time before its response starts: input checks, the upstream's
answer (up to ``--upstream-timeout``), output checks and re-asks. Starlette notices a disconnect
only once a streaming response is under way, so until then the gateway watches for it itself:
the call is cancelled at once, which closes its upstream connection (the upstream stops
generating for nobody) and frees its concurrency slot.

The work runs in the handler's own task and one watcher task waits for the disconnect; when it
comes, the watcher cancels the handler's task. (Running the work as a second task and waiting on
both with ``asyncio.wait`` cost the gateway about 0.1 ms of CPU per request, a tenth of its own
work besides the policy's: benchmarks/results/gateway.md.)
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from starlette.requests import Request

__all__ = ["ClientGone", "unless_disconnected"]

T = TypeVar("T")


class ClientGone(Exception):
    """The client closed the connection before its answer was ready."""


async def _disconnected(request: Request) -> None:
    """Returns when the client disconnects (the body has been read: nothing else can arrive)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


class _Watch:
    """The watcher's done callback: cancels `task` when the client disconnects while `live`."""

    __slots__ = ("gone", "live", "task")

    def __init__(self, task: asyncio.Task[Any]) -> None:
        self.task, self.live, self.gone = task, True, False

    def __call__(self, watcher: asyncio.Task[None]) -> None:
        # Scheduled when the watcher ends: a disconnect (or a failed receive), or its cancellation once the
        # work ended; a callback already scheduled then must not cancel the task that is now answering.
        if not watcher.cancelled():
            watcher.exception()  # retrieved: a failed receive counts as the client gone, as a disconnect
            if self.live:
                self.gone = True
                self.task.cancel()


async def unless_disconnected(request: Request, work: Coroutine[Any, Any, T]) -> T:
    """`work`'s result; if the client disconnects first, `work` is cancelled and `ClientGone` raised."""
    task = asyncio.current_task()
    assert task is not None
    watch = _Watch(task)
    watcher = asyncio.ensure_future(_disconnected(request))
    watcher.add_done_callback(watch)
    try:
        return await work
    except asyncio.CancelledError:
        if not watch.gone or task.uncancel() > 0:  # a cancellation from elsewhere (shutdown) goes on
            raise
        raise ClientGone from None
    finally:
        watch.live = False
        watcher.cancel()
