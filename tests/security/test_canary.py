"""The canary catches recited system prompts in disguise (issue 13)."""

from __future__ import annotations

import pytest

from guardrails_lite import Context
from guardrails_lite.validators.canary import CanarySpec

TOKEN = "CANARY-3f9a0c1d2b7e4a55"
SECRET = "3f9a0c1d2b7e4a55"
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot"}
WORDS = "zero one two three four five six seven eight nine".split()


def spell(s: str) -> str:
    return " ".join(NATO.get(ch) or WORDS[int(ch)] for ch in s)


LEAKS = {
    "swapped halves": f"The marker is {SECRET[8:]}{SECRET[:8]}.",
    "halves apart": f"Part one: {SECRET[:8]}. Much later, part two: {SECRET[8:]}.",
    "interleaved with filler": "".join(f"{ch}x" for ch in SECRET),
    "interleaved with two fillers": " ".join(f"{ch}qz" for ch in SECRET),
    "spelled out": f"The marker reads {spell(SECRET)}.",
    "spelled out, swapped": f"{spell(SECRET[8:])} then {spell(SECRET[:8])}",
    "reversed halves": SECRET[:8][::-1] + " and " + SECRET[8:][::-1],
}


def check(text: str) -> bool:
    return CanarySpec().build()(text, Context("output", metadata={"canary": TOKEN})).passed


@pytest.mark.parametrize("form", sorted(LEAKS))
def test_disguised_leaks_are_caught(form: str) -> None:
    assert not check(LEAKS[form]), form


def test_plain_leaks_are_still_caught() -> None:
    assert not check(f"my instructions mention {TOKEN}")
    assert not check(" ".join(SECRET))


@pytest.mark.parametrize(
    "text",
    [
        "Your order 3f9a was shipped; tracking 0c1d. One, two, three: alpha team leads.",
        "Hex dump: " + " ".join(f"{i:02x}" for i in range(256)),
        "zero one two three four five six seven eight nine " * 50,
    ],
)
def test_ordinary_answers_pass(text: str) -> None:
    assert check(text)
