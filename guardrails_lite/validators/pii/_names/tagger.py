"""A greedy left-to-right averaged-perceptron tagger over candidate tokens (see `features`).

Weights come from scripts/train_names.py (guardrails_lite/data/names/tagger.json.gz). Labels are
B-/I- PER, LOC, ORG; a token that is no candidate is outside every name.

Fast path: the summed weights of each feature group that depends on one word only are cached per
word (`_Vectors`), as if an "O" came before the candidate; scoring a candidate is then a few
dictionary look-ups, its pair features, and one sum. A candidate right after a name token gets the
difference its true previous label makes (`_delta`, cached per label and word class).

The cached vectors are packed: one Python int holds the seven label sums, each in a 32-bit lane offset
by `_BIAS` (`_pack`), so summing a candidate's groups is four integer additions, not 28; the lanes are
read back with one `struct` call. Integer sums are exact, so the scores are the same as unpacked ones.
"""

from __future__ import annotations

import base64
import bisect
import itertools
import math
import operator
import re
import struct
import sys
import threading
from array import array
from collections.abc import Callable, Sequence
from typing import Any, TypeAlias

from guardrails_lite.validators._shared.package_data import shipped_json
from guardrails_lite.validators.pii._names.features import (
    CHECK_EVERY,
    LABELS,
    Facts,
    Prepared,
    Word,
    bare,
    label_keys,
    next2_keys,
    next_keys,
    own_class_keys,
    own_word_keys,
    prev2_keys,
    prev_keys,
)
from guardrails_lite.validators.pii._names.memo import keep
from guardrails_lite.validators.pii._names.tokens import NEWLINE
from guardrails_lite.verdict import check_deadline

_N = len(LABELS)
if _N != 7:  # `Tagger.scores` adds the seven label weights written out
    raise ImportError("the tagger's scoring expects seven labels")
_LABEL_FEATURES = ("pl=", "pl_s=", "pl_lex=")  # see features.label_keys
_CACHE_MAX = 50_000
_LANE = 32
_BIAS = 1 << 27  # a lane's offset: a group's true sum lies in (-_BIAS, _BIAS); six biased ones fit 32 bits
_LANES = struct.Struct("<7I")  # the seven lanes of a packed sum, lowest first
_PACKED_BYTES = _LANES.size
_CLASSES_MAX = 1_000
_LOCK = threading.Lock()
_KIND = ("", "PER", "PER", "LOC", "LOC", "ORG", "ORG")  # per label index: B- odd, I- even ("O": no kind)


#: (first, last, kind, score): tokens first..last (inclusive) form an entity of `kind` (PER, LOC, ORG) with
#: confidence `score`. A plain tuple, not a named one: Python's collector untracks a plain tuple of numbers and
#: strings, but keeps every named one (a tuple subclass) on its lists, so a text of 50,000 names made as many
#: long-lived objects that set off full collections of the whole heap (each one walking every loaded object).
Tagged: TypeAlias = tuple[int, int, str, float]


class _Vectors(dict[str, int]):
    """The summed weights of one feature group, per token text (a bounded cache filled on a miss).

    A word that no feature of the group names (`vocab`: most names, numbers, rare words) gets exactly the
    vector of any other such word with the same `sig`nature (the word facts its features use besides the
    word itself), so that vector is summed once per signature, not once per word.
    """

    def __init__(
        self,
        tagger: Tagger,
        keys: Callable[[Word], list[str]],
        facts: Facts,
        vocab: frozenset[str],
        sig: Callable[[Word], tuple[Any, ...]],
        make: Callable[[Word], int] | None = None,
    ) -> None:
        super().__init__()
        self.summed = tagger.packed
        self.make = make
        self.key_fn = keys
        self.facts = facts
        self.vocab = vocab
        self.sig = sig
        self.by_sig: dict[tuple[Any, ...], int] = {}

    def __missing__(self, w: str) -> int:
        f = self.facts[w]
        if self.make is not None:
            got = self.make(f)
        elif f.low in self.vocab:
            got = self.summed(self.key_fn(f))
        else:
            key = self.sig(f)
            got = self.by_sig.get(key)  # type: ignore[assignment]
            if got is None:
                got = self.by_sig[key] = self.summed(self.key_fn(f))
        if len(self) >= _CACHE_MAX:
            self.by_sig.clear()  # emptied with the words' cache (`keep` clears that)
        return keep(self, w, got, len(w), _CACHE_MAX)


