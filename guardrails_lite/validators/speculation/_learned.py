"""A learned sentence classifier behind `speculation`'s rules: class-level cues no phrase list enumerates.

A logistic model over lexical features of one sentence (word shapes, bigrams, word-class bigrams from the
rules' own classes and WordNet's, the sentence's opening) trained by scripts/train_speculation.py (seeded)
and shipped in guardrails_lite/data/speculation/learned.json.gz (sources in PROVENANCE.md there). It adds
hits only: a sentence scoring above the model's threshold is flagged at the span of its strongest positive
feature, and that hit then goes through the rules' filters (quoted, reported, stated by a source).
The features are a fixed number per token: linear time, no lookup larger than a dictionary probe.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress, pairwise, repeat
from operator import ne
from typing import Any, NamedTuple

from guardrails_lite.validators._shared.package_data import shipped_json
from guardrails_lite.validators.speculation import _kinds_lexicon, _lexicon, _terms
from guardrails_lite.validators.speculation._hit import RuleHit
from guardrails_lite.validators.speculation._wordclasses import wordclasses

_DATES = frozenset(
    """january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today tomorrow
    yesterday""".split()
)
# Function words that keep their own shape when capitalised mid-sentence (after a colon, in a title).
_FUNCTION = frozenset("i the a an he she they we it this that these those his her their its our my your there".split())


def token_classes() -> dict[str, tuple[str, ...]]:
    """Word -> the names of the word classes it belongs to (the rules' hand classes and WordNet's)."""
    table: dict[str, set[str]] = {}
    wc = wordclasses()
    named: list[tuple[str, Iterable[str]]] = [*_kinds_lexicon._K.items(), *_lexicon._C.items()]
    named += (
        ("ADJ", wc.adjectives),
        ("FEELV", wc.feeling_verbs),
        ("FEELN", wc.feeling_nouns),
        ("CONTESTV", wc.contest_verbs),
        ("EMO", _terms.EMOTIONS),
        ("EPI", _terms.EPISTEMIC),
        ("REP", _terms.REPORTING),
        ("HEDGE", [h for h in _terms.HEDGES if " " not in h]),
    )
    for name, words in named:
        for w in words:
            table.setdefault(w, set()).add(name)
    return {w: tuple(sorted(group)) for w, group in table.items()}


def _shape(word: str, capital: bool, position: int) -> str:
    """What a token counts as: itself, or a number, a date word or a capitalised (name-like) word."""
    if not word.isalpha() and any(map(str.isdigit, word)):
        return "<num>"
    if word in _DATES and (capital or word != "may"):
        return "<date>"
    if capital and position > 0 and word not in _FUNCTION:
        return "<cap>"
    return word


def shapes(lowers: list[str], capitals: list[bool]) -> list[str]:
    out = list(lowers)
    # Most tokens are lower-case words that are their own shape: only the others are looked at.
    for i, (w, c) in enumerate(zip(lowers, capitals, strict=True)):
        if c or not w.isalpha() or w in _DATES:
            out[i] = _shape(w, c, i)
    return out


Classes = dict[str, tuple[str, ...]]
Feature = tuple[str, int, int]


def names(s: list[str], cls: list[tuple[str, ...]]) -> list[str]:
    """The sentence's feature names (shapes `s`, word classes `cls`), repeats kept: what the model sums.
    The reference form of the features (training reads it); `LearnedModel.margin` computes the same sum."""
    out = ["w|" + x for x in s]
    out += ["c|" + c for cl in cls for c in cl]
    out += ["b|" + x + " " + y for x, y in pairwise(s)]
    out += ["cb|" + x + " " + c for x, cl in zip(s, cls[1:], strict=False) for c in cl]
    out += ["bc|" + c + " " + y for cl, y in zip(cls, s[1:], strict=False) for c in cl]
    out += ["k|" + x + " _ " + y for x, y in zip(s, s[2:], strict=False)]
    out += ["^|" + x for x in s[:1]] + ["^2|" + x + " " + y for x, y in pairwise(s[:2])]
    out += ["has|" + tag for tag in ("<date>", "<num>") if tag in s]
    return out


def spans(s: list[str], cls: list[tuple[str, ...]]) -> list[Feature]:
    """The features of `names` that cover tokens, each with its span (only for a sentence flagged)."""
    n = len(s)
    out: list[Feature] = []
    for i in range(n):
        out.append(("w|" + s[i], i, i + 1))
        out.extend(("c|" + c, i, i + 1) for c in cls[i])
        if i + 1 < n:
            out.append(("b|" + s[i] + " " + s[i + 1], i, i + 2))
            out.extend(("cb|" + s[i] + " " + c, i, i + 2) for c in cls[i + 1])
            out.extend(("bc|" + c + " " + s[i + 1], i, i + 2) for c in cls[i])
        if i + 2 < n:
            out.append(("k|" + s[i] + " _ " + s[i + 2], i, i + 3))
    if n:
        out.append(("^|" + s[0], 0, 1))
        if n > 1:
            out.append(("^2|" + s[0] + " " + s[1], 0, 2))
    return out


Pairs = dict[tuple[str, str], float]


class _Tables(NamedTuple):
    """The weights regrouped so a sentence's sum builds no feature string and runs in `map`s, not Python loops:
    per shape (a word that is its own shape also carries its classes' weights: one probe for most tokens), per
    word (its classes' weights, for the tokens whose shape is not the word), the shape-pair families keyed by the
    pair's halves (tuples hash from their strings' cached hashes), and per word the summed weights of its
    classes' pairs with the shape before it (cb) and after it (bc), one small dictionary per set of classes."""

    word: dict[str, float]
    unigram: dict[str, float]
    pairs: tuple[Pairs, Pairs]  # b (shape, shape), k (shape, shape two on)
    left: dict[str, dict[str, float]]  # word -> shape before it -> sum of cb (shape, class) over its classes
    right: dict[str, dict[str, float]]  # word -> shape after it -> sum of bc (class, shape) over its classes
    opening: dict[str, float]
    whole: dict[str, float]


_PAIR_FAMILIES = ("b", "cb", "bc", "k")
_NO_PAIRS: dict[str, float] = {}  # an unclassed word's pairs (never written to)


def _tables(weights: dict[str, float], classes: Classes) -> _Tables:
    shape = {k[2:]: w for k, w in weights.items() if k.startswith("w|")}
    word = {}
    for token, cl in classes.items():
        extra = sum(weights.get("c|" + c, 0.0) for c in cl)
        if extra:
            word[token] = extra
    pairs: tuple[Pairs, Pairs, Pairs, Pairs] = ({}, {}, {}, {})
    for name, w in weights.items():
        family, _, rest = name.partition("|")
        if family in _PAIR_FAMILIES:
            first, second = rest.split(" _ " if family == "k" else " ", 1)
            pairs[_PAIR_FAMILIES.index(family)][(first, second)] = w
    b, cb, bc, skip = pairs
    opening = {k: w for k, w in weights.items() if k.startswith(("^|", "^2|"))}
    whole = {k: w for k, w in weights.items() if k.startswith("has|")}
    unigram = dict(shape)
    for token, extra in word.items():
        unigram[token] = unigram.get(token, 0.0) + extra
    befores, afters = _by_class(cb, 1), _by_class(bc, 0)
    left: dict[str, dict[str, float]] = {}
    right: dict[str, dict[str, float]] = {}
    shared: dict[tuple[str, ...], tuple[dict[str, float], dict[str, float]]] = {}
    for token, cl in classes.items():
        if cl not in shared:
            shared[cl] = (_summed(befores, cl), _summed(afters, cl))
        before, after = shared[cl]
        if before:
            left[token] = before
        if after:
            right[token] = after
    return _Tables(word, unigram, (b, skip), left, right, opening, whole)


def _by_class(family: Pairs, side: int) -> dict[str, list[tuple[str, float]]]:
    """class -> (the other half, weight) of each pair of `family` holding the class at `side`."""
    out: dict[str, list[tuple[str, float]]] = {}
    for pair, w in family.items():
        out.setdefault(pair[side], []).append((pair[1 - side], w))
    return out


def _summed(by_class: dict[str, list[tuple[str, float]]], cl: tuple[str, ...]) -> dict[str, float]:
    total: dict[str, float] = {}
    for c in cl:
        for other, w in by_class.get(c, ()):
            total[other] = total.get(other, 0.0) + w
    return total


class LearnedModel:
    def __init__(self, weights: dict[str, float], bias: float, threshold: float, categories: dict[str, str]) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.categories = categories  # feature -> the category its hits report ("hedge" when absent)
        self.classes = token_classes()
        self._t = _tables(weights, self.classes)

    def margin(self, lowers: list[str], s: list[str]) -> float:
        """bias + the weights of `names(s, classes of lowers)`, summed through the tables (no feature string is
        built; every per-token probe is a `map`)."""
        t = self._t
        b, k = t.pairs
        zero = repeat(0.0)
        total = self.bias + sum(map(t.unigram.get, s, zero))
        # Tokens shown as "<cap>", "<num>", "<date>" (few): their words' classes were not in the shape's probe.
        if reshaped := list(compress(lowers, map(ne, lowers, s))):
            total += sum(map(t.word.get, reshaped, zero))
        total += sum(map(b.get, pairwise(s), zero)) + sum(map(k.get, zip(s, s[2:], strict=False), zero))
        nothing = repeat(_NO_PAIRS)
        total += sum(map(dict.get, map(t.left.get, lowers[1:], nothing), s, zero))
        total += sum(map(dict.get, map(t.right.get, lowers[:-1], nothing), s[1:], zero))
        if s:
            total += t.opening.get("^|" + s[0], 0.0)
            if len(s) > 1:
                total += t.opening.get("^2|" + s[0] + " " + s[1], 0.0)
        for tag in ("<date>", "<num>"):
            if tag in s:
                total += t.whole.get("has|" + tag, 0.0)
        return total

    def hit(self, lowers: list[str], capitals: list[bool]) -> RuleHit | None:
        """If the sentence scores above the threshold, a hit at its strongest positive feature's span, filed
        under the category its positive features carry the most weight for (one cue word alone is a noisy
        guide to the kind: "well" is a hedge in "may well" and a verdict in "handled it well")."""
        s = shapes(lowers, capitals)
        if self.margin(lowers, s) <= self.threshold:
            return None
        cls = list(map(self.classes.get, lowers, repeat(())))
        weights, categories = self.weights, self.categories
        best, top = 0.0, None
        mass: dict[str, float] = {}
        for f in spans(s, cls):
            w = weights.get(f[0], 0.0)
            if w > 0.0:
                category = categories.get(f[0], "hedge")
                mass[category] = mass.get(category, 0.0) + w
                if w > best:
                    best, top = w, f
        if top is None:
            return None
        return RuleHit(max(sorted(mass), key=mass.__getitem__), top[1], top[2])


MODEL_FILE = "learned.json.gz"


def _read_model(data: Any) -> LearnedModel:
    return LearnedModel(dict(data["weights"]), float(data["bias"]), float(data["threshold"]), dict(data["categories"]))


learned_model = shipped_json(
    _read_model, "speculation", MODEL_FILE, keys=("weights", "bias", "threshold", "categories")
)
"""The shipped classifier, read on first use."""
