"""The trained lexical injection classifier: features, the shipped weights, scoring.

A logistic regression over word unigrams, word bigrams and character 3-5-grams of each word,
on text already passed through `_normalize.normalize`. Two heads share the features: ``prompt``
(a user's message) and ``document`` (a passage of untrusted context, where a plain question or
order is itself the attack). `scripts/train_injection.py` writes the weights; both heads are
calibrated so that 0.5 is the operating threshold chosen on held-out training data.

The weights load on first use, once per process, under a lock: importing this module is cheap.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

__all__ = ["Head", "LexicalModel", "features", "load_model"]

Head = Literal["prompt", "document"]

_TOKEN = re.compile(r"\w+|[^\w\s]")
_MODEL_FILE = "lexical.json.gz"
_MAX_TOKENS = 4000


@lru_cache(maxsize=50_000)
def _word_features(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    grams = {f"c:{padded[i : i + n]}" for n in (3, 4, 5) for i in range(len(padded) - n + 1)}
    grams.add(f"w:{word}")
    return tuple(grams)


def features(text: str) -> set[str]:
    """The feature names present in `text` (binary bag)."""
    tokens = _TOKEN.findall(text.lower())[:_MAX_TOKENS]
    feats: set[str] = set()
    for tok in set(tokens):
        feats.update(_word_features(tok))
    # Start/end markers: how a text opens ("<s> write", "<s> ignore") says a lot about who it addresses.
    feats.update(f"b:{a} {b}" for a, b in itertools.pairwise(["<s>", *tokens, "</s>"]))
    return feats


@dataclass(frozen=True, slots=True)
class _HeadWeights:
    weights: dict[str, float]
    bias: float


class LexicalModel:
    def __init__(self, heads: dict[str, _HeadWeights], meta: dict[str, object]) -> None:
        self._heads = heads
        self.meta = meta

    def score(self, text: str, head: Head = "prompt") -> float:
        h = self._heads[head]
        feats = features(text)
        if not feats:
            return 0.0
        w = h.weights
        z = h.bias + sum(w.get(f, 0.0) for f in feats) / math.sqrt(len(feats))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    @classmethod
    def from_json(cls, data: dict[str, object]) -> LexicalModel:
        names = data["features"]
        heads_raw = data["heads"]
        assert isinstance(names, list) and isinstance(heads_raw, dict)
        heads: dict[str, _HeadWeights] = {}
        for head, raw in heads_raw.items():
            weights = raw["weights"]
            heads[head] = _HeadWeights(
                {n: float(v) for n, v in zip(names, weights, strict=True) if v}, float(raw["bias"])
            )
        meta = {k: v for k, v in data.items() if k not in ("features", "heads")}
        return cls(heads, meta)


_MODEL: LexicalModel | None = None
_LOCK = threading.Lock()


def load_model() -> LexicalModel:
    """The shipped model, loaded once per process."""
    global _MODEL
    if _MODEL is not None:
        return _MODEL
    with _LOCK:
        if _MODEL is None:
            ref = resources.files("guardrails_lite").joinpath("data", "injection", _MODEL_FILE)
            with ref.open("rb") as fh, gzip.open(fh, "rt", encoding="utf-8") as z:
                _MODEL = LexicalModel.from_json(json.load(z))
    return _MODEL


def loaded() -> bool:
    """Whether the weights are in memory (tests check that importing loads nothing)."""
    return _MODEL is not None
