"""The HTML report: one self-contained file (inline CSS and SVG, no scripts, no external URLs).

Every piece of case text and every message is HTML-escaped; spans that validators flagged are
wrapped in ``<mark>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from guardrails_lite.evaluation.evaluate import Evaluation, findings_of
from guardrails_lite.evaluation.metrics import Confusion
from guardrails_lite.evaluation.runner import CaseResult
from guardrails_lite.evaluation.sweep import Sweep
from guardrails_lite.evaluation.text import fmt
from guardrails_lite.verdict import Finding

__all__ = ["highlight", "render_html", "roc_svg"]

MAX_SHOWN_CHARS = 4000
_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2em auto;max-width:1100px;color:#222;
padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0}td,th{padding:.25em .6em;border-bottom:1px solid #eee;text-align:right}
td:first-child,th:first-child,td.l,th.l{text-align:left}th{background:#f6f6f6}
.ok{color:#2a7a2a}.bad{color:#b00020}.muted{color:#777}
.case{border:1px solid #e3e3e3;border-radius:6px;padding:.6em 1em;margin:1em 0}
pre{white-space:pre-wrap;word-break:break-word;background:#fafafa;padding:.5em;border-radius:4px;margin:.3em 0}
mark{background:#ffe08a;border-bottom:2px solid #d4a000}
svg text{font:11px system-ui,sans-serif}
"""


def _pct(x: float | None) -> str:
    return fmt(x)


def _confusion_cells(c: Confusion) -> str:
    return "".join(f"<td>{v}</td>" for v in (c.tp, c.fp, c.fn, c.tn, _pct(c.precision), _pct(c.recall), _pct(c.fpr)))


def _summary(ev: Evaluation) -> str:
    s = ev.summary
    head = (
        "<tr><th>validator</th><th class=l>use</th><th>TP</th><th>FP</th><th>FN</th><th>TN</th>"
        "<th>precision</th><th>recall</th><th>FPR</th><th>p50 ms</th><th>p95 ms</th><th>errors</th></tr>"
    )
    rows = []
    for v in s.validators:
        shadow = " <span class=muted>(shadow)</span>" if v.key in ev.shadow_entries else ""
        rows.append(
            f"<tr><td>{escape(v.key)}</td><td class=l>{escape(v.use)}{shadow}</td>{_confusion_cells(v.confusion)}"
            f"<td>{fmt(v.p50_ms, 2)}</td><td>{fmt(v.p95_ms, 2)}</td><td>{v.errors}</td></tr>"
        )
    rows.append(
        f"<tr><th>overall (outcome)</th><th></th>{_confusion_cells(s.overall)}"
        f"<td>{fmt(s.p50_ms, 2)}</td><td>{fmt(s.p95_ms, 2)}</td><td></td></tr>"
    )
    return f"<table>{head}{''.join(rows)}</table>"


