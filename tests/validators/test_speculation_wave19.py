"""Wave-19 speculation (issue 17): the classifier retrained on every seen blind round (3-18) at a 2.5 % leave-one-
set-out false-positive target (was 1 %), certainty asserted by "no question" / "beyond doubt" (review r18 L2), and
a role read as a duty kept from the classifier ("responsible for locking the gates").

Every sentence here is written for this file; none is in a training or evaluation set, and the training script
leaves this file out (`_NOT_TRAINED_TESTS`): the classifier sentences check the retrained model."""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check

SPEC = {"use": "speculation"}


def flagged(sentence: str, **options: object) -> bool:
    return not check(build({**SPEC, **options}), sentence).passed


# Classes the rules alone let through and the classifier catches: a happening foretold for a date (new with the
# retrain: the wave-18 model passed both), a contest goal read into an act, an omission pinned on a crew.
CLASSIFIER_CLASSES = [
    "The bakery will open its second shop next autumn.",
    "Greta's team will finish the audit before the summer break.",
    "Kofi offered the discount to win the school contract.",
    "The night shift left the freezer door open.",
]

# Their plain look-alikes: the act done, a dated plan, the terms of an offer.
PLAIN_LOOK_ALIKES = [
    "The bakery opened its second shop in October.",
    "Greta's team finished the audit on Friday.",
    "Kofi offered a 5 percent discount on orders above 200 units.",
    "The night shift closed the freezer at 6 am.",
    "Dana will send the signed contract by Friday.",
    "The meeting is on 3 March at the Lakeside Hall.",
]


@pytest.mark.parametrize("sentence", CLASSIFIER_CLASSES)
def test_classes_the_retrained_classifier_catches(sentence: str) -> None:
    assert flagged(sentence), sentence
    assert not flagged(sentence, learned=False), sentence  # the classifier's catch, not a rule's


@pytest.mark.parametrize("sentence", PLAIN_LOOK_ALIKES)
def test_plain_look_alikes_pass(sentence: str) -> None:
    assert not flagged(sentence), sentence


# r18 L2: "No question X was forgotten because ..." passed while the plain statement was flagged.
BOOSTED = [
    "No question the courier left the parcel at the wrong door.",
    "No question they knew about the leak before the inspection.",
    "There's no question that the supplier knew.",
    "It is beyond doubt that the crane arrived late.",
]
QUESTIONS_NAMED = [
    "No question was raised about the parcel.",
    "There was no question of a refund.",
    "There is no question mark on the form.",
    "Tom raised no question about the invoice.",
]


@pytest.mark.parametrize("sentence", BOOSTED)
def test_certainty_over_an_unsourced_claim_is_flagged(sentence: str) -> None:
    assert flagged(sentence, learned=False), sentence


@pytest.mark.parametrize("sentence", QUESTIONS_NAMED)
def test_a_question_named_is_not_a_booster(sentence: str) -> None:
    assert not flagged(sentence), sentence


def test_the_booster_reported_passes() -> None:
    assert not flagged('Dana wrote: "No question the courier left the parcel at the wrong door."')


# A role is no blame, whatever weight the classifier gives "responsible"; a mishap or a fault given still is.
DUTIES = [
    "The night porter is responsible for locking the gates.",
    "The facilities team is responsible for the storm drain clean-up.",
]
BLAMES = [
    "The caretaker is responsible for the flooded cellar.",
    "The porter is responsible for the clean-up after his mistake flooded the cellar.",
]


@pytest.mark.parametrize("sentence", DUTIES)
def test_duties_pass_the_classifier(sentence: str) -> None:
    assert not flagged(sentence), sentence


@pytest.mark.parametrize("sentence", BLAMES)
def test_blame_after_responsible_is_flagged(sentence: str) -> None:
    assert flagged(sentence), sentence


# With documents, a cause one document states is the sources' own (the classifier cannot see them); a cause no
# document states stays the classifier's to judge (review r19-s95-1).
UPDATE = (
    "From: Lee Park <lee@site.example>\nSubject: Q3 update\n\nThe Leeds order shipped on Tuesday. Sales in the north "
    "fell by 8% in Q3. Omar is leaving the team at the end of the month. The last eight chairs were held back: "
    "the Seatwell factory ran out of charcoal fabric.\n"
)
UNSTATED_CAUSES = [
    "Omar is leaving, as he never got on with Ines.",
    "The drop in sales was traced to the team's lack of effort.",
]


def _with_update(sentence: str) -> bool:
    return not check(build(SPEC), sentence, (UPDATE,)).passed


@pytest.mark.parametrize("sentence", UNSTATED_CAUSES)
def test_a_cause_no_document_states_is_flagged_with_documents(sentence: str) -> None:
    assert flagged(sentence), sentence
    assert _with_update(sentence), sentence


def test_a_cause_the_document_states_passes() -> None:
    sentence = "The last eight chairs were held back because Seatwell's factory ran out of charcoal fabric."
    assert flagged(sentence)  # without documents the classifier reads a guessed cause
    assert not _with_update(sentence)
