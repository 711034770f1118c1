"""Confident predictions: "Mei will turn the offer down", "The next release is going to slip as well".

A summary may repeat what is planned ("Dr Okon will cover the first Saturday session"); what nobody
can know is how things will turn out. A prediction here is a future ("will", "is going to", "should",
a leading "Expect ... to") whose verb is an outcome (leave, lose, slip, fail, run out, turn down, rise)
or that says it will happen again or eventually ("again", "as well", "sooner or later"). Plans with a
date or time, conditions ("if ..., X will"), questions and the writer's own intentions ("we will")
are not predictions. Reported ones ("the vendor said prices will rise") are left to the caller's
reported-speech check. One pass over the tokens: linear in the sentence.
"""

from __future__ import annotations

_FUTURE = frozenset({"will", "'ll", "should"})
_BE = frozenset({"is", "are", "'s", "'re", "was", "were"})
_SKIP = frozenset("not never definitely certainly surely eventually soon also just inevitably still then".split())
_OUTCOME = frozenset(
    "leave quit resign lose slip fail break collapse crash run turn decline reject raise rise fall drop go miss "
    "sink backfire regret complain sue audit win wash drag walk switch fold flop struggle suffer overrun spiral "
    "hate stall die".split()
)
_GO = frozenset("up down under bust wrong".split())  # "go up", not "should go to HR"
# Someone else's forecast ("the bank projects that rates will fall"): theirs to make, not the writer's.
_FORECASTERS = frozenset(
    "projects projected predicts predicted forecasts forecast estimates estimated expects expected reckons "
    "suspects suspected thinks thought believes believed warns warned says said according".split()
)
_OUTCOME_STATE = frozenset("empty late gone over bankrupt broke furious unhappy disappointed".split())
_AGAIN = (("again",), ("as", "well"), ("too",), ("sooner", "or", "later"), ("before", "long"), ("eventually",))
_AGAIN_FIRST = frozenset(p[0] for p in _AGAIN)
_SELF = frozenset({"i", "we", "i'll", "we'll", "you", "you'll"})
_WHEN = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday tomorrow today tonight january february march "
    "april may june july august september october november december".split()
)
_CONDITION = frozenset({"if", "unless", "once", "provided", "when"})


def prediction(lowers: list[str]) -> tuple[int, int] | None:
    """The span of a confident prediction in a lower-cased token list, or None."""
    if not lowers or lowers[-1] == "?" or _SELF.intersection(lowers[:2]):
        return None
    if lowers[0] == "expect" and "to" in lowers[2:8]:
        return 0, 1  # "Expect the landlord to drag her feet"
    again = any(tuple(lowers[k : k + len(p)]) == p for k, w in enumerate(lowers) if w in _AGAIN_FIRST for p in _AGAIN)
    dated = any(w in _WHEN or w[:1].isdigit() for w in lowers)
    for i, w in enumerate(lowers):
        start = i
        if w == "going" and i > 0 and lowers[i - 1] in _BE and _at(lowers, i + 1) == "to":
            i += 1
        elif w not in _FUTURE or i == 0:
            continue
        k = i + 1
        while _at(lowers, k) in _SKIP:
            k += 1
        verb = _at(lowers, k)
        nxt = _at(lowers, k + 1)
        outcome = (verb in _OUTCOME and (verb != "go" or nxt in _GO)) or (verb == "be" and nxt in _OUTCOME_STATE)
        if w == "should" and not outcome:
            continue  # "should be sent": an obligation
        if (outcome and (again or not dated)) or (again and not dated):
            if _CONDITION.isdisjoint(lowers[:start]) and _FORECASTERS.isdisjoint(lowers[:start]):
                return start, k + 1
    return None


def _at(lowers: list[str], k: int) -> str:
    return lowers[k] if 0 <= k < len(lowers) else ""
