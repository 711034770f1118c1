"""An ordered, bounded map over worker processes, each holding state it built once.

`ordered_map(build, work, items, workers=N)` calls ``work(state, item)`` for every item and yields
the results in input order. `build` and `work` must be picklable: module-level functions or
`functools.partial` of them, carrying a policy's source, never built objects. At most `inflight`
items are submitted and not yet yielded, so memory stays flat however many items the iterable
produces. With ``workers=1`` everything runs in this process through the same two functions,
which is what makes the outputs identical.

Where the state comes from depends on how workers start (`start_method`):

* ``fork`` (the default on Linux while this process runs no other Python thread): this process
  runs ``build()`` once and forks the workers with the state already built and warm. Building a
  guard is seconds of imports and model loading; done once instead of once per worker it no
  longer delays the first result by a second build on a busy core, and costs one build of CPU.
* ``forkserver`` / ``spawn`` (elsewhere, or when threads run: forking a threaded process can
  copy a lock some other thread holds): each worker runs ``build()`` once.

A worker that dies (a crash in native code, the OOM killer) breaks the pool. The lost items are
then run again one `Recovery.split` part at a time in a fresh pool, so only a part that kills a
worker again is lost, and it is reported through `Recovery.crashed`, never silently dropped.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

__all__ = ["Recovery", "WorkerStartError", "ordered_map", "start_method"]

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")

#: The worker's state, set by `_init` in each worker process, or why building it failed.
_STATE: Any = None
_FAILED: str | None = None


class WorkerStartError(RuntimeError):
    """A worker could not build its state (the policy, an imported module): carries the reason."""


@dataclass(frozen=True, slots=True)
class Recovery(Generic[T, R]):
    """How to retry an item whose worker died: its parts, the result of a part that killed a worker
    again, and how part results make the item's result."""

    split: Callable[[T], Sequence[T]]
    crashed: Callable[[T], R]
    merge: Callable[[list[R]], R]


def _init(build: Callable[[], Any]) -> None:
    global _STATE, _FAILED
    # Ctrl-C goes to the whole process group: the parent alone decides, and waits for the running items.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _STATE = build()
    except Exception as e:  # noqa: BLE001 - reported by the first item, as a message (it crosses processes)
        _FAILED = f"{type(e).__name__}: {e}"


def _run(work: Callable[[Any, Any], Any], item: Any) -> Any:
    if _FAILED is not None:
        raise WorkerStartError(_FAILED)
    return work(_STATE, item)


def _adopt(state: Any) -> None:
    """The initializer of a forked worker: the state arrives built, through the fork itself."""
    global _STATE, _FAILED
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # What the parent built lives as long as the worker: out of the collector's reach, a full
    # collection neither walks it nor writes to its pages (which would copy them from the parent).
    gc.freeze()
    _STATE, _FAILED = state, None


def start_method(requested: str | None = None) -> str:
    """How workers start: `requested`, else ``fork`` on Linux in a process running one Python
    thread, else ``forkserver`` (a clean single-threaded server), else ``spawn``.

    Only Linux forks by default: macOS's system libraries are not fork-safe (Python's own default
    there is spawn). Native threads are not counted: numpy's OpenBLAS keeps one and re-arms it
    with its own fork handlers.
    """
    methods = multiprocessing.get_all_start_methods()
    if requested is not None:
        if requested not in methods:
            raise ValueError(f"start method {requested!r} is not available here; available: {', '.join(methods)}")
        return requested
    if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def ordered_map(
    build: Callable[[], S],
    work: Callable[[S, T], R],
    items: Iterable[T],
    *,
    workers: int,
    inflight: int | None = None,
    recovery: Recovery[T, R] | None = None,
    start: str | None = None,
) -> Iterator[R]:
    """``work(state, item)`` for each item, in order; `state` is ``build()``, built once in this
    process and forked, or once per worker (see the module's notes; `start` names the method).

    `inflight` (default: four per worker) bounds the items read ahead of the one being yielded.
    Without `recovery`, a dead worker raises `BrokenProcessPool`; a `build` that fails raises
    `WorkerStartError`.
    """
    if workers <= 1:
        state = build()
        for item in items:
            yield work(state, item)
        return
    limit = max(workers, inflight if inflight is not None else 4 * workers)
    runner = _Runner(workers, build, work, recovery, start)
    try:
        for item in items:
            runner.submit(item)
            while len(runner) >= limit:
                yield runner.next()
        while len(runner):
            yield runner.next()
    finally:
        runner.pool.shutdown(wait=True, cancel_futures=True)


class _Runner(Generic[S, T, R]):
    """The pool and the items in flight; `ready` holds results of re-run items, which come first."""

    def __init__(
        self,
        workers: int,
        build: Callable[[], S],
        work: Callable[[S, T], R],
        recovery: Recovery[T, R] | None,
        start: str | None,
    ) -> None:
        self.workers, self.build, self.work, self.recovery, self.start = workers, build, work, recovery, start
        self.built: list[S] = []  # the state built here, once, for forked workers (a pool after a crash reuses it)
        self.pool = self._new_pool()
        self.slots: deque[tuple[T, Future[R]]] = deque()
        self.ready: deque[R] = deque()

    def _new_pool(self) -> ProcessPoolExecutor:
        method = start_method(self.start)
        context = multiprocessing.get_context(method)
        if method != "fork":
            # Each process starts with the parent's import path and main module (multiprocessing's own
            # preparation), so `build` and `work` may name the application's modules.
            return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init, initargs=(self.build,))
        if not self.built:
            try:
                self.built.append(self.build())
            except Exception as e:  # reported as a worker that cannot build its state reports it
                raise WorkerStartError(f"{type(e).__name__}: {e}") from e
        # No buffered output is copied twice: multiprocessing flushes the standard streams before it forks.
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_adopt, initargs=(self.built[0],))

    def __len__(self) -> int:
        return len(self.ready) + len(self.slots)

    def submit(self, item: T) -> None:
        try:
            future = self.pool.submit(_run, self.work, item)
        except BrokenProcessPool as exc:
            if self.recovery is None:
                raise
            # A worker died after the previous submit and before `next` saw it: the item waits in a failed
            # future, so `next` recovers it in its turn like the items that were in flight.
            future = Future()
            future.set_exception(exc)
        self.slots.append((item, future))

    def next(self) -> R:
        if self.ready:
            return self.ready.popleft()
        future = self.slots[0][1]
        try:
            result = future.result()
        except BrokenProcessPool:
            if self.recovery is None:
                raise
            self._recover(self.recovery)
            return self.ready.popleft()
        self.slots.popleft()
        return result

    def _recover(self, recovery: Recovery[T, R]) -> None:
        """Every item in flight is lost unless it finished: re-run the others part by part, in order."""
        lost = list(self.slots)
        self.slots.clear()
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new_pool()
        for item, future in lost:
            if future.done() and not future.cancelled() and future.exception() is None:
                self.ready.append(future.result())
                continue
            results: list[R] = []
            for part in recovery.split(item):
                try:
                    results.append(self.pool.submit(_run, self.work, part).result())
                except BrokenProcessPool:
                    results.append(recovery.crashed(part))  # it killed a worker again: report it, go on
                    self.pool.shutdown(wait=True, cancel_futures=True)
                    self.pool = self._new_pool()
            self.ready.append(recovery.merge(results))
