"""grounding, wave 10: holes in the strict checks closed as classes (each with a faithful twin that must pass).

- A source denying something in other words ("withdrawn", "declined") holds only the word a claim's
  negation turns on, not the rest of its scope: "has not paid Joel's garden bill" is not held by
  "has withdrawn his claim".
- An e-mail's writer is in every sentence they wrote, but a sentence that neither says "I"/"we", asks,
  nor reports an act in the passive is not about them: it gives a claim naming them no matching word.
- A weekday's date ("Sunday 5 July") is a figure to check, not part of a name like "aisle 6".
- A sentence opening with a capitalised word English does not have, before a verb, names someone
  ("Priya did not ..."): the sources must name them too.
"""

from __future__ import annotations

import pytest

from guardrails_lite.validators.grounding._claims import make_claim
from guardrails_lite.validators.grounding._reading import denied_heads
from guardrails_lite.validators.grounding._words import canon, tokens
from tests.validators.conftest import build, check

CLAIM_WITHDRAWN = (
    "From: Nadia Brook <nadia@lettings.example>\nTo: Owen Hale <owen@flat.example>\nSubject: Deposit\n\n"
    "Hi Owen,\n\nJoel moved out of flat 5 on 31 March. The landlord has withdrawn his claim for the cleaning "
    "charge.\n\nNadia",
)


def test_the_word_a_negation_turns_on() -> None:
    assert denied_heads(tokens("The landlord has not yet paid Joel's garden bill.")) == {"pay"}
    assert denied_heads(tokens("The invoice is unapproved.")) == {"approve"}
    claim = make_claim(tokens("The landlord did not accept his claim."), frozenset())
    assert claim.denied == {canon("accept")}  # the lexicon's shared form ("agree")
    assert make_claim(tokens("The landlord accepted his claim."), frozenset()).denied == frozenset()


@pytest.mark.parametrize(
    "sentence",
    [
        "The landlord did not keep his claim for the cleaning charge.",
        "The landlord is not pursuing his cleaning claim.",
    ],
)
def test_a_denial_in_other_words_holds_the_denied_verb(sentence: str) -> None:
    assert check(build({"use": "grounding"}), sentence, CLAIM_WITHDRAWN).passed


@pytest.mark.parametrize(
    "sentence",
    ["The landlord has not paid Joel's garden bill.", "The landlord did not refund the parking permit."],
)
def test_a_denial_in_other_words_does_not_hold_the_rest_of_the_scope(sentence: str) -> None:
    assert not check(build({"use": "grounding"}), sentence, CLAIM_WITHDRAWN).passed


VENUE = (
    "From: Dana Whitfield <dana@firm.example>\nTo: Team <team@firm.example>\nSubject: Offsite\n\n"
    "Hi all,\n\nI booked the Lakeside Hall for 12 September. The caterer sent a quote of 400 EUR for lunch. "
    "The deposit is paid.\n\nDana",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana booked the Lakeside Hall for 12 September.",  # "I booked": the writer's own act
        "Dana's deposit has been paid.",  # "The deposit is paid": an act reported in the passive
    ],
)
def test_what_the_writer_says_of_themselves_holds_their_name(sentence: str) -> None:
    assert check(build({"use": "grounding"}), sentence, VENUE).passed


def test_a_sentence_not_about_its_writer_gives_their_name_no_support() -> None:
    # "The caterer sent a quote" says nothing of Dana: before, her name counted as a matching word there.
    assert not check(build({"use": "grounding"}), "Dana paid the caterer 400 EUR.", VENUE).passed


RACE = (
    "From: Omar Reid <omar@club.example>\nTo: Members <members@club.example>\nSubject: City 10K\n\n"
    "Hello,\n\nThe City 10K is on Sunday 12 July. Entries close on 5 July.\n\nOmar",
)


def test_a_weekday_date_is_checked_like_any_date() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "The City 10K is on Sunday 12 July.", RACE).passed
    moved = check(grounding, "The City 10K is on Sunday 5 July.", RACE)
    assert not moved.passed
    assert "date" in moved.findings[0].message


@pytest.mark.parametrize("sentence", ["Priya did not pursue the claim.", "Okonkwo withdrew the cleaning claim."])
def test_an_unknown_name_opening_a_sentence_is_a_name(sentence: str) -> None:
    found = check(build({"use": "grounding"}), sentence, CLAIM_WITHDRAWN)
    assert not found.passed
    assert "name(s) not in the sources" in found.findings[0].message


def test_a_common_word_opening_a_sentence_is_no_name() -> None:
    docs = ("From: Lee Park <lee@firm.example>\nSubject: Lunch\n\nCatering covers lunch for 40 guests.\n\nLee",)
    assert check(build({"use": "grounding"}), "Catering covers lunch for 40 guests.", docs).passed
