"""A greedy left-to-right averaged-perceptron tagger over candidate tokens (see `features`).

Weights come from scripts/train_names.py (guardrails_lite/data/names/tagger.json.gz). Labels are
B-/I- PER, LOC, ORG; a token that is no candidate is outside every name. The features that do not
depend on the previous label are scored for all candidates in one numpy gather; the few that do
are added token by token while decoding.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

from guardrails_lite.validators.pii._names.features import LABELS, Prepared, label_features, static_features

_N = len(LABELS)
_KINDS = ("PER", "LOC", "ORG")
_LABEL_FEATURES = ("pl=", "pl_s=", "pl_lex=")  # see features.label_features
_LOCK = threading.Lock()
_LOADED: list[Tagger] = []


@dataclass(frozen=True, slots=True)
class Tagged:
    """Tokens first..last (inclusive) form an entity of `kind` (PER, LOC, ORG) with confidence `score`."""

    first: int
    last: int
    kind: str
    score: float


class Tagger:
    def __init__(self, features: list[str], matrix: Any) -> None:
        """`matrix[i]` holds the per-label weights of `features[i]`."""
        dynamic = {i for i, f in enumerate(features) if f.startswith(_LABEL_FEATURES)}
        self.dynamic = {features[i]: [float(v) for v in matrix[i]] for i in dynamic}
        self.index = {f: i for i, f in enumerate(features) if i not in dynamic}
        self.matrix = matrix
        import numpy as np

        self._np = np

    def static_scores(self, p: Prepared, rows: list[int]) -> list[list[float]]:
        get = self.index.get
        bias = self.index.get("b", 0)
        flat: list[int] = []
        offsets: list[int] = []
        for i in rows:
            offsets.append(len(flat))
            # "b" (bias) first: every row has at least one index, as reduceat needs.
            flat.append(bias)
            flat += [x for x in map(get, static_features(p, i)[1:]) if x is not None]
        scores: list[list[float]] = self._np.add.reduceat(self.matrix[flat], offsets, axis=0).tolist()
        return scores

    def tag(self, p: Prepared) -> list[Tagged]:
        rows = p.cands
        if not rows:
            return []
        static = self.static_scores(p, rows)
        dynamic = self.dynamic
        out: list[Tagged] = []
        prev = "O"
        last = -2
        current: list[Any] | None = None  # [first, last, kind, min confidence]
        for i, s in zip(rows, static, strict=True):
            if i != last + 1:
                prev = "O"  # a token that is no candidate lies between: it was outside every name
                if current is not None:
                    out.append(Tagged(current[0], current[1], current[2], current[3]))
                    current = None
            last = i
            for f in label_features(p, i, prev):
                w = dynamic.get(f)
                if w is not None:
                    s = [a + b for a, b in zip(s, w, strict=True)]
            best = max(range(_N), key=s.__getitem__)
            label = LABELS[best]
            if label.startswith("I-") and prev[2:] != label[2:]:
                label = "B-" + label[2:]  # an inside label needs an entity to continue
            top = s[best]
            conf = 1.0 / sum(math.exp(max(-50.0, x - top)) for x in s)
            if current is not None and not (label.startswith("I-") and label[2:] == current[2]):
                out.append(Tagged(current[0], current[1], current[2], current[3]))
                current = None
            if label.startswith("B-"):
                current = [i, i, label[2:], conf]
            elif current is not None and label.startswith("I-"):
                current[1] = i
                current[3] = min(current[3], conf)
            prev = label
        if current is not None:
            out.append(Tagged(current[0], current[1], current[2], current[3]))
        return out


def tagger() -> Tagger:
    """The shipped tagger, read on first use."""
    if _LOADED:
        return _LOADED[0]
    with _LOCK:
        if not _LOADED:
            path = resources.files("guardrails_lite") / "data" / "names" / "tagger.json.gz"
            _LOADED.append(load(json.loads(gzip.decompress(path.read_bytes()))))
        return _LOADED[0]


def load(data: dict[str, Any]) -> Tagger:
    """A tagger from the packed form written by scripts/train_names.py."""
    import numpy as np

    if data.get("version") != 2 or tuple(data["labels"]) != LABELS:
        raise ValueError("tagger file does not match this version of the features")
    features = str(data["features"]).split("\n")
    raw = np.frombuffer(base64.b64decode(data["weights"]), dtype="<i2")
    matrix = raw.reshape(len(features), _N).astype(np.float64) / float(data["scale"])
    return Tagger(features, matrix)
