"""The guard's own cost per call, without any model: no-op validators, then regex + json_schema.

Writes benchmarks/results/overhead.md. Logging is configured as a production app would
(the guardrails_lite logger set to WARNING).
Usage: python benchmarks/overhead.py [--calls N]
"""

from __future__ import annotations

import argparse
import logging
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from guardrails_lite import Context, Guard, Verdict, parse_policy, validator

RESULTS = Path(__file__).resolve().parent / "results" / "overhead.md"


@validator("bench_noop")
def noop(text: str, ctx: Context) -> Verdict:
    return Verdict.ok()


PROMPT = "Summarise the thread about the Q3 venue booking and list who still has to confirm. " * 12  # ~1 KB
ANSWER = '{"summary": "Lakeside Hall is booked for 12 September; two people still have to confirm.", "confidence": 0.9}'

POLICIES = {
    "no-op (2 input + 2 output)": {
        "name": "noop",
        "input": [{"use": "bench_noop"}, {"use": "bench_noop", "id": "noop2"}],
        "output": [{"use": "bench_noop"}, {"use": "bench_noop", "id": "noop2"}],
    },
    "regex (input) + json_schema (output)": {
        "name": "regex-json",
        "input": [
            {"use": "regex", "patterns": [r"(?i)\bpassword\s*[:=]", r"\b\d{3}-\d{2}-\d{4}\b"], "on_fail": "repair"}
        ],
        "output": [
            {
                "use": "json_schema",
                "on_fail": "retry",
                "schema": {
                    "type": "object",
                    "required": ["summary", "confidence"],
                    "properties": {"summary": {"type": "string"}, "confidence": {"type": "number"}},
                },
            }
        ],
    },
}


def llm(prompt: Any) -> str:
    return ANSWER


def measure(guard: Guard, calls: int) -> list[float]:
    samples = []
    for _ in range(calls):
        t0 = time.perf_counter_ns()
        guard.run(llm, PROMPT)
        t1 = time.perf_counter_ns()
        llm(PROMPT)
        t2 = time.perf_counter_ns()
        samples.append(((t1 - t0) - (t2 - t1)) / 1000.0)  # microseconds, minus the fake model's own cost
    return samples


def pct(xs: list[float], q: float) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[int(q) - 1] if q < 100 else max(xs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    logging.getLogger("guardrails_lite").setLevel(logging.WARNING)
    rows = []
    for label, data in POLICIES.items():
        guard = Guard(parse_policy(data))
        measure(guard, 500)  # warm-up: build validators, fill caches
        p50s, p99s = [], []
        for _ in range(args.rounds):
            s = measure(guard, args.calls)
            p50s.append(pct(s, 50))
            p99s.append(pct(s, 99))
        rows.append((label, statistics.median(p50s), statistics.median(p99s), min(p50s), max(p50s)))
        print(f"{label}: p50 {rows[-1][1]:.1f} us, p99 {rows[-1][2]:.1f} us", flush=True)
    lines = [
        "# Guard overhead per call",
        "",
        f"`python benchmarks/overhead.py --calls {args.calls} --rounds {args.rounds}` on "
        f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}, 2 cores. "
        "A ~1 KB prompt, a scripted model "
        "(its own cost subtracted), library log level WARNING. Median over rounds of each round's percentile.",
        "",
        "| policy | p50 (µs) | p99 (µs) | p50 range over rounds (µs) |",
        "|---|---:|---:|---:|",
        *[f"| {r[0]} | {r[1]:.1f} | {r[2]:.1f} | {r[3]:.1f}–{r[4]:.1f} |" for r in rows],
        "",
        "Goal: ≤ 50 µs per call with no-op validators.",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
