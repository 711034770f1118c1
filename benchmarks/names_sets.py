"""Names and places, set by set: P/R per entity on the tuning sets and on the held-out sets (issue 15).

    PYTHONPATH=. python benchmarks/names_sets.py [--sets dev|held|all] [--errors DIR] [--json OUT] [--data DIR]

Groups (wave 20): "dev" = the seen blind e-mail sets pii1-pii15, our development e-mails, UNER-EWT dev half A (whole
documents, every other one in sorted order, as in scripts/train_names.py) and Presidio's synthetic rows; "held" =
pii16, pii17, pii18 and UNER-EWT dev half B (wave 12 held out pii9, pii10 and half B; wave 13 studied pii9, wave 14
studied pii12, wave 15 pii13, wave 16 pii14; wave 17 tuned the tagger on pii10 and held out pii11 and pii15; wave 18
studies pii11 and holds out pii15 and pii16; wave 19 pools pii1-pii14 and holds out pii15-pii17; wave 20 pools
pii1-pii15 and holds out pii16-pii18).
"hard" counts each set's hard negatives (every occurrence of a string its `hard_negatives.json` lists) that a PERSON
or LOCATION prediction overlaps, over all such occurrences.
Scoring is pii_eval's: the `pii` engine with PERSON, LOCATION and ORGANIZATION on at threshold 0.35, span level,
overlap match; a prediction inside a synthetic row's STREET_ADDRESS span is neither right nor wrong. `--errors DIR`
writes each set's misses and false finds (text around them) for study: only ever for the dev group.
The English Web Treebank's test split is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_eval

ROOT = pii_eval.ROOT
SHARED = pii_eval.DEFAULT_DATA.parent  # ../shared/data; `--data` for a checkout elsewhere
BLIND = ROOT / "benchmarks" / "data" / "blind"
TYPES = ("PERSON", "LOCATION")
Rows = list[dict[str, Any]]


def uner_halves(shared: Path) -> tuple[Rows, Rows]:
    dev = pii_eval.jsonl(shared / "uner-ewt-dev" / "uner_ewt_dev.jsonl")
    docs = sorted({r["sent_id"].rsplit("-", 1)[0] for r in dev})
    half_a = set(docs[::2])
    return (
        [r for r in dev if r["sent_id"].rsplit("-", 1)[0] in half_a],
        [r for r in dev if r["sent_id"].rsplit("-", 1)[0] not in half_a],
    )


def sets(group: str, shared: Path = SHARED) -> dict[str, Rows]:
    half_a, half_b = uner_halves(shared)
    dev = {f"pii{i}": pii_eval.jsonl(BLIND / f"pii{i}" / "emails.jsonl") for i in range(1, 16)}
    dev["dev-emails"] = pii_eval.jsonl(ROOT / "benchmarks" / "data" / "pii_names_dev_emails.jsonl")
    dev["unerA"] = half_a
    dev["synth"] = pii_eval.jsonl(shared / "presidio-synth-pii" / "presidio_synth_dataset_v2.jsonl")
    held = {f"pii{i}": pii_eval.jsonl(BLIND / f"pii{i}" / "emails.jsonl") for i in (16, 17, 18)}
    held["unerB"] = half_b
    return {"dev": dev, "held": held, "all": dev | held}[group]


def predict(rows: Rows) -> list[pii_eval.Spans]:
    from guardrails_lite.validators.pii import PiiSpec, PiiValidator, get_engine

    spec = PiiSpec(entities=list(pii_eval.NAMES), score_threshold=pii_eval.THRESHOLD)
    engine = get_engine(PiiValidator(spec).config)
    out = []
    for r in rows:
        _, ignore = pii_eval.names_gold(r)
        found = [(s.start, s.end, s.entity_type) for s in engine.analyze(r["text"]) if s.score >= pii_eval.THRESHOLD]
        out.append(pii_eval.drop_ignored(found, ignore))
    return out


def hard_negatives(name: str, rows: Rows, preds: list[pii_eval.Spans]) -> tuple[int, int] | None:
    """(flagged, all) occurrences of the set's listed look-alike strings; None for a set without such a list."""
    path = BLIND / name / "hard_negatives.json"
    if not path.is_file():
        return None
    listed = json.loads(path.read_text(encoding="utf-8"))
    flagged = total = 0
    for r, pred in zip(rows, preds, strict=True):
        text = r["text"]
        for word in set(listed.get(r["id"], ())):
            at = text.find(word)
            while at >= 0:
                total += 1
                end = at + len(word)
                flagged += any(a < end and at < b and t in TYPES for a, b, t in pred)
                at = text.find(word, at + 1)
    return flagged, total


def errors(rows: Rows, preds: list[pii_eval.Spans]) -> list[str]:
    """One line per miss (FN), false find (FP) or wrong type (TYPE) with 40 characters either side."""
    lines = []
    for r, pred in zip(rows, preds, strict=True):
        text = r["text"]
        gold, _ = pii_eval.names_gold(r)

        for a, b, t in pred:
            same = [g for g in gold if g[0] < b and a < g[1] and g[2] == t]
            other = [g for g in gold if g[0] < b and a < g[1] and g[2] != t]
            if not same and t in TYPES:
                kind = f"TYPE gold={other[0][2]}" if other else "FP"
                lines.append(f"{kind}\t{t}\t{text[a:b]!r}\t{_around(text, a, b)}")
        for a, b, t in gold:
            if t in TYPES and not any(p[0] < b and a < p[1] and p[2] == t for p in pred):
                lines.append(f"FN\t{t}\t{text[a:b]!r}\t{_around(text, a, b)}")
    return lines


def _around(text: str, a: int, b: int) -> str:
    return (text[max(0, a - 40) : a] + "[[" + text[a:b] + "]]" + text[b : b + 40]).replace("\n", "⏎")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", choices=("dev", "held", "all"), default="dev")
    ap.add_argument("--errors", type=Path, help="write each dev set's errors here (never for held-out sets)")
    ap.add_argument("--json", type=Path, help="write the figures as JSON")
    ap.add_argument("--data", type=Path, default=SHARED, help="the shared data folder (../shared/data)")
    args = ap.parse_args(argv)
    if args.errors and args.sets != "dev":
        ap.error("--errors is for the dev group only")
    figures: dict[str, Any] = {}
    print("| set | entity | gold | pred | P | R | F1 |\n|---|---|---:|---:|---:|---:|---:|")
    for name, rows in sets(args.sets, args.data).items():
        preds = predict(rows)
        gold = [pii_eval.names_gold(r)[0] for r in rows]
        res = pii_eval.score(gold, preds, TYPES)
        figures[name] = res
        hard = hard_negatives(name, rows, preds)
        if hard is not None:
            res["hard"] = {"flagged": hard[0], "all": hard[1]}
            print(f"| {name} | hard negatives flagged | {hard[1]} | {hard[0]} | | | |")
        for e in TYPES:
            o = res[e]
            f1 = 2 * o["p"] * o["r"] / (o["p"] + o["r"]) if o["p"] + o["r"] else 0.0
            print(f"| {name} | {e} | {int(o['gold'])} | {int(o['pred'])} | {o['p']:.3f} | {o['r']:.3f} | {f1:.3f} |")
        if args.errors:
            args.errors.mkdir(parents=True, exist_ok=True)
            (args.errors / f"{name}.tsv").write_text("\n".join(errors(rows, preds)) + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
