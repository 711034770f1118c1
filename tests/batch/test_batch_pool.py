"""The ordered, bounded process pool: order, real parallelism, read-ahead bound, dead and broken workers."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
from batch_plugins import broken_state, builder_pid_state, offset_state, square_with_pid, state_and_pid

from guardrails_lite.batch import WorkerStartError
from guardrails_lite.batch._pool import Recovery, ordered_map, start_method

METHODS = [m for m in ("fork", "forkserver", "spawn") if m in multiprocessing.get_all_start_methods()]


def test_results_come_in_input_order_from_several_processes() -> None:
    items = list(range(200))
    out = list(ordered_map(offset_state, square_with_pid, items, workers=2))
    assert [r for r, _ in out] == [i * i + 1000 for i in items]
    pids = {pid for _, pid in out}
    assert len(pids) == 2 and os.getpid() not in pids


def test_one_worker_runs_in_this_process_through_the_same_functions() -> None:
    out = list(ordered_map(offset_state, square_with_pid, range(5), workers=1))
    assert out == [(i * i + 1000, os.getpid()) for i in range(5)]


def test_read_ahead_is_bounded() -> None:
    consumed = 0
    ahead: list[int] = []

    def items() -> Iterator[int]:
        nonlocal consumed
        for i in range(300):
            consumed += 1
            yield i

    for n, _ in enumerate(ordered_map(offset_state, square_with_pid, items(), workers=2, inflight=6), 1):
        ahead.append(consumed - n)
    assert max(ahead) <= 6  # never more than `inflight` items read and not yet yielded
    assert consumed == 300


def _split(item: int) -> list[int]:
    return [item]


def _crashed(item: int) -> tuple[int, int]:
    return (-999, 0)


def _merge(parts: list[tuple[int, int]]) -> tuple[int, int]:
    return parts[0]


@pytest.mark.parametrize("start", METHODS)
def test_a_dead_worker_loses_only_the_item_that_kills_it(start: str) -> None:
    items = [*range(20), -1, *range(20, 40)]
    recovery = Recovery(_split, _crashed, _merge)
    out = [r for r, _ in ordered_map(offset_state, square_with_pid, items, workers=2, recovery=recovery, start=start)]
    assert out == [*(i * i + 1000 for i in range(20)), -999, *(i * i + 1000 for i in range(20, 40))]


def test_a_worker_that_dies_before_the_next_item_is_read_is_recovered_too() -> None:
    """The pool breaks between two submits (the reader is slower than the crash): that item is re-run."""
    import time

    def items() -> Iterator[int]:
        yield 1
        yield -1  # kills its worker
        time.sleep(3)  # bounded: the pool is broken long before the next item is submitted
        yield from range(2, 6)

    recovery = Recovery(_split, _crashed, _merge)
    out = [r for r, _ in ordered_map(offset_state, square_with_pid, items(), workers=2, recovery=recovery)]
    assert out == [1001, -999, *(i * i + 1000 for i in range(2, 6))]


def test_a_dead_worker_without_recovery_is_an_error() -> None:
    from concurrent.futures.process import BrokenProcessPool

    with pytest.raises(BrokenProcessPool):
        list(ordered_map(offset_state, square_with_pid, [1, -1, 2], workers=2))


@pytest.mark.parametrize("start", METHODS)
def test_a_worker_that_cannot_build_its_state_says_why(start: str) -> None:
    with pytest.raises(WorkerStartError, match="RuntimeError: cannot build this worker's state"):
        list(ordered_map(broken_state, square_with_pid, range(10), workers=2, start=start))


@pytest.mark.skipif("fork" not in METHODS, reason="no fork on this platform")
def test_forked_workers_inherit_the_state_built_once_here_even_after_a_crash() -> None:
    items = [*range(10), -1, *range(10, 30)]
    recovery = Recovery(_split, lambda item: (item, 0, 0), lambda parts: parts[0])
    out = list(ordered_map(builder_pid_state, state_and_pid, items, workers=2, recovery=recovery, start="fork"))
    assert [item for item, _, _ in out] == items
    assert {builder for _, builder, _ in out if builder} == {os.getpid()}  # built here, not in a worker
    workers = {pid for _, builder, pid in out if builder}
    assert len(workers) >= 3 and os.getpid() not in workers  # two workers, and a new pool after the crash


@pytest.mark.parametrize("start", [m for m in METHODS if m != "fork"])
def test_other_start_methods_build_the_state_in_each_worker(start: str) -> None:
    out = list(ordered_map(builder_pid_state, state_and_pid, range(60), workers=2, start=start))
    assert [item for item, _, _ in out] == list(range(60))
    assert all(builder == pid != os.getpid() for _, builder, pid in out)


def test_fork_only_where_it_is_safe() -> None:
    expected = "fork" if sys.platform == "linux" else ("forkserver" if "forkserver" in METHODS else "spawn")
    probe = "from guardrails_lite.batch._pool import start_method; print(start_method())"
    fresh = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, check=True)
    assert fresh.stdout.strip() == expected  # a fresh process runs one thread (this one may run others)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, args=(30,))
    thread.start()
    try:  # another thread could hold a lock at the moment of the fork: never fork then
        assert start_method() == ("forkserver" if "forkserver" in METHODS else "spawn")
    finally:
        stop.set()
        thread.join()
    assert start_method("spawn") == "spawn"
    with pytest.raises(ValueError, match="not available"):
        start_method("teleport")
