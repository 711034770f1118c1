"""speculation, review of wave 9: ordinary goals, stated figures and release plans pass; a vague speaker
in an opening ("In some people's view,", "According to some people,") reports nothing."""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check

# The ordinary goal of an act is what a summary states, not a motive read into the doer.
_ORDINARY_GOALS = [
    "The vendor lowered its price to win the contract.",
    "The company cut prices to win back customers after the outage.",
    "The team worked overtime to beat the competitor to market.",
    "The coach rested the captain to beat the league leaders on Saturday.",
    "He apologised to calm the customer down.",
    "The shop extended its hours to satisfy demand.",
    "The club moved the match to Sunday to avoid the heat.",
]
# A hidden, self-serving or discrediting purpose is still a motive read into someone.
_MOTIVES = [
    "He cut the price only to win the contract.",
    "The director praised the team to win credit for himself.",
    "The landlord raised the rent to push older tenants out.",
    "They delayed the audit to avoid scrutiny.",
    "The manager shredded the files to cover up the fraud.",
    "The CFO hid the losses to protect his bonus.",
    "The vendor padded the invoice to cheat us.",
]
# A versioned release's future is its makers' plan; an unversioned one's fate is still a forecast.
_RELEASE_PLANS = [
    "Version 2.4 will drop support for Windows 7.",
    "The 4.2.1 release will drop support for Python 3.8.",
    "Version 3 will drop support for the old API.",
]
_FORECASTS = [
    "The next release will slip.",
    "The landlord will end up keeping the deposit.",
    "The project will end up costing far more.",
]
_VAGUE_OPENINGS = [
    "In some people's view, the vendor padded the invoice to cheat us.",
    "As one insider put it, the CEO is likely to resign next month.",
    "As a source put it, the merger will collapse.",
    "In people's view, the CEO probably lied.",
    "According to some people, the vendor padded the invoice to cheat us.",
    "According to many staff, the manager probably lied.",
]
_NAMED_OPENINGS = [
    "In Maria's view, the new layout is clearer.",
    "In the auditor's view, the figures are probably understated.",
    "According to Dana, the launch will probably slip.",
    "According to the minutes, the vendor probably overcharged us.",
]


@pytest.mark.parametrize("sentence", _ORDINARY_GOALS + _RELEASE_PLANS + _NAMED_OPENINGS)
def test_ordinary_goals_release_plans_and_named_openings_pass(sentence: str) -> None:
    assert check(build({"use": "speculation"}), sentence).passed, sentence


@pytest.mark.parametrize("sentence", _MOTIVES + _FORECASTS + _VAGUE_OPENINGS)
def test_motives_forecasts_and_vague_openings_are_flagged(sentence: str) -> None:
    assert not check(build({"use": "speculation"}), sentence).passed, sentence


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Registration will end up costing about 40 EUR per person.", "Registration is 40 EUR per person."),
        ("The courier, not the warehouse, lost the parcel.", "The courier lost the parcel, not our warehouse."),
    ],
)
def test_a_source_that_states_it_clears_the_figure_and_the_blame(sentence: str, source: str) -> None:
    assert check(build({"use": "speculation"}), sentence, docs=(source,)).passed, sentence


def test_a_source_that_blames_another_party_clears_nothing() -> None:
    v = build({"use": "speculation"})
    assert not check(v, "The courier, not the warehouse, lost the parcel.", docs=("The warehouse lost it.",)).passed