def roc_svg(sweeps: Sequence[Sweep], max_fpr: float, width: int = 520, height: int = 340) -> str:
    """Recall against false-positive rate, one polyline per validator; the target FPR is a dashed line."""
    left, top, right, bottom = 50, 15, 150, 40
    w, h = width - left - right, height - top - bottom

    def xy(fpr: float, recall: float) -> str:
        return f"{left + fpr * w:.1f},{top + (1 - recall) * h:.1f}"

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="recall versus false-positive rate">',
        f'<rect x="{left}" y="{top}" width="{w}" height="{h}" fill="#fcfcfc" stroke="#999"/>',
    ]
    for i in range(0, 11, 2):
        v = i / 10
        parts.append(f'<text x="{left + v * w:.1f}" y="{top + h + 15}" text-anchor="middle">{v:.1f}</text>')
        parts.append(f'<text x="{left - 6}" y="{top + (1 - v) * h + 4:.1f}" text-anchor="end">{v:.1f}</text>')
    parts.append(f'<text x="{left + w / 2:.1f}" y="{height - 5}" text-anchor="middle">false-positive rate</text>')
    parts.append(
        f'<text x="12" y="{top + h / 2:.1f}" text-anchor="middle" transform="rotate(-90 12 {top + h / 2:.1f})">'
        "recall</text>"
    )
    tx = left + min(max_fpr, 1.0) * w
    parts.append(
        f'<line x1="{tx:.1f}" y1="{top}" x2="{tx:.1f}" y2="{top + h}" stroke="#b00020" stroke-dasharray="4 3"/>'
    )
    parts.append(f'<text x="{tx + 4:.1f}" y="{top + h - 6}" fill="#b00020">target FPR {max_fpr:g}</text>')
    drawn = [s for s in sweeps if s.points]
    if not drawn:
        parts.append(
            f'<text x="{left + w / 2:.1f}" y="{top + h / 2:.1f}" text-anchor="middle" class="muted">'
            "no score-based validator with labelled positives and negatives</text>"
        )
    for i, s in enumerate(drawn):
        colour = _COLOURS[i % len(_COLOURS)]
        # Highest threshold first, from (0,0) to (1,1): a curve that reads left to right.
        pts = [xy(0, 0)] + [xy(p.confusion.fpr or 0.0, p.confusion.recall or 0.0) for p in reversed(s.points)]
        pts.append(xy(1, 1))
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{" ".join(pts)}"/>')
        if s.suggested is not None:
            c = s.suggested.confusion
            cx, cy = xy(c.fpr or 0.0, c.recall or 0.0).split(",")
            parts.append(
                f'<circle cx="{cx}" cy="{cy}" r="4" fill="{colour}"><title>{escape(s.key)}: threshold '
                f"{s.suggested.threshold:.4g}</title></circle>"
            )
        ly = top + 14 + i * 16
        parts.append(f'<rect x="{left + w + 12}" y="{ly - 9}" width="10" height="10" fill="{colour}"/>')
        parts.append(f'<text x="{left + w + 26}" y="{ly}">{escape(s.key[:20])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def highlight(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """Escaped `text` with each (start, end, title) span in a ``<mark>``; overlapping spans merge."""
    shown = text[:MAX_SHOWN_CHARS]
    cuts = sorted((max(0, s), min(len(shown), e), t) for s, e, t in spans if 0 <= s < e and s < len(shown))
    merged: list[tuple[int, int, str]] = []
    for s, e, t in cuts:
        if merged and s < merged[-1][1]:
            ps, pe, pt = merged[-1]
            merged[-1] = (ps, max(pe, e), f"{pt}; {t}")
        else:
            merged.append((s, e, t))
    out: list[str] = []
    last = 0
    for s, e, t in merged:
        out += [escape(shown[last:s]), f'<mark title="{escape(t)}">', escape(shown[s:e]), "</mark>"]
        last = e
    out.append(escape(shown[last:]))
    if len(text) > MAX_SHOWN_CHARS:
        out.append(f"<span class=muted> … ({len(text) - MAX_SHOWN_CHARS} more characters)</span>")
    return "".join(out)


def _spans(findings: Sequence[Finding], target: str) -> list[tuple[int, int, str]]:
    return [
        (f.start, f.end, f"{f.id}: {f.message}")
        for f in findings
        if f.target == target and f.start is not None and f.end is not None
    ]


def _case(r: CaseResult) -> str:
    findings = findings_of(r)
    expect = " or ".join(r.case.expect or []) or "-"
    parts = [
        f'<div class=case id="case-{escape(r.case.id)}"><b>{escape(r.case.id)}</b> '
        f"<span class=muted>{escape(', '.join(r.case.tags))}</span><br>",
        f"expected <b>{escape(expect)}</b>, outcome <b class=bad>{escape(r.outcome)}</b>; "
        f"fired: {escape(', '.join(r.fired) or 'nothing')}",
        "<ul>" + "".join(f"<li class=bad>{escape(p)}</li>" for p in r.problems) + "</ul>",
    ]
    texts = r.texts()
    for target, text in texts.items():
        # With several scripted answers offsets could belong to any of them; highlight only when unambiguous.
        spans = _spans(findings, target) if target != "answer" or len(r.answers) == 1 else []
        parts.append(f"<div class=muted>{escape(target)}</div><pre>{highlight(text, spans)}</pre>")
    if findings:
        parts.append(
            "<table><tr><th>id</th><th class=l>target</th><th>span</th><th>score</th><th class=l>message</th></tr>"
        )
        for f in findings:
            span = f"{f.start}-{f.end}" if f.start is not None else "-"
            parts.append(
                f"<tr><td>{escape(f.id)}</td><td class=l>{escape(f.target or '-')}</td><td>{span}</td>"
                f"<td>{fmt(f.score)}</td><td class=l>{escape(f.message)}</td></tr>"
            )
        parts.append("</table>")
    parts.append("</div>")
    return "".join(parts)


def _sweep_tables(ev: Evaluation) -> str:
    out = []
    for s in ev.sweeps:
        now = f", now {escape(s.param)}={s.current:g}" if s.param and s.current is not None else ""
        out.append(f"<h3>{escape(s.key)} <span class=muted>({escape(s.use)}{now})</span></h3>")
        if s.suggested is not None:
            c = s.suggested.confusion
            out.append(
                f"<p>Suggested threshold <b>{s.suggested.threshold:.4g}</b>: recall {fmt(c.recall)}, "
                f"FPR {fmt(c.fpr)} (target ≤ {ev.max_fpr:g}).</p>"
            )
        if s.note:
            out.append(f"<p class=muted>{escape(s.note)}</p>")
        if s.points:
            out.append("<table><tr><th>threshold</th><th>recall</th><th>FPR</th><th>TP</th><th>FP</th></tr>")
            out += [
                f"<tr><td>{p.threshold:.4g}</td><td>{fmt(p.confusion.recall)}</td><td>{fmt(p.confusion.fpr)}</td>"
                f"<td>{p.confusion.tp}</td><td>{p.confusion.fp}</td></tr>"
                for p in s.points
            ]
            out.append("</table>")
    return "".join(out)


def render_html(ev: Evaluation) -> str:
    s = ev.summary
    status = "ok" if not ev.failures else "bad"
    mode = " (shadow mode: judged by what it would do)" if ev.policy.mode == "shadow" else ""
    body = [
        f"<h1>guardrails-lite evaluation: {escape(ev.policy.name)}{escape(mode)}</h1>",
        f"<p class={status}><b>{s.passed}</b> of {s.cases} cases passed, <b>{s.failed}</b> failed.</p>",
        "<h2>Summary and confusion counts per validator</h2>",
        _summary(ev),
        "<h2>Recall versus false-positive rate</h2>",
        roc_svg(ev.sweeps, ev.max_fpr),
        _sweep_tables(ev),
    ]
    missing = ev.missing_validators()
    if missing:
        listed = ", ".join(f"{escape(k)} ({n} cases)" for k, n in missing.items())
        body.append(f"<p class=bad>Cases name validators this policy does not have: {listed}.</p>")
    if s.tags:
        body.append("<h2>By tag</h2><table><tr><th>tag</th><th>passed</th><th>cases</th></tr>")
        body += [f"<tr><td>{escape(t)}</td><td>{p}</td><td>{n}</td></tr>" for t, (p, n) in sorted(s.tags.items())]
        body.append("</table>")
    if ev.compare_policy is not None:
        body.append(f"<h2>Compared with {escape(ev.compare_policy.name)}: {len(ev.changes)} cases changed</h2>")
        if ev.changes:
            body.append(
                "<table><tr><th>case</th><th class=l>change</th><th class=l>outcome</th><th class=l>fired</th></tr>"
            )
            body += [
                f"<tr><td>{escape(c.case_id)}</td><td class=l>{escape(c.kind)}</td>"
                f"<td class=l>{escape(c.before)} → {escape(c.after)}</td>"
                f"<td class=l>{escape(', '.join(c.fired_before) or '-')} → "
                f"{escape(', '.join(c.fired_after) or '-')}</td></tr>"
                for c in ev.changes
            ]
            body.append("</table>")
    body.append(f"<h2>Failing cases ({len(ev.failures)})</h2>")
    body += [_case(r) for r in ev.failures] or ["<p class=ok>None.</p>"]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>guardrails-lite evaluation: {escape(ev.policy.name)}</title><style>{_CSS}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )
