"""Review r14a M5: a date or an amount written with a reference number's digits is still checked as a figure."""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check

ORDER = (
    "From: Dana Reyes <dana@acme.example>\nDate: 2 June 2026\nSubject: order\n\nHi Sam,\nOrder 20260714 is "
    "confirmed; it ships on 3 July. Invoice no. 4500120 is attached and the total is EUR 3,200. Call me on +1 "
    "415-555-0134.\nDana"
)


@pytest.mark.parametrize(
    ("answer", "supported"),
    [
        ("The order ships on 2026-07-14.", False),  # a date made of the order number's digits
        ("The invoice total is 4 500 120 EUR.", False),  # an amount made of the invoice number's digits
        ("The order ships on 3 July.", True),
        ("The total is EUR 3,200.", True),
        ("Call Dana on 4155550134.", True),  # a phone number in another format is the same number (r13a L8)
        ("Order 20260714 is confirmed.", True),
    ],
)
def test_a_code_s_digits_read_as_a_date_or_amount_are_checked(answer: str, supported: bool) -> None:
    assert check(build({"use": "grounding"}), answer, (ORDER,)).passed is supported
