"""Compare two policies on the same cases: which cases changed outcome or verdict."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from guardrails_lite.evaluation.runner import CaseResult

__all__ = ["Change", "diff"]


@dataclass(frozen=True, slots=True)
class Change:
    case_id: str
    before: str
    after: str
    passed_before: bool
    passed_after: bool
    fired_before: tuple[str, ...]
    fired_after: tuple[str, ...]

    @property
    def kind(self) -> str:
        if self.passed_before and not self.passed_after:
            return "regressed"
        if self.passed_after and not self.passed_before:
            return "fixed"
        return "changed"

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.case_id,
            "kind": self.kind,
            "before": self.before,
            "after": self.after,
            "passed_before": self.passed_before,
            "passed_after": self.passed_after,
            "fired_before": list(self.fired_before),
            "fired_after": list(self.fired_after),
        }


def diff(before: Sequence[CaseResult], after: Sequence[CaseResult]) -> list[Change]:
    """Cases (matched by id) whose outcome, pass/fail or set of firing validators differ."""
    theirs = {r.case.id: r for r in after}
    changes = []
    for a in before:
        b = theirs.get(a.case.id)
        if b is None:
            continue
        if (a.outcome, a.passed, a.fired) != (b.outcome, b.passed, b.fired):
            changes.append(Change(a.case.id, a.outcome, b.outcome, a.passed, b.passed, tuple(a.fired), tuple(b.fired)))
    return changes
