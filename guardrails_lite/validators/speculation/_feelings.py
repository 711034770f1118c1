"""Feelings read into people (wave 15): "Nina must be mortified", "Yvette sounds utterly exasperated".

The listed feeling words (`EMOTIONS`) under an epistemic cue were flagged before; this adds any participle of
a WordNet feeling verb ("mortified", "exasperated", "humiliated") under the same cues, and an impression verb
("sounds", "looks", "seems") before a feeling, past degree adverbs ("utterly", "really"). The word must follow
its cue closely, so "the report seems fine; the exasperated customer called" reads nothing into anyone.
Each cue reads at most four tokens after it: linear in the sentence.
"""

from __future__ import annotations

from guardrails_lite.validators.speculation._hit import RuleHit
from guardrails_lite.validators.speculation._kinds_lexicon import FEELINGS, PEOPLE_NOUN
from guardrails_lite.validators.speculation._terms import EMOTIONS, EPISTEMIC
from guardrails_lite.validators.speculation._wordclasses import verb_base, wordclasses

_IMPRESSION = frozenset("sounds sounded looks looked seems seemed appears appeared".split())
CUES = EPISTEMIC | _IMPRESSION
_BETWEEN = frozenset(
    """be been is was utterly really very quite rather pretty so thoroughly deeply genuinely clearly
    increasingly completely totally absolutely a bit little more most""".split()
)


def feeling_hits(lowers: list[str], capitals: list[bool] | None = None) -> list[RuleHit]:
    """A feeling word or participle right after an epistemic or impression cue (past `_BETWEEN` words). A
    participle read from WordNet's feeling verbs ("exasperated", but also "chafed", "galled") needs a person
    before the cue (`capitals[k]`: token k had a capital): "a hose looks chafed" describes a thing."""
    for i, w in enumerate(lowers):
        if w not in CUES:
            continue
        k = i + 1
        while k < min(len(lowers), i + 4) and (lowers[k] in _BETWEEN or lowers[k : k + 2] == ["have", "been"]):
            k += 1
        if k < len(lowers) and k > i + (w in EPISTEMIC):
            if _listed_feeling(lowers[k]) or (_felt(lowers[k]) and _person_before(lowers, capitals, i)):
                return [RuleHit("attribution", i, k + 1)]
    return []


def _person_before(lowers: list[str], capitals: list[bool] | None, i: int) -> bool:
    """A person stands just before the cue at i (a name, a pronoun, a people word), past one adverb."""
    for k in (i - 1, i - 2):
        if k < 0:
            return False
        if (capitals is not None and capitals[k] and lowers[k].isalpha()) or lowers[k] in _PERSON:
            return True
        if not lowers[k].endswith("ly"):
            return False
    return False


_PERSON = frozenset("he she they who i we you".split()) | PEOPLE_NOUN


def _listed_feeling(word: str) -> bool:
    # "must have lost": a guess at an act; "resigned to losing", "defeated": an attitude read into someone
    return word in EMOTIONS or (word in FEELINGS and word != "lost") or word in _ATTITUDES


# Attitudes a person is said to have taken: only under an epistemic or impression cue ("appears resigned").
_ATTITUDES = frozenset(
    """resigned defeated reconciled indifferent unbothered unconcerned unfazed resentful bitter smug jealous
    ashamed heartbroken devastated gutted crushed distraught livid fed-up downcast dejected despondent
    demoralised demoralized deflated disheartened""".split()
)


def _felt(word: str) -> bool:
    if not word.endswith("ed"):
        return False
    classes = wordclasses()
    base = verb_base(word, classes)
    return base is not None and base in classes.feeling_verbs
