"""Train the name tagger shipped in guardrails_lite/data/names/tagger.json.gz.

    python scripts/train_names.py [--data ../shared/data] [--epochs 10] [--out ...]
    python scripts/train_names.py --base BASE.json.gz [--tune-epochs 8] [--out ...]

Two stages. 1) The base tagger, trained from scratch on UNER's English Web Treebank train split (below).
2) E-mail tuning: the base weights trained on for `--tune-epochs` more epochs on the archived, seen blind e-mail
sets `--tune-sets` (wave 12: `benchmarks/data/blind/pii1`..`pii8`; invented e-mails, MIT; names of many
cultures, streets, venues, chats, signatures), each given `--mail-weight` times (wave 12: 3), mixed with half of
UNER dev (whole documents, every other one in sorted order: `unerA`; given twice, so the web text keeps its
weight). In the e-mail sets, a place whose name has an ordinary capitalised word on no place list (streets and
venues: "Mill Lane", "Black Box") teaches nothing (its tokens are `SKIP`): the street and venue rules find those,
and learning them made the tagger take any capitalised common noun for a place ("Charging Station").
`--eval-sets` (wave 12: pii9, pii10), the other half of UNER dev (`unerB`) and Presidio's synthetic rows stay
out for evaluation; a tuning text sharing a line of 40+ characters with any of them is dropped. `--base` starts
stage 2 from a saved base tagger (the train split is not always at hand); without it both stages run. The base
shipped before wave 10 (sha256 `BASE_SHA256` below) is `git show 844238f:guardrails_lite/data/names/tagger.json.gz`.
The wave 10 file is `--tune-sets pii1,pii2,pii3,pii4,pii5 --eval-sets pii6,pii7,pii8 --mail-weight 1`.

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

from guardrails_lite.validators.pii._names.lexicon import DICT, PLACE  # noqa: E402
from guardrails_lite.validators.pii.names import LABELS, Facts, Prepared, features, lexicon, prepare, tokenize  # noqa: E402

OUT = ROOT / "guardrails_lite" / "data" / "names" / "tagger.json.gz"
_SUB = Path("shared", "data")
DEFAULT_DATA = next((p / _SUB for p in (ROOT.parent, ROOT.parent.parent) if (p / _SUB).is_dir()), _SUB)
KIND = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
BASE_SHA256 = "0f8694aac9ffdca99eb9da37de6fc10f03ed45e4e42f11cf8ac959960115f39a"
TUNE_SETS = tuple(f"pii{i}" for i in range(1, 9))  # wave 12 (wave 10 tuned on pii1-pii5, given once)
EVAL_SETS = ("pii9", "pii10")
MAIL_WEIGHT = 3  # e-mails given three times against UNER half A's two: picked on pii8 kept out (see PROVENANCE)
UNER_WEIGHT = 2  # UNER dev half A's sentences, each given twice
_GOLD = {"PERSON": "PER", "LOCATION": "LOC", "GPE": "LOC", "ORGANIZATION": "ORG"}

SKIP = "-"  # a token label that makes no update (`train`)
_SHARED_LINE = 40  # a line this long found in an evaluation text makes a tuning text a duplicate
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


def train(
    examples: list[tuple[Prepared, list[str]]], epochs: int, seed: int, start: dict[str, list[float]] | None = None
) -> dict[str, list[float]]:
    """Averaged perceptron; `start`: weights to go on from (the base tagger when tuning), else zeros."""
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * N)
    weights.update({f: list(row) for f, row in (start or {}).items()})
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
                truth = INDEX.get(gold[i], -1)  # -1: SKIP
                seen += 1
                if truth >= 0 and guess != truth:
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


def unpack(path: Path) -> dict[str, list[float]]:
    """The real-valued weights of a packed tagger file (the inverse of `pack`, to its rounding)."""
    with gzip.open(path) as fh:
        data = json.loads(fh.read())
    raw = array.array("h", base64.b64decode(data["weights"]))
    if sys.byteorder != "little":
        raw.byteswap()
    names, scale = data["features"].split("\n"), data["scale"]
    return {f: [raw[i * N + k] / scale for k in range(N)] for i, f in enumerate(names)}


def tuning_rows(
    data: Path,
    tune_sets: tuple[str, ...] = TUNE_SETS,
    eval_sets: tuple[str, ...] = EVAL_SETS,
    mail_weight: int = 1,
    uner_weight: int = 2,
) -> list[tuple[str, list[tuple[int, int, str]], bool]]:
    """The e-mail tuning texts (`tune_sets`, each given `mail_weight` times, then UNER dev's half A `uner_weight`
    times), without
    any that shares a long line with an evaluation text (`eval_sets`, UNER dev's half B, Presidio's synthetic
    rows)."""
    blind = ROOT / "benchmarks" / "data" / "blind"
    dev = _jsonl(data / "uner-ewt-dev" / "uner_ewt_dev.jsonl")
    docs = sorted({r["sent_id"].rsplit("-", 1)[0] for r in dev})
    half_a = set(docs[::2])
    uner_a = [r for r in dev if r["sent_id"].rsplit("-", 1)[0] in half_a]
    held = [r["text"] for r in dev if r["sent_id"].rsplit("-", 1)[0] not in half_a]
    held += [r["text"] for name in eval_sets for r in _jsonl(blind / name / "emails.jsonl")]
    held += [r["text"] for r in _jsonl(data / "presidio-synth-pii" / "presidio_synth_dataset_v2.jsonl")]
    held_lines = {ln.strip() for t in held for ln in t.splitlines() if len(ln.strip()) >= _SHARED_LINE}
    mails = [r for name in tune_sets for r in _jsonl(blind / name / "emails.jsonl")]
    rows = [(r, True) for r in mails * mail_weight] + [(r, False) for r in uner_a * uner_weight]
    out = []
    for r, mail in rows:
        if any(ln.strip() in held_lines for ln in r["text"].splitlines()):
            continue
        spans = [(x["start"], x["end"], _GOLD[x["entity_type"]]) for x in r["spans"] if x["entity_type"] in _GOLD]
        out.append((r["text"], spans, mail))
    print(f"{len(rows)} tuning texts, {len(rows) - len(out)} dropped (share a line with an evaluation text)")
    return out


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _examples(
    rows: list[tuple[str, list[tuple[int, int, str]], bool]], facts: Facts
) -> list[tuple[Prepared, list[str]]]:
    """Prepared texts and their token labels; a row whose flag is set has its street and venue tokens SKIP."""
    examples = []
    for text, spans, mask in rows:
        toks = tokenize(text)
        starts = [toks.start(i) for i in range(len(toks.words))]
        p = prepare(toks, facts)
        labels = token_labels(text, spans, starts, toks.ends)
        for a, b, kind in spans if mask else ():
            inside = [i for i, (x, y) in enumerate(zip(starts, toks.ends, strict=True)) if x < b and a < y]
            if kind == "LOC" and any(_common_word(p, i) for i in inside):
                for i in inside:
                    labels[i] = SKIP
        examples.append((p, labels))
    return examples


def _common_word(p: Prepared, i: int) -> bool:
    """A capitalised ordinary English word on no place list ("Lane", "Box"; not "Reading", "Nice")."""
    flags = p.word(i).flags
    return p.words[i][:1].isupper() and bool(flags & DICT) and not flags & PLACE


def base_weights(data: Path, epochs: int, seed: int, facts: Facts) -> dict[str, list[float]]:
    """Stage 1: the tagger trained from scratch on UNER's train split."""
    train_rows = read_iob2(data / "uner-ewt-train" / "en_ewt-ud-train.iob2")
    held: set[str] = {r["text"] for r in _jsonl(data / "uner-ewt-dev" / "uner_ewt_dev.jsonl")}
    held |= {r["text"] for r in _jsonl(data / "presidio-synth-pii" / "presidio_synth_dataset_v2.jsonl")}
    kept = [(t, s) for t, s in train_rows if t not in held]
    print(f"{len(train_rows)} train sentences, {len(train_rows) - len(kept)} dropped (also in an evaluation set)")
    return train(_examples([(t, s, False) for t, s in kept], facts), epochs, seed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--base", type=Path, help="a saved base tagger: skip stage 1 (see the docstring)")
    ap.add_argument("--tune-epochs", type=int, default=8, help="stage 2's epochs (0: the base tagger alone)")
    ap.add_argument("--tune-sets", default=",".join(TUNE_SETS), help="blind e-mail sets to tune on (comma-separated)")
    ap.add_argument("--eval-sets", default=",".join(EVAL_SETS), help="blind e-mail sets kept out (deduplicated)")
    ap.add_argument("--mail-weight", type=int, default=MAIL_WEIGHT, help="times each tuning e-mail is given")
    ap.add_argument("--uner-weight", type=int, default=UNER_WEIGHT, help="times each UNER dev half A sentence is given")
    args = ap.parse_args(argv)
    facts = Facts(lexicon())
    if args.base is not None:
        start = unpack(args.base)
    else:
        start = base_weights(args.data, args.epochs, args.seed, facts)
    weights = start
    if args.tune_epochs:
        tune, held = tuple(args.tune_sets.split(",")), tuple(args.eval_sets.split(","))
        if set(tune) & set(held):
            ap.error("a set is both tuned on and kept out")
        rows = _examples(tuning_rows(args.data, tune, held, args.mail_weight, args.uner_weight), facts)
        weights = train(rows, args.tune_epochs, args.seed, start)
    data = pack(weights)
    raw = json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as fh, gzip.GzipFile(filename="", fileobj=fh, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    print(f"{args.out}: {len(weights)} features, {args.out.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
