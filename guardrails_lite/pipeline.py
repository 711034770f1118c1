"""One stage of a policy: run its validators in order and decide what happens.

Each validator sees the text the previous one left. The decision per failing entry is its
``on_fail``; a crash or an overrun time budget is an ``error`` finding handled by ``on_error``.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal, TypeAlias

from guardrails_lite.logs import digest, logger
from guardrails_lite.policy import Policy
from guardrails_lite.spec import ValidatorSpec
from guardrails_lite.verdict import Context, Finding, Stage, Validator, Verdict

Action: TypeAlias = Literal["allow", "warn", "repair", "retry", "block"]
_RANK: dict[str, int] = {"allow": 0, "warn": 1, "repair": 2, "retry": 3, "block": 4}

__all__ = ["Action", "Pipeline", "StageResult", "Step", "run_on_fields", "worst"]


def worst(a: Action, b: Action) -> Action:
    return a if _RANK[a] >= _RANK[b] else b


@dataclass(frozen=True, slots=True)
class StageResult:
    """What one stage decided for one text. `text` is None when the text was rejected."""

    stage: Stage
    action: Action
    text: str | None
    findings: tuple[Finding, ...]


class Step:
    """A built policy entry. The validator is built on first use (specs stay cheap to load)."""

    __slots__ = ("_lock", "_validator", "id", "on_error", "spec", "timeout_s")

    def __init__(self, spec: ValidatorSpec, entry_id: str, policy: Policy) -> None:
        self.spec = spec
        self.id = entry_id
        self.on_error = spec.on_error or policy.on_error
        self.timeout_s = (spec.timeout_ms or policy.validator_timeout_ms) / 1000.0
        self._validator: Validator | None = None
        self._lock = threading.Lock()

    @property
    def validator(self) -> Validator:
        v = self._validator
        if v is None:
            with self._lock:
                if self._validator is None:
                    built = self.spec.build()
                    warm = getattr(built, "warm", None)
                    if callable(warm):
                        warm()  # load engines outside the time budget
                    self._validator = built
                v = self._validator
        assert v is not None
        return v

    def run(self, text: str, ctx: Context) -> Verdict:
        """Run the validator, turning a crash or an overrun budget into an error verdict."""
        validator = self.validator
        t0 = time.perf_counter()
        try:
            verdict = validator(text, ctx)
        except Exception as exc:  # noqa: BLE001 - any crash fails closed (or open, if the policy says)
            return Verdict.fail(Finding(f"validator raised {type(exc).__name__}", kind="error"))
        elapsed = time.perf_counter() - t0
        if elapsed > self.timeout_s:
            return Verdict.fail(
                Finding(
                    f"validator exceeded its time budget ({elapsed * 1000:.0f} ms > {self.timeout_s * 1000:.0f} ms)",
                    kind="error",
                )
            )
        if not isinstance(verdict, Verdict):
            return Verdict.fail(Finding(f"validator returned {type(verdict).__name__}, not Verdict", kind="error"))
        return verdict


def _entry_ids(specs: Sequence[ValidatorSpec]) -> list[str]:
    ids: list[str] = []
    for s in specs:
        base = s.id or s.use
        ids.append(base if base not in ids else f"{base}#{len(ids)}")
    return ids


class Pipeline:
    """The built form of a policy: a list of steps per stage."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.steps: dict[Stage, tuple[Step, ...]] = {
            "input": tuple(Step(s, i, policy) for s, i in zip(policy.input, _entry_ids(policy.input), strict=True)),
            "output": tuple(Step(s, i, policy) for s, i in zip(policy.output, _entry_ids(policy.output), strict=True)),
        }

    def check(
        self,
        stage: Stage,
        text: str,
        ctx: Context,
        *,
        call_id: str = "",
        document: bool = False,
        forwarded: bool = False,
    ) -> StageResult:
        """Run `stage` over `text` (its target named by ``ctx.target``).

        With `document`, only entries that screen untrusted documents run, and a repair they ask
        for blocks instead (the guard cannot hand a repaired document to the caller's model). With
        `forwarded` too, the document is one the guard sends itself (a tool message): entries that
        scrub documents run as well, and repairs are kept.
        """
        steps = self.steps[stage]
        if document:
            steps = tuple(s for s in steps if s.spec.screens_documents or (forwarded and s.spec.scrubs_documents))
        fixed = document and not forwarded
        limit = self.policy.max_input_chars
        if len(text) > limit:
            if self.policy.oversize == "block":
                f = Finding(
                    f"text is {len(text)} characters; the policy allows {limit}",
                    validator="policy",
                    id="max_input_chars",
                    kind="limit",
                    target=ctx.target or None,
                )
                return self._decide_block(stage, [f], call_id, text)
            return self._check_windows(stage, text, ctx, call_id, steps, fixed)
        return self._check(stage, text, ctx, call_id, steps, fixed)

    def _check_windows(
        self, stage: Stage, text: str, ctx: Context, call_id: str, steps: tuple[Step, ...], fixed: bool
    ) -> StageResult:
        # Windows are consecutive, so repairs concatenate back into one text; offsets are shifted.
        limit = self.policy.max_input_chars
        pieces: list[str] = []
        findings: list[Finding] = []
        action: Action = "allow"
        for start in range(0, len(text), limit):
            r = self._check(stage, text[start : start + limit], ctx, call_id, steps, fixed)
            findings.extend(
                replace(f, start=f.start + start, end=(f.end + start) if f.end is not None else None)
                if f.start is not None and f.target == (ctx.target or None)
                else f
                for f in r.findings
            )
            action = worst(action, r.action)
            if r.text is None:
                return StageResult(stage, action, None, tuple(findings))
            pieces.append(r.text)
        return StageResult(stage, action, "".join(pieces), tuple(findings))

    def _decide_block(self, stage: Stage, findings: list[Finding], call_id: str, text: str) -> StageResult:
        if self.policy.mode == "shadow":
            logger.info(
                "shadow",
                policy=self.policy.name,
                call_id=call_id,
                stage=stage,
                id=findings[-1].id,
                would="block",
                findings=len(findings),
            )
            return StageResult(stage, "allow", text, tuple(findings))
        logger.warning(
            "blocked",
            policy=self.policy.name,
            call_id=call_id,
            stage=stage,
            ids=sorted({f.id for f in findings}),
            findings=len(findings),
        )
        return StageResult(stage, "block", None, tuple(findings))

    def _check(
        self, stage: Stage, text: str, ctx: Context, call_id: str, steps: tuple[Step, ...], fixed: bool
    ) -> StageResult:
        """`fixed`: the text cannot be replaced (a document the caller sends), so a repair blocks."""
        action: Action = "allow"
        findings: list[Finding] = []
        policy = self.policy
        for step in steps:
            t0 = time.perf_counter()
            if step.spec.fields and stage == "output":
                fields_verdict = run_on_fields(step, text, ctx)
                if fields_verdict is None:
                    if action == "retry":
                        continue  # the answer is already rejected; its structure is the problem
                    fields_verdict = Verdict.fail(Finding("answer is not JSON, so its fields cannot be checked"))
                verdict = fields_verdict
            else:
                ctx.entry_id = step.id
                verdict = step.run(text, ctx)
            if verdict.passed:
                if verdict.repaired is not None:
                    text = verdict.repaired
                continue
            errored = any(f.kind == "error" for f in verdict.findings)
            stamped = [
                replace(f, validator=step.spec.use, id=step.id, target=f.target or ctx.target or None)
                for f in verdict.findings
            ] or [Finding("failed", validator=step.spec.use, id=step.id, target=ctx.target or None)]
            findings.extend(stamped)
            if errored:
                decided: str = "block" if step.on_error == "block" else "allow"
            else:
                decided = step.spec.on_fail
                if decided == "repair" and (verdict.repaired is None or fixed):
                    decided = "block" if stage == "input" else "retry"
            if policy.mode == "shadow" and decided != "allow":
                decided = "shadow"
            logger.info(
                "validator_failed",
                policy=policy.name,
                call_id=call_id,
                stage=stage,
                validator=step.spec.use,
                id=step.id,
                action=decided,
                findings=len(stamped),
                kinds=sorted({f.kind for f in stamped}),
                duration_ms=round((time.perf_counter() - t0) * 1000, 3),
                text_chars=len(text),
                text_sha=digest(text),
            )
            if decided == "block":
                return self._decide_block(stage, findings, call_id, text)
            if decided == "shadow":
                logger.info(
                    "shadow",
                    policy=policy.name,
                    call_id=call_id,
                    stage=stage,
                    id=step.id,
                    would=step.spec.on_fail if not errored else step.on_error,
                    findings=len(stamped),
                )
            elif decided == "repair":
                assert verdict.repaired is not None
                logger.info(
                    "repaired",
                    policy=policy.name,
                    call_id=call_id,
                    stage=stage,
                    id=step.id,
                    chars_before=len(text),
                    chars_after=len(verdict.repaired),
                )
                text = verdict.repaired
                action = worst(action, "repair")
            elif decided in ("retry", "warn"):
                # After a retry decision later entries still run, so the feedback covers every problem.
                action = worst(action, decided)  # type: ignore[arg-type]
        if action == "retry":
            return StageResult(stage, "retry", None, tuple(findings))
        return StageResult(stage, action, text, tuple(findings))