class _Classes(dict[tuple[Any, ...], _Vectors]):
    """`_Vectors` of a feature group whose features also depend on a small class tuple (made on a miss)."""

    def __init__(
        self,
        tagger: Tagger,
        keys: Callable[..., list[str]],
        facts: Facts,
        vocab: frozenset[str],
        sig: Callable[[Word], tuple[Any, ...]],
    ) -> None:
        super().__init__()
        self.tagger = tagger
        self.key_fn = keys
        self.facts = facts
        self.vocab = vocab
        self.sig = sig

    def __missing__(self, cls: tuple[Any, ...]) -> _Vectors:
        keys = self.key_fn
        got = _Vectors(self.tagger, lambda f: keys(f, *cls), self.facts, self.vocab, self.sig)
        with _LOCK:
            if len(self) >= _CLASSES_MAX:  # a class tuple holds a neighbour's shape: any one character
                self.clear()
            return self.setdefault(cls, got)


class _Own(_Classes):
    """The candidate's own vectors: on a miss, the sum of its word's part (`own_word_keys`, per word) and of
    the rest (`own_class_keys` and the label features, per class and word signature), each summed once.
    Weights are integers, so the grouping of the sums does not change the result."""

    def __init__(self, tagger: Tagger, facts: Facts) -> None:
        super().__init__(tagger, _no_keys, facts, frozenset(), _no_sig)
        # tuples, not lists: a tuple of ints is untracked by the cyclic collector (a text of new names adds thousands)
        self.word_part: dict[str, tuple[int, ...]] = {}
        self.rest: dict[tuple[Any, ...], list[int]] = {}

    def __missing__(self, cls: tuple[Any, ...]) -> _Vectors:
        got = _Vectors(self.tagger, _no_keys, self.facts, frozenset(), _no_sig, make=lambda f: self._make(f, cls))
        with _LOCK:
            if len(self) >= _CLASSES_MAX:
                self.clear()
            return self.setdefault(cls, got)

    def _make(self, f: Word, cls: tuple[Any, ...]) -> int:
        initial, line_len, phrase, particle = cls
        if particle:
            f = bare(f)
        if len(self.word_part) >= _CACHE_MAX or len(self.rest) >= _CACHE_MAX:
            self.word_part.clear()
            self.rest.clear()
        word = self.word_part.get(f.low)
        if word is None:
            summed = tuple(self.tagger.summed(own_word_keys(f.low)))
            word = keep(self.word_part, f.low, summed, len(f.low), _CACHE_MAX)
        key = (initial, line_len, phrase, f.shape, f.lex, f.coarse, f.zipf2)
        rest = self.rest.get(key)
        if rest is None:
            keys = own_class_keys(f, initial, line_len, phrase) + label_keys(f, "O")  # as if an "O" came before
            rest = self.rest[key] = self.tagger.summed(keys)
        return _pack([a + b for a, b in zip(word, rest, strict=True)])


def _no_keys(f: Word) -> list[str]:
    return []


# What a neighbour's features use of a word they do not name (see `features`): its shape and list class;
# two tokens away, nothing.
def _neighbour_sig(f: Word) -> tuple[Any, ...]:
    return f.shape, f.coarse


def _no_sig(f: Word) -> tuple[Any, ...]:
    return ()


_TWO_UNDERSCORES = re.compile("_.*_", re.DOTALL)
_GROUPS = {"w": "w", "pw": "pw", "pw_s": "pw", "pw_c": "pw", "nw": "nw", "nw_c": "nw", "pw2": "pw2", "nw2": "nw2"}


