"""grounding, review r13a L1: two source readings of wave 12 let a wrong date and a wrong time through.

- A weekday an e-mail names stood for every date the thread states on that weekday within three weeks; now only
  the nearest one to the e-mail ("on Wednesday" with "from Wednesday 10 June" and a deadline on 17 June: 10 June).
- "came yesterday at 11" also stood for 23:00; the evening reading is kept for one to seven o'clock only.
"""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check

PLANS = "From: Dana Reyes\nDate: 1 June 2026\nSubject: plans\n\n"


@pytest.mark.parametrize(
    ("source", "answer", "supported"),
    [
        (
            "The trip runs from Wednesday 10 June. The refund deadline is 17 June. The coach leaves at 08:15 on "
            "Wednesday. Dana",
            "The coach leaves at 08:15 on 17 June.",
            False,
        ),
        (
            "The trip runs from Wednesday 10 June. The refund deadline is 17 June. The coach leaves at 08:15 on "
            "Wednesday. Dana",
            "The coach leaves at 08:15 on 10 June.",
            True,
        ),
        (
            "The engineer came yesterday at 11 and fixed the boiler. Dana",
            "The engineer came at 23:00 and fixed the boiler.",
            False,
        ),
        (
            "The engineer came yesterday at 11 and fixed the boiler. Dana",
            "The engineer came at 11:00 and fixed the boiler.",
            True,
        ),
        ("We meet at 3 on Friday in the library. Dana", "We meet at 15:00 on Friday in the library.", True),
    ],
)
def test_a_weekday_is_the_nearest_stated_date_and_at_11_is_no_evening(
    source: str, answer: str, supported: bool
) -> None:
    assert check(build({"use": "grounding"}), answer, (PLANS + source,)).passed is supported


# Review r13a M1: a weekday and date of January in an e-mail written in December are next year's.
@pytest.mark.parametrize(
    ("source", "answer", "supported"),
    [
        (
            "From: Dana Reyes\nDate: 15 December 2025\nSubject: kickoff\n\nHi all, the project kickoff is on Monday 5 "
            "January in room 4. Please bring your laptops.\nDana",
            "The project kickoff is on Monday 5 January in room 4.",
            True,
        ),
        (
            "From: Dana Reyes\nDate: Mon, 15 Dec 2025 09:12\nSubject: kickoff\n\nHi all, the project kickoff is on "
            "Monday 5 January in room 4. Please bring your laptops.\nDana",
            "The project kickoff is on Monday 5 January in room 4.",
            True,
        ),
        (
            "From: Sam Cole\nDate: 20 December 2025\nSubject: cover\n\nThe office reopens on Friday 2 January. Sam "
            "covers the desk from Tuesday 30 December to Friday 2 January.\nSam",
            "Sam covers the desk from Tuesday 30 December to Friday 2 January.",
            True,
        ),
        (
            "From: Dana Reyes\nDate: 15 December 2025\nSubject: kickoff\n\nHi all, the project kickoff is on Monday 5 "
            "January in room 4. Please bring your laptops.\nDana",
            "The project kickoff is on Tuesday 5 January in room 4.",
            False,
        ),
        (
            "From: Dana Reyes\nDate: 2 June 2026\nSubject: trip\n\nThe trip is on Thursday 11 June 2026.\nDana",
            "The trip is on Thursday 11 June 2026.",
            True,
        ),
    ],
)
def test_a_december_e_mail_names_next_januarys_weekdays(source: str, answer: str, supported: bool) -> None:
    assert check(build({"use": "grounding"}), answer, (source,)).passed is supported


# Review r13a L8: a phone number restated in another format was "a number the sources do not state".
CONTACT = (
    "From: Dana Reyes\nTo: Sam Lee\nDate: 1 June 2026\nSubject: contact\n\nYou can reach the site office on +1 "
    "415-555-0134 or 415 555 0177. The sort code is 20-32-06 and the ticket is INC-2024-0042. Dana"
)


@pytest.mark.parametrize(
    ("answer", "supported"),
    [
        ("The site office is on 4155550134.", True),
        ("The site office is on 1 415 555 0134.", True),
        ("The site office is on 415-555-0177.", True),
        ("The site office is on 415-555-0134.", True),
        ("The site office is on 415-555-0143.", False),  # two digits swapped
        ("The site office is on 4155550143.", False),
        ("The site office is on 555-0134.", False),  # cut short
        ("The sort code is 20-32-60.", False),
        ("The site office is on 4155550134 and costs 900 EUR a month.", False),  # the rest is still checked
    ],
)
def test_a_phone_number_in_another_format_is_the_same_number(answer: str, supported: bool) -> None:
    assert check(build({"use": "grounding"}), answer, (CONTACT,)).passed is supported