def _get_path(obj: Any, path: str) -> tuple[Any, Any, Any] | None:
    """(container, key, value) for a dotted path into parsed JSON, or None if absent."""
    parent: Any = None
    key: Any = None
    cur = obj
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            parent, key, cur = cur, part, cur[part]
        elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
            parent, key, cur = cur, int(part), cur[int(part)]
        else:
            return None
    return parent, key, cur


def run_on_fields(step: Step, text: str, ctx: Context) -> Verdict | None:
    """Run `step` on string fields of a JSON answer, repairing them in place; None if not JSON."""
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return None
    findings: list[Finding] = []
    repaired = False
    normalised = False
    unrepairable = False
    base = ctx.target or "answer"
    for path in step.spec.fields or ():
        located = _get_path(doc, path)
        if located is None or not isinstance(located[2], str):
            continue  # absence and type are json_schema's business
        parent, key, value = located
        ctx.target = f"{base}.{path}"
        ctx.entry_id = step.id
        verdict = step.run(value, ctx)
        ctx.target = base
        if verdict.passed:
            if verdict.repaired is not None and verdict.repaired != value:
                parent[key] = verdict.repaired
                normalised = True
            continue
        findings.extend(replace(f, target=f.target or f"{base}.{path}") for f in verdict.findings)
        if verdict.repaired is None:
            unrepairable = True
        else:
            parent[key] = verdict.repaired
            repaired = True
    if not findings:
        return Verdict(True, repaired=json.dumps(doc, ensure_ascii=False)) if normalised else Verdict.ok()
    new_text = json.dumps(doc, ensure_ascii=False) if repaired and not unrepairable else None
    return Verdict.fail(*findings, repaired=new_text)
