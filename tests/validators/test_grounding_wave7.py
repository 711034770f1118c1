"""grounding, wave 7: faithful classes measured on the seen sets (negation in other words, a denied complaint,
fractions of an hour), each with the unfaithful twin that must stay flagged."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.grounding import _numbers
from tests.validators.conftest import build, check

THREAD = (
    "From: Clive Dunmore <clive@heatwise.example>\nTo: Ayesha Siddiqui <ayesha@inbox.example>\n"
    "Subject: Missed installation\nDear Ms Siddiqui,\n\nThe "
    "installer's van broke down on the M6 on Monday morning, and our office did not pass that on to you. We "
    "will refund the call-out fee of 60 GBP.\n\nClive",
    "From: Jake Farah <jake@longform.example>\nSubject: Re: Edit\nHi Mia,\n\nThat's fine, keep the lifeboat "
    "mention. The shuttle runs every 15 minutes between the car park and the studio. Each session takes 90 "
    "minutes.\n\nJake",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Clive admitted that his office failed to tell Ayesha about the breakdown.",  # "did not pass that on"
        "Jake had no objection to keeping the lifeboat mention.",  # "That's fine, keep ..."
        "The shuttle runs every quarter of an hour between the car park and the studio.",  # 15 minutes
        "The session takes an hour and a half.",
        "The session takes one and a half hours.",
    ],
)
def test_faithful_rewordings_pass(sentence: str) -> None:
    verdict = check(build({"use": "grounding"}), sentence, THREAD)
    assert verdict.passed, verdict.findings


@pytest.mark.parametrize(
    "sentence",
    [
        "The installer's van did not break down on the M6.",  # the source affirms what this denies
        "Clive will not refund the call-out fee.",  # the refund is stated, not denied
        "The shuttle runs every three quarters of an hour between the car park and the studio.",  # 45, not 15
        "The session takes half an hour.",
    ],
)
def test_their_unfaithful_twins_are_flagged(sentence: str) -> None:
    assert not check(build({"use": "grounding"}), sentence, THREAD).passed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("every quarter of an hour", [("dur", 15.0)]),
        ("half an hour", [("dur", 30.0)]),  # one figure: its "an hour" is not a second one
        ("half a day", [("dur", 720.0)]),
        ("three quarters of an hour", [("dur", 45.0)]),
        ("one and a half hours", [("dur", 90.0)]),
        ("one of them", []),
    ],
)
def test_fractions_of_a_unit_are_one_duration(text: str, expected: list[tuple[str, float]]) -> None:
    assert _numbers.quantities(text.split()) == expected
