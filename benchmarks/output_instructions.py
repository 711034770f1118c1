"""Machine instructions per call of the output checks (issue 17), under valgrind's callgrind: a count the
busy host does not change, for before/after comparisons of speed work.

    .venv/bin/python benchmarks/output_instructions.py [--calls 5] [--against DIR]

The cases and inputs are `output_speed.py`'s (a ~1 KB answer, ~1.6 KB of e-mails, policies/email-summary.yaml's
speculation, grounding and scope). Each tree runs in a process of its own under
``valgrind --tool=callgrind --instr-atstart=no``; after the warm-up of `output_speed._Bench` collection is
switched on (``callgrind_control -i on``) for `--calls` calls of one case, then dumped. `--against DIR`
measures another checkout (e.g. `git archive <sha> | tar -x -C DIR`) the same way, with this tree's
virtual environment. Prints M instructions per call and the new/old ratios.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _callgrind(*args: str) -> None:
    subprocess.run(["callgrind_control", *args, str(os.getpid())], check=True, stdout=subprocess.DEVNULL)


def child(tree: Path, calls: int) -> None:
    """In the measured tree: every case of `output_speed._Bench`, each in a dump of its own."""
    sys.path.insert(0, str(tree))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import output_speed

    bench = output_speed._Bench()
    for k, fn in enumerate(bench.cases.values()):
        _callgrind("-i", "on")
        for _ in range(calls):
            fn()
        _callgrind("-i", "off")
        _callgrind("-d", f"case{k}")
    print("library:", sys.modules["guardrails_lite"].__file__)


def measure(tree: Path, calls: int) -> dict[str, float]:
    """M instructions per call of each case, for the library in `tree`."""
    from output_speed import CASES

    with tempfile.TemporaryDirectory(prefix="output-callgrind-") as folder:
        prefix = Path(folder) / "cg"
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={prefix}.%p",
               sys.executable, str(Path(__file__).resolve()), "--child", str(tree), "--calls", str(calls)]  # fmt: skip
        done = subprocess.run(cmd, cwd=tree, capture_output=True, text=True, check=True)
        print(done.stdout.strip().splitlines()[-1], flush=True)
        out: dict[str, float] = {}
        for dump in Path(folder).glob("cg.*.*"):
            text = dump.read_text(errors="replace")
            name = re.search(r"^desc: Trigger: (?:Client Request: )?dump case(\d+)", text, re.M)
            total = re.search(r"^totals: (\d+)", text, re.M)
            if name and total:
                out[CASES[int(name.group(1))]] = int(total.group(1)) / calls / 1e6
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=5, help="measured calls per case")
    ap.add_argument("--against", type=Path, help="an older checkout, measured the same way")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # internal: the process under valgrind
    args = ap.parse_args()
    if args.child is not None:
        child(args.child, args.calls)
        return
    sys.path.insert(0, str(ROOT / "benchmarks"))
    new = measure(ROOT, args.calls)
    old = measure(args.against.resolve(), args.calls) if args.against else None
    print(f"M instructions per call ({args.calls} calls per case after the warm-up)")
    for case, value in new.items():
        line = f"{case}: {value:.2f}"
        if old is not None:
            line += f" (against {old[case]:.2f}; new/old {value / old[case]:.3f})"
        print(line)


if __name__ == "__main__":
    main()
