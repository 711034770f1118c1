"""grounding, wave 9: a duration counted over a span whose ends carry years ("from March 2021 to June
2025" holds "more than four years"; dates alone are day-of-year figures), with the unfaithful twins that
must stay flagged."""

from __future__ import annotations

from guardrails_lite.validators.grounding import _numbers
from tests.validators.conftest import build, check

REFERENCE = (
    "From: Ewan Grant <ewan@hall.example>\nTo: Mara Duval <mara@hall.example>\n"
    "Subject: Reference\n\nHi Mara,\n\nTheir HR team replied today: Rashid worked there as sous chef from "
    "March 2021 to June 2025.\n\nEwan",
)
LEASE = (
    "From: Joel Park <joel@flat.example>\nTo: Ravi Shah <ravi@letting.example>\n"
    "Subject: Deposit\n\nHi Ravi,\n\nI rented the flat from 1 April 2023 to 31 March 2026 and left it "
    "clean.\n\nJoel",
)


def test_year_stamped_months_are_points_on_a_calendar_of_months() -> None:
    found = _numbers.year_months([("month", 3.0), ("n", 2021.0), ("date", 401.0), ("n", 2023.0), ("n", 7.0)])
    assert found == [("ym", 2021 * 12 + 2), ("ym", 2023 * 12 + 3)]
    assert _numbers.year_months([("month", 3.0), ("n", 12.0)]) == []  # "March 12" is no year


def test_a_span_across_years_holds_its_length() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "Rashid was a sous chef there for more than four years.", REFERENCE).passed
    assert check(grounding, "Joel rented the flat for three years.", LEASE).passed


def test_a_wrong_length_stays_flagged() -> None:
    grounding = build({"use": "grounding"})
    assert not check(grounding, "Rashid was a sous chef there for more than six years.", REFERENCE).passed
    assert not check(grounding, "Joel rented the flat for five years.", LEASE).passed


NOTICE = (
    "From: Harvey Mensah <harvey@oakfield.example>\nTo: Accounts <accounts@brightspan.example>\n"
    "Subject: Cleaning contract\n\nHello,\n\nFurther to our call, Oakfield Legal is giving three months' notice "
    "on the cleaning contract with Brightspan.\n\nHarvey",
)


def test_a_light_verb_act_given_to_the_other_party_is_flagged() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "Oakfield Legal gave Brightspan three months' notice on the contract.", NOTICE).passed
    swapped = check(grounding, "Brightspan gave Oakfield Legal three months' notice on the contract.", NOTICE)
    assert not swapped.passed
    assert "someone else does" in swapped.findings[0].message


TALK = (
    "From: Mei Tanaka <mei@events.example>\nTo: Speakers <speakers@events.example>\n"
    "Subject: Programme\n\nHello all,\n\nAlba's talk is at 11:30 on 10 June in hall C. The stand needs one "
    "day to set up.\n\nMei",
)
WEDDING = (
    "From: Rosa Lind <rosa@venue.example>\nTo: Sam Cole <sam@mail.example>\n"
    "Subject: Your wedding on 5 September\n\nDear Sam,\n\nThe wedding is on 5 September 2026. The balance is "
    "due six weeks before the wedding.\n\nRosa",
)


def test_a_date_is_moved_by_a_duration_only_where_a_shift_is_spoken_of() -> None:
    grounding = build({"use": "grounding"})
    # "one day" elsewhere in the thread does not make the day before the stated date supported
    assert not check(grounding, "Alba's talk is on 9 June.", TALK).passed
    assert check(grounding, "Alba's talk is on 10 June.", TALK).passed
    assert check(grounding, "The stand is set up one day before Alba's talk on 10 June, on 9 June.", TALK).passed
    # the source states the shift: the computed date holds without a cue in the claim
    assert check(grounding, "The balance for the wedding is due by 25 July.", WEDDING).passed
    assert not check(grounding, "The balance for the wedding is due by 18 July.", WEDDING).passed


def test_a_month_alone_does_not_hold_a_day() -> None:
    assert not _numbers.same(("date", 408.0), ("month", 4.0))
    assert _numbers.same(("month", 4.0), ("date", 408.0))  # "in April" is held by "on 8 April"
    grounding = build({"use": "grounding"})
    assert not check(grounding, "Rashid stopped working there on 8 June.", REFERENCE).passed


TRIP = (
    "From: Ana Ruiz <ana@school.example>\nTo: Parents <parents@school.example>\n"
    "Subject: Year 5 trip\n\nDear parents,\n\nYear 5 will visit the outdoor centre from Wednesday 10 June to "
    "Friday 12 June. Children should be at the gate twenty minutes before the coach leaves.\n\nAna",
)


def test_a_claims_own_span_is_no_shift() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "Year 5 visits the outdoor centre from 10 to 12 June.", TRIP).passed
    # three days from 10 June is 13 June, but "from 10 to 13" states no shift: its length is its own span
    assert not check(grounding, "Year 5 visits the outdoor centre from 10 to 13 June.", TRIP).passed
