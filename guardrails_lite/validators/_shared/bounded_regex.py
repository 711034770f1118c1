"""`regex` matches bounded by this thread's CPU time and the entry's deadline, not the process's CPU clock.

The `regex` module's ``timeout=`` reads C's ``clock()``: the CPU time of the whole process. Every other
thread's work counts against one match's limit, and so does the second core while long matches run
beside each other with the interpreter lock released: eight busy threads spent a 2 s limit long before
the match itself had used it, and the check failed closed on ordinary text. Here a limit means what the
policy says: `cap` seconds of the calling thread's CPU time (`time.thread_time`), and the entry's
`deadline` on `time.monotonic` like every other budget check. The engine's own timeout stays as the
only way to stop a single runaway match; when it fires before either of ours is spent (other threads'
time), the iteration resumes after the last match it gave, with a limit twice as long in the engine's
clock, up to `_MAX_STRETCH` times ours: a thread's time is a share of the process's.
"""

from __future__ import annotations

import operator
import time
from collections.abc import Generator

import regex

from guardrails_lite.validators._shared.gil import release_gil
from guardrails_lite.verdict import check_deadline

__all__ = ["finditer", "search", "spans"]

#: How far the engine's limit may stretch past ours when other threads' time keeps tripping it.
_MAX_STRETCH = 64.0
_SPAN = operator.methodcaller("span")


class _Limit:
    """The CPU time this thread may still spend on one iteration, and the deadline."""

    def __init__(self, cap: float, deadline: float | None) -> None:
        self.cap, self.deadline = cap, deadline
        self.start = time.thread_time()
        self.stretch = 1.0

    def engine_timeout(self) -> float:
        """Seconds of the engine's clock for the next attempt; raises once ours are spent."""
        left = self.cap - (time.thread_time() - self.start)
        if left <= 0:  # never hand the engine a negative timeout: it reads that as none at all
            raise TimeoutError("regular expression ran past its CPU time limit")
        if self.deadline is not None:
            check_deadline(self.deadline)
            left = min(left, self.deadline - time.monotonic())
        return max(left, 1e-6) * self.stretch

    def spurious(self) -> None:
        """The engine's clock ran out: raise if ours did too, else stretch the next attempt's limit."""
        self.engine_timeout()
        self.stretch = min(self.stretch * 2.0, _MAX_STRETCH)


def finditer(
    pattern: regex.Pattern[str], text: str, cap: float, deadline: float | None = None
) -> Generator[regex.Match[str], None, None]:
    """`pattern.finditer(text)`, stopped by `TimeoutError` after `cap` seconds of this thread's CPU time
    (the consumer's loop body included) or by `BudgetExceeded` at `deadline` (`time.monotonic`).

    The matches are those of `pattern.finditer(text)`, resumed attempts included. The lock is released
    while matching long texts only (`release_gil`).
    """
    limit = _Limit(cap, deadline)
    concurrent = release_gil(text)
    pos, last = 0, (-1, -1)
    while True:
        timeout = limit.engine_timeout()
        try:
            for m in pattern.finditer(text, pos, concurrent=concurrent, timeout=timeout):
                if m.span() == last:  # the empty match an attempt resumed on: given already
                    continue
                last = m.span()
                yield m
            return
        except TimeoutError:
            limit.spurious()
            pos = max(last[1], 0)


def spans(pattern: regex.Pattern[str], text: str, cap: float, deadline: float | None = None) -> list[tuple[int, int]]:
    """The spans of `finditer`'s matches, collected in C (no Python frame per match: a log of 25,000 addresses).

    The same limits, except that `cap` covers the matching only (there is no loop body): a caller that works
    per match checks the deadline itself.
    """
    limit = _Limit(cap, deadline)
    concurrent = release_gil(text)
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        timeout = limit.engine_timeout()
        got: list[tuple[int, int]] = []
        try:
            # `extend` keeps what it took before the engine's clock ran out.
            got.extend(map(_SPAN, pattern.finditer(text, pos, concurrent=concurrent, timeout=timeout)))
            done = True
        except TimeoutError:
            done = False
        if got and out and got[0] == out[-1]:
            del got[0]  # the empty match an attempt resumed on: given already
        out += got
        if done:
            return out
        limit.spurious()
        pos = max(out[-1][1], 0) if out else pos


def search(
    pattern: regex.Pattern[str], text: str, cap: float, deadline: float | None = None
) -> regex.Match[str] | None:
    """`pattern.search(text)` (the first match), within the same limits as `finditer`."""
    matches = finditer(pattern, text, cap, deadline)
    try:
        return next(matches, None)
    finally:
        matches.close()
