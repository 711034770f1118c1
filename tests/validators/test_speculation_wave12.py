"""Wave-12 speculation: classes the retrained classifier catches that the wave-11 model let through (motives read
into a purpose clause, blame verdicts, modal guesses with "may not"), and their look-alikes that must pass
(neutral purposes, duties, permissions, attributed guesses, titles). Every sentence here was written for this file;
none is in a training or evaluation set, and scripts/train_speculation.py leaves this file out of its data."""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check


def flagged(sentence: str, **options: object) -> bool:
    return not check(build({"use": "speculation", **options}), sentence).passed


# Each was allowed by the wave-11 model and the rules (a3ba1b9); the rules alone still allow them.
NEWLY_CAUGHT = [
    "The school changed the timetable quietly to avoid a row with the parents.",  # motive in a purpose clause
    "The installer is responsible for the flooded kitchen.",  # blame verdict
    "The venue may not cope with the extra guests.",  # modal guess
    "The spare parts may not arrive in time either.",
]

LOOK_ALIKES = [
    "The caretaker moved the bins to the front for the Tuesday collection.",
    "The agency booked the cheaper hotel because the first one was full.",
    "The installer is responsible for the annual boiler check.",  # a duty, not blame
    "The contractor reported the flooded kitchen on Monday.",
    "The printer may be used by all staff on the second floor.",  # permission
    "Guests may not smoke in the rooms.",
    "Grace said the venue may not cope with the extra guests.",  # attributed
    "Crestline Foods picked the later slot because the early one was taken.",
    "The new portal will go live at 08:00 on 2 June.",  # a schedule
    "The talk is called 'Could We Do Better?'.",
]


@pytest.mark.parametrize("sentence", NEWLY_CAUGHT)
def test_newly_caught_classes_are_flagged(sentence: str) -> None:
    assert flagged(sentence)


# Wave 13's rules catch these two without the classifier ("responsible for" a flooded room; a negated modal before
# "in time ... either"): test_speculation_wave13.py pins those rules.
RULES_CATCH_SINCE_WAVE13 = {
    "The installer is responsible for the flooded kitchen.",
    "The spare parts may not arrive in time either.",
}


@pytest.mark.parametrize("sentence", [s for s in NEWLY_CAUGHT if s not in RULES_CATCH_SINCE_WAVE13])
def test_these_need_the_classifier(sentence: str) -> None:
    assert not flagged(sentence, learned=False)


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_look_alikes_pass(sentence: str) -> None:
    assert not flagged(sentence)


# A passive purpose clause says what an act was for; a consequence after a comma, or an active purpose that reads a
# motive into someone, still guesses.
PASSIVE_PURPOSE = [
    "The depot stopped weekend loading so the floor could be resealed.",
    "The pool is closing so that the filtration system can be replaced.",
    "The site was cleared so the bins could be emptied.",
]
STILL_GUESSES = [
    "The van broke down, so the delivery could be delayed.",
    "The order could be delayed.",
    "Karen only volunteered so she could get out of the audit work.",
]


@pytest.mark.parametrize("sentence", PASSIVE_PURPOSE)
def test_passive_purpose_is_not_a_guess(sentence: str) -> None:
    assert not flagged(sentence)


@pytest.mark.parametrize("sentence", STILL_GUESSES)
def test_consequences_and_motives_still_flagged(sentence: str) -> None:
    assert flagged(sentence)
