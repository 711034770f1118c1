"""Questions that guess (wave 16): "Did the night shift leave the valve open?", "Wasn't the van overloaded?".

A summary states what the sources say; a yes/no question about what a third party did or what befell a thing,
asked in the negative or naming a fault or a mishap, raises a guess the summary cannot state ("Was the invoice
altered before it was sent?"). Requests and open questions about plans pass: they ask about the future or the
reader ("Can the contractor start on Monday?", "Could we move the call?", "Would Friday work?", "Did you get
the invoice?"), or name no fault ("Has the invoice been paid?"). One pass over the tokens: linear.
"""

from __future__ import annotations

from guardrails_lite.validators.speculation._hit import RuleHit
from guardrails_lite.validators.speculation._kinds_lexicon import FAULT_NOUN, MISHAP, NEGLECT_VERB

# Auxiliaries that open a question about what has happened.
CUES = frozenset("did was were had has".split())
_ASKED = frozenset("you we i us u".split())
_NOT = frozenset({"n't", "not"})
_ANYONE = frozenset("anyone anybody someone somebody".split())  # "Has anyone checked the broken window?": a request
# Acts and states of a fault or a mishap, besides the lists' neglect verbs and mishap nouns.
_FAULTY = frozenset(
    """altered tampered doctored forged faked fiddled lost dropped broke broken damaged stolen leaked missed spilled
    crashed wrong faulty blame responsible cause caused careless negligent drunk asleep""".split()
)
_LEFT_SO = frozenset("open on unlocked running unattended behind".split())


def question_hits(lowers: list[str]) -> list[RuleHit]:
    """The guess a closing-"?" question about the past raises, as a hedge hit over its opening, or none."""
    if len(lowers) < 4 or lowers[-1] != "?" or lowers[0] not in CUES or lowers[1] in _ASKED or lowers[1] in _ANYONE:
        return []
    if lowers[1] in _NOT:
        return [RuleHit("hedge", 0, 2)]  # "Didn't the supplier know about the recall?": asked to be agreed with
    for k in range(2, len(lowers) - 1):
        w = lowers[k]
        if w in _ASKED:
            return []  # "Was the parcel you sent damaged?": the reader knows; asking them is no guess
        if w in _FAULTY or w in NEGLECT_VERB or w in MISHAP or w in FAULT_NOUN or _bungled(w):
            return [RuleHit("hedge", 0, k + 1)]
        if w in ("left", "leave") and any(x in _LEFT_SO for x in lowers[k + 1 : k + 5]):
            return [RuleHit("hedge", 0, k + 1)]  # "Did the night shift leave the valve open?"
    return []


def _bungled(word: str) -> bool:
    """A participle of doing too much or wrongly: "overloaded", "overcharged", "misread", "mislabelled"."""
    return len(word) > 6 and word.startswith(("over", "mis")) and word.endswith(("ed", "read", "laid", "led"))
