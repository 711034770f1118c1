"""Wave 13 (s41) speculation rules: classes the wave-12 check missed on the seen set output10.

Each rule is checked without the classifier (`learned=False`), so the rule itself must carry the verdict, and
with it, with look-alikes that must pass. Sentences written for these tests (not from any blind set).
"""

from __future__ import annotations

import pytest

from guardrails_lite import Context
from guardrails_lite.validators.speculation import SpeculationSpec

RULES = SpeculationSpec(learned=False).build()
FULL = SpeculationSpec().build()


def _flagged(validator: object, text: str) -> bool:
    return not validator(text, Context("output")).passed  # type: ignore[operator]


# A bare "may"/"could" before a setback guesses at it.
MODAL_SETBACKS = [
    "The print shop may end up short of envelopes anyway.",
    "The replacement valve could slip past 4 July.",
    "The ferry may struggle with a full deck in a gale.",
    "The landlord may refuse to renew the lease.",
    "The caterer could pull out at the last minute.",
    "The roof repair could take weeks.",
    "The courier may well fail to deliver before Easter.",
]
# Permissions, past inability, requests, reported and conditional modals do not.
MODAL_LOOK_ALIKES = [
    "Visitors may park in bays 3 to 9.",
    "Tenants may end the lease with two months' notice.",
    "The van could not reach the loading bay.",
    "Could you send the floor plan by Friday?",
    "We could talk after the site visit.",
    "Marta said the valve could slip past 4 July.",
    "The lawyer hinted that the client may sue the carrier.",
    "Members may cancel their booking up to a day before.",
]


@pytest.mark.parametrize("text", MODAL_SETBACKS)
def test_a_modal_before_a_setback_is_a_guess(text: str) -> None:
    assert _flagged(RULES, text)
    assert _flagged(FULL, text)


@pytest.mark.parametrize("text", MODAL_LOOK_ALIKES)
def test_permissions_requests_and_reported_modals_pass(text: str) -> None:
    assert not _flagged(RULES, text)
    assert not _flagged(FULL, text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("They say the depot has had three break-ins this year.", True),
        ("They said the depot opens at 08:00.", False),
        ("The drivers confirmed the route; they say the bridge is open again.", False),
    ],
)
def test_an_opening_they_say_is_hearsay(text: str, flagged: bool) -> None:
    assert _flagged(RULES, text) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Interesting that the night shift only ever loses parcels on Fridays.", True),
        ("Interesting that the cashier always miscounts the float.", True),
        ("Interesting that the hall has its own car park.", False),
    ],
)
def test_a_noted_habit_insinuates(text: str, flagged: bool) -> None:
    assert _flagged(RULES, text) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Harbour Print is the least reliable printer on the list.", True),
        ("Kestrel Couriers is the most dependable courier in town.", True),
        ("The old organ is past its best.", True),
        ("Harbour Print is the least expensive printer on the list.", False),
        ("Lakeside Hall is the largest venue in the county.", False),
        ("The old organ is 90 years old.", False),
    ],
)
def test_ranked_merits_are_opinions(text: str, flagged: bool) -> None:
    assert _flagged(RULES, text) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The ferry ramp will fail its safety check on 12 March.", True),
        ("The new booking site will crash during the first Saturday of the sale.", True),
        ("The old server will be switched off on 3 May.", False),
        ("Users will lose access to the old portal on 1 June.", False),
    ],
)
def test_a_dated_mishap_is_still_a_forecast(text: str, flagged: bool) -> None:
    assert _flagged(RULES, text) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The caretaker is responsible for the flooded basement.", True),
        ("The caretaker is responsible for the stolen laptops.", True),
        ("The caretaker is responsible for the basement keys.", False),
        ("The outage was caused by a failed database upgrade that had to be rolled back.", False),
    ],
)
def test_responsible_for_a_mishap_is_blame(text: str, flagged: bool) -> None:
    assert _flagged(RULES, text) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The spare tyres may not arrive in time either.", True),
        ("The new racking may not be delivered on time.", True),
        ("Visitors may not arrive before 09:00.", False),
        ("Guests may not smoke on the terrace.", False),
    ],
)
def test_a_negated_modal_before_a_deadline_is_a_guess(text: str, flagged: bool) -> None:
    assert _flagged(RULES, text) is flagged