def _vocabularies(features: list[str]) -> dict[str, frozenset[str]]:
    """The words each word-naming feature prefix names ("pw_s=mr_Xx" names "mr" for "pw"). A word with an
    underscore could be cut anywhere, so every cut is kept: a word wrongly kept only costs a full sum.

    Read off the sorted names by bisection and C-level maps: a loop over every feature cost ~25 ms of a cold call."""
    names = features if all(map(operator.le, features, features[1:])) else sorted(features)
    out: dict[str, set[str]] = {g: set() for g in set(_GROUPS.values())}
    for prefix, g in _GROUPS.items():
        # the names that start "<prefix>=": from there up to "<prefix>>" ("=" and ">" are adjacent characters)
        run = names[bisect.bisect_left(names, prefix + "=") : bisect.bisect_left(names, prefix + ">")]
        rests = list(map(operator.itemgetter(slice(len(prefix) + 1, None)), run))
        out[g].update(rests)
        bare_at = bisect.bisect_left(names, prefix)
        if bare_at < len(names) and names[bare_at] == prefix:  # the prefix alone names the empty word
            out[g].add("")
        if "_" in prefix:
            # the cut at the first underscore (a name without one gives itself back, already kept), then the rare rest
            out[g].update(map(operator.itemgetter(0), map(str.partition, rests, itertools.repeat("_"))))
            for rest in filter(_TWO_UNDERSCORES.search, rests):
                out[g].update(rest[:i] for i, c in enumerate(rest) if c == "_")
    return {g: frozenset(words) for g, words in out.items()}


class _Groups:
    """The cached feature groups of one lexicon's words (see `features.static_features`)."""

    def __init__(self, tagger: Tagger, facts: Facts) -> None:
        self.facts = facts
        v = tagger.vocab
        self.own = _Own(tagger, facts)
        self.prev = _Classes(tagger, prev_keys, facts, v["pw"], _neighbour_sig)
        self.next = _Classes(tagger, next_keys, facts, v["nw"], _neighbour_sig)
        self.prev2 = _Vectors(tagger, prev2_keys, facts, v["pw2"], _no_sig)
        self.next2 = _Vectors(tagger, next2_keys, facts, v["nw2"], _no_sig)


