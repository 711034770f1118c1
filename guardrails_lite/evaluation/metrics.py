"""Confusion counts, rates and latency percentiles over case results.

Ground truth per validator key (an entry id, also matched by its ``use`` name unless that name is
another entry's id; see `label_for`):

* positive when the case lists it in `fires`;
* negative when the case lists it in `not_fires`, or the case is benign (``expect: allow``
  with nothing in `fires`): on a benign case every validator firing is a false positive;
* otherwise unlabelled for that validator (not counted): an attack that names no validator says
  nothing about which one should catch it.

Prediction per validator: the probe's `fired` (its own detection, independent of the others).
Overall, per case: positive when the case has `fires` or expects only non-allow outcomes,
negative when it expects ``allow``; predicted positive when the outcome is not ``allow``.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from guardrails_lite.evaluation.cases import Case
from guardrails_lite.evaluation.runner import CaseResult

__all__ = ["Confusion", "Summary", "ValidatorRow", "label_for", "percentile", "summarise"]


@dataclass(slots=True)
class Confusion:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, label: bool, predicted: bool) -> None:
        if label and predicted:
            self.tp += 1
        elif label:
            self.fn += 1
        elif predicted:
            self.fp += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def fpr(self) -> float | None:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else None

    def to_dict(self) -> dict[str, int | float | None]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": self.precision,
            "recall": self.recall,
            "fpr": self.fpr,
        }


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(len(ordered) * q / 100))
    return ordered[min(len(ordered), rank) - 1]


def label_for(case: Case, key: str, use: str, ids: Collection[str] = ()) -> bool | None:
    """The ground truth for entry `key` (validator `use`) on `case`; `ids` are every entry id of the policy.

    The entry's own id decides first. A validator name counts only when it is not also another
    entry's id: with entries ``pii`` (input) and ``summary_pii`` (output, ``use: pii``),
    ``fires: [pii]`` is about the input entry, not about ``summary_pii``.
    """
    if key in case.fires:
        return True
    if key in case.not_fires:
        return False
    by_name = use != key and use not in ids
    if by_name and use in case.fires:
        return True
    if by_name and use in case.not_fires:
        return False
    if case.label is False:
        return False
    return None


@dataclass(slots=True)
class ValidatorRow:
    key: str
    use: str
    confusion: Confusion
    p50_ms: float | None
    p95_ms: float | None
    errors: int
    fired: int

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.key,
            "use": self.use,
            **self.confusion.to_dict(),
            "p50_ms": self.p50_ms,
            "p95_ms": self.p95_ms,
            "errors": self.errors,
            "fired": self.fired,
        }


@dataclass(slots=True)
class Summary:
    cases: int
    passed: int
    overall: Confusion
    p50_ms: float | None
    p95_ms: float | None
    validators: list[ValidatorRow]
    tags: dict[str, tuple[int, int]] = field(default_factory=dict)  # tag -> (passed, total)

    @property
    def failed(self) -> int:
        return self.cases - self.passed

    def to_dict(self) -> dict[str, object]:
        return {
            "cases": self.cases,
            "passed": self.passed,
            "failed": self.failed,
            "overall": {**self.overall.to_dict(), "p50_ms": self.p50_ms, "p95_ms": self.p95_ms},
            "validators": [v.to_dict() for v in self.validators],
            "tags": {t: {"passed": p, "total": n} for t, (p, n) in sorted(self.tags.items())},
        }


def _ms(seconds: Iterable[float]) -> list[float]:
    return [s * 1000.0 for s in seconds]


def summarise(results: Sequence[CaseResult], keys: dict[str, str]) -> Summary:
    """`keys` maps validator keys (entry ids) to use names, in policy order."""
    overall = Confusion()
    for r in results:
        if r.case.label is not None and r.outcome != "error":
            overall.add(r.case.label, r.outcome != "allow")
    rows = []
    for key, use in keys.items():
        c = Confusion()
        times: list[float] = []
        errors = fired = 0
        for r in results:
            probe = r.probes.get(key)
            if probe is None:
                continue
            if probe.seconds > 0:
                times.append(probe.seconds)
            errors += probe.errored
            fired += probe.fired
            label = label_for(r.case, key, use, keys.keys())
            if label is not None:
                c.add(label, probe.fired)
        ms = _ms(times)
        rows.append(ValidatorRow(key, use, c, percentile(ms, 50), percentile(ms, 95), errors, fired))
    tags: dict[str, tuple[int, int]] = {}
    for r in results:
        for t in r.case.tags:
            p, n = tags.get(t, (0, 0))
            tags[t] = (p + r.passed, n + 1)
    case_ms = _ms(r.seconds for r in results)
    return Summary(
        cases=len(results),
        passed=sum(r.passed for r in results),
        overall=overall,
        p50_ms=percentile(case_ms, 50),
        p95_ms=percentile(case_ms, 95),
        validators=rows,
        tags=tags,
    )
