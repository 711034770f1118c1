"""Train `grounding`'s learned decision over its checks' evidence (deterministic; no randomness).

    PYTHONPATH=. .venv/bin/python scripts/train_grounding_decider.py

Data: the labelled grounding sets of benchmarks/data (grounding*.yaml: hand-written cases and earlier rounds'
sets) and the archived blind rounds output3 to output10 and output13 (benchmarks/data/blind/outputN/
grounding_blindN.yaml), all seen and tuned on before. Held out and never read: output11 and output12 (the
held-out checks of waves 13 and 14). A case is one
answer sentence with its source documents and a label (supported or not); cases of more than one sentence are
left out. Each sentence's evidence is `_decide.features` of the rules' findings (`GroundingValidator.evidence`,
with `decision: rules`), so the model learns from exactly what the library computes.

Model: L2 logistic regression on standardised features, full-batch gradient descent from zero weights (no
seed needed: the result depends on the data only), on the sentences whose verdict it can change: those without
a finding `_decide.overrules` never overrules (those are flagged whatever the score), so it may let pass what
the rules flag or flag what they pass. Two thresholds (`keep` for a sentence the rules flag, `add` for one they
pass), from leave-one-set-out scores over the training sets (each set scored by a model trained without it):
the pair within `KEEP_MAX` and `ADD_MIN` that flags the fewest faithful sentences (paraphrase, cross-e-mail,
normalised figure, reported speech) while the pooled recall on unsupported sentences stays within `RECALL_SLACK`
of the rules' own (ties: the higher `keep`, then the lower `add`). Writes
guardrails_lite/data/grounding/decider.json.gz and prints the cross-validated figures.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import output_eval  # noqa: E402

from guardrails_lite import Context  # noqa: E402
from guardrails_lite.validators._shared.per_call import checked_sentences  # noqa: E402
from guardrails_lite.validators.grounding import _decide, _validator  # noqa: E402

L2 = 1.0
STEPS = 3000
LEARNING_RATE = 0.5
THRESHOLDS = [round(0.05 + 0.01 * k, 2) for k in range(86)]
RECALL_SLACK = 0.0
# Bounds on the thresholds (wave 14, when the model became the default): a flagged sentence is let pass only at a
# score under KEEP_MAX and a passed one flagged only at ADD_MIN or more, so the hand-written regression cases of
# earlier waves (tests/validators/test_grounding*.py: one-word twins of a faithful sentence, short faithful
# sentences) keep the rules' verdict. Chosen with those tests, not with any held-out set.
KEEP_MAX = 0.35
ADD_MIN = 0.60
TRAIN_ROUNDS = (3, 4, 5, 6, 7, 8, 9, 10, 13)
OUT = ROOT / "guardrails_lite" / "data" / "grounding" / "decider.json.gz"


def training_sets() -> dict[str, Path]:
    sets = {f"output{i}": output_eval.BLIND / f"output{i}" / f"grounding_blind{i}.yaml" for i in TRAIN_ROUNDS}
    for path in sorted(output_eval.DATA.glob("grounding*.yaml")):
        sets[path.stem] = path
    return sets


def rows(path: Path) -> list[tuple[list[float], bool, str, bool]]:
    """(features, should flag, kind) of each one-sentence case of a set."""
    v = output_eval.build({"use": "grounding", "decision": "rules"})
    options = v.options
    out = []
    for text, truth, kind, docs in output_eval.grounding_cases(path):
        spans, rest = checked_sentences(text, v.spec.max_chars)
        if len(spans) != 1 or rest is not None:
            continue
        sources = _validator._sources(Context("output", documents=docs))
        problems, _, _, checked, cause = v.evidence(text[spans[0][0] : spans[0][1]], sources, options)
        out.append((_decide.features(problems, checked, cause), truth, kind, _decide.overrules(problems, cause)))
    return out


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = (x - mean) / scale
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(STEPS):
        g = 1 / (1 + np.exp(-(z @ w + b))) - y
        w -= LEARNING_RATE * (z.T @ g / len(y) + L2 * w / len(y))
        b -= LEARNING_RATE * float(g.mean())
    return w, b, mean, scale


def predict(model: tuple[np.ndarray, float, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    w, b, mean, scale = model
    return np.asarray(1 / (1 + np.exp(-(((x - mean) / scale) @ w + b))))


def thresholds(
    rules: np.ndarray, hard: np.ndarray, cv: np.ndarray, y: np.ndarray, faithful: np.ndarray
) -> tuple[float, float]:
    """(keep, add): the fewest faithful sentences flagged at a pooled recall within `RECALL_SLACK` of the rules'."""
    floor = rules[y == 1].mean() - RECALL_SLACK
    best: tuple[float, float, float, float] | None = None
    for add in (t for t in THRESHOLDS if t >= ADD_MIN):
        added = ~rules & (cv >= add)
        for keep in (t for t in THRESHOLDS if t <= KEEP_MAX):
            flagged = (rules & (hard | (cv >= keep))) | added
            if flagged[y == 1].mean() >= floor:
                rank = (float(flagged[faithful].mean()), -keep, add, keep)
                best = rank if best is None or rank < best else best
    assert best is not None, "no threshold keeps the recall"
    return best[3], best[2]


def main() -> None:
    data = {name: rows(path) for name, path in training_sets().items()}
    names = [n for n, r in data.items() for _ in r]
    x = np.array([f for r in data.values() for f, _, _, _ in r])
    y = np.array([float(t) for r in data.values() for _, t, _, _ in r])
    kinds = [k for r in data.values() for _, _, k, _ in r]
    rules = x[:, _decide.FEATURES.index("rules flag")] > 0
    hard = ~np.array([o for r in data.values() for *_, o in r])
    cv = np.zeros(len(y))
    for name in data:
        held = np.array([n == name for n in names])
        cv[held] = predict(fit(x[~held & ~hard], y[~held & ~hard]), x[held])
    faithful = np.array([k in output_eval.FAITHFUL_GOAL_KINDS for k in kinds])
    keep, add = thresholds(rules, hard, cv, y, faithful)
    learned = (rules & (hard | (cv >= keep))) | (~rules & (cv >= add))
    for label, flagged in (("rules", rules), (f"learned (cv, keep {keep}, add {add})", learned)):
        print(
            f"{label}: faithful flagged {flagged[faithful].mean():.3f}, "
            f"supported flagged {flagged[y == 0].mean():.3f}, recall {flagged[y == 1].mean():.3f} "
            f"({len(y)} sentences, {int(y.sum())} unsupported, {int((~hard).sum())} the model can decide)"
        )
    w, b, mean, scale = fit(x[~hard], y[~hard])
    model = {
        "features": list(_decide.FEATURES),
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in w],
        "bias": round(b, 6),
        "keep": keep,
        "add": add,
    }
    OUT.write_bytes(gzip.compress(json.dumps(model, sort_keys=True).encode(), mtime=0))
    print(f"wrote {OUT.relative_to(ROOT)}: {len(_decide.FEATURES)} features")


if __name__ == "__main__":
    main()
