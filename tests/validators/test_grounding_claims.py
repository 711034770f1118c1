"""grounding v2: claims supported across e-mails, normalised figures, perspective, causes and blame."""

from __future__ import annotations

import json

import pytest

from guardrails_lite import Guard, load_policy
from tests.conftest import scripted
from tests.validators.conftest import ROOT, build, check

OFFSITE = (
    "From: Dana Whitfield\nSubject: Q3 offsite venue\nHi all, quick update. The deposit of 400 EUR is paid. "
    "The Riverside venue cancelled on us last week.\nDana",
    "From: Dana Whitfield\nSubject: Re: Q3 offsite venue\nGood news: I booked the Lakeside Hall for 12 September. "
    "The hall costs 1,800 EUR for the day; we pay half now and the rest on the day.\nDana",
    "From: Graham Ortiz\nSubject: Re: Q3 offsite venue\nDana, please send me the final headcount by 2 September "
    "so I can book the coach. The coach leaves at 8:30 and the drive takes about 45 minutes.\nGraham",
)
INCIDENT = (
    "From: Tariq Aziz\nSubject: Warehouse incident\nOn Tuesday a pallet fell from the top rack in aisle 6. "
    "Nobody was hurt. The forklift driver, Mark Ellis, stopped work straight away.\nTariq",
    "From: Sophie Brandt\nSubject: Re: Warehouse incident\nThe inspection found a bent beam; the pallet fell "
    "because the beam gave way. Legal needs 14 more days for the insurance claim. E-mail was down from 9:10 "
    "to 11:40. I have ordered two new beams at 240 EUR each.\nSophie",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana booked the Lakeside Hall for 12 September after the Riverside venue cancelled last week.",
        "The offsite moved from the Riverside venue to the Lakeside Hall.",
        "Dana should send Graham the final headcount by 2 September.",  # Graham's "send me"
        "Graham asked Dana for the final headcount so he can book the coach.",  # a link the source states
        "Half of the 1,800 EUR hall fee is paid now.",
        "The coach ride takes three quarters of an hour.",
        "Dana booked the Lakeside Hall for 12 September and paid the 400 EUR deposit.",  # two verbs, one subject
    ],
)
def test_a_faithful_synthesis_across_e_mails_passes(sentence: str) -> None:
    verdict = check(build({"use": "grounding"}), sentence, OFFSITE)
    assert verdict.passed, verdict.findings


@pytest.mark.parametrize(
    "sentence",
    [
        "No one was injured.",  # "Nobody was hurt."
        "Tariq reported that nobody was injured when the pallet fell.",
        "Legal needs two more weeks for the insurance claim.",  # 14 days
        "E-mail was down for two and a half hours.",  # 9:10 to 11:40
        "The two new beams cost 480 EUR in total.",
        "The pallet fell because a beam gave way.",
        "Mark Ellis, the forklift driver, halted work immediately.",
    ],
)
def test_paraphrases_normalised_figures_and_reported_speech_pass(sentence: str) -> None:
    verdict = check(build({"use": "grounding"}), sentence, INCIDENT)
    assert verdict.passed, verdict.findings


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("The Riverside venue cancelled because Dana forgot to pay.", OFFSITE),
        ("Tariq blames Mark Ellis for the incident.", INCIDENT),
        ("Mark Ellis is responsible for the incident.", INCIDENT),
        ("The pallet fell after Mark Ellis failed to check the rack.", INCIDENT),
        ("The incident happened, which is why the warehouse closed.", INCIDENT),
    ],
)
def test_an_invented_cause_or_blame_is_its_own_finding_whatever_the_word_checks(
    sentence: str, docs: tuple[str, ...]
) -> None:
    for entry in (
        {"use": "grounding"},
        {"use": "grounding", "min_support": 0.0, "check_entities": False, "check_relations": False},
    ):
        verdict = check(build(entry), sentence, docs)
        assert not verdict.passed
        assert any("cause or blame not stated in the sources" in f.message for f in verdict.findings)
        assert all(sentence not in f.message for f in verdict.findings)
    off = {"use": "grounding", "min_support": 0.0, "check_entities": False, "check_relations": False}
    assert check(build({**off, "check_causes": False}), sentence, docs).passed


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("Graham will send Dana the final headcount by 2 September.", OFFSITE),  # who sends is swapped
        ("Dana booked the Lakeside Hall for 21 September.", OFFSITE),
        ("The deposit has not been paid yet.", OFFSITE),
        ("The Lakeside Hall cancelled on the team last week.", OFFSITE),  # facts of two sentences merged
        ("Legal needs three more weeks for the insurance claim.", INCIDENT),
        ("E-mail was down for three hours.", INCIDENT),
        ("Someone was hurt when the pallet fell.", INCIDENT),
        ("Mark Ellis ordered two new beams.", INCIDENT),  # Sophie ordered them
    ],
)
def test_wrong_figures_swapped_roles_and_dropped_negations_fail(sentence: str, docs: tuple[str, ...]) -> None:
    assert not check(build({"use": "grounding"}), sentence, docs).passed


