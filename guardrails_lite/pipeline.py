"""One stage of a policy: run its validators in order and decide what happens.

Each validator sees the text the previous one left. A failing verdict is turned into an action by
`decide` (pure: the entry's ``on_fail``, or ``on_error`` for a crash or an overrun time budget),
logged by `log_decision`, and applied by `Pipeline.check`, which hands every `StageResult` to the
pipeline's `on_result` hook (the evaluator records abandoned calls with it).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, TypeAlias

from guardrails_lite._memo import long_words_kept
from guardrails_lite.logs import digest, enabled, logger, redacted
from guardrails_lite.policy import Policy
from guardrails_lite.spec import ValidatorSpec
from guardrails_lite.verdict import JUDGE_SCRUB, Context, Finding, Stage, Validator, Verdict, deadline_scope

Action: TypeAlias = Literal["allow", "warn", "repair", "retry", "block"]
#: What `decide` returns: an action, or "shadow" (log what would have happened, change nothing).
Decision: TypeAlias = Literal["allow", "warn", "repair", "retry", "block", "shadow"]
ResultHook: TypeAlias = Callable[["StageResult"], None]
_RANK: dict[str, int] = {"allow": 0, "warn": 1, "repair": 2, "retry": 3, "block": 4}
#: `oversize: window`: how far either side of a cut the seam check reaches (longer than any entity
#: or phrase a check must see whole), and how far a cut may move back to land after whitespace.
_SEAM = 256

__all__ = [
    "Action",
    "Decision",
    "Pipeline",
    "ResultHook",
    "StageResult",
    "Step",
    "StepRun",
    "decide",
    "json_path",
    "log_decision",
    "run_on_fields",
    "worst",
]


def worst(a: Action, b: Action) -> Action:
    return a if _RANK[a] >= _RANK[b] else b


@dataclass(frozen=True, slots=True)
class StepRun:
    """One entry's part in a stage check: its decision ("allow" when it passed) and its time."""

    id: str
    validator: str
    decision: Decision
    seconds: float


@dataclass(frozen=True, slots=True)
class StageResult:
    """What one stage decided for one text. `text` is None when the text was rejected.

    `runs` lists the entries that ran, in order (for metrics; not part of equality).
    """

    stage: Stage
    action: Action
    text: str | None
    findings: tuple[Finding, ...]
    runs: tuple[StepRun, ...] = field(default=(), repr=False, compare=False)
    #: Entries that failed on a text an earlier entry had already changed (a restore, a repair): their
    #: findings' offsets point into that text, not the stage's input, so nothing quotes the input by them.
    shifted: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    def __repr__(self) -> str:  # the text only by its size: reprs reach logs and error reports
        return (
            f"StageResult(stage={self.stage!r}, action={self.action!r}, text={redacted(self.text)}, "
            f"findings={self.findings!r})"
        )


