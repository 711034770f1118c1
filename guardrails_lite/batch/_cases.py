"""Evaluation cases on worker processes (``eval --workers N``): the same `Evaluator` runs, chunk by chunk.

Each worker builds its evaluators once (the policy's and the compared policy's, and its own client
for a live model) from a picklable `CaseJob`. Cases share no state, so running them in chunks on
several processes gives the results of one process, in case order; only the timings differ.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from guardrails_lite.batch._pool import Recovery, ordered_map
from guardrails_lite.batch._progress import Progress
from guardrails_lite.batch._source import PolicySource
from guardrails_lite.evaluation.cases import Case
from guardrails_lite.evaluation.evaluate import replayed
from guardrails_lite.evaluation.live import openai_model
from guardrails_lite.evaluation.runner import CaseResult, Evaluator

__all__ = ["CaseJob", "run_cases"]

#: Cases per work item: a few, since one case can be slow (a live model call).
CHUNK = 8

_Ran = tuple[list[CaseResult], list[CaseResult] | None]  # (the policy's results, the compared policy's)
_State = tuple[Evaluator, Evaluator | None]


@dataclass(frozen=True, slots=True)
class CaseJob:
    """What each worker needs: the policies' sources, whether to sweep, the live model's name."""

    policy: PolicySource
    compare: PolicySource | None = None
    sweep: bool = False
    model: str | None = None


def _build(job: CaseJob) -> _State:
    policy = job.policy.load()
    live = openai_model(job.model, policy) if job.model else None
    other = Evaluator(job.compare.load(), live=live) if job.compare is not None else None
    return Evaluator(policy, live=live, sweep=job.sweep), other


def _work(state: _State, chunk: list[Case]) -> _Ran:
    ev, other = state
    results = ev.run(chunk)
    return results, other.run(chunk, answers=replayed(results)) if other is not None else None


def _one_by_one(chunk: list[Case]) -> list[list[Case]]:
    return [[case] for case in chunk]


def _crashed(compare: bool, chunk: list[Case]) -> _Ran:
    def lost(case: Case) -> CaseResult:
        return CaseResult(case, "error", 0, (), {}, 0.0, [], problems=["internal error: worker process died"])

    return [lost(c) for c in chunk], [lost(c) for c in chunk] if compare else None


def _merge(parts: list[_Ran]) -> _Ran:
    ours = [r for p in parts for r in p[0]]
    theirs = [r for p in parts for r in p[1] or ()]
    return ours, theirs if any(p[1] is not None for p in parts) else None


def run_cases(job: CaseJob, cases: Sequence[Case], *, workers: int = 1, progress: Progress | None = None) -> _Ran:
    """Run `cases` as `evaluate` does, on `workers` processes; results in case order."""
    chunks = [list(cases[i : i + CHUNK]) for i in range(0, len(cases), CHUNK)]
    recovery: Recovery[list[Case], _Ran] = Recovery(
        _one_by_one, functools.partial(_crashed, job.compare is not None), _merge
    )
    ours: list[CaseResult] = []
    theirs: list[CaseResult] | None = [] if job.compare is not None else None
    for mine, other in ordered_map(functools.partial(_build, job), _work, chunks, workers=workers, recovery=recovery):
        ours += mine
        if theirs is not None and other is not None:
            theirs += other
        if progress is not None:
            progress(len(mine), len(mine))
    return ours, theirs
