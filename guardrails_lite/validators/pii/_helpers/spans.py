"""`Span` (one finding of the engine) and `resolve_overlaps`."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterable, Sequence
from typing import NamedTuple, TypeVar


class Span(NamedTuple):
    """One detected entity: text[start:end] is `entity_type` with confidence `score`.

    A tuple (immutable, the same fields and repr as the frozen dataclass it was): a log of 25,000 IP
    addresses makes as many, and a tuple is built three times faster."""

    start: int
    end: int
    entity_type: str
    score: float


#: A span: a `Span` or a plain tuple of the same fields (the names finder's, inside the engine); read by position.
S = TypeVar("S", bound=tuple[int, int, str, float])

_POSITION = operator.itemgetter(0, 1)  # (start, end) of a Span, read in C
_START = operator.itemgetter(0)
_END = operator.itemgetter(1)


def resolve_overlaps(spans: Iterable[S]) -> list[S | Span]:
    """Overlapping spans of one type become one span, their union with the best score; of overlapping spans of
    different types the best is kept (higher score, then longer). Sorted by start.

    A union, not the best, within a type: the builtin names tier's "Alice" (0.99) beat a spaCy pipeline's
    "Alice Example" (0.85), and the repair left the surname in the text ("<PERSON_1> Example")."""
    by_start: list[S | Span] = sorted(spans, key=_POSITION)
    # Each span's end against the next one's start, compared in C (a log makes thousands of spans).
    if _disjoint(by_start):
        return by_start  # disjoint already (the usual case, and a log of thousands of addresses)
    joined = _unions(by_start)
    if _disjoint(joined):
        return joined
    ranked = sorted(joined, key=lambda s: (-s[3], -(s[1] - s[0]), s[0]))
    starts: list[int] = []
    kept: list[S | Span] = []  # sorted by start, pairwise disjoint
    for s in ranked:
        i = bisect.bisect_left(starts, s[0])
        if i < len(kept) and kept[i][0] < s[1]:
            continue
        if i > 0 and kept[i - 1][1] > s[0]:
            continue
        starts.insert(i, s[0])
        kept.insert(i, s)
    return kept


def _disjoint(by_start: Sequence[tuple[int, int, str, float]]) -> bool:
    return all(map(operator.le, map(_END, by_start), map(_START, by_start[1:])))


def _unions(by_start: list[S | Span]) -> list[S | Span]:
    """`by_start` (sorted by start) with each run of overlapping spans of one type as one span: their union, with
    the best score of the run. Sorted by start."""
    growing: dict[str, S | Span] = {}  # entity type -> the run being grown
    out: list[S | Span] = []
    for s in by_start:
        run = growing.get(s[2])
        if run is not None and s[0] < run[1]:
            growing[s[2]] = Span(run[0], max(run[1], s[1]), run[2], max(run[3], s[3]))
            continue
        if run is not None:
            out.append(run)
        growing[s[2]] = s
    out += growing.values()
    return sorted(out, key=_POSITION)