class Step:
    """A built policy entry. The validator is built on first use (specs stay cheap to load)."""

    __slots__ = ("_documents_ready", "_lock", "_validator", "id", "on_error", "spec", "timeout_s")

    def __init__(self, spec: ValidatorSpec, entry_id: str, policy: Policy) -> None:
        self.spec = spec
        self.id = entry_id
        self.on_error = spec.on_error or policy.on_error
        self.timeout_s = (spec.timeout_ms or policy.validator_timeout_ms) / 1000.0
        self._validator: Validator | None = None
        self._documents_ready = False
        self._lock = threading.Lock()

    @property
    def built(self) -> bool:
        """True once the validator is built and its engines loaded."""
        return self._validator is not None

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

    def warm_documents(self) -> None:
        """Load, once and outside the time budget, what the validator needs only for untrusted documents (its
        optional ``warm_documents``: the injection model's document head), so prompt-only use never pays it.
        A failure here is left to `run`, which reports it as the validator's error verdict."""
        if self._documents_ready:
            return
        try:
            hook = getattr(self.validator, "warm_documents", None)
            with self._lock:
                if not self._documents_ready and callable(hook):
                    hook()
                self._documents_ready = True
        except Exception:  # noqa: BLE001, S110 - run() meets the same failure and fails closed with it
            pass

    def run(self, text: str, ctx: Context) -> Verdict:
        """Run the validator, turning a crash or an overrun budget into an error verdict.

        A validator that cannot be built (a spaCy package that is no pipeline, a model directory
        that fails to load) is an error verdict too, never an exception out of the guarded call.
        """
        try:
            validator = self.validator
        except Exception as exc:  # noqa: BLE001 - a failed build fails closed like a crash
            return Verdict.fail(Finding(f"validator could not be built ({type(exc).__name__})", kind="error"))
        t0 = time.perf_counter()
        ctx.deadline = time.monotonic() + self.timeout_s
        try:
            # `check_budget()` deep inside the validator; its word memos keep long words for this run only
            with deadline_scope(ctx.deadline), long_words_kept():
                verdict = validator(text, ctx)
        except TimeoutError:  # BudgetExceeded from a cooperative check, or a bounded regex's timeout
            return self._overrun(time.perf_counter() - t0, stopped=True)
        except Exception as exc:  # noqa: BLE001 - any crash fails closed (or open, if the policy says)
            return Verdict.fail(Finding(f"validator raised {type(exc).__name__}", kind="error"))
        elapsed = time.perf_counter() - t0
        if elapsed > self.timeout_s:
            return self._overrun(elapsed, stopped=False)
        if not isinstance(verdict, Verdict):
            return Verdict.fail(Finding(f"validator returned {type(verdict).__name__}, not Verdict", kind="error"))
        return verdict

    def _overrun(self, elapsed: float, *, stopped: bool) -> Verdict:
        how = "stopped at" if stopped else "took"
        return Verdict.fail(
            Finding(
                f"validator exceeded its time budget ({how} {elapsed * 1000:.0f} ms, "
                f"budget {self.timeout_s * 1000:.0f} ms)",
                kind="error",
            )
        )


def _errored(verdict: Verdict) -> bool:
    return any(f.kind == "error" for f in verdict.findings)


def decide(verdict: Verdict, step: Step, *, stage: Stage, read_only: bool = False, shadow: bool = False) -> Decision:
    """What the policy does about `step`'s failed `verdict`. Pure: no logging, no state.

    A crash or an overrun budget follows the entry's ``on_error``; a detection its ``on_fail``,
    where a repair the validator cannot make (or may not: `read_only` text, such as a document the
    caller sends itself) escalates to ``block`` on input and ``retry`` on output. In a `shadow`
    policy anything but ``allow`` becomes ``shadow``.
    """
    if _errored(verdict):
        decided: Decision = "block" if step.on_error == "block" else "allow"
    else:
        decided = step.spec.on_fail
        if decided == "repair" and (verdict.repaired is None or read_only):
            decided = "block" if stage == "input" else "retry"
    return "shadow" if shadow and decided != "allow" else decided


def log_decision(
    policy: str,
    call_id: str,
    stage: Stage,
    step: Step,
    verdict: Verdict,
    decision: Decision,
    findings: Sequence[Finding],
    text: str,
    seconds: float,
) -> None:
    """The log lines of one failed entry: ``validator_failed``, then ``shadow`` or ``repaired``."""
    if not enabled(logging.INFO):
        return  # the digest and the fields cost more than the checks on a short text
    where: dict[str, Any] = {"policy": policy, "call_id": call_id, "stage": stage}
    logger.info(
        "validator_failed",
        **where,
        validator=step.spec.use,
        id=step.id,
        action=decision,
        findings=len(findings),
        kinds=sorted({f.kind for f in findings}),
        duration_ms=round(seconds * 1000, 3),
        text_chars=len(text),
        text_sha=digest(text),
    )
    if decision == "shadow":
        would = step.on_error if _errored(verdict) else step.spec.on_fail
        logger.info("shadow", **where, id=step.id, would=would, findings=len(findings))
    elif decision == "repair":
        after = len(verdict.repaired) if verdict.repaired is not None else 0
        logger.info("repaired", **where, id=step.id, chars_before=len(text), chars_after=after)


