"""speculation, wave 7: forms the seen sets showed unflagged (a hedge opening a bullet label, certainty about
the future, hearsay, read minds) and polite proposals that were flagged as guesses."""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check


@pytest.mark.parametrize(
    "sentence",
    [
        "- Likely cause: a mislabelled bin in the warehouse",  # a bullet's label, not a name
        "* Probable outcome: the client switches supplier",
        "It's only a matter of time before the pump fails again.",
        "The reorganisation is certain to slow down the first month.",
        "Someone said the roofer has had complaints like this before.",
        "There are rumours that the depot will close.",
        "Marta never intended to pay for the damaged chairs.",
        "Ivan didn't really believe the patch would hold.",
        "The new dashboard is a brilliant piece of design.",
        "Maybe we could have avoided the outage with a second check.",  # a guess about the past
        "Perhaps the courier lost the parcel.",
        "The new scanner will pay for itself within a year.",  # predictions in idioms
        "Bookings are going to take off once the brochure is out.",
        "The supplier will go out of business by next spring.",
    ],
)
def test_flagged(sentence: str) -> None:
    assert not check(build({"use": "speculation"}), sentence).passed


@pytest.mark.parametrize(
    "sentence",
    [
        "Perhaps we could meet at the depot instead of the office.",
        "Maybe we can catch up over coffee on Monday?",
        "Might I suggest a short check-in next week?",
        "The Likely Lads booking is confirmed for Friday.",  # a title keeps its capitals
        "The audit found that Marta paid for the damaged chairs.",
        "The plane will take off at 09:40 from Gatwick.",  # a timetable, not a forecast of success
    ],
)
def test_proposals_and_plain_facts_pass(sentence: str) -> None:
    verdict = check(build({"use": "speculation"}), sentence)
    assert verdict.passed, verdict.findings
