"""Leave-one-set-out over the archived blind injection sets: does a prompt head trained on the other hand-written
sets carry to a set it never saw? (wave 18, issue 14; seeded, deterministic)

    GUARDRAILS_DATA=../shared/data PYTHONPATH=. .venv/bin/python scripts/injection_loso.py \
        --wheels /tmp/injdl --base guardrails_lite/data/injection/lexical.bin --out /tmp/loso.json

For each development set k (`--sets`, default injection1-14): the prompt head is fitted as
scripts/train_injection_prompts.py fits it on the pool plus the blind prompts and summariser instructions of the
other development sets (never set k, nor near-copies of any text of set k or of a held-out set), blended with the
base model's prompt head for each share of `--blends` and moved by each of `--offsets` logits; then set k's prompts
and summariser instructions are scored with the full validator (rules + that model, default policy). The base model
(the shipped one) is scored the same way. Only counts are written (never a text). Held-out sets (every blind set not
in `--sets`) are never trained on nor scored here.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import injection_data as D
import train_injection as TI
import train_injection_prompts as P

from guardrails_lite.validators.injection import _artefact, lexical

Scored = dict[str, list[int]]  # "attacks"/"benign"/"summariser" -> [flagged, n]


def fold_pool(pool: list[TI.Item], blind: list[tuple[TI.Item, str, set[str]]], k: set[str]) -> list[TI.Item]:
    """The pool plus every blind item not of the sets `k` and not a near-copy of any text of them."""
    return pool + [item for item, name, near in blind if name not in k and not near & k]


def tagged_blind(dev: tuple[str, ...], seen: set[str]) -> list[tuple[TI.Item, str, set[str]]]:
    """Every development set's blind items (as train_injection_prompts.blind_items keeps them for training on all of
    `dev`), with the set each came from and the development sets it is a near-copy of (itself aside)."""
    items, _ = P.blind_items(dev, seen, D.evaluation_texts())
    by_key = {TI._key(P.unlinked(t)): name for name in dev for t, _ in P.blind_rows(name)}
    dedups = {name: TI.Dedup(P.blind_all(name)) for name in dev}
    out = []
    for item in items:
        if item[2] != P.BLIND_SOURCE:
            out.append((item, "", set()))
            continue
        name = by_key.get(TI._key(item[0]), "")
        out.append((item, name, {n for n, d in dedups.items() if n != name and d.hit(item[0])}))
    return out


def score_set(name: str) -> Scored:
    """Flagged / total of set `name`'s attacks, benign prompts and summariser instructions (lexical._MODEL)."""
    from guardrails_lite import Context
    from guardrails_lite.validators.injection import PromptInjectionSpec

    v = PromptInjectionSpec.model_validate({"use": "prompt_injection"}).build()
    out: Scored = {"attacks": [0, 0], "benign": [0, 0], "summariser": [0, 0]}
    rows = [(str(r["text"]), "attacks" if r["label"] else "benign") for r in D.jsonl(D.BLIND / name / "prompts.jsonl")]
    rows += [(str(r["text"]), "summariser") for r in D.jsonl(D.BLIND / name / "summariser_instructions.jsonl")]
    for text, kind in rows:
        out[kind][0] += int(not v(text, Context("input", target="prompt")).passed)
        out[kind][1] += 1
    return out


def install(weights: dict[str, float], bias: float, base: _artefact.Packed) -> None:
    """Score with this prompt head (the base's document head)."""
    lexical._MODEL = lexical.LexicalModel({"prompt": lexical.HeadWeights(weights, bias)}, base.meta, base)


def blends(
    prompt: dict[str, float], bias: float, base: _artefact.Packed, share: float, offset: float
) -> tuple[dict[str, float], float]:
    """As train_injection_prompts.merge combines them, unrounded: (RESIDUAL) the base's prompt head + `share` x this
    residual, the base's bias + `offset`; else `share` x this head + (1 - share) x the base's, the bias blended +
    `offset`."""
    old = base.weights("prompt")
    names = set(prompt) | set(old)
    if P.RESIDUAL:
        return {n: old.get(n, 0.0) + share * prompt.get(n, 0.0) for n in names}, float(
            base.params("prompt")["bias"]
        ) + offset
    w = {n: share * prompt.get(n, 0.0) + (1 - share) * old.get(n, 0.0) for n in names}
    return w, share * bias + (1 - share) * float(base.params("prompt")["bias"]) + offset


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheels", type=Path, default=Path("/tmp/injdl"))  # noqa: S108
    ap.add_argument("--base", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sets", default=",".join(f"injection{i}" for i in range(1, 15)))
    ap.add_argument(
        "--folds", default="", help="left-out folds, semicolon-separated, sets joined by + (default: each set)"
    )
    ap.add_argument("--weights", default="1", help="blind weights (one fit per weight and fold)")
    ap.add_argument("--blends", default="0.5,1")
    ap.add_argument("--offsets", default="-0.3,-0.1,0.1")
    args = ap.parse_args()
    D.need_data()
    dev = tuple(s for s in args.sets.split(",") if s)
    base = _artefact.Packed(_artefact.read(args.base))
    t0 = time.time()
    pools, _, _ = TI.build_pools(args.wheels, random.Random(TI.SEED), True, False)
    pool = pools["prompt"]
    blind = tagged_blind(dev, {TI._key(item[0]) for item in pool})
    print(f"pool {len(pool)}, blind {len(blind)} ({time.time() - t0:.0f} s)", flush=True)
    results: dict[str, object] = {"base": {}, "folds": {}}
    for fold in [f for f in args.folds.split(";") if f] or dev:
        left = set(fold.split("+"))
        lexical._MODEL = lexical.LexicalModel({}, base.meta, base)
        for k in sorted(left):
            results["base"][k] = score_set(k)  # type: ignore[index]
        fpool = fold_pool(pool, blind, left)
        for weight in [float(w) for w in args.weights.split(",")]:
            prompt, bias, _ = P.fit_prompt_head(fpool, weight, base if P.RESIDUAL else None)
            heads = args.out.with_suffix(f".{fold}.w{weight:g}.json")
            heads.write_text(json.dumps({"bias": bias, "weights": prompt}), encoding="utf-8")
            for share in [float(s) for s in args.blends.split(",")]:
                for offset in [float(o) for o in args.offsets.split(",")]:
                    install(*blends(prompt, bias, base, share, offset), base)
                    key = f"w{weight:g} b{share:g} o{offset:g}"
                    for k in sorted(left):
                        results["folds"].setdefault(k, {})[key] = got = score_set(k)  # type: ignore[union-attr]
                        print(k, key, got, "base", results["base"][k], f"{time.time() - t0:.0f} s", flush=True)  # type: ignore[index]
        args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