class Tagger:
    def __init__(self, features: list[str], weights: Sequence[Sequence[int]], scale: float) -> None:
        """`weights[i]` holds the per-label weights of `features[i]`, as integers: `scale` times the real ones.
        Sums of integers are exact in any order, so the caches may add a word's parts in any grouping."""
        self.weights: dict[str, Sequence[int]] = dict(zip(features, weights, strict=True))
        self.scale = scale
        if "b" not in self.weights:
            raise ValueError("tagger file has no bias feature")
        self.deltas: dict[tuple[int, str, str], int] = {}
        self.groups: dict[int, _Groups] = {}  # by id(facts): one `Facts` per lexicon (`features.facts_of`)
        self.vocab = _vocabularies(features)

    def knows(self, low: str) -> bool:
        """Whether training saw the word itself (its word feature kept a weight)."""
        return "w=" + low in self.weights

    def summed(self, keys: list[str]) -> list[int]:
        """The summed (scaled, integer) weights of the features `keys`, per label."""
        get = self.weights.get
        return [sum(col) for col in zip([0] * _N, *(w for w in map(get, keys) if w is not None), strict=True)]

    def _groups(self, facts: Facts) -> _Groups:
        got = self.groups.get(id(facts))
        if got is None:
            with _LOCK:  # the groups hold `facts`, so its id is never reused while the entry lives
                got = self.groups.setdefault(id(facts), _Groups(self, facts))
        return got

    def packed(self, keys: list[str]) -> int:
        """`summed(keys)`, packed (`_pack`)."""
        return _pack(self.summed(keys))

    def scores(self, p: Prepared) -> list[tuple[int, int, Word, list[int]]]:
        """Per candidate: its index, its place among the tokens without line breaks, its word as scored, and
        its label scores as if an "O" came before it (`features(p, i, "O")` summed, from the caches)."""
        bias = 5 * _BIAS  # five groups
        out = []
        places, contexts, scored, sums = self._contexts(p)
        for i, k, c in zip(p.cands, places, contexts, strict=True):
            lanes = _LANES.unpack(sums[c].to_bytes(_PACKED_BYTES, "little"))
            out.append((i, k, scored[c], [x - bias for x in lanes]))
        return out

    def _contexts(
        self, p: Prepared, deadline: float | None = None
    ) -> tuple[list[int], list[int], list[Word], list[int]]:
        """Per candidate (in `p.cands`' order): its place among the tokens without line breaks and its context's id;
        per context id: the word as scored and the scores as if an "O" came before it, packed (`_pack`: every lane
        offset by five `_BIAS`). Everything the sum reads is the context: repeated text repeats it, so each distinct
        one is summed once and shared. Lists of ints and references: no tuple per candidate or per context for the
        cyclic collector (a tuple holding a `Word` stays tracked; a text of new names has tens of thousands of
        contexts), and no generator to resume per candidate. Stops past `deadline`."""
        words, initial, line_len, phrase = p.words, p.initial, p.line_len, p.phrase
        particles = p.particles
        # Neighbours skip line breaks (see `Prepared.step`): token i is padded[k + 2], k = i - (line breaks before it).
        newlines = p.newlines
        padded = _padded(words, newlines)
        end = len(words)
        ids: dict[tuple[Any, ...], int] = {}
        places: list[int] = []
        contexts: list[int] = []
        scored: list[Word] = []  # per context id
        sums: list[int] = []
        breaks = 0  # line breaks before the candidate (candidates ascend)
        n_breaks = len(newlines)
        g, facts = self._groups(p.facts), p.facts
        for n, i in enumerate(p.cands):
            if not n & CHECK_EVERY:
                check_deadline(deadline)
            while breaks < n_breaks and newlines[breaks] < i:
                breaks += 1
            k = i - breaks
            # a neighbour's list class counts only if it is a candidate and no particle (`Prepared.listed`)
            before = i - 1
            while before >= 0 and words[before] == NEWLINE:
                before -= 1
            after = i + 1
            while after < end and words[after] == NEWLINE:
                after += 1
            ll = line_len[i]
            key = (
                padded[k + 2],
                padded[k + 1],
                padded[k + 3],
                padded[k],
                padded[k + 4],
                initial[i],
                ll if ll < 5 else 5,
                phrase.get(i, ""),
                i in particles,
                before in initial and before not in particles,
                after in initial and after not in particles,
            )
            got = ids.get(key)
            if got is None:
                got = ids[key] = len(sums)
                f, s = _summed_context(g, facts, key)
                scored.append(f)
                sums.append(s)
            places.append(k)
            contexts.append(got)
        return places, contexts, scored, sums

    def tag(self, p: Prepared, deadline: float | None = None) -> list[Tagged]:
        """The entities among `p`'s candidates, decoded left to right; stops past `deadline`. After a name token,
        the true previous label's `_delta` is added to a candidate's scores. Labels are indices into `LABELS`."""
        if not p.cands:
            return []
        # (context id, previous label) -> (label, confidence, kind, continues an entity): repeated text repeats them
        steps: dict[int, tuple[int, float, str, bool]] = {}
        # packed scores -> (best label, confidence): new names make new contexts, but words the tagger has not seen
        # mostly score alike (a text of 24,000 new names has ~8,000 distinct sums), and the softmax is half the cost
        # of a new context
        bests: dict[int, tuple[int, float]] = {}
        deltas = self.deltas
        out: list[Tagged] = []
        prev = 0
        last = -2
        # The entity being grown: tokens start..stop of kind `grown`, its least confidence `low` (start -1: none).
        # Locals, not a list per entity: a text of names has tens of thousands.
        start, stop, grown, low = -1, -1, "", 0.0
        places, contexts, scored, sums = self._contexts(p, deadline)
        for i, k, c in zip(p.cands, places, contexts, strict=True):
            if k != last + 1:
                prev = 0  # a token that is no candidate lies between: it was outside every name
            last = k
            v = c * _N + prev
            got = steps.get(v)
            if got is None:
                # what the label `prev` before makes of this context (written out: in prose most are new)
                f, s = scored[c], sums[c]
                if prev:
                    delta = deltas.get((prev, f.shape, f.coarse))
                    s += self._delta(f, prev) if delta is None else delta
                best = bests.get(s)
                if best is None:
                    best = bests[s] = self._best(s)
                top, conf = best
                kind = _KIND[top]
                inside = bool(top) and not top & 1
                if inside and _KIND[prev] != kind:
                    top -= 1  # an inside label needs an entity to continue: B- of the same kind
                    inside = False
                got = steps[v] = (top, conf, kind, inside)
            label, conf, kind, inside = got
            if not label:
                if start >= 0:
                    out.append((start, stop, grown, low))
                    start = -1
                prev = 0
                continue
            if inside and start >= 0:  # an inside label follows a label of its kind (see above)
                stop = i
                if conf < low:
                    low = conf
            else:
                if start >= 0:
                    out.append((start, stop, grown, low))
                start, stop, grown, low = i, i, kind, conf
            prev = label
        if start >= 0:
            out.append((start, stop, grown, low))
        return out

    def _best(self, s: int) -> tuple[int, float]:
        """The best label's index in `LABELS` for the packed scores `s`, and its confidence (softmax at `scale`)."""
        # every lane carries the same bias, so the lanes' order and differences are the true scores'
        lanes = _LANES.unpack(s.to_bytes(_PACKED_BYTES, "little"))
        top = max(lanes)
        label = lanes.index(top)
        if not label:
            return 0, 0.0
        exp, scale = math.exp, self.scale
        return label, 1.0 / sum([exp((x - top) / scale) for x in lanes])

    def _delta(self, f: Word, prev: int) -> int:
        """What the label features add when `LABELS[prev]`, not "O", comes before a word like `f` (packed)."""
        key = (prev, f.shape, f.coarse)
        delta = self.deltas.get(key)
        if delta is None:
            now, before = self.summed(label_keys(f, LABELS[prev])), self.summed(label_keys(f, "O"))
            delta = _pack([a - b for a, b in zip(now, before, strict=True)])
            if len(self.deltas) < _CACHE_MAX:
                self.deltas[key] = delta
        return delta


