"""Threshold sweeps for score-based validators: recall and false-positive rate per threshold.

Scores come from the probe (see `runner`): each validator's maximum finding score per case.
A validator filters its own findings by its threshold, so a negative that scores below it reports
nothing. When the spec has a threshold field (`runner.THRESHOLD_FIELDS`), `--sweep` runs it a
second time with that field at its lowest allowed value, so negatives get scores too; otherwise
the sweep uses the scores at the configured threshold, and a case without a finding counts as
scoring below every threshold (the curve is then exact only above the configured threshold).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from guardrails_lite.evaluation.metrics import Confusion, label_for
from guardrails_lite.evaluation.runner import CaseResult

__all__ = ["MAX_POINTS", "MIN_NEGATIVES", "MIN_POSITIVES", "Sweep", "SweepPoint", "sweep"]

MAX_POINTS = 60
#: Fewest labelled positives and negatives before a threshold is suggested: below that, one case
#: more or less moves the recall or the false-positive rate by more than 10 points.
MIN_POSITIVES = 10
MIN_NEGATIVES = 10


@dataclass(slots=True)
class SweepPoint:
    threshold: float
    confusion: Confusion

    def to_dict(self) -> dict[str, object]:
        return {"threshold": self.threshold, **self.confusion.to_dict()}


@dataclass(slots=True)
class Sweep:
    key: str
    use: str
    param: str | None  # the spec's threshold field, when it has one
    current: float | None  # its configured value
    positives: int
    negatives: int
    points: list[SweepPoint] = field(default_factory=list)
    suggested: SweepPoint | None = None
    note: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.key,
            "use": self.use,
            "param": self.param,
            "current": self.current,
            "positives": self.positives,
            "negatives": self.negatives,
            "points": [p.to_dict() for p in self.points],
            "suggested": self.suggested.to_dict() if self.suggested else None,
            "note": self.note,
        }


def _thin(values: list[float]) -> list[float]:
    if len(values) <= MAX_POINTS:
        return values
    step = (len(values) - 1) / (MAX_POINTS - 1)
    return sorted({values[round(i * step)] for i in range(MAX_POINTS)})


def sweep(
    results: Sequence[CaseResult],
    keys: dict[str, str],
    params: dict[str, tuple[str, float]],
    max_fpr: float,
) -> list[Sweep]:
    """One `Sweep` per score-based key. `params` maps keys to (threshold field, configured value)."""
    out = []
    for key, use in keys.items():
        scored: list[tuple[bool, float | None]] = []
        any_score = False
        for r in results:
            probe = r.probes.get(key)
            label = label_for(r.case, key, use, keys.keys())
            if probe is None or label is None:
                continue
            score = probe.sweep_score if key in params else probe.score
            if probe.score is not None or probe.sweep_score is not None:
                any_score = True
            scored.append((label, score))
        if not any_score:
            continue  # not score-based, or never scored on these cases
        param, current = params.get(key, (None, None))
        s = Sweep(key, use, param, current, sum(lb for lb, _ in scored), sum(not lb for lb, _ in scored))
        if not s.positives or not s.negatives:
            s.note = "needs labelled positives and negatives for this validator"
            out.append(s)
            continue
        thresholds = _thin(sorted({sc for _, sc in scored if sc is not None}))
        for t in thresholds:
            c = Confusion()
            for label, sc in scored:
                c.add(label, sc is not None and sc >= t)
            s.points.append(SweepPoint(t, c))
        meeting = [p for p in s.points if (p.confusion.fpr or 0.0) <= max_fpr]
        if s.positives < MIN_POSITIVES or s.negatives < MIN_NEGATIVES:
            s.note = (
                f"no threshold suggested: {s.positives} labelled positive(s) and {s.negatives} negative(s); a "
                f"suggestion needs at least {MIN_POSITIVES} of each (add cases listing this validator in fires / "
                "not_fires), since one case more or less would move recall or FPR by over 10 points"
            )
        elif meeting:
            # Highest recall; among equals the highest threshold, which leaves the most margin.
            s.suggested = max(meeting, key=lambda p: (p.confusion.recall or 0.0, p.threshold))
        else:
            s.note = f"no threshold keeps the false-positive rate at or below {max_fpr:g}"
        out.append(s)
    return out
