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


@pytest.mark.parametrize(
    "sentence",
    [
        "The caterer's invoice looks suspiciously high.",  # an impression of the writer's
        "The contractor's explanation sounds made up.",
        "Priya dealt with the complaint poorly.",  # a manner adverb that judges, ending the clause
        "The relaunch was an entirely preventable fiasco.",  # a verdict noun behind modifiers
        "The new rota is a big improvement.",  # praise is a verdict too
        "The sales forecast is pure guesswork.",  # a bare verdict after "pure"
        "Frankly, the reorganisation makes no sense.",
        "The outage could have been avoided if ops had checked the logs.",  # a counterfactual guesses
        "Nora might quit if the bonus is cut.",  # a conditional about a person is a guess about them
        "The migration will inevitably run over budget.",
    ],
)
def test_impressions_verdicts_and_guesses_about_people_are_flagged(sentence: str) -> None:
    assert not check(build({"use": "speculation"}), sentence).passed


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the carrier, the parcel will probably arrive on Monday.",  # fronted attribution
        "Jun wrote that the plan is ambitious but probably doable.",  # the contrast stays inside the report
        "Economists predict that rates will likely fall.",
        "The Perhaps flag in the config file is off.",  # a capitalised trigger is a name
        "The form offers three answers: yes, no and maybe.",
        "The shipment might be delayed if the port strike continues.",  # a risk, not a guess about someone
        "We might have to move the workshop if the room is double-booked.",
        "The pallet was badly damaged in transit.",  # a degree, not a judgement of conduct
        "The dashboard looks different after the update.",
    ],
)
def test_attributed_labelled_and_conditional_uses_pass(sentence: str) -> None:
    assert check(build({"use": "speculation"}), sentence).passed
