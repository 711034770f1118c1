"""Python's cyclic garbage collector, paused while the names finder runs (`paused`).

A long name-dense text makes the finder allocate hundreds of thousands of small tuples, lists and named tuples.
Each allocation counts towards the collector's thresholds, so a 200k-character text of greeting lines set off
~380 young and 3-4 full collections, each full one walking every live object of the process: about a third of
the call's time, for nothing: the finder makes no reference cycles (its objects are freed by reference
counting; a test checks that a collection after many texts finds nothing unreachable), so a pause keeps no
memory. Only an exception's traceback (a missed deadline) makes a cycle, and that is collected after the call.

The collector's switch is process-wide: a depth count under a lock makes nested and concurrent callers
(threads of a server) safe. The first one in turns it off if it was on; the last one out turns it back on if
it was the finder that turned it off. An application that keeps the collector off keeps it off.
"""

from __future__ import annotations

import gc
import threading
from types import TracebackType

__all__ = ["paused"]

_LOCK = threading.Lock()


class _Paused:
    """The context manager `paused` returns (a class, not a generator: the finder enters it once per text)."""

    depth = 0  # callers inside, across threads
    was_on = False  # whether the collector was on when the first of them came in

    def __enter__(self) -> None:
        with _LOCK:
            if not _Paused.depth:
                _Paused.was_on = gc.isenabled()
                gc.disable()
            _Paused.depth += 1

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        with _LOCK:
            _Paused.depth -= 1
            if not _Paused.depth and _Paused.was_on:
                gc.enable()


_PAUSED = _Paused()


def paused() -> _Paused:
    """Cyclic collection off inside the block (see the module's note)."""
    return _PAUSED
