"""The ordered, bounded process pool: order, real parallelism, read-ahead bound, dead and broken workers."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from batch_plugins import broken_state, offset_state, square_with_pid

from guardrails_lite.batch import WorkerStartError
from guardrails_lite.batch._pool import Recovery, ordered_map


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


def test_a_dead_worker_loses_only_the_item_that_kills_it() -> None:
    items = [*range(20), -1, *range(20, 40)]
    recovery = Recovery(_split, _crashed, _merge)
    out = [r for r, _ in ordered_map(offset_state, square_with_pid, items, workers=2, recovery=recovery)]
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


def test_a_worker_that_cannot_build_its_state_says_why() -> None:
    with pytest.raises(WorkerStartError, match="RuntimeError: cannot build this worker's state"):
        list(ordered_map(broken_state, square_with_pid, range(10), workers=2))