def _entry_ids(specs: Sequence[ValidatorSpec]) -> list[str]:
    ids: list[str] = []
    for s in specs:
        base = s.id or s.use
        ids.append(base if base not in ids else f"{base}#{len(ids)}")
    return ids


def _steps(policy: Policy, stage: Stage) -> tuple[Step, ...]:
    specs = policy.input if stage == "input" else policy.output
    return tuple(Step(s, i, policy) for s, i in zip(specs, _entry_ids(specs), strict=True))


def _policy_scrub(steps: Sequence[Step]) -> Callable[[str], str] | None:
    """The policy's first input `pii` entry as a scrubber for text sent to an LLM judge (review r16a L7): a judge
    runs before `pii` does, and the pii defaults alone miss the policy's own recognizers and entities."""
    step = next((s for s in steps if s.spec.use == "pii"), None)
    if step is None:
        return None

    def scrub(text: str) -> str:
        verdict = step.validator(text, Context("input", entry_id=step.id))
        return text if verdict.repaired is None else verdict.repaired

    return scrub


def _stamp(verdict: Verdict, step: Step, target: str) -> list[Finding]:
    """The verdict's findings stamped with the entry (a failure without findings still gets one)."""
    return [
        replace(f, validator=step.spec.use, id=step.id, target=f.target or target or None) for f in verdict.findings
    ] or [Finding("failed", validator=step.spec.use, id=step.id, target=target or None)]


