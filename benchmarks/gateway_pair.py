"""This tree's gateway against another tree's, through real HTTP, in alternating runs: latency and CPU per request.

    python benchmarks/gateway_pair.py --against DIR [--rounds 4] [--requests 750]
        -> benchmarks/results/gateway-pair.md

Both gateways (`serve`, one worker, the default policy, each tree's own code with this tree's
virtual environment) stand in front of the canned upstream of `gateway.py`; the load generator of
`gateway.py` (one client, keep-alive, every answer checked) loads them in turn, the order swapped
each round, so the machine's other jobs weigh on both alike. Per run: p50 and p99 latency, and
the gateway's CPU time per request (``/proc``: user + system, its warm-up requests included).
The added latency is the p50 less the upstream's own p50 (measured the same way) less the
default policy's own cost (`gateway.validator_cost`, in this process).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.gateway import cpu_seconds, load, start_upstream, validator_cost  # noqa: E402 - after the path

WARMUP = 100
_LISTENING = re.compile(r"Uvicorn running on http://127\.0\.0\.1:(\d+)")


class Served:
    """`serve` from `tree`'s code, one worker, its log in a file."""

    def __init__(self, tree: Path, upstream_port: int, log: Path) -> None:
        policy, url = str(tree / "policies" / "default.yaml"), f"http://127.0.0.1:{upstream_port}/v1"
        cmd = [sys.executable, "-m", "guardrails_lite", "serve", "--port", "0", "--policy", policy, "--upstream", url]
        env = {**os.environ, "PYTHONPATH": str(tree)}
        self.log = log
        with log.open("wb") as err:
            self.proc = subprocess.Popen(cmd, cwd=tree, env=env, stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=err)  # fmt: skip
        self.port = self._ready()

    def _ready(self, timeout: float = 180) -> int:
        deadline = time.monotonic() + timeout
        port = None
        while time.monotonic() < deadline and self.proc.poll() is None:
            found = _LISTENING.search(self.log.read_text(errors="replace"))
            port = int(found.group(1)) if found else None
            if port is not None:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=5) as r:
                        if r.status == 200:
                            return port
                except OSError:
                    pass
            time.sleep(0.2)
        raise RuntimeError(f"the gateway of {self.log} did not get ready")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(30)


def run(served: Served, requests: int) -> dict[str, float]:
    before = cpu_seconds([served.proc.pid])
    r = load(served.port, "/v1/chat/completions", 1, requests, "dana.wells@example.com", WARMUP)
    if r["lost"]:
        raise RuntimeError(f"{r['lost']} requests lost")
    cpu = cpu_seconds([served.proc.pid]) - before
    return {"p50": r["p50_ms"], "p99": r["p99_ms"], "cpu": 1000 * cpu / (requests + WARMUP)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--against", type=Path, required=True, help="the other tree (the commit before)")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--requests", type=int, default=750)
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "gateway-pair.md"))
    args = ap.parse_args()
    trees = {"before": args.against.resolve(), "after": ROOT}
    loads = [os.getloadavg()[0]]
    policy = validator_cost()
    upstream, port = start_upstream()
    logs = Path(os.environ.get("TMPDIR", "/tmp"))
    served: dict[str, Served] = {}
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": [], "upstream": []}
    try:
        for label, tree in trees.items():
            served[label] = Served(tree, port, logs / f"gateway-pair-{label}-{os.getpid()}.log")
        for i in range(args.rounds):
            order = ["before", "after"] if i % 2 == 0 else ["after", "before"]
            for label in order:
                runs[label].append(run(served[label], args.requests))
            r = load(port, "/v1/chat/completions", 1, args.requests, "<EMAIL_ADDRESS_1>", WARMUP)
            runs["upstream"].append({"p50": r["p50_ms"], "p99": r["p99_ms"], "cpu": float("nan")})
            loads.append(os.getloadavg()[0])
    finally:
        for s in served.values():
            s.stop()
            s.log.unlink(missing_ok=True)
        upstream.terminate()
        upstream.wait(30)
    write(Path(args.out), runs, policy, trees, args, loads)


def write(out: Path, runs: dict[str, list[dict[str, float]]], policy: dict[str, float], trees: dict[str, Path],
          args: Any, loads: list[float]) -> None:  # fmt: skip
    up = statistics.median(r["p50"] for r in runs["upstream"])
    lines = [
        "# Gateway before and after, paired (`benchmarks/gateway_pair.py`)",
        "",
        f"Trees: before = `{trees['before']}`, after = `{trees['after']}`. One worker each, one client, "
        f"{args.requests} requests per run after {WARMUP} warm-up ones, {args.rounds} rounds, the order swapped each "
        f"round; load average (1 min) {', '.join(f'{x:.1f}' for x in loads)}; niceness {os.nice(0)}. The default "
        f"policy alone: p50 {policy['wall']:.2f} ms wall, {policy['cpu']:.2f} ms CPU per call; the upstream alone: "
        f"p50 {up:.2f} ms.",
        "",
        "| round | before p50 | after p50 | before p99 | after p99 | before CPU ms/req | after CPU ms/req |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for i, (b, a) in enumerate(zip(runs["before"], runs["after"], strict=True)):
        lines.append(f"| {i + 1} | {b['p50']:.2f} | {a['p50']:.2f} | {b['p99']:.2f} | {a['p99']:.2f} | "
                     f"{b['cpu']:.3f} | {a['cpu']:.3f} |")  # fmt: skip
    med = {label: {k: statistics.median(r[k] for r in runs[label]) for k in ("p50", "p99", "cpu")}
           for label in ("before", "after")}  # fmt: skip
    ratios = [a["cpu"] / b["cpu"] for b, a in zip(runs["before"], runs["after"], strict=True)]
    added = {label: med[label]["p50"] - up - policy["wall"] for label in med}
    lines += [
        "",
        f"- Added p50 (median run, less the upstream and the policy): before {added['before']:.2f} ms, after "
        f"{added['after']:.2f} ms; p99 {med['before']['p99']:.2f} -> {med['after']['p99']:.2f} ms.",
        f"- Gateway CPU per request (median run): {med['before']['cpu']:.3f} -> {med['after']['cpu']:.3f} ms; "
        f"after / before per round: {', '.join(f'{x:.3f}' for x in ratios)} (median {statistics.median(ratios):.3f}).",
    ]
    out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
