"""Findings of the wave-11 review of grounding.

- A cue-less amount may only be the TOTAL of its source sentence's amounts of one currency, and not when the
  claim gives that total to one addend's object; no cue-less differences, products or quotients.
"""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check


def _mail(body: str) -> tuple[str]:
    return (
        "From: Lena Ortiz <lena@marketing.example>\nTo: Finance <finance@marketing.example>\nSubject: Q4 budget\n\n"
        f"Hi,\n\n{body}\n\nLena",
    )


SPENT = _mail("By the end of September we had spent 41,000 EUR on the trade show and 18,000 EUR on paid search.")
BUDGET = _mail("The budget is 900 EUR and the fee is 300 EUR.")
INSTALMENTS = _mail("You paid 1,200 EUR in 3 instalments.")


@pytest.mark.parametrize(
    ("answer", "sources"),
    [
        ("By the end of September we had spent 23,000 EUR on the trade show.", SPENT),  # a difference
        ("By the end of September we had spent 59,000 EUR on the trade show.", SPENT),  # the total, one addend's
        ("By the end of September we had spent 59,000 EUR on paid search.", SPENT),
        ("The fee is 600 EUR.", BUDGET),  # a difference
        ("The budget is 1,200 EUR.", BUDGET),  # the total given to one addend
        ("You paid 400 EUR.", INSTALMENTS),  # a quotient
    ],
)
def test_a_cue_less_amount_that_is_no_total_of_its_sentence_is_flagged(answer: str, sources: tuple[str]) -> None:
    assert not check(build({"use": "grounding"}), answer, sources).passed


@pytest.mark.parametrize(
    ("answer", "sources"),
    [
        ("By the end of September we had spent 59,000 EUR.", SPENT),
        ("By the end of September, 59,000 EUR of the budget had been spent.", SPENT),
        ("The budget and the fee come to 1,200 EUR.", BUDGET),
    ],
)
def test_the_total_of_a_sentence_is_supported_without_a_cue(answer: str, sources: tuple[str]) -> None:
    assert check(build({"use": "grounding"}), answer, sources).passed


FIRM = (
    "From: Ana Silva <ana@thornbury-mill.example>\nTo: Tom Hale <tom@herrerabakery.example>\nSubject: Flour\n\n"
    "Hi Tom,\n\nThe flour ships on Monday.\n\nAna",
    "From: Tom Hale <tom@herrerabakery.example>\nTo: Ana Silva <ana@thornbury-mill.example>\nSubject: Flour\n\n"
    "Hi Ana,\n\nThanks, we will take the flour on Monday.\n\nTom",
)


@pytest.mark.parametrize(
    ("answer", "passed"),
    [
        ("Ana said the flour from Thornbury Mill ships on Monday.", True),  # the domain, hyphenated
        ("Ana said the flour from Thornbury Bakery ships on Monday.", False),  # two domains' pieces crossed
        ("Ana said the flour from Mill Thornbury ships on Monday.", True),
        ("Ana said the flour from Quentin Mill ships on Monday.", False),
    ],
)
def test_a_name_written_as_one_in_a_domain(answer: str, passed: bool) -> None:
    assert check(build({"use": "grounding"}), answer, FIRM).passed is passed


def test_many_unknown_names_in_one_sentence_are_flagged() -> None:
    names = " ".join(f"Zq{k:04d}x" for k in range(2000))
    assert not check(build({"use": "grounding"}), f"Ana said {names} ship the flour on Monday.", FIRM).passed


def test_a_part_of_a_hyphenated_person_name_is_no_name_of_its_own() -> None:
    sources = (
        "From: Jean-Luc Moreau <jl@gmail.com>\nTo: Tom Hale <tom@gmail.com>\nSubject: Flour\n\n"
        "Hi Tom,\n\nJean-Luc will collect the flour on Monday.\n\nJean-Luc",
    )
    grounding = build({"use": "grounding"})
    assert check(grounding, "Jean-Luc will collect the flour on Monday.", sources).passed
    assert not check(grounding, "Luc will collect the flour on Monday, with Jean-Luc.", sources).passed


@pytest.mark.parametrize(
    ("answer", "source"),
    [
        ("We received the invoice.", "We did not receive the invoice."),
        ("A refund was issued.", "No refund was issued."),
        ("Dana received the invoice from Finance.", "Dana did not receive the invoice from Finance."),
    ],
)
def test_dropping_the_negation_of_a_negated_object_is_flagged(answer: str, source: str) -> None:
    sources = (f"From: Dana Park <dana@acme.example>\nTo: Finance <finance@acme.example>\nSubject: Q4\n\n{source}",)
    assert not check(build({"use": "grounding"}), answer, sources).passed
