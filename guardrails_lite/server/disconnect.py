"""Work that stops when the client goes away.

A guarded call can wait a long time before its response starts: input checks, the upstream's
answer (up to ``--upstream-timeout``), output checks and re-asks. Starlette notices a disconnect
only once a streaming response is under way, so until then the gateway watches for it itself:
the call is cancelled at once, which closes its upstream connection (the upstream stops
generating for nobody) and frees its concurrency slot.
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


async def unless_disconnected(request: Request, work: Coroutine[Any, Any, T]) -> T:
    """`work`'s result; if the client disconnects first, `work` is cancelled and `ClientGone` raised."""
    task = asyncio.ensure_future(work)
    watch = asyncio.ensure_future(_disconnected(request))
    try:
        await asyncio.wait((task, watch), return_when=asyncio.FIRST_COMPLETED)
    finally:  # also when this handler is cancelled itself
        watch.cancel()
        if not task.done():
            task.cancel()
        await asyncio.gather(task, watch, return_exceptions=True)  # cancellations finish (connections closed)
    if task.cancelled():
        raise ClientGone
    return task.result()
