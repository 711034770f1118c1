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
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused"]

_LOCK = threading.Lock()
_state = {"depth": 0, "was_on": False}


@contextmanager
def paused() -> Iterator[None]:
    """Cyclic collection off inside the block (see the module's note)."""
    with _LOCK:
        if not _state["depth"]:
            _state["was_on"] = gc.isenabled()
            gc.disable()
        _state["depth"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _state["depth"] -= 1
            if not _state["depth"] and _state["was_on"]:
                gc.enable()
