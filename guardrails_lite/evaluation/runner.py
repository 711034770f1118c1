"""Run cases through a policy: the guarded call decides the outcome, a probe measures each validator.

Two passes per case, because they answer different questions:

* **The guarded call** (`Guard.run`) gives the outcome the user would see. A case's scripted
  answers are the model: ``answer: X`` is answered X; if the policy asks for a re-ask after the
  script ran out, the outcome is ``retry`` (the answer was rejected for re-asking) and the call is
  abandoned, since re-sending the same answer proves nothing; the pipeline's ``on_result`` hook
  still tells what each stage decided. Prompt-only cases run the input stage only, or call a live
  model when one is given.
* **The probe** runs every policy entry on its own over the case's original texts (prompt, its
  context documents if the entry screens documents, every answer), so a validator's detections
  are measured even when an earlier entry blocked the call first. It gives per-validator fired /
  score / latency, and the `fires` / `not_fires` checks use it.

A policy in ``mode: shadow`` is judged by what it *would* do (the same entries in enforce mode)
and must also leave every call unchanged; ``on_fail: shadow`` entries fire in the probe and in the
metrics but never change an outcome, which is how a new check is trialled.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from guardrails_lite.errors import Blocked, RetriesExhausted
from guardrails_lite.evaluation.cases import Case
from guardrails_lite.guard import Guard, Prompt
from guardrails_lite.integrations.shaping import sends_documents
from guardrails_lite.pipeline import Action, Pipeline, StageResult, Step, run_on_fields, worst
from guardrails_lite.policy import Policy
from guardrails_lite.spec import ValidatorSpec
from guardrails_lite.verdict import Context, Finding, Stage, Verdict

#: Spec fields treated as a score threshold by the sweep (first match wins).
THRESHOLD_FIELDS = ("threshold", "score_threshold", "min_score", "min_confidence")

LiveModel = Callable[[Prompt], str]

__all__ = ["THRESHOLD_FIELDS", "CaseResult", "Evaluator", "LiveModel", "Probe", "threshold_field"]


@dataclass(slots=True)
class Probe:
    """One validator key (an entry id; an id used on both stages is one key) run alone over one case."""

    key: str
    use: str
    fired: bool = False
    errored: bool = False
    score: float | None = None  # max detection score; None when nothing scored
    sweep_score: float | None = None  # max score with the threshold lowered (sweep only)
    seconds: float = 0.0
    findings: list[Finding] = field(default_factory=list)


@dataclass(slots=True)
class CaseResult:
    case: Case
    outcome: Action | Literal["error"]  # "error" when a live model call failed
    attempts: int
    findings: tuple[Finding, ...]
    probes: dict[str, Probe]
    seconds: float
    answers: list[str]
    text: str | None = None
    shadow_outcome: Action | Literal["error"] | None = None  # what the shadow-mode call actually did
    problems: list[str] = field(default_factory=list)
    live: bool = False

    @property
    def passed(self) -> bool:
        return not self.problems

    @property
    def fired(self) -> list[str]:
        """Keys that detected something, in the guarded call or in the probe."""
        keys = {k for k, p in self.probes.items() if p.fired}
        keys |= {f.id for f in self.findings if f.kind == "detection"}
        return sorted(keys)

    def texts(self) -> dict[str, str]:
        """The case's texts by finding target, for showing spans."""
        out: dict[str, str] = {}
        if self.case.prompt is not None:
            out["prompt"] = self.case.prompt
        for i, d in enumerate(self.case.documents):
            out[d.target(i)] = d.text
        if self.answers:
            out["answer"] = self.answers[0]
        return out


def threshold_field(spec: ValidatorSpec) -> tuple[str, float] | None:
    """(name, lowest allowed value) of the spec's score threshold, if it has one."""
    fields = type(spec).model_fields
    for name in THRESHOLD_FIELDS:
        info = fields.get(name)
        if info is None or not isinstance(getattr(spec, name), (int, float)):
            continue
        low = 0.0
        for m in info.metadata:
            if getattr(m, "ge", None) is not None:
                low = float(m.ge)
            elif getattr(m, "gt", None) is not None:
                low = float(m.gt) + 1e-9
        return name, low
    return None


class _ScriptEnded(Exception):
    """The case has no further answer for the prompt the guard sent."""


class _ModelFailed(Exception):
    """The live model raised (the cause); one failed call must not end the run."""