def test_email_summary_policy_keeps_a_lone_faithful_synthesis_and_drops_only_the_invented_cause() -> None:
    policy = load_policy(ROOT / "policies" / "email-summary.yaml")
    context = {f"email-{i + 1}": text for i, text in enumerate(OFFSITE)}
    # The policy has the summary cite its e-mails inline ([email-1, email-2]) and the sources list them.
    faithful = "Dana booked the Lakeside Hall for 12 September after the Riverside venue cancelled last week"
    faithful += " [email-1, email-2]."
    answer = {"summary": faithful, "confidence": 0.9, "sources": ["email-1", "email-2"]}
    llm, seen = scripted(json.dumps(answer))
    result = Guard(policy).run(llm, "Summarise this e-mail thread.", context=context)
    assert len(seen) == 1 and json.loads(result.text)["summary"] == faithful

    invented = "The Riverside venue cancelled because Dana forgot to pay [email-2]."
    answer["summary"] = f"{faithful} {invented}"
    llm, seen = scripted(json.dumps(answer))
    result = Guard(policy).run(llm, "Summarise this e-mail thread.", context=context)
    assert len(seen) == 1
    assert json.loads(result.text)["summary"] == faithful
    # speculation ("Dana forgot to pay": a person's failure) or grounding (the link) names the blame
    assert any("blame" in f.message for f in result.findings)


def test_to_before_from_is_not_a_route() -> None:
    # "to" only before "from": no "from X to Y" split (this once raised ValueError).
    verdict = check(build({"use": "grounding"}), "Dana wants to move the offsite from the Riverside venue.", OFFSITE)
    assert verdict.findings is not None


MEETING = (
    "From: Lena Fischer\nTo: Omar Haddad\nSubject: Kick-off\nOmar,\nThe kick-off starts at 14:00 and lasts "
    "90 minutes. Anna, Ben and Carl will attend. We ordered 230 badges. The client declined the extra day.\nLena",
)


@pytest.mark.parametrize(
    ("sentence", "supported"),
    [
        ("The kick-off starts at 2 pm.", True),
        ("The kick-off lasts an hour and a half.", True),
        ("Three people will attend the kick-off.", True),  # a list of three names
        ("More than 200 badges were ordered.", True),
        ("Fewer than 100 badges were ordered.", False),
        ("The client did not accept the extra day.", True),  # "declined"
        ("The kick-off starts at 3 pm.", False),
        ("Four people will attend the kick-off.", False),
    ],
)
def test_clock_times_bounds_counts_and_denials_are_compared_as_meaning(sentence: str, supported: bool) -> None:
    assert check(build({"use": "grounding"}), sentence, MEETING).passed is supported


WORKSHOP = (
    "From: Ines Moreau <ines.moreau@larkspur.example>\nDate: Tue, 6 May 2025 10:15\nSubject: Design workshop\n\n"
    "Hi Tom,\nThe workshop is booked at the Quay Rooms for 3-4 June. It costs 1,500 EUR, which is 300 EUR more "
    "than the Mill. We invited 60 staff and 9 of them have declined.\nThe caterer confirmed the lunch order today.\n"
    "Ines",
    "From: Tom Baker <tom.baker@larkspur.example>\nDate: Wed, 7 May 2025 08:30\nSubject: Re: Design workshop\n\n"
    "Thanks. Just send me the agenda by Friday. The first draft was due on 28 May but it moved to 4 June.\nTom",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The workshop at the Quay Rooms runs over two days, 3 and 4 June.",  # a range is two dates
        "The Mill would have cost 1,200 EUR.",  # the other side of a stated comparison
        "15% of the invited staff declined.",  # 9 of 60
        "The caterer confirmed the lunch order on 6 May.",  # "today" in an e-mail of 6 May
        "Tom asked Ines to send him the agenda by Friday.",  # a command in a reply addresses the last writer
        "The first draft slipped by a week.",  # the gap between two stated dates
        "Larkspur booked the workshop at the Quay Rooms.",  # the writer's organisation, from the address
        "The 1,500 EUR workshop at the Quay Rooms takes place on 3-4 June.",  # figures of two sentences
    ],
)
def test_a_synthesis_reads_dates_ranges_comparisons_and_the_thread(sentence: str) -> None:
    verdict = check(build({"use": "grounding"}), sentence, WORKSHOP)
    assert verdict.passed, verdict.findings


@pytest.mark.parametrize(
    "sentence",
    [
        "The workshop costs 1,800 EUR.",  # its sentence states 1,500: another sum of its figures is no reading
        "The workshop is booked for 28 May.",  # a date of the thread, but the booking's sentence says 3-4 June
        "Tom booked the workshop at the Quay Rooms.",  # who did it is the core sentence's business
        "The caterer confirmed the lunch order on 7 May.",
        "12 of the invited staff declined.",
    ],
)
def test_borrowing_from_the_thread_does_not_cover_a_wrong_figure_or_doer(sentence: str) -> None:
    assert not check(build({"use": "grounding"}), sentence, WORKSHOP).passed
