"""speculation: bare opinions, verdicts and habits read into people are speculation without a hedge word."""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check


@pytest.mark.parametrize(
    "sentence",
    [
        "The vendor's support is a joke.",
        "The onboarding process is a complete mess.",
        "Tariq's plan is a terrible idea.",
        "This is yet another pointless meeting.",
        "Kai's estimate was wildly optimistic.",
        "Mia is far too junior for this project.",
        "Omar always overreacts to small outages.",
        "Graham will be late again, as usual.",
        "Ravi is the wrong person to lead this negotiation.",
        "Lena's team is great at firefighting but bad at planning.",
    ],
)
def test_bare_opinions_are_flagged(sentence: str) -> None:
    verdict = check(build({"use": "speculation"}), sentence)
    assert not verdict.passed
    assert len(verdict.findings) == 1 and sentence not in verdict.findings[0].message


def test_an_opinion_finding_says_what_it_is() -> None:
    verdict = check(build({"use": "speculation"}), "The new policy is pointless.")
    assert verdict.findings[0].message == "sentence 1 states an opinion or a verdict as fact"


@pytest.mark.parametrize(
    "sentence",
    [
        "Karen wrote that the pilot results were excellent.",
        'The board called the plan "unrealistic" in its minutes.',
        "The trade fair runs from 3 to 5 May.",
        "A great deal of the budget went on travel.",
        "The office is always closed on public holidays.",
        "The hall is large enough for 60 people.",
    ],
)
def test_attributed_or_factual_evaluations_pass(sentence: str) -> None:
    assert check(build({"use": "speculation"}), sentence).passed


def test_opinions_can_be_switched_off_or_allowed_and_the_sources_own_opinion_passes() -> None:
    sentence = "The new booking tool is useless."
    assert check(build({"use": "speculation", "categories": ["hedge", "attribution"]}), sentence).passed
    assert check(build({"use": "speculation", "allow_phrases": ["useless"]}), sentence).passed
    source = "From: Dana\nThe new booking tool is useless for group bookings, so I used the phone."
    assert check(build({"use": "speculation"}), "The new booking tool is useless for group bookings.", (source,)).passed
