"""What the whole thread holds of a claim, wherever it is said: evidence for the learned decision (`_decide`).

The per-claim check looks for one source sentence that holds the claim; a faithful synthesis across e-mails or a
paraphrase fails it with every part of the claim said somewhere, while an invented or swapped fact tends to need
a word, a figure or a doer-and-verb pairing the thread never uses. These numbers tell the two apart where the
rules' own findings cannot (wave 18); they never flag or pass a sentence by themselves.
"""

from __future__ import annotations

from typing import NamedTuple

from guardrails_lite.validators.grounding import _numbers as numbers
from guardrails_lite.validators.grounding._claims import Claim
from guardrails_lite.validators.grounding._facts import Digest
from guardrails_lite.validators.grounding._words import senses

__all__ = ["Spread", "spread"]


class Spread(NamedTuple):
    """Shares of a claim the thread holds anywhere (1.0 where the claim has nothing of that kind)."""

    words: float  # content words said in any source sentence (or the subject lines), or a word of their senses
    pair: float  # content words two source sentences hold together (a synthesis of two facts)
    verbs: float  # the claim's verbs said anywhere, or a word of their senses
    doer: float  # a named subject's verb (or a word of its senses) said in a sentence naming that subject
    figures: float  # figures (kind and value) stated anywhere, or a span between two stated dates
    derived: float  # figures whose value is stated or one sum, difference, product or ratio of two stated values


def spread(claim: Claim, dig: Digest) -> Spread:
    """Read for a claim no one source sentence supports (the rules' failures: few per answer)."""
    by_word = dig.by_word
    words = claim.words
    all_senses = _thread_senses(dig)
    held = sum(1 for w in words if w in by_word or not senses(w).isdisjoint(all_senses)) / len(words) if words else 1.0
    pair = _pair(words, dig) if words else 1.0
    verbs = [v for v in claim.verbs if v]
    said = [v in by_word or not senses(v).isdisjoint(all_senses) for v in verbs]
    verb_share = sum(said) / len(said) if said else 1.0
    doer = 1.0
    subject = claim.subject & dig.names
    if subject and verbs:
        doer = float(any(_doer_says(subject, v, dig) for v in verbs))
    figures = derived = 1.0
    if claim.quants:
        stated = _thread_quants(dig)
        figures = sum(1 for q in claim.quants if q in stated) / len(claim.quants)
        reach = _derivable(dig)
        derived = sum(1 for _, v in claim.quants if round(v, 2) in reach) / len(claim.quants)
    return Spread(held, pair, verb_share, doer, figures, derived)


_MAX_VALUES = 40


def _derivable(dig: Digest) -> frozenset[float]:
    """The thread's values (the first `_MAX_VALUES` distinct ones, dates and clock times left out) and every sum,
    difference, product and ratio of two of them, rounded to cents; built once per set of documents."""
    found: frozenset[float] | None = dig.cache.get("spread:derivable")
    if found is None:
        values = sorted({v for k, v in dig.all_quants if k not in ("date", "time")})[:_MAX_VALUES]
        out = {round(v, 2) for v in values}
        for i, a in enumerate(values):
            for b in values[i:]:
                out.update((round(a + b, 2), round(abs(a - b), 2), round(a * b, 2)))
                if a:
                    out.add(round(b / a, 2))
        found = dig.cache["spread:derivable"] = frozenset(out)
    return found


_MAX_PAIRED = 24


def _pair(words: set[str], dig: Digest) -> float:
    """The largest share of `words` two source sentences hold between them (the best-holding sentence and the one
    that adds most to it; bounded: the facts sharing most words are read first, at most `_MAX_PAIRED`)."""
    held: dict[int, set[str]] = {}
    for w in words:
        for k in dig.by_word.get(w, ()):
            held.setdefault(k, set()).add(w)
    if not held:
        return 0.0
    ranked = sorted(held.values(), key=len, reverse=True)[:_MAX_PAIRED]
    best = ranked[0]
    return max(len(best | other) for other in ranked) / len(words)


def _doer_says(subject: frozenset[str] | set[str], verb: str, dig: Digest) -> bool:
    near = senses(verb)
    for k in dig.by_word.get(verb, ()):
        f = dig.facts[k]
        if subject <= (f.names | f.writers):
            return True
    if not near:
        return False
    return any(subject <= (f.names | f.writers) and not f.senses.isdisjoint(near) for f in dig.facts)


def _thread_senses(dig: Digest) -> frozenset[str]:
    found: frozenset[str] | None = dig.cache.get("spread:senses")
    if found is None:
        found = dig.cache["spread:senses"] = frozenset().union(*(f.senses for f in dig.facts))
    return found


def _thread_quants(dig: Digest) -> frozenset[numbers.Quantity]:
    found: frozenset[numbers.Quantity] | None = dig.cache.get("spread:quants")
    if found is None:
        found = dig.cache["spread:quants"] = frozenset(dig.all_quants)
    return found
