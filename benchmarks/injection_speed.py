"""prompt_injection's speed (issue 14 goals: <= 1 ms per prompt, p99 <= 3 ms, documents <= 1 ms/KB), CPU and wall.

    GUARDRAILS_DATA=../shared/data .venv/bin/python benchmarks/injection_speed.py [--rounds 3] [--long]
    GUARDRAILS_DATA=../shared/data .venv/bin/python benchmarks/injection_speed.py --against ../old-checkout --rounds 6

One validator (default configuration), warmed up, then per round: the mixed public prompts (deepset test,
jailbreak-classification balanced test, NotInject, WildGuard-benign) one by one as prompts, and the BIPIA test
e-mails as context documents. Prints CPU time per prompt (process time: what other processes on the host do not
change), wall p50 / p99 per prompt, CPU p99, CPU ms per KB of documents, and CPU ms/KB by prompt length (which
prompts make the p99); the median round is the figure to quote. `--preload` warms up as `Guard(..., warm=True)`
does (both model heads read whole); without it the document head is read as texts need it.

`--against DIR`: paired runs. Two worker processes, one importing the library from this checkout and one from
DIR (an older checkout), run their rounds alternately (A B, B A, ...), so both see the same host load; prints
each side's medians and the median of the per-round new/old CPU ratios. Prints only; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

# Prompt lengths (characters) the per-length CPU figures are grouped by.
_BUCKETS = ((0, 200), (200, 1000), (1000, 2000), (2000, 4000), (4000, 1_000_000))
_FIGURES = ("cpu_ms", "p50_ms", "p99_ms", "cpu_p99_ms", "doc_ms_per_kb")


class _Bench:
    """The validator and its inputs, loaded once; `round()` measures one pass over them."""

    def __init__(self, preload: bool) -> None:
        import injection_data as D

        from guardrails_lite import Context
        from guardrails_lite.validators.injection import PromptInjectionSpec

        self.prompts = [t for t, _ in D.deepset("test")] + [t for t, _ in D.jailbreak("test", "balanced")]
        self.prompts += D.notinject() + D.wildguard()
        self.documents = D.bipia_emails("test")
        self.v = PromptInjectionSpec.model_validate({"use": "prompt_injection"}).build()
        if preload:
            self.v.preload()  # type: ignore[attr-defined]
        self.as_prompt, self.as_document = Context("input", target="prompt"), Context("input", target="context[0]")
        for t in self.prompts[:50]:
            self.v(t, self.as_prompt)
        for d in self.documents[:5]:
            self.v(d, self.as_document)
        self.kb = sum(len(d.encode("utf-8")) for d in self.documents) / 1000

    def round(self) -> dict[str, Any]:
        walls, cpus = [], []
        for t in self.prompts:
            w0, c0 = time.perf_counter(), time.process_time()
            self.v(t, self.as_prompt)
            cpus.append(time.process_time() - c0)
            walls.append(time.perf_counter() - w0)
        cpu1 = time.process_time()
        for d in self.documents:
            self.v(d, self.as_document)
        docs = time.process_time() - cpu1
        by_length = {}
        for lo, hi in _BUCKETS:
            mine = [(c, len(t)) for c, t in zip(cpus, self.prompts, strict=True) if lo <= len(t) < hi]
            chars = sum(n for _, n in mine)
            by_length[f"{lo}-{hi}"] = [len(mine), 1000 * sum(c for c, _ in mine) / (chars / 1000) if chars else 0.0]
        return {
            "cpu_ms": 1000 * sum(cpus) / len(cpus),
            "p50_ms": 1000 * _quantile(walls, 0.5),
            "p99_ms": 1000 * _quantile(walls, 0.99),
            "cpu_p99_ms": 1000 * _quantile(cpus, 0.99),
            "doc_ms_per_kb": 1000 * docs / self.kb,
            "by_length": by_length,
        }


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _line(r: dict[str, Any]) -> str:
    return (
        f"CPU {r['cpu_ms']:.3f} ms/prompt, wall p50 {r['p50_ms']:.3f} p99 {r['p99_ms']:.3f} ms, "
        f"CPU p99 {r['cpu_p99_ms']:.3f} ms; documents CPU {r['doc_ms_per_kb']:.2f} ms/KB"
    )


def _medians(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {k: statistics.median(r[k] for r in rows) for k in _FIGURES}
    out["by_length"] = {
        b: [rows[0]["by_length"][b][0], statistics.median(r["by_length"][b][1] for r in rows)]
        for b in rows[0]["by_length"]
    }
    return out


def _by_length(r: dict[str, Any]) -> str:
    return ", ".join(f"{b} chars ({n}): {ms:.2f}" for b, (n, ms) in r["by_length"].items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3, help="measured rounds (the median is the figure)")
    ap.add_argument("--long", action="store_true", help="also 40k-character prompts and 20k-character documents")
    ap.add_argument("--preload", action="store_true", help="warm up as Guard(warm=True): both heads read whole")
    ap.add_argument("--against", type=Path, help="an older checkout: paired, alternating rounds against it")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)  # internal: serve rounds for --against
    args = ap.parse_args()
    if args.worker is not None:
        _serve(args.worker, args.preload)
        return
    if args.against is not None:
        _paired(args.against.resolve(), args.rounds, args.preload)
        return
    sys.path.insert(0, str(ROOT))
    bench = _Bench(args.preload)
    print(f"{len(bench.prompts)} prompts, {len(bench.documents)} documents ({bench.kb:.0f} KB)", flush=True)
    rows = []
    for _ in range(args.rounds):
        rows.append(bench.round())
        print(_line(rows[-1]), flush=True)
    med = _medians(rows)
    print(f"median of {args.rounds}: {_line(med)}")
    print(f"prompts, CPU ms/KB by length: {_by_length(med)}")
    if args.long:
        long_texts(bench)


def _serve(checkout: Path, preload: bool) -> None:
    """Worker of `--against`: the library from `checkout`; one JSON line per round asked for on stdin."""
    sys.path.insert(0, str(checkout))
    bench = _Bench(preload)
    print(json.dumps({"ready": True}), flush=True)
    for _ in sys.stdin:
        print(json.dumps(bench.round()), flush=True)


def _paired(old: Path, rounds: int, preload: bool) -> None:
    import paired  # the alternating-worker driver output_speed.py shares

    cmd = [sys.executable, __file__, *(["--preload"] if preload else []), "--worker"]

    def report(i: int, new: dict[str, Any], old_row: dict[str, Any]) -> None:
        print(f"round {i + 1}: new {_line(new)}\n         old {_line(old_row)}", flush=True)

    rows = paired.alternate(cmd, ROOT, old, rounds, report)
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for side in ("old", "new"):
        med = _medians(rows[side])
        print(f"{side} ({ROOT if side == 'new' else old}) median of {rounds}: {_line(med)}")
        print(f"    prompts, CPU ms/KB by length: {_by_length(med)}")
    for k in ("cpu_ms", "cpu_p99_ms", "doc_ms_per_kb"):
        ratios = [n[k] / o[k] for n, o in zip(rows["new"], rows["old"], strict=True)]
        print(
            f"new/old {k}: median ratio {statistics.median(ratios):.3f} (min {min(ratios):.3f}, max {max(ratios):.3f})"
        )


def long_texts(bench: _Bench) -> None:
    """The validator alone on the pathological benchmark's 40k-character prompts and 20k-character documents of
    ordinary and varied prose (issue 13: the whole default policy under 50 ms there): CPU and wall ms, median of 5."""
    import pathological as P

    v = bench.v
    for kind, chars, ctx in (("prompt", 40_000, bench.as_prompt), ("document", 20_000, bench.as_document)):
        for name, text in (("ordinary prose", P._fill(P.PROSE, chars)), ("varied prose", P._varied_prose(chars))):
            v(text, ctx)
            cpu, wall = [], []
            for _ in range(5):
                c0, w0 = time.process_time(), time.perf_counter()
                v(text, ctx)
                cpu.append(time.process_time() - c0)
                wall.append(time.perf_counter() - w0)
            print(
                f"{kind} {len(text):,} chars {name}: CPU {1000 * statistics.median(cpu):.1f} ms, "
                f"wall {1000 * statistics.median(wall):.1f} ms"
            )


if __name__ == "__main__":
    main()
