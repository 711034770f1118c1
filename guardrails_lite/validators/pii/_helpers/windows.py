"""Windows around anchors: the short stretches of text a recognizer's own regexes get to see."""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable
from typing import NamedTuple

_EDGE_SLACK = 32  # how far a window edge may move outward to land on whitespace
_SPAN = operator.methodcaller("span")


class Anchor(NamedTuple):
    """A linear scan every true match of a recognizer must touch, and the margins (chars before,
    chars after) that widen a window so the recognizer sees the whole candidate."""

    pattern: re.Pattern[str]
    before: int
    after: int


def windows(text: str, anchor: Anchor) -> list[tuple[int, int]]:
    """Merged [start, end) windows around every anchor match, edges moved out to whitespace."""
    return merge_widen(text, map(_SPAN, anchor.pattern.finditer(text)), anchor.before, anchor.after)


def merge_widen(text: str, spans: Iterable[tuple[int, int]], before: int, after: int) -> list[tuple[int, int]]:
    n = len(text)
    out: list[tuple[int, int]] = []
    lo, hi = 0, -1  # the window being grown (none yet); plain comparisons: "a@a@a@..." makes 100,000 anchors
    for ms, me in spans:
        if hi >= 0 and ms - before <= hi:
            if me + after > hi:
                hi = me + after
            continue
        if hi >= 0:
            out.append((lo, hi if hi < n else n))
        lo, hi = (ms - before if ms > before else 0), me + after
    if hi >= 0:
        out.append((lo, hi if hi < n else n))
    widened: list[tuple[int, int]] = []
    for s, e in out:
        floor = max(0, s - _EDGE_SLACK)
        while s > floor and not text[s - 1].isspace():
            s -= 1
        ceil = min(n, e + _EDGE_SLACK)
        while e < ceil and not text[e].isspace():
            e += 1
        if widened and s <= widened[-1][1]:
            widened[-1] = (widened[-1][0], max(e, widened[-1][1]))
        else:
            widened.append((s, e))
    return widened