def _summed_context(g: _Groups, facts: Facts, key: tuple[Any, ...]) -> tuple[Word, int]:
    """The word as scored and the packed scores of one context (`Tagger._contexts`' key), from the groups' caches."""
    w, tp, tn, p2, n2, init, ll, ph, part, listed_before, listed_after = key
    f = bare(facts[w]) if part else facts[w]
    return f, (
        g.own[init, ll, ph, part][w]
        + g.prev[f.shape, f.coarse, listed_before][tp]
        + g.next[f.coarse, facts[tp].shape, listed_after][tn]
        + g.prev2[p2]
        + g.next2[n2]
    )


def _padded(words: list[str], newlines: list[int]) -> list[str]:
    """The tokens without line breaks (`newlines`: their indices, ascending) between two "<s>" and two "</s>"."""
    padded = ["<s>", "<s>"]
    first = 0
    for nl in newlines:
        padded += words[first:nl]
        first = nl + 1
    padded += words[first:]
    padded += ("</s>", "</s>")
    return padded


def _pack(vector: list[int]) -> int:
    """The seven label sums of `vector` in one int: lane j (32 bits from bit 32 j) holds vector[j] + `_BIAS`."""
    if not all(-_BIAS < x < _BIAS for x in vector):
        raise ValueError("a tagger weight sum does not fit a packed lane")
    return int.from_bytes(_LANES.pack(*(x + _BIAS for x in vector)), "little")


def load(data: dict[str, Any]) -> Tagger:
    """A tagger from the packed form written by scripts/train_names.py: the weights are little-endian int16,
    one row of `_N` per feature. Read with `array`, not numpy: importing numpy cost ~0.1 s of a cold first call."""
    if data.get("version") != 2 or tuple(data["labels"]) != LABELS:
        raise ValueError("tagger file does not match this version of the features")
    features = str(data["features"]).split("\n")
    raw = array("h", base64.b64decode(data["weights"]))
    if raw.itemsize != 2 or len(raw) != len(features) * _N:
        raise ValueError(f"tagger file holds {len(raw)} weights for {len(features)} features of {_N} labels")
    if sys.byteorder != "little":
        raw.byteswap()
    flat = raw.tolist()
    rows = list(zip(*[iter(flat)] * _N, strict=True))  # consecutive runs of _N: one row (a tuple) per feature
    return Tagger(features, rows, float(data["scale"]))


tagger = shipped_json(load, "names", "tagger.json.gz", keys=("version", "labels", "features", "weights", "scale"))
"""The shipped tagger, read on first use."""
