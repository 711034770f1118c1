"""Feelings read into people (wave 15): "Nina must be mortified", "Yvette sounds utterly exasperated".

The listed feeling words (`EMOTIONS`) under an epistemic cue were flagged before; this adds any participle of
a WordNet feeling verb ("mortified", "exasperated", "humiliated") under the same cues, and an impression verb
("sounds", "looks", "seems") before a feeling, past degree adverbs ("utterly", "really"). The word must follow
its cue closely, so "the report seems fine; the exasperated customer called" reads nothing into anyone.
Each cue reads at most four tokens after it: linear in the sentence.
"""

from __future__ import annotations

from guardrails_lite.validators.speculation._hit import RuleHit
from guardrails_lite.validators.speculation._kinds_lexicon import FEELINGS
from guardrails_lite.validators.speculation._terms import EMOTIONS, EPISTEMIC
from guardrails_lite.validators.speculation._wordclasses import verb_base, wordclasses

_IMPRESSION = frozenset("sounds sounded looks looked seems seemed appears appeared".split())
CUES = EPISTEMIC | _IMPRESSION
_BETWEEN = frozenset(
    """be been is was utterly really very quite rather pretty so thoroughly deeply genuinely clearly
    increasingly completely totally absolutely a bit little more most""".split()
)


def feeling_hits(lowers: list[str]) -> list[RuleHit]:
    """A feeling word or participle right after an epistemic or impression cue (past `_BETWEEN` words)."""
    for i, w in enumerate(lowers):
        if w not in CUES:
            continue
        k = i + 1
        while k < min(len(lowers), i + 4) and (lowers[k] in _BETWEEN or lowers[k : k + 2] == ["have", "been"]):
            k += 1
        if k < len(lowers) and k > i + (w in EPISTEMIC) and _feeling(lowers[k]):
            return [RuleHit("attribution", i, k + 1)]
    return []


def _feeling(word: str) -> bool:
    if word in EMOTIONS or (word in FEELINGS and word != "lost"):  # "must have lost": a guess at an act
        return True
    if not word.endswith("ed"):
        return False
    classes = wordclasses()
    base = verb_base(word, classes)
    return base is not None and base in classes.feeling_verbs
