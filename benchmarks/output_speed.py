"""CPU and wall time of the output checks on a 1 KB answer (issue 17: all three <= 2 ms p50), paired old/new.

    .venv/bin/python benchmarks/output_speed.py [--rounds 5] [--calls 60]
    .venv/bin/python benchmarks/output_speed.py --against ../old-checkout --rounds 8

The inputs are `output_eval.kb_answer_latency`'s: policies/email-summary.yaml's speculation, grounding and
scope (`fields` dropped) on a ~1 KB answer with ~1.6 KB of e-mails from grounding_dev17.yaml. Per round each
case is called `--calls` times, the cases interleaved call by call; a round reports each case's median CPU
time per call (process time: what other processes on the host do not change) and median wall time. "fresh"
cases forget grounding's digests of earlier calls first (documents never seen before); "known" keeps them; "new
set" forgets the digests of sets of documents but keeps the readings of single e-mails (each e-mail seen before in
another set: a thread grown by an e-mail, a retrieved context that changed).

`--against DIR`: two worker processes, one importing the library from this checkout and one from DIR (an older
checkout, e.g. `git archive <sha> | tar -x -C DIR`), run their rounds alternately (A B, B A, ...) so both see
the same host load; prints each side's medians and the median of the per-round new/old CPU ratios. Prints only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import paired  # noqa: E402

CASES = ("speculation", "grounding fresh", "scope", "all three fresh", "all three known", "all three new set")


class _Bench:
    """The three validators and the 1 KB answer, built once; `round()` measures every case."""

    def __init__(self) -> None:
        import output_eval as oe
        import yaml

        from guardrails_lite import Context
        from guardrails_lite.validators.grounding import clear_document_cache
        from guardrails_lite.verdict import Document

        data = oe._load("grounding_dev17.yaml")
        docs = tuple(Document(data["sources"][i], i) for i in oe.LATENCY_SOURCES)
        threads = {"offsite", "incident", "contract"}
        answer = " ".join(c["text"] for c in data["cases"] if c["supported"] and c["thread"] in threads)
        answer = answer[: answer.rfind(".", 0, 1024) + 1]
        vs: dict[str, Any] = {}
        for entry in yaml.safe_load(oe.POLICY.read_text())["output"]:
            if entry["use"] in ("speculation", "grounding", "scope") and entry.get("citations") != "check":
                vs[entry["use"]] = oe.build({k: v for k, v in entry.items() if k != "fields"})

        def forget_sets() -> None:
            try:
                clear_document_cache(texts=False)
            except TypeError:  # an older tree keeps no readings of single e-mails: the same as a fresh call
                clear_document_cache()

        def call(
            names: tuple[str, ...], fresh: bool, forget: Callable[[], None] = clear_document_cache
        ) -> Callable[[], None]:
            def run() -> None:
                if fresh:
                    forget()
                ctx = Context("output", documents=docs)
                for n in names:
                    vs[n](answer, ctx)

            return run

        three = ("speculation", "grounding", "scope")
        self.cases = {
            "speculation": call(("speculation",), False),
            "grounding fresh": call(("grounding",), True),
            "scope": call(("scope",), False),
            "all three fresh": call(three, True),
            "all three known": call(three, False),
            "all three new set": call(three, True, forget_sets),
        }
        self.chars = (len(answer), sum(len(d.text) for d in docs))
        for _ in range(5):  # warm up: lexicons loaded, caches of spellings filled
            for fn in self.cases.values():
                fn()

    def round(self, calls: int) -> dict[str, float]:
        cpu: dict[str, list[float]] = {k: [] for k in self.cases}
        wall: dict[str, list[float]] = {k: [] for k in self.cases}
        for _ in range(calls):
            for name, fn in self.cases.items():
                c0, w0 = time.process_time(), time.perf_counter()
                fn()
                cpu[name].append(time.process_time() - c0)
                wall[name].append(time.perf_counter() - w0)
        out = {f"cpu {k}": 1000 * statistics.median(v) for k, v in cpu.items()}
        out |= {f"wall {k}": 1000 * statistics.median(v) for k, v in wall.items()}
        return out


def _line(row: dict[str, float]) -> str:
    return " | ".join(f"{k} {row[f'cpu {k}']:.3f} ({row[f'wall {k}']:.3f})" for k in CASES)


def _medians(rows: list[dict[str, float]]) -> dict[str, float]:
    return {k: statistics.median(r[k] for r in rows) for k in rows[0]}


def _serve(checkout: Path, calls: int) -> None:
    """Worker of `--against`: the library from `checkout`; one JSON line per round asked for on stdin."""
    sys.path.insert(0, str(checkout))
    bench = _Bench()
    import guardrails_lite

    print(json.dumps({"ready": True, "library": guardrails_lite.__file__}), flush=True)
    for _ in sys.stdin:
        print(json.dumps(bench.round(calls)), flush=True)


def _paired(old: Path, rounds: int, calls: int) -> None:
    def report(i: int, new_row: dict[str, float], old_row: dict[str, float]) -> None:
        print(f"round {i + 1}: new {_line(new_row)}\n         old {_line(old_row)}", flush=True)

    cmd = [sys.executable, __file__, "--calls", str(calls), "--worker"]
    rows = paired.alternate(cmd, ROOT, old, rounds, report)
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; CPU ms per call (wall ms), medians")
    for side in ("old", "new"):
        print(f"{side} ({ROOT if side == 'new' else old}), median of {rounds}: {_line(_medians(rows[side]))}")
    for k in CASES:
        ratios = [n[f"cpu {k}"] / o[f"cpu {k}"] for n, o in zip(rows["new"], rows["old"], strict=True)]
        print(f"new/old CPU {k}: median {statistics.median(ratios):.3f} (min {min(ratios):.3f}, max {max(ratios):.3f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5, help="measured rounds (the median is the figure)")
    ap.add_argument("--calls", type=int, default=60, help="calls of each case per round")
    ap.add_argument("--against", type=Path, help="an older checkout: paired, alternating rounds against it")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)  # internal: serve rounds for --against
    args = ap.parse_args()
    if args.worker is not None:
        _serve(args.worker, args.calls)
        return
    if args.against is not None:
        _paired(args.against.resolve(), args.rounds, args.calls)
        return
    sys.path.insert(0, str(ROOT))
    load, cpu0 = os.getloadavg()[0], time.process_time()
    bench = _Bench()
    print(f"{bench.chars[0]}-char answer, {bench.chars[1]} chars of e-mails; load {load:.1f}; CPU ms per call (wall)")
    rows = []
    for i in range(args.rounds):
        rows.append(bench.round(args.calls))
        print(f"round {i + 1}: {_line(rows[-1])}", flush=True)
    print(f"median of {args.rounds}: {_line(_medians(rows))}")
    print(f"CPU {time.process_time() - cpu0:.1f} s for the whole run")


if __name__ == "__main__":
    main()
