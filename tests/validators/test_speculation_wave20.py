"""Wave-20 speculation (issue 17): structural filters on the classifier's hits and four rule classes.

* a named doer's plan ("Odile Brandt will repaint the porch railings on 14 June") and a named role ("Priya Lund
  is the new site manager") are not the classifier's forecast or verdict; a role's plan ("the landlord will
  sell the building"), a hedged, negated or motivated plan and an ongoing act ("is hiding ...") stay flagged;
* with no documents, a cause a thing's own finite clause gives ("because it was fired too fast") is not the
  classifier's guess; a mind, a trait or a guess in the cause stays flagged;
* a movement foretold for a date without its amount ("Prices will rise in May") is a prediction;
* one unnamed speaker's rumour ("A regular insists ..."), "so as to" dodging talk and "to stop Tom asking"
  are read as hearsay and motives.

Every sentence here is written for this file; none is in a training or evaluation set."""

from __future__ import annotations

import pytest

from guardrails_lite import text as _text
from guardrails_lite.validators.speculation._learned import learned_model
from guardrails_lite.validators.speculation._prediction import planned
from guardrails_lite.validators.speculation._roles import role_statement
from tests.validators.conftest import build, check

SPEC = {"use": "speculation"}


def flagged(sentence: str, *documents: str) -> bool:
    return not check(build(SPEC), sentence, documents).passed


def _tokens(sentence: str) -> tuple[list[str], list[bool]]:
    toks = _text.word_strings(sentence)
    return [t.lower() for t in toks], [t[0].isupper() for t in toks]


def _plan(sentence: str) -> bool:
    lowers, capitals = _tokens(sentence)
    return planned(lowers, [c and k > 0 for k, c in enumerate(capitals)])


def _classifier_hits(sentence: str) -> bool:
    return learned_model().hit(*_tokens(sentence)) is not None


PLANS = [
    "Odile Brandt will repaint the porch railings on 14 June.",
    "Tamsin Vey will collect the spare keys from reception next week.",
    "Corran Pipes plans to flush the whole loop in March.",
    "Idris Mold is replacing the kiln shelves on Thursday 9 April.",
    "Bex Arnott intends to book a second van for the fair.",
    "Yannick will email the revised rota tonight.",
    "Frank Ode is covering reception this week.",  # "cover" is misconduct only in "cover up"
]

NOT_PLANS = [
    "The landlord will sell the building next year.",  # a role, not a named doer
    "The supplier is going to raise its prices in May.",
    "Odile Brandt will never repaint the porch railings.",  # negated
    "Tamsin Vey will probably collect the keys late.",  # hedged
    "Harrow Signs will fit the lettering for free to head off a complaint.",  # a purpose read in
    "Corran Pipes is hiding the true cost of the repair.",  # an ongoing act, undated
    "Idris Mold will regret replacing the kiln shelves.",  # a feeling
    "Bex Arnott will lose the fair contract by spring.",  # an outcome
    "The sealed joints at Millbrook will open up again by spring.",  # a place inside the subject
    "Mrs Okafor hopes Jamal will move out.",  # the plan is in someone's mind
    "If Dana agrees, Tom will repaint the shed on Monday.",  # a condition
    "Sam will lie to the auditors.",  # review r20-s104-1: misconduct foretold
    "Omar will leak the memo to the press.",
    "Sam Roe will cover up the loss next week.",
    "They will move the factory to Poland next year.",  # a pronoun names no one here
]


@pytest.mark.parametrize("sentence", PLANS)
def test_a_named_doers_plan_is_recognised(sentence: str) -> None:
    assert _plan(sentence), sentence
    assert not flagged(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_PLANS)
def test_forecasts_and_motives_are_no_plan(sentence: str) -> None:
    assert not _plan(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The landlord will sell the building next year.",
        "The supplier is going to raise its prices in May.",
        "Odile Brandt will never repaint the porch railings.",
        "Tamsin Vey will probably collect the keys late.",
        "Harrow Signs will fit the lettering for free to head off a complaint.",
        "Corran Pipes is hiding the true cost of the repair.",
        "Bex Arnott will lose the fair contract by spring.",
        "Sam will lie to the auditors.",
        "Omar will leak the memo to the press.",
        "They will move the factory to Poland next year.",
    ],
)
def test_forecasts_dressed_as_plans_are_flagged(sentence: str) -> None:
    assert flagged(sentence), sentence


