"""What `speculation`'s rules share: their one result type (which kind of speculation, and where) and `word_at`."""

from __future__ import annotations

from typing import NamedTuple


class RuleHit(NamedTuple):
    """A speculation found by a rule or a phrase: its category ("hedge", "attribution", "unverifiable",
    "opinion") and the token span [start, end) within the sentence that triggered it."""

    category: str
    start: int
    end: int


def word_at(lowers: list[str], k: int) -> str:
    """The lower-cased token at `k`, or "" past either end of the sentence (rules look around a cue freely)."""
    return lowers[k] if 0 <= k < len(lowers) else ""
