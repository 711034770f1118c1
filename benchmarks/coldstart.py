"""Cold start: `import guardrails_lite`, and import + the first call on the default policy (issue 16, item 5).

Each figure is measured in a fresh interpreter (`--runs` of them; medians reported), so nothing is
cached in the process: a cold import and a first call pay for every engine load. Rows:

- import: ``import guardrails_lite`` alone, then ``from guardrails_lite import Guard, load_policy``
  (public names are imported on first access, so the second figure is what an application pays
  before it loads a policy);
- first call: import, ``load_policy(default.yaml)``, ``Guard(policy)``, one ``Guard.run`` on a prompt
  with an e-mail address (both stages run; the model is a local function); the policy load is
  reported apart too;
- warm: the same with ``Guard(policy, warm=True)``; the time to the guard being ready and the first
  call after it are reported apart (what an application that warms at start-up sees on its first request).

Writes benchmarks/results/coldstart.md (or --out). The interpreter running this script is the one
measured, so another checkout's code is measured with its own interpreter. Usage:
    python benchmarks/coldstart.py [--runs 7] [--out FILE]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "coldstart.md"

_PROBE = """
import json, sys, time
w0, c0 = time.perf_counter(), time.process_time()
import guardrails_lite as g
w1, c1 = time.perf_counter(), time.process_time()
out = {"import": w1 - w0, "import_cpu": c1 - c0}
mode = sys.argv[1]
if mode == "import":
    from guardrails_lite import Guard, load_policy
    out.update(names=time.perf_counter() - w0, names_cpu=time.process_time() - c0)
else:
    policy = g.load_policy(sys.argv[2])
    out.update(policy=time.perf_counter() - w1, policy_cpu=time.process_time() - c1)
    guard = g.Guard(policy, warm=(mode == "warm"))
    w2, c2 = time.perf_counter(), time.process_time()
    r = guard.run(lambda p: "Noted.", "Please write to jane.doe@example.com about the invoice.")
    w3, c3 = time.perf_counter(), time.process_time()
    assert r.text == "Noted.", r.text
    out.update(ready=w2 - w0, call=w3 - w2, total=w3 - w0, ready_cpu=c2 - c0, call_cpu=c3 - c2, total_cpu=c3 - c0)
print(json.dumps(out))
"""


def probe(mode: str, policy: Path) -> dict[str, float]:
    # Any non-empty PYTHONDONTWRITEBYTECODE (even "0") stops Python writing .pyc files, and a stale .pyc is then
    # recompiled from source in every run: drop it, as an installed package has its bytecode (pip compiles it).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, mode, str(policy)], capture_output=True, text=True, check=True, env=env
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def medians(mode: str, runs: int, policy: Path) -> dict[str, float]:
    seen = [probe(mode, policy) for _ in range(runs)]
    return {k: statistics.median(s[k] for s in seen) for k in seen[0]}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def report(runs: int, rows: dict[str, dict[str, float]], loads: tuple[float, float]) -> str:
    imp, cold, warm = rows["import"], rows["cold"], rows["warm"]
    return "\n".join(
        [
            "# Cold start",
            "",
            f"`python benchmarks/coldstart.py --runs {runs}` on Python {platform.python_version()}, "
            f"{platform.machine()}, {os.cpu_count()} cores (1-minute load average {loads[0]:.1f} at the start, "
            f"{loads[1]:.1f} at the end). Each figure is "
            "the median over fresh interpreters; the first call screens a prompt holding an e-mail address "
            "on `policies/default.yaml` (injection + PII in, PII out) with a local function as the model.",
            "",
            "Wall time counts the waits of a loaded machine; CPU time (user + system of the process) is "
            "what an idle machine's wall time would be, near enough (one thread, files in the page cache). "
            "The package's bytecode is compiled first, as `pip install` does.",
            "",
            "| figure | wall median (ms) | CPU median (ms) | goal (ms) |",
            "|---|---:|---:|---:|",
            f"| `import guardrails_lite` | {ms(imp['import'])} | {ms(imp['import_cpu'])} | 150 |",
            f"| ... then `from guardrails_lite import Guard, load_policy` | {ms(imp['names'])} | "
            f"{ms(imp['names_cpu'])} | |",
            f"| import + first default-policy call | {ms(cold['total'])} | {ms(cold['total_cpu'])} | 1000 |",
            f"| of which `load_policy` | {ms(cold['policy'])} | {ms(cold['policy_cpu'])} | |",
            f"| of which the first call itself | {ms(cold['call'])} | {ms(cold['call_cpu'])} | |",
            f"| import + `Guard(policy, warm=True)` | {ms(warm['ready'])} | {ms(warm['ready_cpu'])} | |",
            f"| first call after the warm-up | {ms(warm['call'])} | {ms(warm['call_cpu'])} | |",
            "",
        ]
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--policy", type=Path, default=ROOT / "policies" / "default.yaml")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args()
    compileall.compile_dir(ROOT / "guardrails_lite", quiet=1)  # what `pip install` does
    probe("cold", args.policy)  # fill the OS page cache and the bytecode cache first
    start = os.getloadavg()[0]
    rows = {mode: medians(mode, args.runs, args.policy) for mode in ("import", "cold", "warm")}
    text = report(args.runs, rows, (start, os.getloadavg()[0]))
    args.out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
