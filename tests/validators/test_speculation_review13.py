"""Review fixes of wave 13 (r13a L2, r13b M2) to speculation rules: duties are not blame, attributed talk and
evidenced ranks are not guesses, and a passive purpose only clears a step of work. The reviewers' sentences,
checked through the whole check (classifier included) and the rules alone. scripts/train_speculation.py leaves this
file out of its training data, so it stays an independent check of the classifier too."""

from __future__ import annotations

import pytest

from guardrails_lite import Context
from guardrails_lite.validators.speculation import SpeculationSpec

RULES = SpeculationSpec(learned=False).build()
FULL = SpeculationSpec().build()


def _flagged(validator: object, text: str) -> bool:
    return not validator(text, Context("output")).passed  # type: ignore[operator]


# "responsible for" states a duty in leases, insurance terms and rotas (r13b M2): all pass on main 8aa6615.
DUTIES_AND_SOURCED = [
    "The insurer is responsible for replacing the stolen equipment.",
    "Under the lease the tenant is responsible for the flooded garden.",
    "Facilities are responsible for repairing the flooded kitchen by Monday.",
    "The courier is responsible for the stolen parcel under its terms.",
    "Priya is responsible for the stolen-card claims queue this week.",
    "The landlord is responsible for the flooded basement repairs under the lease.",
    "Sam is responsible for the stolen laptops report due on Friday.",
    "The facilities team is responsible for the flooded car park clean-up.",
    "The landlord is responsible for the repairs under the lease.",
    "The Corolla is the most reliable car in the fleet, with zero breakdowns in 2025.",
    "They say the meeting moved to 3 pm, per Dana's e-mail.",
    "The team paused the rollout so the database could be migrated.",
]


@pytest.mark.parametrize("text", DUTIES_AND_SOURCED)
def test_duties_attributed_talk_and_evidenced_ranks_pass(text: str) -> None:
    assert not _flagged(RULES, text)
    assert not _flagged(FULL, text)


# A passive purpose that is no step of work reads a motive in (r13a L2): both passed on main 8aa6615.
@pytest.mark.parametrize(
    "text",
    [
        "He resigned so that the investigation could be dropped.",
        "The vendor raised the price so that the contract could be renegotiated later.",
    ],
)
def test_a_passive_purpose_that_is_no_work_step_is_a_motive_guess(text: str) -> None:
    assert _flagged(RULES, text)


# The rules keep their positives: blame for the mishap itself, unsourced talk, a bare ranked merit.
@pytest.mark.parametrize(
    "text",
    [
        "The installer is responsible for the flooded kitchen.",
        "They say the depot has had three break-ins this year.",
        "Harbour Print is the least reliable printer on the list.",
    ],
)
def test_the_rules_still_flag_their_classes(text: str) -> None:
    assert _flagged(RULES, text)
