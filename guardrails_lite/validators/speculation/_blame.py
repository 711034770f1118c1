"""Blame stated as fact: "It was Kwame who left the forklift there", "The delay is the supplier's doing".

`grounding` checks a stated cause against the sources; these are the constructions whose whole point
is to pin something on someone, which `speculation` flags unless a source says the same (its source
check) or someone is quoted saying it (its reported-speech check): "it was X who", "X's doing", "is
the reason", "is what sank ...", "responsible for" a mishap, "ruined", "sabotaged". A role ("responsible
for the budget") or a plain account of who did what ("Kwame left the forklift there") is not blame.
One pass over the tokens: linear in the sentence.
"""

from __future__ import annotations

_MISHAP = frozenset(
    """delay delays outage failure failures mistake mistakes problem problems loss losses damage overbooking
    error errors breach leak mess incident cancellation overrun shortfall late lost missing disconnected
    crash collapse mix-up confusion""".split()
)
_WRECK = frozenset("ruined sank sunk wrecked sabotaged botched derailed torpedoed killed scuppered".split())
_LINK = frozenset({"is", "was", "are", "were"})


def blame(lowers: list[str], capitals: list[bool]) -> tuple[int, int] | None:
    """The span of a blaming construction in a lower-cased token list, or None."""
    n = len(lowers)
    for i, w in enumerate(lowers):
        nxt = lowers[i + 1] if i + 1 < n else ""
        if w == "it" and nxt in ("was", "is") and i + 3 < n and capitals[i + 2] and "who" in lowers[i + 3 : i + 6]:
            return i, i + 3  # "It was Kwame who ..."
        if w == "doing" and i > 0 and lowers[i - 1] in ("'s", "’s", "'"):
            return max(0, i - 1), i + 2  # "the supplier's doing"
        if w in _LINK and nxt == "the" and lowers[i + 2 : i + 3] == ["reason"]:
            return i, i + 3  # "is the reason the order nearly missed ..."
        if w in _LINK and nxt == "what" and i + 2 < n and lowers[i + 2] in _WRECK:
            return i, i + 3  # "is what sank the launch"
        if w == "responsible" and nxt == "for" and not _MISHAP.isdisjoint(lowers[i + 2 : i + 10]):
            return i, i + 2  # "responsible for the auto-dial being disconnected"
        if w in _WRECK and i > 0:
            return i, i + 1  # "The editor's cuts ruined the episode"
    return None
