"""grounding: classes of faithful sentences that were falsely flagged, with the unfaithful twin of each."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.grounding import _causes
from guardrails_lite.validators.grounding._words import tokens
from tests.validators.conftest import build, check

MOVE = (
    "From: Nadia Petrov <nadia@quillstone.example>\nSubject: Office move\nHi Omar,\n\nI renewed the lease on "
    "the Harbour Street unit yesterday. I recommend we hire Boldline for the move. Can we move the planning "
    "review to Thursday?\n\nNadia",
    "From: Omar Said <omar@quillstone.example>\nSubject: Re: Office move\nNadia,\n\nI paid the 900 EUR deposit "
    "to Boldline this morning. We have paged Ravi about the network cut-over and he is joining the review. "
    "Lee is on leave until Monday.\n\nOmar",
    "From: Lee Tan <lee@quillstone.example>\nSubject: Re: Office move\nHi both,\n\nI booked the movers for "
    "14 May. The closure of Dock Road delayed the survey by two days. Mei was the quickest in the drill: she "
    "cleared the floor in four minutes. Jonas froze on the stairs.\n\nLee",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nadia recommended hiring Boldline for the move.",  # the writer's "I recommend"
        "Nadia asked to move the planning review to Thursday.",  # the writer's question
        "Omar said they have paged Ravi about the network cut-over.",  # the writer's saying
        "Nadia renewed the lease, Omar paid the 900 EUR deposit and Lee booked the movers for 14 May.",
        "Mei cleared the floor in four minutes.",  # "she cleared": the pronoun's name is the agent
        "The closure of Dock Road delayed the survey by two days.",  # Dock Road is no agent
        "Dr Petrov renewed the lease on the Harbour Street unit.",  # a title is not a name
    ],
)
def test_faithful_reports_series_and_agents_pass(sentence: str) -> None:
    verdict = check(build({"use": "grounding"}), sentence, MOVE)
    assert verdict.passed, verdict.findings


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar recommended hiring Boldline for the move.",  # someone else's recommendation
        "Nadia renewed the lease, Omar paid the 900 EUR deposit and Lee cancelled the movers.",
        "Omar paged Lee about the network cut-over.",  # Lee put in the place of the Ravi the source names
        "Jonas cleared the floor in four minutes.",  # Mei did
    ],
)
def test_their_unfaithful_twins_are_flagged(sentence: str) -> None:
    assert not check(build({"use": "grounding"}), sentence, MOVE).passed


@pytest.mark.parametrize(
    ("sentence", "blame"),
    [
        ("After the v4.12 deploy, the checkout API returned errors for 18% of requests.", False),
        ("Restarting the router twice did not clear the fault.", False),
        ("The deploy introduced a bug in the export job.", False),
        ("The post-mortem does not blame any individual.", False),
        ("Kasia was at fault for the collision.", True),
        ("The outage was the IT team's fault.", True),
        ("Tariq blames Mark Ellis for the incident.", True),
        ("It is Mira's fault that the shift is short.", True),
    ],
)
def test_blame_is_blaming_not_errors_bugs_or_a_denial(sentence: str, blame: bool) -> None:
    link = _causes.find_link(tokens(sentence))
    assert (link is not None and link.blame) is blame


CLUB = (
    "From: Colin Reeve <colin@rowing.example>\nDate: Mon, 19 Jan 2026 09:00\nSubject: Boathouse\nHi all,\n\n"
    "The insurer wants a new handrail. Ideas welcome before Thursday's meeting.\n\nColin",
    "From: Priya Shah <priya@rowing.example>\nSubject: Re: Boathouse\nColin,\n\nWe can offer the coach a "
    "salary of GBP 32,000 plus a GBP 3,000 relocation bonus.\n\nPriya",
)


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("The committee meets on Thursday 22 January.", True),  # "Thursday's meeting" in a mail of 19 January
        ("The committee meets on Thursday 29 January.", False),
        ("The coach's offer is worth GBP 35,000 including the relocation bonus.", True),  # a sum, cued
        ("The coach's offer is worth GBP 36,000 including the relocation bonus.", False),
    ],
)
def test_weekdays_in_the_possessive_and_sums_cued_by_including(sentence: str, faithful: bool) -> None:
    assert check(build({"use": "grounding"}), sentence, CLUB).passed is faithful


PODCAST = (
    "From: Farah Iqbal <farah@longform.example>\nDate: Mon, 5 Jan 2026 10:00 +0000\nSubject: Episode 14\nHi "
    "Jake,\n\nWe'd like to record the episode on Tuesday 3 February at 10:00. Our package covers up to 100 "
    "guests at the launch.\n\nFarah",
    "From: Tom Hale <tom@longform.example>\nDate: Wed, 4 Feb 2026 09:00 +0000\nSubject: Re: Episode 14\nHi "
    "both,\n\nThe rough cut is 52 minutes, so I'll trim 7 minutes. Release is planned for Thursday 19 "
    "February. The freezer was at -80 °C at 02:00 and at -41 °C when I got in. The count ran from 07:00 to "
    "15:40.\n\nTom",
)


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("The count took eight hours and forty minutes.", True),  # one duration in two units
        ("The count took nine hours and forty minutes.", False),
        ("Tom will cut roughly 13% of the rough cut.", True),  # 7 of 52 minutes
        ("Tom will cut roughly 30% of the rough cut.", False),
        ("The package covers as many as 100 guests at the launch.", True),  # "up to 100"
        ("The package covers as many as 300 guests at the launch.", False),
    ],
)
def test_durations_in_two_units_shares_of_durations_and_upper_bounds(sentence: str, faithful: bool) -> None:
    assert check(build({"use": "grounding"}), sentence, PODCAST).passed is faithful


LAB = (
    "From: Tunde Bakare <tunde@oakcraft.example>\nSubject: Refund\nHi Margaret,\n\nThe 45 GBP refund was issued "
    "this morning.\n\nTunde",
    "From: Patrick Osei <p.osei@northvale.example>\nSubject: Freezer\nHi all,\n\nThe auto-dial to the on-call "
    "phone had been disconnected since the network switch was replaced. I've reconnected the auto-dial.\n\nPatrick",
)


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("Oakcraft issued the 45 GBP refund this morning.", True),  # the writer's "was issued": their act
        ("Patrick reconnected the auto-dial.", True),
        ("Patrick Osei disconnected the auto-dial to the on-call phone.", False),  # a state he found, not his act
        ("Tunde disconnected the auto-dial to the on-call phone.", False),
    ],
)
def test_an_agent_for_what_the_sources_say_was_done_by_nobody_named(sentence: str, faithful: bool) -> None:
    assert check(build({"use": "grounding"}), sentence, LAB).passed is faithful


PRACTICE = (
    "From: Joanne Pike <joanne.pike@elmwood.example>\nSubject: Rota\nHi Gary,\n\nI paid the 40 GBP course fee "
    "this morning. The clinic opens on Saturday mornings from July.\n\nJoanne",
)


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("Jo paid the 40 GBP course fee.", True),  # a short form of the writer's name
        ("Jon paid the 40 GBP course fee.", False),
        ("The clinic opens on Saturdays from July.", True),  # a weekday in the plural is no name
    ],
)
def test_short_forms_of_names_and_weekdays_in_the_plural(sentence: str, faithful: bool) -> None:
    assert check(build({"use": "grounding"}), sentence, PRACTICE).passed is faithful
