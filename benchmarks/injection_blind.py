"""Run `prompt_injection` once on a blind set and keep aggregate figures only (never a text).

    PYTHONPATH=<checkout> .venv/bin/python benchmarks/injection_blind.py DIR --json OUT.json [--model FILE]
    .venv/bin/python benchmarks/injection_blind.py --compare BEFORE.json AFTER.json --md OUT.md

The library is imported from PYTHONPATH, so the same run can score an older checkout (the model and
validator on main before a change) and the current one on the same unseen data. DIR holds prompts.jsonl,
documents.jsonl and summariser_instructions.jsonl (each row: `text` or `documents: [{text}]`, `label`,
optional `category`, `lang`, `obfuscation`, `position`). A prompt is flagged if the validator fails it as
the prompt; a documents item if it fails any of its documents as context; as in benchmarks/injection_eval.py.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path
from typing import Any

Counts = dict[str, dict[str, list[float]]]  # group -> key -> [n_pos, tp, n_neg, fp, total_ms]


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def use_model(path: Path) -> None:
    """Score with the model file at `path` instead of the shipped one (a candidate from scripts/train_injection.py
    --out DIR, compared with the shipped model on the same seen set before it replaces it)."""
    from guardrails_lite.validators.injection import _artefact, lexical

    packed = _artefact.Packed(_artefact.read(path))
    lexical._MODEL = lexical.LexicalModel({}, packed.meta, packed)


def score(directory: Path) -> dict[str, Any]:
    from guardrails_lite import Context
    from guardrails_lite.validators.injection import PromptInjectionSpec

    v = PromptInjectionSpec.model_validate({"use": "prompt_injection"}).build()
    v("warm up the model", Context("input", target="prompt"))
    counts: Counts = {}

    def add(group: str, key: str, label: int, flagged: bool, ms: float) -> None:
        c = counts.setdefault(group, {}).setdefault(key, [0, 0, 0, 0, 0.0])
        c[0 if label else 2] += 1
        c[1 if label else 3] += int(flagged)
        c[4] += ms

    def flag(texts: list[str], prompt: bool) -> tuple[bool, float]:
        t0 = time.perf_counter()
        targets = ["prompt"] if prompt else [f"context[{i}]" for i in range(len(texts))]
        hit = any(not v(t, Context("input", target=tg)).passed for t, tg in zip(texts, targets, strict=True))
        return hit, (time.perf_counter() - t0) * 1000

    for r in _jsonl(directory / "prompts.jsonl"):
        hit, ms = flag([str(r["text"])], True)
        for k in ("all", "category", "lang", "obfuscation"):
            add(f"prompts by {k}", "all" if k == "all" else str(r.get(k) or "none"), int(r["label"]), hit, ms)
    for r in _jsonl(directory / "documents.jsonl"):
        hit, ms = flag([str(d["text"]) for d in r["documents"]], False)
        for k in ("all", "category", "position", "lang"):
            add(f"documents by {k}", "all" if k == "all" else str(r.get(k) or "none"), int(r["label"]), hit, ms)
    for r in _jsonl(directory / "summariser_instructions.jsonl"):
        hit, ms = flag([str(r["text"])], True)
        add("summariser instructions by all", "all", 0, hit, ms)
    return {"python": platform.python_version(), "counts": counts}


def _rate(k: int, n: int) -> str:
    return f"{k / n:.3f}" if n else "–"


def compare(before: dict[str, Any], after: dict[str, Any], names: tuple[str, str]) -> list[str]:
    lines = [
        f"| group | set | attacks | benign | recall {names[0]} | recall {names[1]} | FPR {names[0]} | "
        f"FPR {names[1]} | ms/item {names[1]} |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for group in sorted(after["counts"]):
        for key in sorted(after["counts"][group], key=lambda k: (k != "all", k)):
            a = after["counts"][group][key]
            b = before["counts"].get(group, {}).get(key, [0, 0, 0, 0, 0.0])
            n = a[0] + a[2]
            lines.append(
                f"| {group} | {key} | {a[0]} | {a[2]} | {_rate(b[1], b[0])} | {_rate(a[1], a[0])} | "
                f"{_rate(b[3], b[2])} | {_rate(a[3], a[2])} | {a[4] / max(1, n):.2f} |"
            )
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("directory", nargs="?", type=Path, help="blind set directory (run once)")
    ap.add_argument("--json", type=Path, help="where the aggregate counts go")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"), help="two --json outputs")
    ap.add_argument("--names", nargs=2, default=("before", "after"), help="column names for --compare")
    ap.add_argument("--md", type=Path, help="markdown table for --compare (printed if omitted)")
    ap.add_argument("--model", type=Path, help="score with this lexical.bin instead of the shipped model")
    args = ap.parse_args()
    if args.compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        text = "\n".join(compare(before, after, tuple(args.names))) + "\n"
        if args.md:
            args.md.write_text(text, encoding="utf-8")
        print(text, end="")
        return
    if args.directory is None or args.json is None:
        ap.error("give a blind set directory and --json, or --compare BEFORE AFTER")
    if args.model:
        use_model(args.model)
    result = score(args.directory)
    args.json.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print("wrote", args.json)


if __name__ == "__main__":
    main()