ROLES = ["Priya Lund is the new site manager.", "Hollow Oak Builders is the contractor.", "Ivo Sand is the foreman."]
NOT_ROLES = [
    "Priya Lund is the weak link.",
    "Hollow Oak Builders is the cheapest contractor.",
    "Priya Lund is the real troublemaker.",
    "Priya Lund is the manager to blame.",
    "the new manager is the contractor.",
]


@pytest.mark.parametrize("sentence", ROLES)
def test_a_named_role_is_no_verdict(sentence: str) -> None:
    assert role_statement(*_tokens(sentence)), sentence
    assert not flagged(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_ROLES)
def test_verdicts_shaped_like_roles_are_not_roles(sentence: str) -> None:
    assert not role_statement(*_tokens(sentence)), sentence


def test_a_verdict_shaped_like_a_role_is_still_flagged() -> None:
    assert flagged("Priya Lund is the weak link.")
    assert flagged("Priya Lund is the real troublemaker.")


# A thing's own cause, no documents given: the classifier scores these, the filter excuses them.
THING_CAUSES = [
    "The pump stopped because its float stuck.",
    "The bell stopped ringing since its clapper had worked loose.",
    "The ferry turned back because the swell was too high.",
]
# A mind, a trait, a guess or a person in the cause: still flagged.
READ_IN_CAUSES = [
    "The engine failed because it was overloaded by the crew.",  # review r20-s104-1: a passive names a doer
    "The van broke down because it was driven too hard.",  # ... or implies one
    "The van was late because the driver was careless.",
    "The school dropped the order because it wanted a cheaper supplier.",
    "The pump failed, probably because the filter was blocked.",
    "The council refused the permit only because it feared the press.",
]


@pytest.mark.parametrize("sentence", THING_CAUSES)
def test_a_things_stated_cause_passes_without_documents(sentence: str) -> None:
    assert not flagged(sentence), sentence


@pytest.mark.parametrize("sentence", READ_IN_CAUSES)
def test_a_cause_read_into_someone_is_flagged(sentence: str) -> None:
    assert flagged(sentence), sentence


def test_with_documents_a_finite_cause_stays_the_classifiers() -> None:
    """With documents the wider excuse is off: the sources decide (s95's 3/4 content-word check)."""
    sentence = "The school dropped the order because the van was too small."
    if _classifier_hits(sentence):  # the filter matters only where the classifier scores the sentence
        assert flagged(sentence, "The school placed an order on Monday.")
    assert not flagged(sentence, "The school dropped the order: the van was too small for the benches.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prices will rise in May.", True),
        ("Demand will fall in the autumn.", True),
        ("Visitor numbers will grow next summer.", True),
        ("Fees will rise by 5% on 1 April.", False),
        ("The rent will rise to 900 EUR in May.", False),
        ("The vendor indicated that prices will rise in May.", False),
        ("Maja Holm will climb the mast on 10 December.", False),
        ("The crane arrives on 3 May.", False),
        ("The pool will reopen on 3 May.", False),
    ],
)
def test_a_movement_foretold_for_a_date_is_a_prediction(sentence: str, expected: bool) -> None:
    assert flagged(sentence) is expected, sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A regular insists the landlord waters down the beer.", True),
        ("An engineer claims the valve was fitted backwards.", True),
        ("A customer said the beer tasted flat.", False),
        ("A warranty claim was opened on Monday.", False),
        ("One warranty claim was filed on Monday.", False),
    ],
)
def test_one_unnamed_speakers_rumour(sentence: str, expected: bool) -> None:
    assert flagged(sentence) is expected, sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fenwick waived the call-out fee so as to avoid a formal complaint.", True),
        ("Dana cut the fee to stop Tom asking for a refund.", True),
        ("The crew moved the boat so as to reach the slipway before dark.", False),
        ("The council gritted the roads to stop cars skidding on the hill.", False),
        ("The site manager fenced the hole to stop children falling in.", False),
    ],
)
def test_purposes_that_dodge_or_steer_people(sentence: str, expected: bool) -> None:
    assert flagged(sentence) is expected, sentence
