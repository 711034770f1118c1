"""Train the name tagger shipped in guardrails_lite/data/names/tagger.json.gz.

    python scripts/train_names.py [--data ../shared/data] [--epochs 10] [--out ...]

Data: Universal NER's English Web Treebank **train** split (`uner-ewt-train/en_ewt-ud-train.iob2`, CC BY-SA 4.0;
see that folder's README). Sentences whose text also occurs in an evaluation set (UNER dev, Presidio's synthetic
rows) are dropped first. The treebank's test split is reserved and never read.

Model: a greedy averaged perceptron over the features of `guardrails_lite.validators.pii._names.features`, trained
on the labels it predicts for the previous token (what it sees at run time), `--seed` fixing the order of the
sentences in every epoch. Weights are rounded to 1/1000 and near-zero ones dropped; the output is deterministic
(gzip mtime 0).
"""

from __future__ import annotations

import argparse
import array
import base64
import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guardrails_lite.validators.pii.names import LABELS, Facts, Prepared, features, lexicon, prepare, tokenize  # noqa: E402

OUT = ROOT / "guardrails_lite" / "data" / "names" / "tagger.json.gz"
_SUB = Path("shared", "data")
DEFAULT_DATA = next((p / _SUB for p in (ROOT.parent, ROOT.parent.parent) if (p / _SUB).is_dir()), _SUB)
KIND = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
SCALE = 1000
N = len(LABELS)
INDEX = {label: i for i, label in enumerate(LABELS)}


def read_iob2(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, [(start, end, PER|LOC|ORG)]) per sentence; tokens aligned to the `# text` line in order."""
    out: list[tuple[str, list[tuple[int, int, str]]]] = []
    text: str | None = None
    toks: list[tuple[str, str]] = []

    def flush() -> None:
        if text is None:
            return
        spans: list[list[Any]] = []
        pos = 0
        prev_kind: str | None = None
        for tok, label in toks:
            at = text.find(tok, pos)
            start, end = (at, at + len(tok)) if at >= 0 else (pos, pos)
            pos = max(pos, end)
            kind = KIND.get(label[2:]) if label[:2] in ("B-", "I-") else None
            if kind is not None and label.startswith("I-") and prev_kind == kind:
                spans[-1][1] = end
            elif kind is not None:
                spans.append([start, end, kind])
            prev_kind = kind
        out.append((text, [(s, e, k) for s, e, k in spans]))

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id"):
            flush()
            text, toks = None, []
        elif line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif line and not line.startswith("#"):
            fields = line.split("\t")
            toks.append((fields[1], fields[2]))
    flush()
    return out


def token_labels(text: str, spans: list[tuple[int, int, str]], starts: list[int], ends: list[int]) -> list[str]:
    labels = ["O"] * len(starts)
    for s, e, kind in spans:
        first = True
        for i, (a, b) in enumerate(zip(starts, ends, strict=True)):
            if a < e and s < b:
                labels[i] = ("B-" if first else "I-") + kind
                first = False
    return labels


def train(examples: list[tuple[Prepared, list[str]]], epochs: int, seed: int) -> dict[str, list[float]]:
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * N)
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0] * N)
    stamps: dict[str, list[int]] = defaultdict(lambda: [0] * N)
    step = 1
    rng = random.Random(seed)
    order = list(examples)
    for epoch in range(epochs):
        rng.shuffle(order)
        errors = seen = 0
        for p, gold in order:
            prev = "O"
            last = -2
            for i in p.cands:
                if i != last + 1:
                    prev = "O"  # as when tagging: a token that is no candidate was outside every name
                last = i
                feats = features(p, i, prev)
                scores = [0.0] * N
                for f in feats:
                    row = weights.get(f)
                    if row is not None:
                        for k in range(N):
                            scores[k] += row[k]
                guess = max(range(N), key=scores.__getitem__)
                truth = INDEX[gold[i]]
                seen += 1
                if guess != truth:
                    errors += 1
                    for f in feats:
                        row, tot, stamp = weights[f], totals[f], stamps[f]
                        for k, delta in ((truth, 1.0), (guess, -1.0)):
                            tot[k] += (step - stamp[k]) * row[k]
                            stamp[k] = step
                            row[k] += delta
                step += 1
                label = LABELS[guess]
                prev = "B-" + label[2:] if label.startswith("I-") and prev[2:] != label[2:] else label
        print(f"epoch {epoch + 1}: token error {errors / max(1, seen):.4f}", file=sys.stderr)
    averaged: dict[str, list[float]] = {}
    for f in sorted(weights):
        row, tot, stamp = weights[f], totals[f], stamps[f]
        avg = [(tot[k] + (step - stamp[k]) * row[k]) / step for k in range(N)]
        if f == "b" or any(abs(v) >= 0.5 / SCALE for v in avg):
            averaged[f] = avg
    return averaged


def pack(weights: dict[str, list[float]]) -> dict[str, Any]:
    """Feature names newline-joined, weights as little-endian int16 (base64): loads in milliseconds."""
    names = sorted(weights)
    biggest = max(abs(v) for row in weights.values() for v in row)
    scale = min(SCALE, 32767 / biggest)
    flat = array.array("h", (round(v * scale) for f in names for v in weights[f]))
    if sys.byteorder != "little":
        flat.byteswap()
    return {
        "version": 2,
        "labels": list(LABELS),
        "scale": scale,
        "features": "\n".join(names),
        "weights": base64.b64encode(flat.tobytes()).decode("ascii"),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    train_rows = read_iob2(args.data / "uner-ewt-train" / "en_ewt-ud-train.iob2")
    held: set[str] = set()
    with (args.data / "uner-ewt-dev" / "uner_ewt_dev.jsonl").open(encoding="utf-8") as f:
        held |= {json.loads(line)["text"] for line in f}
    with (args.data / "presidio-synth-pii" / "presidio_synth_dataset_v2.jsonl").open(encoding="utf-8") as f:
        held |= {json.loads(line)["text"] for line in f}
    kept = [(t, s) for t, s in train_rows if t not in held]
    print(f"{len(train_rows)} train sentences, {len(train_rows) - len(kept)} dropped (also in an evaluation set)")
    facts = Facts(lexicon())
    examples = []
    for text, spans in kept:
        toks = tokenize(text)
        starts = [toks.start(i) for i in range(len(toks.words))]
        examples.append((prepare(toks, facts), token_labels(text, spans, starts, toks.ends)))
    weights = train(examples, args.epochs, args.seed)
    data = pack(weights)
    raw = json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as fh, gzip.GzipFile(filename="", fileobj=fh, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    print(f"{args.out}: {len(weights)} features, {args.out.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
