"""Evaluate `prompt_injection` per tier on the labelled sets and write benchmarks/results/injection.md.

    PYTHONPATH=. /work/venv/bin/python benchmarks/injection_eval.py

Sets (test splits only; none of them is used in training, see scripts/train_injection.py):
deepset test, jailbreak-classification balanced test, NotInject and WildGuard-benign (false-positive
rate), BIPIA: benign test e-mails clean vs. with test-split attacks inserted at start/middle/end,
screened as untrusted documents. Latency is wall time per text through the validator, one process,
after a warm-up (the model load is not counted).
"""

from __future__ import annotations

import base64
import codecs
import platform
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import injection_data as D  # noqa: E402

from guardrails_lite import Context  # noqa: E402
from guardrails_lite.validators.injection import PromptInjectionSpec  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "injection.md"
TIERS: dict[str, dict[str, Any]] = {
    "structural only": {"lexical": False},
    "lexical only": {"structural": False, "decode": False},
    "default, threshold 0.3 (more recall, more false positives)": {"threshold": 0.3},
    "default (structural + lexical + decoding)": {},
}
GOAL_RECALL, GOAL_FPR, GOAL_MS = 0.90, 0.05, 1.0


@dataclass
class Row:
    name: str
    n_pos: int
    n_neg: int
    tp: int
    fp: int
    ms: list[float]

    @property
    def recall(self) -> float | None:
        return self.tp / self.n_pos if self.n_pos else None

    @property
    def fpr(self) -> float | None:
        return self.fp / self.n_neg if self.n_neg else None

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else None


def run(validator: Any, items: list[tuple[str, int]], target: str) -> Row:
    tp = fp = 0
    ms: list[float] = []
    for text, label in items:
        t0 = time.perf_counter()
        verdict = validator(text, Context("input", target=target))
        ms.append((time.perf_counter() - t0) * 1000)
        if not verdict.passed:
            tp += label
            fp += 1 - label
    pos = sum(label for _, label in items)
    return Row("", pos, len(items) - pos, tp, fp, ms)


def fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def obfuscated(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Each deepset test text disguised five ways (seeded): tests normalisation and decoding on real data."""
    rng = random.Random(7)
    ways = [
        lambda t: base64.b64encode(t.encode()).decode(),
        lambda t: t.translate(str.maketrans("aeoi", "4301")),
        lambda t: "\u200b".join(t),
        lambda t: t.translate(str.maketrans("aeoc", "аеос")),  # Cyrillic look-alikes
        lambda t: codecs.encode(t, "rot13"),
    ]
    return [(rng.choice(ways)(t), y) for t, y in items]


def main() -> None:
    D.need_data()
    sets: list[tuple[str, list[tuple[str, int]], str]] = [
        ("deepset test", D.deepset("test"), "prompt"),
        ("jailbreak-classification balanced test", D.jailbreak("test", "balanced"), "prompt"),
        ("NotInject (all benign)", [(t, 0) for t in D.notinject()], "prompt"),
        ("WildGuard-benign (all benign)", [(t, 0) for t in D.wildguard()], "prompt"),
        ("BIPIA e-mails: clean vs. attack inserted (documents)", D.bipia_embedded("test"), "context[0]"),
        (
            "deepset test, each text obfuscated (base64/leet/zero-width/homoglyph/rot13)",
            obfuscated(D.deepset("test")),
            "prompt",
        ),
    ]
    results: dict[str, list[Row]] = {}
    for tier, cfg in TIERS.items():
        v = PromptInjectionSpec.model_validate({"use": "prompt_injection", **cfg}).build()
        v("warm up the model", Context("input", target="prompt"))
        rows = []
        for name, items, target in sets:
            row = run(v, items, target)
            row.name = name
            rows.append(row)
            print(f"{tier:45} {name:55} R={fmt(row.recall)} FPR={fmt(row.fpr)} p50={pct(row.ms, 0.5):.3f}ms")
        results[tier] = rows
    write(results)


def write(results: dict[str, list[Row]]) -> None:
    lines = [
        "# prompt_injection: detection quality and latency",
        "",
        "Written by `benchmarks/injection_eval.py` (do not edit by hand). "
        f"Python {platform.python_version()}, {platform.machine()}, one thread. Test splits only; training data was "
        "deduplicated against every set below (exact and near-duplicate), NotInject and WildGuard-benign were never "
        "trained on, thresholds were chosen on held-out training data (not on these sets).",
        "",
    ]
    for tier, rows in results.items():
        lines += [f"## {tier}", "", "| set | attacks | benign | precision | recall | FPR | F1 | p50 ms | p99 ms |"]
        lines.append("|---|---|---|---|---|---|---|---|---|")
        for r in rows:
            lines.append(
                f"| {r.name} | {r.n_pos} | {r.n_neg} | {fmt(r.precision)} | {fmt(r.recall)} | {fmt(r.fpr)} | "
                f"{fmt(r.f1)} | {pct(r.ms, 0.5):.3f} | {pct(r.ms, 0.99):.3f} |"
            )
        lines.append("")
    default = next(reversed(results.values()))
    prompts = [m for r in default[:4] for m in r.ms]
    docs = default[4].ms
    lines += [
        "## Latency of the default configuration",
        "",
        f"- prompts (all four prompt sets, {len(prompts)} texts): p50 {pct(prompts, 0.5):.3f} ms, "
        f"p99 {pct(prompts, 0.99):.3f} ms, mean {statistics.fmean(prompts):.3f} ms",
        f"- documents (BIPIA e-mails, {len(docs)} texts, scored sentence by sentence): "
        f"p50 {pct(docs, 0.5):.3f} ms, p99 {pct(docs, 0.99):.3f} ms",
        "",
        "## Goals (default configuration) and where they are missed",
        "",
        f"Goals: recall ≥ {GOAL_RECALL}, FPR ≤ {GOAL_FPR} on every set, ≤ {GOAL_MS} ms per prompt.",
        "",
    ]
    for r in default:
        notes = []
        if r.recall is not None and r.recall < GOAL_RECALL:
            notes.append(f"recall {r.recall:.3f} is {GOAL_RECALL - r.recall:.3f} below the goal")
        if r.fpr is not None and r.fpr > GOAL_FPR:
            notes.append(f"FPR {r.fpr:.3f} is {r.fpr - GOAL_FPR:.3f} above the goal")
        lines.append(f"- {r.name}: " + ("; ".join(notes) if notes else "goals met"))
    p50 = pct(prompts, 0.5)
    p99 = pct(prompts, 0.99)
    lines.append(
        f"- latency: p50 {p50:.3f} ms " + ("meets" if p50 <= GOAL_MS else "misses") + f" the {GOAL_MS} ms goal; "
        f"p99 {p99:.3f} ms " + ("meets it" if p99 <= GOAL_MS else f"is {p99 - GOAL_MS:.3f} ms over (long prompts)")
    )
    lines += ["", (ROOT / "benchmarks" / "injection_notes.md").read_text(encoding="utf-8").strip(), ""]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
