"""speculation (wave 6): a mishap pinned on a cause, a person's failure, holding something up."""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check


@pytest.mark.parametrize(
    "sentence",
    [
        "Poor planning by the organisers led to the overbooking.",
        "The new intern caused the outage on Friday.",
        "Priya failed to check the fire regulations.",
        "The finance team forgot to send the invoice.",
        "Natalia's team held up the permit.",
        "The landlord is sitting on the deposit.",
    ],
)
def test_blame_without_a_blame_word_is_flagged(sentence: str) -> None:
    assert not check(build({"use": "speculation"}), sentence).passed


@pytest.mark.parametrize(
    "sentence",
    [
        "The payment failed to go through on Monday.",  # a thing failing is nobody's fault
        "The shipment was held up at customs.",  # passive: who held it up is not said
        "The storm led to a two-day closure of the road.",  # "closure" is no mishap of anyone's
        "The new policy led to a simpler form.",
    ],
)
def test_plain_accounts_pass(sentence: str) -> None:
    verdict = check(build({"use": "speculation"}), sentence)
    assert verdict.passed, verdict.findings


def test_a_cause_a_source_states_in_its_own_words_passes() -> None:
    docs = ("Yesterday's checkout outage lasted 47 minutes. The root cause was an expired TLS certificate.",)
    verdict = check(build({"use": "speculation"}), "An expired TLS certificate caused the checkout outage.", docs)
    assert verdict.passed, verdict.findings
    assert not check(build({"use": "speculation"}), "Ivan caused the checkout outage.", ()).passed


@pytest.mark.parametrize(
    "sentence",
    [
        "The landlord will keep the whole deposit.",  # a forecast: no time, occasion or condition
        "Joel won't see that money again.",
        "Kessler's hinges are junk.",  # verdicts
        "The committee wasted weeks debating a tiny levy.",
        "Bottom line: the contractor is overcharging.",
    ],
)
def test_forecasts_and_verdicts_without_a_hedge_word_are_flagged(sentence: str) -> None:
    assert not check(build({"use": "speculation"}), sentence).passed


@pytest.mark.parametrize(
    "sentence",
    [
        "Karen will lead the onboarding sessions next week.",  # a plan names when
        "Ben will clearly mark the changed sections.",  # what a named person will do: their commitment
        "If the rollback fails, the on-call engineer will page the database team.",  # a condition
        "The coach will leave at 08:15.",
        "Finance will review the budget at the end of the quarter.",
    ],
)
def test_plans_with_a_time_an_occasion_or_a_condition_pass(sentence: str) -> None:
    verdict = check(build({"use": "speculation"}), sentence)
    assert verdict.passed, verdict.findings


def test_a_future_the_source_states_passes_whatever_its_verb() -> None:
    docs = ("Agreed. Customers on the early-access list will get a note from me today.",)
    sentence = "The customers on the early-access list will receive a note."
    verdict = check(build({"use": "speculation"}), sentence, docs)
    assert verdict.passed, verdict.findings
    assert not check(build({"use": "speculation"}), sentence).passed
