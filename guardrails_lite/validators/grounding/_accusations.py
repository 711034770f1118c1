"""Accusations: a word of wrongdoing ("fraud", "stole", "negligent") the sources never use, nor a word of its sense,
fails its sentence whatever else supports it. A claim needs only part of its words in one source sentence, so one
swapped noun could turn "the manager admitted a delay" into "the manager admitted fraud" (review r13a L7); an
invented accusation is the blame this library exists to catch, and the learned decision never overrules it."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from guardrails_lite.validators.grounding._facts import Digest
from guardrails_lite.validators.grounding._lexicon import ACCUSATIONS
from guardrails_lite.validators.grounding._words import Tok, canon, senses

__all__ = ["ACCUSATION", "unstated"]

ACCUSATION = "an accusation the sources do not make"


@functools.cache
def _families() -> dict[str, frozenset[str]]:
    """Each word's family, by its spelling and its shared form (read on first use: the lexicon is loaded then,
    never at import)."""
    out: dict[str, frozenset[str]] = {}
    for line in ACCUSATIONS:
        family = frozenset(line.split()) | frozenset(canon(w) for w in line.split())
        for w in family:
            out[w] = family
    return out


def unstated(toks: Sequence[Tok], dig: Digest) -> bool:
    """True if the sentence uses a word of wrongdoing that no source sentence uses (nor a word of its family or
    sense)."""
    families = _families()
    for t in toks:
        family = families.get(t.low) or families.get(t.canon)
        if family is None:
            continue  # most words
        if any(w in dig.by_word for w in family):
            continue
        near = senses(t.canon)
        if not near or not any(not f.senses.isdisjoint(near) for f in dig.facts):
            return True
    return False
