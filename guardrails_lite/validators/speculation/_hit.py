"""The one result type of `speculation`'s rules: which kind of speculation, and where."""

from __future__ import annotations

from typing import NamedTuple


class RuleHit(NamedTuple):
    """A speculation found by a rule or a phrase: its category ("hedge", "attribution", "unverifiable",
    "opinion") and the token span [start, end) within the sentence that triggered it."""

    category: str
    start: int
    end: int
