"""A stand-in for the `time` module in budget tests: every reading of the clock is one second later."""

from __future__ import annotations


class SteppingClock:
    """`monotonic()` advances one second per reading (from `start`), so a deadline passes after a known
    number of checks; `reads` counts them."""

    def __init__(self, start: float = 0.0) -> None:
        self.now = start
        self.reads = 0

    def monotonic(self) -> float:
        self.reads += 1
        self.now += 1.0
        return self.now
