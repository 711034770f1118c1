"""Wave-10 review of the speculation rules (H5, H6): an impression that gives its evidence or states a checkable
state is a report, not an opinion; a word between a modal and "have" negates only when it is a negation, and a
"can't have" ruled out by a stated fact is a deduction. Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check

SPEC = {"use": "speculation"}


def flagged(sentence: str) -> bool:
    return not check(build(SPEC), sentence).passed


@pytest.mark.parametrize(
    "sentence",
    [
        # H5: the review's sentences: evidence after ':' / ';' / a figure, or a checkable state
        "The draft looks finished: every section has text.",
        "The results look consistent with last year's figures.",
        "Sales sound strong: up 14% on last year.",
        "The patch looks good to merge; all tests pass.",
        # the same classes in other words
        "The kitchen looks spotless because the cleaners came on Monday.",
        "Turnout looked healthy, with 312 of the 400 members voting.",
        "The spreadsheet looks complete now that the March rows are in.",
        "The figures look accurate against the bank statement.",
        "The form sounds straightforward; it has only four fields.",
        "The venue looks big enough: it seats 240 guests.",
        # H6: a word between the modal and "have" that is no negation
        "Both teams can already have submitted their forms by Friday, if they use the portal.",
        "Applicants can just have their manager sign the second page.",
        "Members can easily have two cards on one account.",
        # H6: "can't have" ruled out by a stated fact: a deduction
        "The contract can't have been signed before 3 May, because the company was founded then.",
        "The parcel cannot have arrived on Sunday, because the depot is closed at weekends.",
    ],
)
def test_reported_impressions_and_deductions_pass(sentence: str) -> None:
    assert not flagged(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # impressions without evidence stay judgements
        "The numbers look a bit inflated.",
        "The patch looks good to merge.",
        "Sales sound strong.",
        "The office looks understaffed.",
        "The logo looks cheap next to the old one.",
        # evidence before the impression does not excuse it ("after 14 years ... looks tired")
        "After 14 years the brand looks tired.",
        # negations between the modal and "have" still rule out a past: a guess
        "The courier can't have lost it.",
        "The buyer cannot have read the terms.",
        "The printer may never have received the job.",
        "The client may not have read the terms at all.",
        # other words before "have" keep the guess
        "The buyer could easily have misread the date.",
        "Leon may well have forwarded the wrong version.",
        "The tenants might already have moved out.",
        # "can't have ... because" with a guess for a reason is no deduction from a fact
        "The courier can't have lost it, because he probably left it with a neighbour.",
        "The contract can't have been signed, because the lawyer might have been away.",
    ],
)
def test_judgements_and_guesses_stay_flagged(sentence: str) -> None:
    assert flagged(sentence), sentence
