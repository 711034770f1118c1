"""speculation: confident predictions, blame stated as fact and verdicts without a hedge word."""

from __future__ import annotations

import pytest

from guardrails_lite import Context
from guardrails_lite.verdict import Document
from tests.validators.conftest import build, check


@pytest.mark.parametrize(
    "sentence",
    [
        "Mei will turn the offer down.",  # how things turn out: nobody can know
        "The next release is going to slip as well.",
        "Kessler is going to lose the contract.",
        "Attendance should fall once word gets out about the parking.",
        "Expect the landlord to drag her feet on the quote.",
        "It was Kwame who left the forklift in the wrong aisle.",  # blame stated as fact
        "The delay is entirely the supplier's doing.",
        "Sunita's slow quote is the reason the order nearly missed the deadline.",
        "The client's indecision is what sank the launch.",
        "The IT department is responsible for the auto-dial being disconnected.",
        "The editor's cuts ruined the episode.",
        "Mei is the best candidate by a mile.",  # verdicts
        "Saturday clinics are a great idea for working parents.",
        "The green zellige will look stunning.",
        "It is probable that the signature on the form was forged.",  # a hedge
    ],
)
def test_predictions_blame_and_verdicts_are_flagged(sentence: str) -> None:
    assert not check(build({"use": "speculation"}), sentence).passed


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr Okon will cover the first Saturday session.",  # a plan
        "The office will close at 13:00 on 24 December.",
        "If the launch slips, marketing will move the campaign to October.",  # a condition
        "The bank projects that interest rates will fall later this year.",  # someone else's forecast
        "We will fall back to the old supplier if the order is late.",  # the writer's own plan
        "Questions about the policy should go to HR.",
        "Will the contractor lose money on the job?",
        "Hamid is responsible for the budget.",  # a role, not blame
        "Kwame left the forklift in aisle 22.",  # who did what, said plainly
        "The reason for the call is the new rota.",
    ],
)
def test_plans_conditions_roles_and_plain_accounts_pass(sentence: str) -> None:
    verdict = check(build({"use": "speculation"}), sentence)
    assert verdict.passed, verdict.findings


def test_a_prediction_the_source_makes_passes() -> None:
    docs = (Document("Sunita: prices will rise again once the contract renews.", "mail"),)
    ctx = Context("output", documents=docs)
    assert build({"use": "speculation"})("Prices will rise again once the contract renews.", ctx).passed
