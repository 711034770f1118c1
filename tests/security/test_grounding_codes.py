"""Grounding reads codes in digits with two or more hyphens as written: a summary that swaps digits of a sort code,
an SSN or a part number invents a fact (review r12a M5: they passed as one content word among several)."""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check

SOURCE = (
    "Our sort code is 20-45-67 and the account is with Barclays. Order part 12-4471-03 for the pump. "
    "Ticket 2024-118-77 is closed. Her SSN is 123 45 6789. The launch is on 10 December 2026."
)


@pytest.mark.parametrize(
    "answer",
    [
        "Our sort code is 20-45-76.",
        "Order part 12-4417-03 for the pump.",
        "Ticket 2024-181-77 is closed.",
        "Her SSN is 987-65-4321.",
        "Order part 12-4471-03A for the pump.",
    ],
)
def test_a_changed_code_is_not_supported(answer: str) -> None:
    verdict = check(build({"use": "grounding"}), answer, (SOURCE,))
    assert not verdict.passed
    assert "code(s) or reference number(s) not in the sources" in verdict.findings[0].message


@pytest.mark.parametrize(
    "answer",
    [
        "Our sort code is 20-45-67.",
        "Order part 12-4471-03 for the pump.",
        "Ticket 2024-118-77 is closed.",
        "Her SSN is 123-45-6789.",  # the source's spaces for hyphens: the same digits
        "The launch is on 10-12-2026.",  # a date in digits, read as before
    ],
)
def test_the_same_code_is_supported(answer: str) -> None:
    assert check(build({"use": "grounding"}), answer, (SOURCE,)).passed


def test_codes_are_an_entity_check() -> None:
    """`check_entities: false` turns the code check off with the names check."""
    assert check(build({"use": "grounding", "check_entities": False}), "Her SSN is 987-65-4321.", (SOURCE,)).passed


def test_words_with_one_figure_are_no_code() -> None:
    source = ("Freezer B is 11 years old and its compressor failed.",)
    assert check(build({"use": "grounding"}), "Freezer B's 11-year-old compressor failed.", source).passed


@pytest.mark.parametrize(
    "source, answer",
    [
        ("Call me on +1 415-555-0134.", "Dana can be called on 415-555-0134."),
        ("Call me on +1 415-555-0134.", "Dana can be called on 1-415-555-0134."),
        ("Call me on 415 555-0134.", "Dana can be called on 415-555-0134."),
    ],
)
def test_a_phone_number_with_a_country_code_or_mixed_separators_is_the_same_code(source: str, answer: str) -> None:
    # The sources' digit groups joined by spaces used to swallow "1 415" of "+1 415-555-0134", so the number as
    # written was never among the sources' codes (the e-mail summary example case failed on it).
    verdict = check(build({"use": "grounding"}), answer, ("Dana wrote: " + source,))
    assert not any("code(s)" in f.message for f in verdict.findings), [f.message for f in verdict.findings]
