"""Counterfactuals and guesses about the past (wave 9): what would have happened, which no source can show,
or what may have happened. "The leak would have been avoided if ...", "Had the manager replied sooner, the
client would have stayed", "A backup could have prevented the loss", "The caretaker may not have seen it".
A modal, an optional negation or adverb, "have", then a participle (or "may have something to do with"), or
a condition on what did not happen ("if Omar hadn't left, ... would"); the writer's own wish ("I would have
liked") and "would have to" (no participle) pass.
"""

from __future__ import annotations

from guardrails_lite.validators.speculation._hit import RuleHit
from guardrails_lite.validators.speculation._wordclasses import verb_base, wordclasses

# "should have" is left out: "no mail should have been lost" is an expectation the sources state as often.
CUES = frozenset({"would", "could", "might", "may"})
_BETWEEN = frozenset("not n't never easily well all probably surely certainly still also have 've".split())
_HAVE = frozenset({"have", "'ve"})
_WRITER = frozenset({"i", "we"})


def counterfactual_hits(lowers: list[str]) -> list[RuleHit]:
    """Modal perfects in one lower-cased sentence ("would have been avoided", "could have saved")."""
    if CUES.isdisjoint(lowers):
        return []
    if (span := _unreal_condition(lowers)) is not None:
        return [RuleHit("hedge", *span)]
    for i, w in enumerate(lowers):
        if w not in CUES or (i > 0 and lowers[i - 1] in _WRITER):
            continue
        k = i + 1
        while k < min(len(lowers), i + 4) and lowers[k] in _BETWEEN and lowers[k] not in _HAVE:
            k += 1
        if k + 1 < len(lowers) and lowers[k] in _HAVE and participle(lowers[k + 1]):
            return [RuleHit("hedge", i, k + 2)]
        if lowers[k : k + 1] == ["have"] and lowers[k + 2 : k + 5] == ["to", "do", "with"]:
            return [RuleHit("hedge", i, k + 5)]  # "may have something to do with": a link guessed
    return []


def participle(word: str) -> bool:
    """A past participle: "been", WordNet's past forms ("relit", "sold"), a regular "-ed" of a verb."""
    if word == "been":
        return True
    classes = wordclasses()
    return word in classes.past or (word.endswith("ed") and verb_base(word, classes) is not None)


def _unreal_condition(lowers: list[str]) -> tuple[int, int] | None:
    """A condition on what did not happen, with a modal result: "if Omar hadn't left, the team would still be
    on track", "Had the booking gone through, the group would be in Lisbon", "if it were bigger, ... would";
    the writer's or the reader's own ("If I were you", "If you had questions, you could call") pass."""
    if not _PEOPLE_HERE.isdisjoint(lowers) or _RESULT.isdisjoint(lowers):
        return None
    if lowers[0] == "had" and len(lowers) > 2:
        return 0, 1  # "Had the manager replied sooner, ..."
    for k, w in enumerate(lowers):
        if w == "if" and not _UNREAL.isdisjoint(lowers[k + 2 : k + 6]):
            return k, k + 1
    return None


_PEOPLE_HERE = frozenset("i we you i'm we're you're".split())
_RESULT = frozenset({"would", "could", "might"})
_UNREAL = frozenset({"had", "were", "'d"})  # "if X had left", "if X hadn't", "if it were"
