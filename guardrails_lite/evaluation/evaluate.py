"""One evaluation: a policy over cases, with its summary, sweeps and an optional comparison."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from guardrails_lite.evaluation.cases import Case
from guardrails_lite.evaluation.compare import Change, diff
from guardrails_lite.evaluation.metrics import Summary, summarise
from guardrails_lite.evaluation.runner import CaseResult, Evaluator, LiveModel, threshold_field
from guardrails_lite.evaluation.sweep import Sweep, sweep
from guardrails_lite.policy import Policy
from guardrails_lite.verdict import Finding

__all__ = ["Evaluation", "assemble", "evaluate", "findings_of", "replayed"]


@dataclass(slots=True)
class Evaluation:
    policy: Policy
    results: list[CaseResult]
    summary: Summary
    sweeps: list[Sweep]
    max_fpr: float
    swept: bool  # thresholds were lowered to score negatives (`--sweep`)
    shadow_entries: list[str] = field(default_factory=list)
    compare_policy: Policy | None = None
    compare_summary: Summary | None = None
    changes: list[Change] = field(default_factory=list)

    @property
    def failures(self) -> list[CaseResult]:
        return [r for r in self.results if not r.passed]

    def missing_validators(self) -> dict[str, int]:
        """Names in `fires` that are neither an entry id nor a use name of the policy, with case counts."""
        known = {k for v in self.summary.validators for k in (v.key, v.use)}
        counts: dict[str, int] = {}
        for r in self.results:
            for name in set(r.case.fires) - known:
                counts[name] = counts.get(name, 0) + 1
        return dict(sorted(counts.items()))

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "policy": self.policy.name,
            "mode": self.policy.mode,
            "shadow_entries": self.shadow_entries,
            "missing_validators": self.missing_validators(),
            "summary": self.summary.to_dict(),
            "cases": [_case_dict(r) for r in self.results],
            "sweep": {
                "max_fpr": self.max_fpr,
                "lowered_thresholds": self.swept,
                "validators": [s.to_dict() for s in self.sweeps],
            },
        }
        if self.compare_policy is not None and self.compare_summary is not None:
            out["compare"] = {
                "policy": self.compare_policy.name,
                "summary": self.compare_summary.to_dict(),
                "changes": [c.to_dict() for c in self.changes],
            }
        return out


def _case_dict(r: CaseResult) -> dict[str, object]:
    return {
        "id": r.case.id,
        "passed": r.passed,
        "outcome": r.outcome,
        "shadow_outcome": r.shadow_outcome,
        "expect": r.case.expect,
        "attempts": r.attempts,
        "fired": r.fired,
        "problems": r.problems,
        "tags": r.case.tags,
        "live": r.live,
        "ms": round(r.seconds * 1000.0, 3),
        "scores": {k: p.score for k, p in r.probes.items() if p.score is not None},
        # Findings carry offsets into the case's texts, never the texts themselves.
        "findings": [f.to_dict() for f in findings_of(r)],
    }


def findings_of(r: CaseResult) -> list[Finding]:
    """Every finding of the guarded call and the probe, without duplicates."""
    seen = set()
    out = []
    for f in [*r.findings, *(f for p in r.probes.values() for f in p.findings)]:
        key = (f.id, f.target, f.start, f.end, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def evaluate(
    policy: Policy,
    cases: Sequence[Case],
    *,
    sweep_thresholds: bool = False,
    max_fpr: float = 0.01,
    compare: Policy | None = None,
    live: LiveModel | None = None,
) -> Evaluation:
    results = Evaluator(policy, live=live, sweep=sweep_thresholds).run(cases)
    theirs = Evaluator(compare, live=live).run(cases, answers=replayed(results)) if compare is not None else None
    return assemble(policy, results, sweep_thresholds=sweep_thresholds, max_fpr=max_fpr, compare=compare, theirs=theirs)


def replayed(results: Sequence[CaseResult]) -> dict[str, list[str]]:
    """The live model's answers by case id, so a compared policy judges the same answers."""
    return {r.case.id: r.answers for r in results if r.live}


def assemble(
    policy: Policy,
    results: list[CaseResult],
    *,
    sweep_thresholds: bool = False,
    max_fpr: float = 0.01,
    compare: Policy | None = None,
    theirs: list[CaseResult] | None = None,
) -> Evaluation:
    """The `Evaluation` of results already run (in this process or in workers): summary, sweeps, changes."""
    ev = Evaluator(policy)  # entry keys and steps only: validators are built on first use, never here
    params: dict[str, tuple[str, float]] = {}
    for step in ev.steps if sweep_thresholds else ():
        found = threshold_field(step.spec)
        if found is not None:
            params.setdefault(step.id, (found[0], float(getattr(step.spec, found[0]))))
    shadow = sorted({s.id for s in ev.steps if s.spec.on_fail == "shadow"})
    out = Evaluation(
        policy=policy,
        results=results,
        summary=summarise(results, ev.keys),
        sweeps=sweep(results, ev.keys, params, max_fpr),
        max_fpr=max_fpr,
        swept=sweep_thresholds,
        shadow_entries=shadow,
    )
    if compare is not None and theirs is not None:
        out.compare_policy = compare
        out.compare_summary = summarise(theirs, Evaluator(compare).keys)
        out.changes = diff(results, theirs)
    return out
