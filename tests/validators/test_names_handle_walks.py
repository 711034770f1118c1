"""`chat._run_start` (the start of a joined handle run found from its end, walking back only past the part the
forward walk did not vouch for) equals the full walk back it replaces, on seeded random token runs."""

from __future__ import annotations

import random

from guardrails_lite.validators.pii._names import chat
from guardrails_lite.validators.pii._names.features import Prepared, prepare
from guardrails_lite.validators.pii._names.tokens import tokenize
from guardrails_lite.validators.pii.names import NameFinder

_UNITS = [
    "a",
    "A",
    "_",
    ".",
    "1",
    " ",
    "\n",
    "priya",
    "vet",
    "k",
    "-",
    ":",
    "wrote",
    "by",
    "Ann",
    "_x",
    "é",
    "a.",
    "b_c",
]


def _walk_back(p: Prepared, last: int) -> int:
    """The first token of a handle ending at token `last`, walked back token pair by token pair (the old code)."""
    words = p.words
    k = last
    while k >= 2 and words[k - 1] in "._" and words[k].isalnum() and words[k - 2].isalnum():
        if not (p.ends[k - 2] == p.ends[k - 1] - len(words[k - 1]) and p.ends[k - 1] == p.ends[k] - len(words[k])):
            break
        k -= 2
    return k if k < last and words[k].isalpha() else -1


def test_run_start_is_the_full_walk_back() -> None:
    facts = NameFinder().facts
    rng = random.Random(5)
    checked = runs = 0
    for _ in range(4000):
        text = "".join(rng.choice(_UNITS) for _ in range(rng.randint(1, 30)))
        p = prepare(tokenize(text), facts)
        for first in range(len(p.words)):
            last = chat._handle_end(p, first)
            assert chat._run_start(p, first, last) == _walk_back(p, last), (text, first, last)
            checked += 1
            runs += last > first + 2
    assert checked > 10_000 and runs > 500  # long runs are among them


def test_signed_handles_still_found() -> None:
    finder = NameFinder()
    for text, name in (
        ("Great tips, thanks!\n– kjell_rides", "kjell_rides"),
        ("Posted by wagtail_wendell", "wagtail_wendell"),
        ("nonna_carla wrote:\nI agree.", "nonna_carla"),
    ):
        found = [text[s.start : s.end] for s in finder.find(text)]
        assert name in found, (text, found)
