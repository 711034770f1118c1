"""`Span` (one finding of the engine) and `resolve_overlaps`."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True, slots=True)
class Span:
    """One detected entity: text[start:end] is `entity_type` with confidence `score`."""

    start: int
    end: int
    entity_type: str
    score: float


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Keep the best of overlapping spans (higher score, then longer), sorted by start."""
    by_start = sorted(spans, key=lambda s: (s.start, s.end))
    if all(a.end <= b.start for a, b in pairwise(by_start)):
        return by_start  # disjoint already (the usual case, and a log of thousands of addresses)
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
