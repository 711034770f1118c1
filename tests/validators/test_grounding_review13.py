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