class Pipeline:
    """The built form of a policy: a list of steps per stage.

    `on_result` is called with every `StageResult` that `check` returns. `steps` reuses already
    built steps (of a policy with the same entries, e.g. its enforce-mode twin) instead of building.
    """

    def __init__(
        self,
        policy: Policy,
        *,
        on_result: ResultHook | None = None,
        steps: Mapping[Stage, tuple[Step, ...]] | None = None,
    ) -> None:
        self.policy = policy
        self.on_result = on_result
        self.steps: dict[Stage, tuple[Step, ...]] = (
            dict(steps) if steps is not None else {"input": _steps(policy, "input"), "output": _steps(policy, "output")}
        )
        self._judge_scrub = _policy_scrub(self.steps["input"])

    def warm(
        self, stages: Sequence[Stage] = ("input", "output"), progress: Callable[[str], None] | None = None
    ) -> None:
        """Build the entries of `stages` and load their engines now (idempotent, thread-safe); `progress`
        is called with each entry id about to load. A validator's optional ``preload()`` also runs here: what
        it would otherwise read as texts need it (the injection model's weights), which a cold first call skips."""
        for stage in stages:
            for step in self.steps[stage]:
                if progress is not None and not step.built:
                    progress(step.id)
                preload = getattr(step.validator, "preload", None)
                if callable(preload):
                    preload()
                if stage == "input" and step.spec.screens_documents:
                    step.warm_documents()

    def check(
        self,
        stage: Stage,
        text: str,
        ctx: Context,
        *,
        call_id: str = "",
        document: bool = False,
        forwarded: bool = False,
        scrub_only: bool = False,
    ) -> StageResult:
        """Run `stage` over `text` (its target named by ``ctx.target``).

        With `document`, only entries that screen untrusted documents run, and a repair they ask
        for blocks instead (the guard cannot hand a repaired document to the caller's model). With
        `forwarded` too, the document is one the guard sends itself (a tool message): entries that
        scrub documents run as well, and repairs are kept. With `scrub_only`, only the entries that
        scrub documents by repairing them run (an assistant turn of the conversation so far: what the
        model said is rewritten, never a reason to block).
        """
        if self._judge_scrub is not None:
            ctx.state.setdefault(JUDGE_SCRUB, self._judge_scrub)
        steps = self.steps[stage]
        if scrub_only:
            steps = tuple(s for s in steps if s.spec.scrubs_documents and s.spec.on_fail == "repair")
        elif document:
            steps = tuple(s for s in steps if s.spec.screens_documents or (forwarded and s.spec.scrubs_documents))
        read_only = document and not forwarded
        if document:
            for step in steps:
                step.warm_documents()
        if len(text) <= self.policy.max_input_chars:
            r = self._check(stage, text, ctx, call_id, steps, read_only)
        elif self.policy.oversize == "window":
            r = self._check_windows(stage, text, ctx, call_id, steps, read_only)
        else:
            r = self._oversize(stage, text, ctx, call_id)
        if self.on_result is not None:
            self.on_result(r)
        return r

    def _oversize(self, stage: Stage, text: str, ctx: Context, call_id: str) -> StageResult:
        limit = self.policy.max_input_chars
        f = Finding(
            f"text is {len(text)} characters; the policy allows {limit}",
            validator="policy",
            id="max_input_chars",
            kind="limit",
            target=ctx.target or None,
        )
        if self.policy.mode == "shadow":
            if enabled(logging.INFO):
                logger.info(
                    "shadow", policy=self.policy.name, call_id=call_id, stage=stage, id=f.id, would="block", findings=1
                )
            return StageResult(stage, "allow", text, (f,))
        return self._block(stage, [f], call_id)

    def _block(self, stage: Stage, findings: list[Finding], call_id: str, runs: Sequence[StepRun] = ()) -> StageResult:
        ids = sorted({r.id for r in runs if r.decision == "block"} or {f.id for f in findings})
        if enabled(logging.WARNING):
            logger.warning(
                "blocked", policy=self.policy.name, call_id=call_id, stage=stage, ids=ids, findings=len(findings)
            )
        return StageResult(stage, "block", None, tuple(findings), tuple(runs))

    def _check_windows(
        self, stage: Stage, text: str, ctx: Context, call_id: str, steps: tuple[Step, ...], read_only: bool
    ) -> StageResult:
        """Check `text` in consecutive windows, so repairs concatenate back into one text.

        Each cut is placed by `_cut` so that nothing a check finds straddles it; findings' offsets
        are shifted into the whole text.
        """
        pieces: list[str] = []
        findings: list[Finding] = []
        runs: list[StepRun] = []
        shifted: frozenset[str] = frozenset()
        action: Action = "allow"
        start = 0
        while start < len(text):
            end, seam, lo = self._cut(stage, text, start, ctx, call_id, steps, read_only)
            r = seam if seam is not None else self._check(stage, text[start:end], ctx, call_id, steps, read_only)
            at = start if seam is None else lo  # where the checked text began
            findings.extend(
                replace(f, start=f.start + at, end=(f.end + at) if f.end is not None else None)
                if f.start is not None and f.target == (ctx.target or None)
                else f
                for f in r.findings
            )
            runs.extend(r.runs)
            shifted |= r.shifted
            action = worst(action, r.action)
            if r.text is None:
                return StageResult(stage, action, None, tuple(findings), tuple(runs), shifted)
            pieces.append(r.text)
            start = end
        return StageResult(stage, action, "".join(pieces), tuple(findings), tuple(runs), shifted)

    def _cut(
        self, stage: Stage, text: str, start: int, ctx: Context, call_id: str, steps: tuple[Step, ...], read_only: bool
    ) -> tuple[int, StageResult | None, int]:
        """Where the window from `start` ends; with the seam's result and start when the seam rejects the text.

        The cut goes after the last whitespace before the window's limit (a token such as an
        address or a placeholder stays whole), then the seam (`_SEAM` characters either side) is
        checked on its own: a block or re-ask there stands for the whole text (a phrase across
        the edge), and a finding across the cut moves the cut to its start. The seam's check gets
        a scratch `Context.state`, so it adds nothing to the call's (a PII vault).
        """
        limit = self.policy.max_input_chars
        cut = start + limit
        if cut >= len(text):
            return len(text), None, start
        margin = min(_SEAM, limit // 4)
        space = max(text.rfind(" ", cut - margin, cut), text.rfind("\n", cut - margin, cut))
        cut = space + 1 if space > start else cut
        lo = max(start, cut - margin)
        seam = self._check(stage, text[lo : cut + margin], replace(ctx, state={}), call_id, steps, read_only)
        if seam.action in ("block", "retry"):
            return cut, seam, lo
        across = [
            lo + f.start
            for f in seam.findings
            if f.start is not None and f.end is not None and lo + f.start < cut < lo + f.end
        ]
        if across and min(across) > start:
            cut = min(across)
        return cut, None, lo

    def _check(
        self, stage: Stage, text: str, ctx: Context, call_id: str, steps: tuple[Step, ...], read_only: bool
    ) -> StageResult:
        """`read_only`: the text cannot be replaced (a document the caller sends), so a repair blocks."""
        action: Action = "allow"
        findings: list[Finding] = []
        runs: list[StepRun] = []
        shifted: set[str] = set()
        given = text
        shadow = self.policy.mode == "shadow"
        for step in steps:
            t0 = time.perf_counter()
            verdict = _verdict(step, stage, text, ctx, rejected=action == "retry")
            if verdict.passed:
                runs.append(StepRun(step.id, step.spec.use, "allow", time.perf_counter() - t0))
                text = text if verdict.repaired is None else verdict.repaired
                continue
            seconds = time.perf_counter() - t0
            stamped = _stamp(verdict, step, ctx.target)
            findings.extend(stamped)
            if text is not given and text != given:
                shifted.add(step.id)
            decision = decide(verdict, step, stage=stage, read_only=read_only, shadow=shadow)
            runs.append(StepRun(step.id, step.spec.use, decision, seconds))
            log_decision(self.policy.name, call_id, stage, step, verdict, decision, stamped, text, seconds)
            if decision == "block":
                return replace(self._block(stage, findings, call_id, runs), shifted=frozenset(shifted))
            if decision == "repair":
                assert verdict.repaired is not None
                text = verdict.repaired
            if decision in ("repair", "retry", "warn"):
                # After a retry decision later entries still run, so the feedback covers every problem.
                action = worst(action, decision)
        result_text = None if action == "retry" else text
        return StageResult(stage, action, result_text, tuple(findings), tuple(runs), frozenset(shifted))


def _verdict(step: Step, stage: Stage, text: str, ctx: Context, *, rejected: bool) -> Verdict:
    """Run one entry on the text, or on the answer's JSON fields when it names some."""
    if step.spec.fields and stage == "output":
        on_fields = run_on_fields(step, text, ctx)
        if on_fields is not None:
            return on_fields
        if rejected:
            return Verdict.ok()  # the answer is already rejected; its structure is the problem
        return Verdict.fail(Finding("answer is not JSON, so its fields cannot be checked"))
    ctx.entry_id = step.id
    return step.run(text, ctx)


def json_path(obj: Any, path: str) -> tuple[Any, Any, Any] | None:
    """(container, key, value) for a dotted path into parsed JSON (``items.0.name``), or None if absent."""
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


def _unchecked_field(path: str, located: tuple[Any, Any, Any] | None, target: str) -> Finding:
    what = "is missing" if located is None else f"is {_json_kind(located[2])}, not a string"
    return Finding(f"field {path!r} {what}, so it cannot be checked", target=target)


def _json_kind(value: Any) -> str:
    kinds = {dict: "an object", list: "an array", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else kinds.get(type(value), type(value).__name__)


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
        located = json_path(doc, path)
        if located is None or not isinstance(located[2], str):
            # Fail closed: a field that is missing, misspelt or not a string was never checked.
            findings.append(_unchecked_field(path, located, f"{base}.{path}"))
            unrepairable = True
            continue
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
