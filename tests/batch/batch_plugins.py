"""Validators and work functions the batch tests ship to worker processes by module name.

Imported as ``batch_plugins`` (this folder is on the import path of the tests and, through
multiprocessing's preparation, of every worker they start).
"""

from __future__ import annotations

import os
import time

from guardrails_lite import Context, Finding, Verdict, validator


@validator("t_exit_on", stages=("input",))
def t_exit_on(text: str, ctx: Context, *, word: str = "KILL") -> Verdict:
    """Kills the process it runs in when `word` is in the text: a crash in native code, as seen from outside."""
    if word in text:
        os._exit(3)
    return Verdict.fail(Finding("seen")) if "flag" in text else Verdict.ok()


def square_with_pid(offset: int, item: int) -> tuple[int, int]:
    """A `work` function: the state is an offset, the result says which process computed it."""
    if item == -1:
        os._exit(3)
    time.sleep(0.005)  # long enough that every worker gets items, however late it started
    return item * item + offset, os.getpid()


def offset_state() -> int:
    return 1000


def broken_state() -> int:
    raise RuntimeError("cannot build this worker's state")


def builder_pid_state() -> int:
    """A `build` function: the state is the id of the process that built it."""
    return os.getpid()


def state_and_pid(state: int, item: int) -> tuple[int, int, int]:
    """A `work` function: (item, the builder's pid, this worker's pid); -1 kills the worker."""
    if item == -1:
        os._exit(3)
    time.sleep(0.005)
    return item, state, os.getpid()
