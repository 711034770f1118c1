"""The plain-text rendering of an evaluation, for the terminal and CI logs."""

from __future__ import annotations

from guardrails_lite.evaluation.evaluate import Evaluation, findings_of
from guardrails_lite.evaluation.metrics import Confusion, Summary
from guardrails_lite.evaluation.sweep import Sweep

__all__ = ["fmt", "render_text"]

_HEAD = (
    f"{'validator':<24} {'use':<22} {'TP':>5} {'FP':>5} {'FN':>5} {'TN':>5} "
    f"{'prec':>6} {'recall':>6} {'FPR':>6} {'p50 ms':>8} {'p95 ms':>8}"
)


def fmt(x: float | None, digits: int = 3) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def _row(name: str, use: str, c: Confusion, p50: float | None, p95: float | None) -> str:
    return (
        f"{name[:24]:<24} {use[:22]:<22} {c.tp:>5} {c.fp:>5} {c.fn:>5} {c.tn:>5} "
        f"{fmt(c.precision):>6} {fmt(c.recall):>6} {fmt(c.fpr):>6} {fmt(p50, 2):>8} {fmt(p95, 2):>8}"
    )


def _table(s: Summary, shadow: list[str]) -> list[str]:
    lines = [_HEAD, "-" * len(_HEAD)]
    for v in s.validators:
        use = v.use + (" (shadow)" if v.key in shadow else "")
        lines.append(_row(v.key, use, v.confusion, v.p50_ms, v.p95_ms) + (f"  errors: {v.errors}" if v.errors else ""))
    lines.append(_row("overall (outcome)", "", s.overall, s.p50_ms, s.p95_ms))
    return lines


def _sweep(s: Sweep, max_fpr: float) -> list[str]:
    now = (
        f", now {s.param}={s.current:g}, lowered to score every case"
        if s.param and s.current is not None
        else ", no threshold field: scores above its own cut-off only"
    )
    head = f"  {s.key} ({s.use}{now}; {s.positives} positives, {s.negatives} negatives)"
    if not s.points:
        return [head, f"    {s.note}"]
    lines = [head]
    if s.suggested is not None:
        c = s.suggested.confusion
        lines.append(
            f"    suggested threshold {s.suggested.threshold:.4g}: recall {fmt(c.recall)}, FPR {fmt(c.fpr)}"
            f" (target FPR <= {max_fpr:g})"
        )
    else:
        lines.append(f"    {s.note}")
    lines.append(f"    {'threshold':>10} {'recall':>7} {'FPR':>7} {'TP':>5} {'FP':>5}")
    for p in s.points:
        c = p.confusion
        mark = "  <" if p is s.suggested else ""
        lines.append(f"    {p.threshold:>10.4g} {fmt(c.recall):>7} {fmt(c.fpr):>7} {c.tp:>5} {c.fp:>5}{mark}")
    return lines


def render_text(ev: Evaluation, max_failures: int | None = None) -> str:
    """The report as text; at most `max_failures` failing cases are listed (all when None)."""
    s = ev.summary
    mode = " (mode: shadow; judged by what it would do)" if ev.policy.mode == "shadow" else ""
    lines = [f"policy {ev.policy.name}{mode}: {s.cases} cases, {s.passed} passed, {s.failed} failed", ""]
    lines += _table(s, ev.shadow_entries)
    if s.tags:
        lines += ["", "by tag (passed/total):"]
        lines += [f"  {t:<28} {p:>4}/{n:<4}" for t, (p, n) in sorted(s.tags.items())]
    missing = ev.missing_validators()
    if missing:
        lines += ["", "cases name validators this policy does not have (those cases fail):"]
        lines += [f"  {name}: {n} cases" for name, n in missing.items()]
    if ev.failures:
        shown = ev.failures if max_failures is None else ev.failures[:max_failures]
        lines += ["", "failing cases:"]
        for r in shown:
            lines.append(f"  {r.case.id}: outcome {r.outcome}; fired: {', '.join(r.fired) or 'nothing'}")
            lines += [f"    - {p}" for p in r.problems]
            for f in findings_of(r)[:8]:
                where = f" [{f.target}" + (f" {f.start}-{f.end}" if f.start is not None else "") + "]"
                score = f" score {f.score:.3g}" if f.score is not None else ""
                lines.append(f"      {f.id}{where}{score}: {f.message}")
        if len(shown) < len(ev.failures):
            lines.append(f"  ... and {len(ev.failures) - len(shown)} more (all in --json and --report)")
    if ev.sweeps and ev.swept:
        lines += ["", "threshold sweep:"]
        for sw in ev.sweeps:
            lines += _sweep(sw, ev.max_fpr)
    if ev.compare_policy is not None and ev.compare_summary is not None:
        o = ev.compare_summary
        lines += [
            "",
            f"compared with {ev.compare_policy.name}: {o.passed}/{o.cases} passed there, "
            f"{len(ev.changes)} cases changed",
        ]
        for c in ev.changes:
            lines.append(
                f"  {c.kind:<9} {c.case_id}: {c.before} -> {c.after}"
                f" (fired: {', '.join(c.fired_before) or '-'} -> {', '.join(c.fired_after) or '-'})"
            )
    return "\n".join(lines)
