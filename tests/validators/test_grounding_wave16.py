"""grounding, wave 16 (issue 17): faithful figures and paraphrases of blind round 15's classes, with their twins."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.grounding import _numbers as numbers
from tests.validators.conftest import build, check

KILN = (
    "From: Rhea Dunn <rhea@clayworks.example>\nDate: Mon, 9 Mar 2026 09:00 +0000\n\n"
    "The kiln elements have to be replaced every 800 firings, and our log shows 1,130 firings."
)
PUMP = (
    "From: Otto Wren <otto@wellpump.example>\nDate: Tue, 10 Mar 2026 10:00 +0000\n\n"
    "Pumps should be serviced every 12 months; the last service on pump 4 was 19 months ago."
)
CABLE = (
    "From: Lin Ash <lin@riggers.example>\nDate: Wed, 11 Mar 2026 11:00 +0000\n\n"
    "The clamp is made for 12 mm cable, and the cable on that hoist measured 10 mm."
)
OVEN = (
    "From: Noor Vale <noor@bakehouse.example>\nDate: Thu, 12 Mar 2026 08:00 +0000\n\n"
    "The test kiln has to reach 820 C to set the glaze. Our test kiln only shows 760 C at the top shelf.",
    "From: Abe Kerr <abe@kilnfix.example>\nDate: Fri, 13 Mar 2026 08:00 +0000\n\n"
    "After the new thermocouple went in, the test kiln reached 835 C on the top shelf.",
)
DECK = (
    "From: Noor Vale <noor@bakehouse.example>\nDate: Thu, 12 Mar 2026 08:00 +0000\n\n"
    "The lower deck has been baking about 20 degrees cooler than the display since Monday. "
    "We threw away 50 loaves on Tuesday 10 March.",
)
WEBSITE = (
    "From: Ola Brandt <ola@shopfront.example>\nDate: Mon, 16 Mar 2026 09:00 +0000\n\n"
    "Our checkout page was offline for 22 minutes on Saturday while the database restarted."
)
METERS = (
    "From: Pia Holt <pia@gymfloor.example>\nDate: Mon, 16 Mar 2026 09:00 +0000\n\n"
    "The three rowing machines show 12,400, 15,100 and 9,800 metres on their counters."
)
POOL = (
    "From: Ivo Dane <ivo@lidopool.example>\nDate: Thu, 19 Mar 2026 17:00 +0000\n\n"
    "The filter went in yesterday. We refilled the shallow end overnight and reopened for lessons at 15:00 today.",
)
PAID = (
    "From: Gus Orr <gus@millworks.example>\nDate: Mon, 16 Mar 2026 09:00 +0000\n\n"
    "Our accounts team paid the invoice in full on 27 February. "
    "The supplier has now sent a reminder about the invoice.",
)
VAN = (
    "From: Kit Moss <kit@fishfarm.example>\nDate: Fri, 20 Mar 2026 09:00 +0000\n\n"
    "Our crate of trout arrived on Thursday 19 March at 16:45 instead of 09:15.",
    "From: Sol Ray <sol@quickvan.example>\nDate: Fri, 20 Mar 2026 12:00 +0000\n\n"
    "The crate was scanned at our depot at 07:30 and the 09:15 slot was booked and paid for.",
)
ALARM = (
    "From: Mae Lowe <mae@catcare.example>\nDate: Mon, 23 Mar 2026 18:00 +0000\n\n"
    "Our smoke alarm went off at 14:40 today, while the dryer was running."
)
HEATERS = (
    "From: Dee Park <dee@glasshouse.example>\nDate: Mon, 23 Mar 2026 08:00 +0000\n\n"
    "Two of our seven greenhouse heaters would not start after the frost on Sunday."
)
BARGE = (
    "From: Flo Innes <flo@canalboats.example>\nDate: Mon, 23 Mar 2026 08:00 +0000\n\n"
    "The MV Heron left with foot passengers only; 14 cars stayed on the quay. No one was hurt."
)


@pytest.mark.parametrize(
    ("sources", "answer", "supported"),
    [
        # how far a figure is over or under a stated one, with "overdue", "past", "-er than"
        ((KILN,), "The kiln elements were 330 firings overdue for replacement.", True),
        ((KILN,), "The kiln elements were 430 firings overdue for replacement.", False),
        ((PUMP,), "Pump 4's last service was seven months overdue.", True),
        ((PUMP,), "Pump 4's last service was nine months overdue.", False),
        ((CABLE,), "The cable on the hoist was 2 mm thinner than the cable the clamp was made for.", True),
        ((CABLE,), "The cable on the hoist was 3 mm thinner than the cable the clamp was made for.", False),
        # a temperature written "835 C" before a comparing word or a relative clause
        (OVEN, "With the new thermocouple, the test kiln ran 15 C above the 820 C it needs.", True),
        (OVEN, "With the new thermocouple, the test kiln ran 25 C above the 820 C it needs.", False),
        # a comparison the core makes in the claim's words states its figure: no arithmetic on the thread's
        (DECK, "The lower deck was baking about 20 degrees cooler than the display.", True),
        (DECK, "The lower deck was baking about 30 degrees cooler than the display.", False),
        # "less than half an hour" is a bound, as "less than 30 minutes" is
        ((WEBSITE,), "The checkout page was offline for less than half an hour.", True),
        ((WEBSITE,), "The checkout page was offline for less than a quarter of an hour.", False),
        # the total of a sentence's three figures, with a cue
        ((METERS,), "The three rowing machines had logged 37,300 metres between them.", True),
        ((METERS,), "The three rowing machines had logged 37,900 metres between them.", False),
    ],
)
def test_computed_figures_pass_and_wrong_ones_fail(sources: tuple[str, ...], answer: str, supported: bool) -> None:
    verdict = check(build({"use": "grounding"}), answer, sources)
    assert verdict.passed is supported, verdict.findings


@pytest.mark.parametrize(
    ("sources", "answer", "supported"),
    [
        # the weekday and month of the core's one date ("today" in an e-mail of Thursday 19 March)
        (POOL, "The pool reopened for lessons at 3 pm on Thursday 19 March.", True),
        (POOL, "The pool reopened for lessons at 3 pm on Friday 20 March.", False),
        (POOL, "The pool reopened for lessons at 5 pm on Thursday 19 March.", False),
        # an undated sentence states no date: its e-mail's date gives its words no weekday or month
        (PAID, "The invoice was paid on Monday 16 March.", False),
        (PAID, "The invoice was paid on 27 February.", True),
        # a time reference that only schedules its event: the first clause's figure is the check
        (VAN, "The crate arrived seven and a half hours after it was due.", True),
        (VAN, "The crate arrived five hours after it was due.", False),
        # a clock time told in words
        ((ALARM,), "The smoke alarm went off at twenty to three in the afternoon.", True),
        ((ALARM,), "The smoke alarm went off at twenty past three in the afternoon.", False),
        ((ALARM,), "The smoke alarm went off at twenty to four in the afternoon.", False),
    ],
)
def test_dates_and_times_pass_and_wrong_ones_fail(sources: tuple[str, ...], answer: str, supported: bool) -> None:
    verdict = check(build({"use": "grounding"}), answer, sources)
    assert verdict.passed is supported, verdict.findings


@pytest.mark.parametrize(
    ("sources", "answer", "supported"),
    [
        # the rest of a whole affirmed against the part denied
        ((HEATERS,), "Five of the seven greenhouse heaters started after the frost.", True),
        ((HEATERS,), "Six of the seven greenhouse heaters started after the frost.", False),
        ((HEATERS,), "All seven greenhouse heaters started after the frost.", False),
        # "Nobody" opens a sentence as a pronoun, not a name; "sailed" for "left"
        ((BARGE,), "Nobody was hurt.", True),
        ((BARGE,), "The MV Heron sailed with only foot passengers.", True),
        ((BARGE,), "The MV Heron sailed with 16 cars.", False),
    ],
)
def test_paraphrases_pass_and_changed_facts_fail(sources: tuple[str, ...], answer: str, supported: bool) -> None:
    verdict = check(build({"use": "grounding"}), answer, sources)
    assert verdict.passed is supported, verdict.findings


BOOKING = (
    "From: Ida Kern <ida@parkhotel.example>\nDate: Tue, 24 Mar 2026 10:00 +0000\n\n"
    "Remote booking was down from 06:40 to 09:35 on Monday."
)
PRICE = (
    "From: Rob Lane <rob@tallypad.example>\nTo: Eva Cole <eva@printhall.example>\nDate: Tue, 24 Mar 2026\n\n"
    "The new list price is 30 EUR per seat per month, up from 25 EUR."
)

LICENCE = (
    "From: Ann Pryce <ann@pryce-farm.example>\nDate: Tue, 24 Mar 2026\n\n"
    "Our abstraction licence allows 40 cubic metres a day from the Wye.",
    "From: Tom Hale <tom@riverboard.example>\nDate: Wed, 25 Mar 2026\n\n"
    "From 1 May, licence holders on the Wye may take at most 20 cubic metres a day.",
)
ALARMED = (
    "From: Lee Ward <lee@biolab.example>\nDate: Wed, 25 Mar 2026\n\n"
    "The freezer alarmed at 01:50 this morning; when I arrived at 07:10 it read -40 C.",
)


@pytest.mark.parametrize(
    ("sources", "answer", "supported"),
    [
        # "no more than 20" is at most 20 (a bound, not a denial)
        (LICENCE, "From 1 May Pryce Farm may take no more than 20 cubic metres a day from the Wye.", True),
        (LICENCE, "From 1 May Pryce Farm may take no more than 10 cubic metres a day from the Wye.", False),
        # a time reference naming its event by who arrived
        (ALARMED, "The freezer alarmed more than five hours before Lee got in.", True),
        (ALARMED, "The freezer alarmed more than seven hours before Lee got in.", False),
        # an approximation ("almost") is no content word of the claim
        ((BOOKING,), "Remote booking was down for almost three hours.", True),
        ((BOOKING,), "Remote booking was down for almost five hours.", False),
        # a rise or fall the core states by its figures, in the verb's direction
        ((PRICE,), "Tallypad raised its list price from 25 to 30 EUR per seat per month.", True),
        ((PRICE,), "Tallypad cut its list price from 25 to 30 EUR per seat per month.", False),
        ((PRICE,), "Tallypad raised its list price from 25 to 35 EUR per seat per month.", False),
    ],
)
def test_changes_and_approximations_pass_and_wrong_ones_fail(
    sources: tuple[str, ...], answer: str, supported: bool
) -> None:
    verdict = check(build({"use": "grounding"}), answer, sources)
    assert verdict.passed is supported, verdict.findings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at twenty past eleven in the morning", [("time", 680.0)]),
        ("at quarter to three in the afternoon", [("time", 885.0)]),
        ("at half past 7 pm", [("time", 1170.0)]),
        ("from five to six people", [("n", 5.0), ("n", 6.0)]),
        ("for less than half an hour", [("<dur", 30.0)]),
        ("may take no more than 20 cubic metres", [("<n", 20.0)]),
        ("no fewer than 12 people", [(">n", 12.0)]),
        ("ran 10 C above the 750 C it needs", [("temp", 10.0), ("temp", 750.0)]),
    ],
)
def test_quantities_read(text: str, expected: list[numbers.Quantity]) -> None:
    assert numbers.quantities(text.lower().split()) == expected


HALL = "From: Ada Lowe\n\nThe hall holds no more than 20 people."
ALLOWANCE = "From: Ada Lowe\n\nThe budget allows no more than 500 EUR per person."
ROOM = "From: Ada Lowe\n\nThe room seats fewer than 20 people."
REPAIR = "From: Ada Lowe\n\nThe repair will cost under 500 EUR."


@pytest.mark.parametrize(
    ("source", "answer", "supported"),
    [
        # review r16b M11: a limit turned round is never the same bound
        (HALL, "The hall holds more than 20 people.", False),
        (HALL, "The hall holds at least 20 people.", False),
        (ALLOWANCE, "The budget allows more than 500 EUR per person.", False),
        (ROOM, "The room seats more than 20 people.", False),
        (ROOM, "The room seats at least 20 people.", False),
        (REPAIR, "The repair will cost over 500 EUR.", False),
        # a limit restated with another figure is another limit
        (REPAIR, "The repair will cost less than 400 EUR.", False),
        (REPAIR, "The repair will cost less than 600 EUR.", False),
        # the same side and figure holds
        (HALL, "The hall holds up to 20 people.", True),
        (HALL, "The hall holds at most 20 people.", True),
        (REPAIR, "The repair will cost less than 500 EUR.", True),
        (ROOM, "The room seats fewer than 20 people.", True),
    ],
)
def test_bounds_keep_their_direction(source: str, answer: str, supported: bool) -> None:
    verdict = check(build({"use": "grounding"}), answer, (source,))
    assert verdict.passed is supported, verdict.findings


HALL_HIRE = "From: Ada Lowe\n\nThe hall holds no more than 20 people. The hire costs 500 EUR."
HALL_BOOKINGS = "From: Ada Lowe\n\nThe hall holds no more than 20 people. Bookings went from 40 in May to 25 in June."


@pytest.mark.parametrize("source", [HALL_HIRE, HALL_BOOKINGS])
@pytest.mark.parametrize(
    ("answer", "supported"),
    [
        # review r16b M11 re-check: the other side of the core's bound, or a count squared, is no support
        ("The hall holds more than 20 people.", False),
        ("The hall holds at least 20 people.", False),
        ("The hall holds more than 400 people.", False),
        ("The hall holds up to 20 people.", True),
        ("The hall holds no more than 20 people.", True),
    ],
)
def test_bounds_are_not_met_by_other_figures(source: str, answer: str, supported: bool) -> None:
    verdict = check(build({"use": "grounding"}), answer, (source,))
    assert verdict.passed is supported, verdict.findings
