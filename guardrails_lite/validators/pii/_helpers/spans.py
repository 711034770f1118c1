"""`Span` (one finding of the engine) and `resolve_overlaps`."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterable
from typing import NamedTuple


class Span(NamedTuple):
    """One detected entity: text[start:end] is `entity_type` with confidence `score`.

    A tuple (immutable, the same fields and repr as the frozen dataclass it was): a log of 25,000 IP
    addresses makes as many, and a tuple is built three times faster."""

    start: int
    end: int
    entity_type: str
    score: float


_POSITION = operator.itemgetter(0, 1)  # (start, end) of a Span, read in C
_START = operator.itemgetter(0)
_END = operator.itemgetter(1)


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Overlapping spans of one type become one span, their union with the best score; of overlapping spans of
    different types the best is kept (higher score, then longer). Sorted by start.

    A union, not the best, within a type: the builtin names tier's "Alice" (0.99) beat a spaCy pipeline's
    "Alice Example" (0.85), and the repair left the surname in the text ("<PERSON_1> Example")."""
    by_start = sorted(spans, key=_POSITION)
    # Each span's end against the next one's start, compared in C (a log makes thousands of spans).
    if _disjoint(by_start):
        return by_start  # disjoint already (the usual case, and a log of thousands of addresses)
    by_start = _unions(by_start)
    if _disjoint(by_start):
        return by_start
    ranked = sorted(by_start, key=lambda s: (-s.score, -(s.end - s.start), s.start))
    starts: list[int] = []
    kept: list[Span] = []  # sorted by start, pairwise disjoint
    for s in ranked:
        i = bisect.bisect_left(starts, s.start)
        if i < len(kept) and kept[i].start < s.end:
            continue
        if i > 0 and kept[i - 1].end > s.start:
            continue
        starts.insert(i, s.start)
        kept.insert(i, s)
    return kept


def _disjoint(by_start: list[Span]) -> bool:
    return all(map(operator.le, map(_END, by_start), map(_START, by_start[1:])))


def _unions(by_start: list[Span]) -> list[Span]:
    """`by_start` (sorted by start) with each run of overlapping spans of one type as one span: their union, with
    the best score of the run. Sorted by start."""
    growing: dict[str, Span] = {}  # entity type -> the run being grown
    out: list[Span] = []
    for s in by_start:
        run = growing.get(s.entity_type)
        if run is not None and s.start < run.end:
            growing[s.entity_type] = Span(run.start, max(run.end, s.end), run.entity_type, max(run.score, s.score))
            continue
        if run is not None:
            out.append(run)
        growing[s.entity_type] = s
    out += growing.values()
    return sorted(out, key=_POSITION)
