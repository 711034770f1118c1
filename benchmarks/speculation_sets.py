"""Per-set recall and false flags of `speculation` (aggregates only, never the texts).

    PYTHONPATH=. .venv/bin/python benchmarks/speculation_sets.py held-out   # blind output11, output12
    PYTHONPATH=. .venv/bin/python benchmarks/speculation_sets.py seen       # the sets the classifier trained on
    PYTHONPATH=. .venv/bin/python benchmarks/speculation_sets.py FILE ...   # any speculation sets

"held-out" are the blind sets scripts/train_speculation.py never trains on; "seen" are the ones it does (their
figures are optimistic). Run it from an older checkout's root (PYTHONPATH=. there) for the "before" figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import output_eval

DATA = Path(__file__).resolve().parent / "data"
HELD_OUT = [DATA / "blind" / f"output{n}" / f"speculation_blind{n}.yaml" for n in (11, 12)]
SEEN = sorted(DATA.glob("speculation*.yaml")) + [
    DATA / "blind" / f"output{n}" / f"speculation_blind{n}.yaml" for n in range(3, 11)
]


def main() -> None:
    args = sys.argv[1:] or ["held-out"]
    files = HELD_OUT if args == ["held-out"] else SEEN if args == ["seen"] else [Path(a).resolve() for a in args]
    print("| set | positives | recall | FN | negatives | false flags | FP |")
    print("|---|---|---|---|---|---|---|")
    for f in files:
        m, _, _ = output_eval.eval_speculation(f)
        neg = m["n"] - m["pos"]
        print(f"| {f.name} | {m['pos']} | {m['recall']:.3f} | {m['fn']} | {neg} | {m['fpr']:.3f} | {m['fp']} |")


if __name__ == "__main__":
    main()
