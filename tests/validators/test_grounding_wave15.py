"""grounding, wave 15 (issue 17): faithful figures and firm names of blind round 14's classes, with their twins."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.grounding import _numbers as numbers
from guardrails_lite.validators.grounding._words import tokens
from tests.validators.conftest import build, check

COLD_ROOM = "From: Mia Lund\n\nThe cold room drifted from 4 C to 11 C overnight before the porter noticed."
FREEZER = "From: Mia Lund\n\nOur -20 freezer reached -8 C before the porter moved the boxes to the spare unit."
RADIO = "From: Ken Ito\n\nThe station was off air from 22:50 on Friday until 03:20 on Saturday."
INVOICE = "From: Ute Berg\n\nSorry for the delay. We will take 20 percent off the 1,500 EUR invoice."
PRINT = (
    "From: Dev Shah <dev@kestrelprint.example>\nTo: Ana Cruz <ana@marshbooks.example>\n\n"
    "We will reprint the 900 copies at our cost and deliver them on 3 May."
)
GLASS = (
    "From: Ravi Patel <ravi@harbourglass.example>\nTo: Lena Ott <lena@ottcafe.example>\n\n"
    "Our fitter replaced the cracked pane on 3 May."
)
SCAFFOLD = (
    "From: Lorna Kidd <lorna@sturdyscaff.example>\nTo: Sam Reed <sam@reedbuild.example>\n\n"
    "Our crew put up the tower on 12 June."
)
HEATER = "From: Ivo Marsh\n\nThe new heater is rated at 2,000 watts."


@pytest.mark.parametrize(
    ("source", "answer", "supported"),
    [
        # a temperature written "4 C" is a temperature: the rise between two is computed with a cue word
        (COLD_ROOM, "The cold room warmed by 7 degrees overnight.", True),
        (COLD_ROOM, "The cold room warmed by 9 degrees overnight.", False),
        (COLD_ROOM, "The cold room drifted from 4 C to 13 C overnight.", False),
        # negative figures keep their sign: -8 is 12 above -20, not 28
        (FREEZER, "The freezer reached 12 degrees above its -20 C setting before the boxes were moved.", True),
        (FREEZER, "The freezer reached 28 degrees above its -20 C setting before the boxes were moved.", False),
        (FREEZER, "The freezer reached -18 C before the porter moved the boxes.", False),
        # a span of clock times across midnight
        (RADIO, "The station was off air for four hours and 30 minutes.", True),
        (RADIO, "The station was off air for five hours and 30 minutes.", False),
        (RADIO, "The station was off air for three hours and 30 minutes.", False),
        # a percentage off an amount, with a cue word
        (INVOICE, "The discounted invoice comes to 1,200 EUR.", True),
        (INVOICE, "The discounted invoice comes to 1,250 EUR.", False),
        (INVOICE, "The invoice is 1,200 EUR.", False),
    ],
)
def test_normalised_figures_pass_and_wrong_ones_fail(source: str, answer: str, supported: bool) -> None:
    verdict = check(build({"use": "grounding"}), answer, (source,))
    assert verdict.passed is supported, verdict.findings


@pytest.mark.parametrize(
    ("source", "answer", "supported"),
    [
        # a firm named as its e-mail domain writes it: the first word alone, or two words, the second cut short
        (PRINT, "Kestrel will reprint the 900 copies at its cost.", True),
        (PRINT, "Falcon will reprint the 900 copies at its cost.", False),
        (GLASS, "Harbour Glass replaced the cracked pane on 3 May.", True),
        (GLASS, "Bayview Glass replaced the cracked pane on 3 May.", False),
        (SCAFFOLD, "Sturdy Scaffolding's crew put up the tower on 12 June.", True),
        (SCAFFOLD, "Sturdy Ladders' crew put up the tower on 12 June.", False),
        # a unit in capitals after a figure is no name; the figure is still checked
        (HEATER, "The new heater is rated at 2,000 W.", True),
        (HEATER, "The new heater is rated at 3,000 W.", False),
    ],
)
def test_firm_names_and_units_are_no_unknown_names(source: str, answer: str, supported: bool) -> None:
    verdict = check(build({"use": "grounding"}), answer, (source,))
    assert verdict.passed is supported, verdict.findings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("its 2,000-hour rating", [("dur", 2000 * 60.0)]),
        ("from 12 C to 19 C", [("temp", 12.0), ("temp", 19.0)]),
        ("our -80 freezer", [("n", -80.0)]),
        ("pages 10 - 12", [("n", 10.0), ("n", 12.0)]),
        ("pick option 3 c from the list", [("n", 3.0)]),
    ],
)
def test_figures_read(text: str, expected: list[tuple[str, float]]) -> None:
    assert numbers.quantities([t.low for t in tokens(text)]) == expected


TRUCK = (
    "From: Imogen Hart <imogen@lanternfields.example>\nTo: Rafael Ortiz <rafael@tacoforge.example>\n\n"
    "You traded on Saturday and Sunday after our manager, Oli Dent, cleared you on Saturday morning."
)


@pytest.mark.parametrize(
    ("answer", "supported"),
    [
        ("Taco Forge traded on Saturday and Sunday after Oli Dent cleared it.", True),
        ("Taco Forge traded on Friday and Sunday after Oli Dent cleared it.", False),
        ("Bayview Foods traded on Saturday and Sunday after Oli Dent cleared it.", False),
    ],
)
def test_you_is_the_addressees_firm(answer: str, supported: bool) -> None:
    """ "You" of an e-mail to rafael@tacoforge.example is Taco Forge as much as Rafael."""
    verdict = check(build({"use": "grounding"}), answer, (TRUCK,))
    assert verdict.passed is supported, verdict.findings


KILN = (
    "From: Agnes Moor\n\nOur kiln stalled at 1,040 C during Saturday's firing. One of our tutors, Rhiannon Gale, "
    "spotted a dark element in the back wall when it cooled."
)
HAY = (
    "From: Alan Nuttall\n\nThat load came from a barn where the roof leaked in October; my haulier, Vic Lomas, told "
    "me this morning."
)
GRINDER = "From: Ben Ode\n\nLotte Gray set the grinder too fine last week, so the burrs wore out."


@pytest.mark.parametrize(
    ("source", "answer", "supported"),
    [
        # a named doer's act the sentence marks as a fault, which no source gives to that doer
        (KILN, "Rhiannon Gale overloaded the kiln with pots.", False),
        (KILN, "Rhiannon Gale fired the kiln without checking the elements.", False),
        (KILN, "Rhiannon Gale should have checked the elements but did not.", False),
        (HAY, "Vic Lomas stored the hay in the leaking barn.", False),
        (HAY, "Vic Lomas left the barn door open in October.", False),
        # the same doer with what the sources say they did, and a fault the source gives to its doer
        (KILN, "Rhiannon Gale spotted a dark element in the back wall.", True),
        (HAY, "Vic Lomas told Alan Nuttall that the load came from a barn whose roof leaked.", True),
        (GRINDER, "Lotte Gray set the grinder too fine.", True),
    ],
)
def test_a_fault_pinned_on_a_named_doer_needs_a_source_that_gives_it_to_them(
    source: str, answer: str, supported: bool
) -> None:
    verdict = check(build({"use": "grounding"}), answer, (source,))
    assert verdict.passed is supported, verdict.findings
    if not supported:
        assert "cause or blame not stated in the sources" in verdict.findings[0].message


VICTIM = (
    "From: Dana Reyes\n\nSomeone broke into the shed last night and took my bike. Yesterday a man phoned pretending "
    "to be from the bank and asked for my PIN; I hung up. The phishing e-mail you forwarded asked for my password. "
    "The builder did not secure the scaffolding."
)
TASTING = (
    "From: Dana Reyes\n\nThe new dessert was the highlight of the tasting evening. The bank's security team rang me "
    "about a suspicious payment and blocked my card."
)
REFUND = (
    "From: Dana Reyes\n\nThe refund was issued on 5 June. Two days earlier the manager admitted a delay in the "
    "warehouse."
)


@pytest.mark.parametrize(
    ("source", "answer", "supported"),
    [
        # review r15a M1: a victim's account in other words, a passive with no doer, fixed phrases
        (VICTIM, "Dana's bike was stolen from the shed last night.", True),
        (VICTIM, "The thief took Dana's bike from the shed.", True),
        (VICTIM, "A man phoned pretending to be from the bank, a scam call asking for Dana's PIN.", True),
        (VICTIM, "The caller tried to deceive Dana into giving her PIN.", True),
        (VICTIM, "The e-mail forwarded to Dana was a phishing scam asking for her password.", True),
        (TASTING, "The new dessert stole the show at the tasting evening.", True),
        (TASTING, "The bank's fraud team rang Dana about a suspicious payment and blocked her card.", True),
        # the theft pinned on someone the sources know, a judgement, and r13a L7's swapped noun still fail
        (VICTIM, "The builder stole Dana's bike from the shed.", False),
        (VICTIM, "Dana's bike was stolen by the builder.", False),
        (VICTIM, "The builder was negligent with the scaffolding.", False),
        (REFUND, "The manager admitted fraud in the warehouse.", False),
        (REFUND, "The manager stole from the warehouse.", False),
    ],
)
def test_accusations_need_someone_accused(source: str, answer: str, supported: bool) -> None:
    verdict = check(build({"use": "grounding"}), answer, (source,))
    assert verdict.passed is supported, verdict.findings
    if not supported:
        assert "an accusation the sources do not make" in verdict.findings[0].message


CODES = (
    "From: Dana Reyes\n\nYour order 123456789 is confirmed. The tracking code is 4455667. Invoice no. 4500120 is "
    "attached. Order 20260714 ships on 3 July."
)


@pytest.mark.parametrize(
    ("answer", "supported"),
    [
        # review r15a L5: a code grouped for reading is the code; beside a currency it is an amount, checked
        ("Dana's order 123 456 789 is confirmed.", True),
        ("The tracking code is 4 455 667.", True),
        ("The invoice total is 4 500 120 EUR.", False),
        ("The order ships on 2026-07-14.", False),
        ("Dana's order 123 456 780 is confirmed.", False),
    ],
)
def test_grouped_codes_are_codes_unless_beside_an_amount_word(answer: str, supported: bool) -> None:
    verdict = check(build({"use": "grounding"}), answer, (CODES,))
    assert verdict.passed is supported, verdict.findings