class _CaseModel:
    """The model of one case: its scripted answers in turn, else the live model; `seen` records them."""

    def __init__(self, case: Case, live: LiveModel | None, answers: list[str] | None) -> None:
        self.script = case.scripted_answers
        self.live = live if not self.script and answers is None else None
        if answers is not None and not self.script:
            self.script = answers  # the enforce twin of a live shadow run sees the same answers, not a new call
        self.seen: list[str] = []

    def __call__(self, prompt: Prompt) -> str:
        if self.live is not None:
            try:
                answer = self.live(prompt)
            except Exception as e:  # any failure of the live call is reported as this case's error
                raise _ModelFailed from e
        elif len(self.seen) < len(self.script):
            answer = self.script[len(self.seen)]
        else:
            raise _ScriptEnded
        self.seen.append(answer)
        return answer


@dataclass(slots=True)
class _Outcome:
    outcome: Action | Literal["error"]
    attempts: int
    findings: tuple[Finding, ...]
    text: str | None
    answers: list[str]
    problem: str | None = None


class Evaluator:
    """Runs cases against one policy. Build once; `run` is single-threaded by design (timings)."""

    def __init__(self, policy: Policy, *, live: LiveModel | None = None, sweep: bool = False) -> None:
        self.policy = policy
        self.live = live
        # Every stage result of the call being driven, so an abandoned flow still tells what each stage decided.
        self._results: list[StageResult] = []
        pipeline = Pipeline(policy, on_result=self._results.append)
        self.guard = Guard(pipeline)
        self.enforce: Guard | None = None
        if policy.mode == "shadow":
            # The same built validators, judged by what they would do.
            enforce = policy.model_copy(update={"mode": "enforce"})
            self.enforce = Guard(Pipeline(enforce, on_result=self._results.append, steps=pipeline.steps))
        self.steps = [*pipeline.steps["input"], *pipeline.steps["output"]]
        self.keys: dict[str, str] = {}  # key -> use name
        for step in self.steps:
            self.keys.setdefault(step.id, step.spec.use)
        self.sweep_steps: dict[int, Step] = {}
        for step in self.steps if sweep else ():
            found = threshold_field(step.spec)
            if found is not None:
                low_spec = step.spec.model_copy(update={found[0]: found[1]})
                self.sweep_steps[id(step)] = Step(low_spec, step.id, policy)

    def names(self) -> set[str]:
        """Every name a case may use in fires / not_fires: entry ids and use names."""
        return set(self.keys) | set(self.keys.values())

    def run(self, cases: Iterable[Case], answers: dict[str, list[str]] | None = None) -> list[CaseResult]:
        """Run every case; `answers` replays recorded model answers by case id instead of a live call."""
        return [self.run_case(c, (answers or {}).get(c.id)) for c in cases]

    def run_case(self, case: Case, answers: list[str] | None = None) -> CaseResult:
        t0 = time.perf_counter()
        shadow_outcome: Action | Literal["error"] | None = None
        problems: list[str] = []
        if self.enforce is not None:
            real = self._drive(self.guard, case, answers)
            judged = self._drive(self.enforce, case, answers=real.answers)
            shadow_outcome = real.outcome
            if real.outcome not in ("allow", "error"):
                problems.append(f"shadow mode changed the call (outcome {real.outcome})")
        else:
            judged = self._drive(self.guard, case, answers)
        seconds = time.perf_counter() - t0
        probes = self._probe(case, judged.answers)
        result = CaseResult(
            case=case,
            outcome=judged.outcome,
            attempts=judged.attempts,
            findings=judged.findings,
            probes=probes,
            seconds=seconds,
            answers=judged.answers,
            text=judged.text,
            shadow_outcome=shadow_outcome,
            live=self.live is not None and not case.scripted_answers and answers is None,
        )
        if judged.problem:
            problems.append(judged.problem)
        result.problems = problems + self._judge(result)
        return result

    # -- the guarded call ---------------------------------------------------------------------
    def _drive(self, guard: Guard, case: Case, answers: list[str] | None = None) -> _Outcome:
        """Run the case through `guard.run`; the case's answers (or the live model) are the model."""
        model = _CaseModel(case, self.live, answers)
        self._results.clear()
        # With a live model, documents are sent as the OpenAI wrappers send them (`auto` included).
        send = sends_documents(guard.policy, integration=self.live is not None)
        try:
            r = guard.run(model, case.prompt or "", context=case.documents, send_documents=send)
        except _ScriptEnded:
            # Prompt-only: the input stage is all there is. Script used up: the policy asked for a re-ask.
            return _Outcome(_worst(self._results), len(model.seen), self._found(), None, model.seen)
        except _ModelFailed as e:
            why = f"model call failed: {type(e.__cause__).__name__}"
            return _Outcome("error", len(model.seen), self._found(), None, model.seen, why)
        except RetriesExhausted as e:
            return _Outcome("retry", e.attempts, e.findings, None, model.seen)
        except Blocked as e:
            return _Outcome("block", len(model.seen), e.findings, None, model.seen)
        return _Outcome(r.action, r.attempts, r.findings, r.text, model.seen)

    def _found(self) -> tuple[Finding, ...]:
        return tuple(f for r in self._results for f in r.findings)

    # -- the probe ----------------------------------------------------------------------------
    def _probe(self, case: Case, answers: Sequence[str]) -> dict[str, Probe]:
        probes = {k: Probe(k, use) for k, use in self.keys.items()}
        docs = case.documents
        state: dict[str, Any] = {}  # shared by both stages, as in a guarded call (the PII vault)
        texts: dict[Stage, list[tuple[str, str, bool]]] = {
            "input": ([("prompt", case.prompt, False)] if case.prompt is not None else [])
            + [(d.target(i), d.text, True) for i, d in enumerate(docs)],
            "output": [("answer", a, False) for a in answers],
        }
        messages = ({"role": "user", "content": case.prompt or ""},)
        # Documents the guard sends are scrubbed too (PII), as in `_drive`'s call.
        sent = sends_documents(self.guard.policy, integration=self.live is not None)
        for stage in ("input", "output"):
            for step in self.guard.pipeline.steps[stage]:
                probe = probes[step.id]
                low = self.sweep_steps.get(id(step))
                for n, (target, text, is_doc) in enumerate(texts[stage]):
                    if is_doc and not (step.spec.screens_documents or (sent and step.spec.scrubs_documents)):
                        continue
                    ctx = Context(
                        stage, messages=messages if stage == "output" else (), documents=tuple(docs), state=state
                    )
                    ctx.target = target
                    t0 = time.perf_counter()
                    verdict = self._run(step, text, ctx)
                    probe.seconds += time.perf_counter() - t0
                    _record(probe, verdict, step, target)
                    if verdict.passed and verdict.repaired is not None:
                        # Later entries see a silent normalisation (JSON out of a fence), as in the pipeline.
                        texts[stage][n] = (target, verdict.repaired, is_doc)
                    if low is not None:
                        ctx = Context(
                            stage, messages=messages if stage == "output" else (), documents=tuple(docs), target=target
                        )
                        low_verdict = self._run(low, text, ctx)
                        scores = [
                            f.score for f in low_verdict.findings if f.kind == "detection" and f.score is not None
                        ]
                        if scores:
                            probe.sweep_score = max(probe.sweep_score or 0.0, *scores)
        return probes

    @staticmethod
    def _run(step: Step, text: str, ctx: Context) -> Verdict:
        if step.spec.fields and ctx.stage == "output":
            return run_on_fields(step, text, ctx) or Verdict.ok()  # not JSON: json_schema's finding, not this one's
        ctx.entry_id = step.id
        return step.run(text, ctx)

    # -- judging ------------------------------------------------------------------------------
    def _judge(self, r: CaseResult) -> list[str]:
        case = r.case
        problems: list[str] = []
        if case.expect and r.outcome not in case.expect:
            problems.append(f"expected {' or '.join(case.expect)}, got {r.outcome}")
        fired = set(r.fired) | {self.keys[k] for k in r.fired if k in self.keys}
        known = self.names()
        for name in case.fires:
            if name not in known:
                problems.append(f"{name} should fire but is not in the policy")
            elif name not in fired:
                problems.append(f"{name} should fire but did not")
        problems += [f"{name} fired but should not" for name in case.not_fires if name in fired]
        errored = sorted(k for k, p in r.probes.items() if p.errored)
        if errored:
            problems.append(f"validator error in {', '.join(errored)}")
        return problems


def _record(probe: Probe, verdict: Verdict, step: Step, target: str) -> None:
    if verdict.passed:
        return
    for f in verdict.findings:
        stamped = Finding(
            f.message, f.score, f.start, f.end, f.entity_type, step.spec.use, step.id, f.kind, f.target or target
        )
        probe.findings.append(stamped)
        if f.kind == "error":
            probe.errored = True
        elif f.kind == "detection":
            probe.fired = True
            if f.score is not None:
                probe.score = f.score if probe.score is None else max(probe.score, f.score)
    if not verdict.findings:
        probe.fired = True


def _worst(results: Sequence[StageResult]) -> Action:
    action: Action = "allow"
    for r in results:
        action = worst(action, r.action)
    return action
