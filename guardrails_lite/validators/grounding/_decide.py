"""The learned decision over grounding's own evidence: flag a sentence or let it pass.

The checks of `_support` and `_causes` each flag what they cannot match, and rules tuned on one round of
summaries did not transfer to the next (a faithful paraphrase, a synthesis across e-mails or a normalised
figure trips one check or another). The evidence they gather is kept as numbers (which checks failed, how
much of each failed claim a source covers, how many claims, names and figures, how near a source comes to
stating a cause the sentence asserts) and a logistic model, trained on labelled summaries of e-mail threads
(`scripts/train_grounding_decider.py`, data/grounding/PROVENANCE.md), weighs them: it lets pass a flagged
sentence whose evidence looks like a faithful one's and flags a passed one whose support is thin
(`WEAK`). Since wave 14 it is the default (`decision: learned`), with what the rules catch for sure out of its
reach (`_HARD`, `overrules`): on the held-out rounds it flags a few fewer faithful sentences and catches a few more
unsupported ones than the rules (benchmarks/results/grounding-wave14.md). The model was trained on the default
checks: a policy that turns one off or changes `min_support` gets the rules alone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from guardrails_lite.validators._shared.package_data import shipped_json
from guardrails_lite.validators.grounding import _accusations, _causes
from guardrails_lite.validators.grounding import _support as support
from guardrails_lite.validators.grounding._facts import Digest
from guardrails_lite.validators.grounding._reading import content_words

__all__ = ["KEYS", "WEAK", "Cause", "Decider", "decide", "decider", "features", "overrules"]

# The problems the model reads, each a yes/no feature (matched on the message's start; "word support" messages
# carry their figures).
_KINDS = (
    _causes.MESSAGE,
    "word support ",
    support.FIGURE,
    support.PREDICATE,
    support.NAMES_APART,
    support.WRONG_AGENT,
    support.NEGATION_ADDED,
    support.NEGATION_DROPPED,
)
# Claim problems whose failing claims' coverage is a feature of its own ("a figure the sources do not state" on a
# claim the core otherwise covers is how a normalised figure looks).
_PER_KIND = _KINDS[1:6]
# Findings the model never overrules (wave 14: the model is the default, so it may not give up what the rules
# catch for sure): what the sources do not hold at all (names, codes, quoted phrases, a speaker, an accusation),
# what they contradict (a figure, date, weekday or span they do not state; a swapped doer, what a claim says
# about its subject or a name stated apart from the rest: a swapped relation; a negation added or dropped; an
# opposite verb), a claim no source shares a word with, and a cause or blame no source states. The model weighs the
# rest (a claim of which one source holds some words, not enough) and may flag a sentence the rules pass (`WEAK`).
_HARD = (
    "name(s) not in the sources",
    "quoted phrase",
    "code(s) or reference",
    "reported from",
    "more figures",
    _accusations.ACCUSATION,
    support.FIGURE,
    support.WRONG_AGENT,
    support.NEGATION_ADDED,
    support.NEGATION_DROPPED,
    support.OPPOSITE_VERB,
    support.PREDICATE,
    support.NAMES_APART,
    support.NO_WORDS,
    _causes.MESSAGE,
)

WEAK = "the sources support it only weakly"

FEATURES = (
    *(f"problem:{k}" for k in _KINDS),
    "problems",
    "claims",
    "failed claims",
    "share failed",
    "lowest failed coverage",
    "highest failed coverage",
    "lowest supported coverage",
    "content words / 10",
    "figures",
    "names",
    "negated",
    "bridges",
    "link",
    "blame link",
    "harm blamed",
    "link coverage",
    "cause words / 5",
    "effect words / 5",
    *(f"coverage:{k}" for k in _PER_KIND),
    "rules flag",
)


@dataclass(frozen=True, slots=True)
class Cause:
    """What the cause check found: the link the sentence asserts (or None), whether a harmful act is blamed on a
    named agent, and the sources' digest (how near they come to stating the link is read only when the model
    runs)."""

    link: _causes.Link | None
    harm: bool
    digest: Digest | None


def features(problems: Sequence[str], checked: Sequence[support.Checked], cause: Cause) -> list[float]:
    """The sentence's evidence as numbers, in the order of `FEATURES` (one pass over the claims: it runs for every
    sentence of every answer)."""
    x = [float(any(p.startswith(k) for p in problems)) for k in _KINDS] if problems else [0.0] * len(_KINDS)
    failed = words = figures = names = bridges = 0
    negated = False
    low_failed: float | None = None
    high_failed: float | None = None
    low_held: float | None = None
    per_kind: list[float | None] = [None] * len(_PER_KIND)
    for c in checked:
        words += c.words
        figures += c.figures
        names += c.names
        bridges += c.bridges
        negated = negated or c.negated
        cov = c.coverage
        if c.ok:
            low_held = cov if low_held is None or cov < low_held else low_held
            continue
        failed += 1
        low_failed = cov if low_failed is None or cov < low_failed else low_failed
        high_failed = cov if high_failed is None or cov > high_failed else high_failed
        for i, k in enumerate(_PER_KIND):
            best = per_kind[i]
            if c.problem.startswith(k) and (best is None or cov > best):
                per_kind[i] = cov
    x += [
        float(len(problems)),
        float(len(checked)),
        float(failed),
        failed / max(1, len(checked)),
        1.0 if low_failed is None else low_failed,
        1.0 if high_failed is None else high_failed,
        1.0 if low_held is None else low_held,
        words / 10,
        float(figures),
        float(names),
        float(negated),
        float(bridges),
    ]
    link = cause.link
    x += [
        float(link is not None),
        float(link is not None and link.blame),
        float(cause.harm),
        _causes.link_coverage(link, cause.digest) if link is not None and cause.digest is not None else 1.0,
        len(content_words(link.cause)) / 5 if link is not None else 0.0,
        len(content_words(link.effect)) / 5 if link is not None else 0.0,
    ]
    x += [0.0 if v is None else v for v in per_kind]
    x.append(float(bool(problems)))
    return x


@dataclass(frozen=True, slots=True)
class Decider:
    """A logistic model over `features`: standardised inputs, weights, bias; a sentence the rules flag stays
    flagged at a score of `keep` or more, one they pass is flagged at `add` or more."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    keep: float
    add: float

    def score(self, x: Sequence[float]) -> float:
        """The model's probability that the sentence is not supported."""
        z = self.bias
        for v, m, s, w in zip(x, self.mean, self.scale, self.weights, strict=True):
            z += w * (v - m) / s
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def _build(value: Any) -> Decider:
    if tuple(value["features"]) != FEATURES:
        raise ValueError("decider.json.gz was built for other features")
    n = len(FEATURES)
    mean, scale, weights = (tuple(float(v) for v in value[k]) for k in ("mean", "scale", "weights"))
    if not (len(mean) == len(scale) == len(weights) == n) or not all(s > 0 for s in scale):
        raise ValueError("decider.json.gz has the wrong shape")
    bias, keep, add = (float(value[k]) for k in ("bias", "keep", "add"))
    # A NaN, an infinity or a threshold outside (0, 1) would make every score pass (json reads NaN and Infinity):
    # a tampered or damaged file must fail closed like a missing one (review r13b L2).
    if not all(math.isfinite(v) for v in (*mean, *scale, *weights, bias)) or not (0 < keep < 1 and 0 < add < 1):
        raise ValueError("decider.json.gz holds numbers out of range")
    return Decider(mean, scale, weights, bias, keep, add)


# The file's keys, declared so a file without one is a damaged install (`PackageDataError`), as for every shipped file.
KEYS = ("features", "mean", "scale", "weights", "bias", "keep", "add")
decider = shipped_json(_build, "grounding", "decider.json.gz", keys=KEYS)


def overrules(problems: Sequence[str], cause: Cause) -> bool:
    """True unless a finding the model never overrules is among `problems`, or the rules flag a sentence that
    asserts a cause or blames someone (the model may add a flag to such a sentence, never take one away)."""
    if problems and (cause.link is not None or cause.harm):
        return False
    return not any(h in p for p in problems for h in _HARD)


def decide(problems: list[str], checked: Sequence[support.Checked], cause: Cause) -> list[str]:
    """The problems to report: the rules' own, none if the model lets the flagged sentence pass, `WEAK` if it
    flags a sentence the rules pass."""
    if not overrules(problems, cause):
        return problems
    model = decider()
    score = model.score(features(problems, checked, cause))
    if problems:
        return problems if score >= model.keep else []
    return [WEAK] if score >= model.add else []
