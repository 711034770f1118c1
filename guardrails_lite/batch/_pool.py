"""An ordered, bounded map over worker processes, each holding state it built once.

`ordered_map(build, work, items, workers=N)` calls ``work(state, item)`` for every item and yields
the results in input order. Each worker runs ``build()`` once (a guard, an evaluator), so `build`
and `work` must be picklable: module-level functions or `functools.partial` of them, carrying a
policy's source, never built objects. At most `inflight` items are submitted and not yet yielded,
so memory stays flat however many items the iterable produces. With ``workers=1`` everything runs
in this process through the same two functions, which is what makes the outputs identical.

A worker that dies (a crash in native code, the OOM killer) breaks the pool. The lost items are
then run again one `Recovery.split` part at a time in a fresh pool, so only a part that kills a
worker again is lost, and it is reported through `Recovery.crashed`, never silently dropped.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

__all__ = ["Recovery", "WorkerStartError", "ordered_map"]

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


def _context() -> multiprocessing.context.BaseContext:
    # forkserver: workers fork from a clean single-threaded server, never from a parent that may run
    # threads (a progress bar, the application's own); spawn where there is no forkserver.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def ordered_map(
    build: Callable[[], S],
    work: Callable[[S, T], R],
    items: Iterable[T],
    *,
    workers: int,
    inflight: int | None = None,
    recovery: Recovery[T, R] | None = None,
) -> Iterator[R]:
    """``work(state, item)`` for each item, in order; `state` is ``build()``, once per worker.

    `inflight` (default: four per worker) bounds the items read ahead of the one being yielded.
    Without `recovery`, a dead worker raises `BrokenProcessPool`; a worker whose `build` failed
    raises `WorkerStartError`.
    """
    if workers <= 1:
        state = build()
        for item in items:
            yield work(state, item)
        return
    limit = max(workers, inflight if inflight is not None else 4 * workers)
    runner = _Runner(workers, build, work, recovery)
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
        self, workers: int, build: Callable[[], S], work: Callable[[S, T], R], recovery: Recovery[T, R] | None
    ) -> None:
        self.workers, self.build, self.work, self.recovery = workers, build, work, recovery
        self.pool = self._new_pool()
        self.slots: deque[tuple[T, Future[R]]] = deque()
        self.ready: deque[R] = deque()

    def _new_pool(self) -> ProcessPoolExecutor:
        # Each process starts with the parent's import path and main module (multiprocessing's own
        # preparation), so `build` and `work` may name the application's modules.
        return ProcessPoolExecutor(self.workers, mp_context=_context(), initializer=_init, initargs=(self.build,))

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
