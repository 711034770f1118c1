"""grounding, wave 7: faithful classes measured on the seen sets (negation in other words, a denied complaint,
fractions of an hour), each with the unfaithful twin that must stay flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from guardrails_lite.validators.grounding import _numbers
from guardrails_lite.validators.grounding._words import canon
from tests.validators.conftest import build, check

THREAD = (
    "From: Clive Dunmore <clive@heatwise.example>\nTo: Ayesha Siddiqui <ayesha@inbox.example>\n"
    "Subject: Missed installation\nDear Ms Siddiqui,\n\nThe "
    "installer's van broke down on the M6 on Monday morning, and our office did not pass that on to you. We "
    "will refund the call-out fee of 60 GBP.\n\nClive",
    "From: Jake Farah <jake@longform.example>\nSubject: Re: Edit\nHi Mia,\n\nThat's fine, keep the lifeboat "
    "mention. The shuttle runs every 15 minutes between the car park and the studio. Each session takes 90 "
    "minutes.\n\nJake",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Clive admitted that his office failed to tell Ayesha about the breakdown.",  # "did not pass that on"
        "Jake had no objection to keeping the lifeboat mention.",  # "That's fine, keep ..."
        "The shuttle runs every quarter of an hour between the car park and the studio.",  # 15 minutes
        "The session takes an hour and a half.",
        "The session takes one and a half hours.",
    ],
)
def test_faithful_rewordings_pass(sentence: str) -> None:
    verdict = check(build({"use": "grounding"}), sentence, THREAD)
    assert verdict.passed, verdict.findings


@pytest.mark.parametrize(
    "sentence",
    [
        "The installer's van did not break down on the M6.",  # the source affirms what this denies
        "Clive will not refund the call-out fee.",  # the refund is stated, not denied
        "The shuttle runs every three quarters of an hour between the car park and the studio.",  # 45, not 15
        "The session takes half an hour.",
    ],
)
def test_their_unfaithful_twins_are_flagged(sentence: str) -> None:
    assert not check(build({"use": "grounding"}), sentence, THREAD).passed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("every quarter of an hour", [("dur", 15.0)]),
        ("half an hour", [("dur", 30.0)]),  # one figure: its "an hour" is not a second one
        ("half a day", [("dur", 720.0)]),
        ("three quarters of an hour", [("dur", 45.0)]),
        ("one and a half hours", [("dur", 90.0)]),
        ("one of them", []),
    ],
)
def test_fractions_of_a_unit_are_one_duration(text: str, expected: list[tuple[str, float]]) -> None:
    assert _numbers.quantities(text.split()) == expected


SEEN = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "blind"


def _thread_of(case_text: str) -> tuple[str, ...]:
    """The e-mails of the seen-set case whose text is `case_text` (archived blind sets, seen since their runs)."""
    for path in [*sorted(SEEN.glob("output*/grounding_blind*.yaml")), SEEN.parent / "grounding_blind2.yaml"]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for c in data["cases"]:
            if c["text"] == case_text:
                return tuple(data["sources"][i] for i in data["threads"][c["thread"]])
    raise LookupError(case_text)


# (faithful case of a seen set, an unfaithful twin on the same thread)
SEEN_PAIRS = [
    (
        "Helen will miss the dinner on 14 May because she is flying back to Dublin that evening.",
        "Helen will miss the awards on 14 May because she is flying back to Dublin that evening.",
    ),
    (
        "Heatwise declined to compensate Ayesha for her lost wages.",
        "Heatwise agreed to compensate Ayesha for her lost wages.",
    ),
    (
        "Marketing's Q3 discretionary budget falls to GBP 204,000.",
        "Marketing's Q3 discretionary budget falls to GBP 190,000.",
    ),
    ("The renewal reduces the seat count by 30.", "The renewal reduces the seat count by 45."),
    (  # the firm's name as its e-mail domain writes it ("herrerabakery")
        "Herrera Bakery had the right mixer ten days before the shop reopened.",
        "Walker Bakery had the right mixer ten days before the shop reopened.",
    ),
    (  # "argued that" reports; "8+ years old" is at least eight years
        "Joel argued that the check-in inventory already described the carpet as worn and more than eight years old.",
        "Joel argued that the check-in inventory already described the carpet as worn and more than thirty years old.",
    ),
]


@pytest.mark.parametrize(("faithful", "twin"), SEEN_PAIRS)
def test_seen_faithful_syntheses_pass_and_their_twins_do_not(faithful: str, twin: str) -> None:
    thread = _thread_of(faithful)
    v = build({"use": "grounding"})
    verdict = check(v, faithful, thread)
    assert verdict.passed, verdict.findings
    assert not check(v, twin, thread).passed


def test_days_and_nights_are_one_stay_not_a_sum() -> None:
    assert _numbers.quantities("three days and two nights".split()) == [("dur", 4320.0), ("dur", 2880.0)]
    assert _numbers.quantities("2 days and 4 hours".split()) == [("dur", 3120.0)]


def test_issued_is_not_a_problem() -> None:
    assert canon("issued") == "issue"
    assert canon("issues") == canon("problem")  # the noun keeps its synonym


@pytest.mark.parametrize(
    ("unsupported", "faithful"),
    [
        (
            "If it rains, the ceremony moves into the Granary, which seats 150.",  # 150 is the evening buffet's
            "If it rains, the ceremony moves into the Granary, which seats 110.",
        ),
        ("The Granary is not step-free.", "The Granary is step-free."),  # "free" is no denial when affirmed
        (  # "had been disconnected since the switch was replaced" and "worked as designed" state no cause
            "The compressor's start relay failed because the network switch was replaced on 20 February.",
            "The auto-dial had been disconnected since the network switch was replaced on 20 February.",
        ),
    ],
)
def test_seen_unsupported_cases_are_flagged_and_the_faithful_twin_passes(unsupported: str, faithful: str) -> None:
    thread = _thread_of(unsupported)
    v = build({"use": "grounding"})
    assert not check(v, unsupported, thread).passed
    verdict = check(v, faithful, thread)
    assert verdict.passed, verdict.findings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the display read −41 °c .", [("temp", -41.0)]),
        ("it fell to - 4 ° c overnight", [("temp", -4.0)]),
        ("the office is at 14 degrees", [("temp", 14.0)]),
        ("between 10 - 12 degrees", [("temp", 10.0), ("temp", 12.0)]),  # a range, not minus 12
        ("worn , 8 + years old", [(">dur", 8 * 525960.0)]),  # "8+ years": at least eight
        ("8 + 2 = 10", [("n", 8.0), ("n", 2.0), ("n", 10.0)]),
    ],
)
def test_temperatures_and_open_bounds(text: str, expected: list[tuple[str, float]]) -> None:
    assert _numbers.quantities(text.replace("−", "− ").split()) == expected


def test_a_clause_listing_too_many_figures_fails_closed() -> None:
    """Each figure is sought in every candidate sentence: hundreds of amounts in one clause would cost their
    product (9 KB took 10 s), so past MAX_FIGURES the clause fails with its own message."""
    source = (
        "From: A B <a@x.example>\nSubject: Rooms\nHi,\n\n" + " ".join(f"Room {i} costs GBP {i}." for i in range(40)),
    )
    v = build({"use": "grounding"})
    few = "The rooms cost " + ", ".join(f"GBP {i}" for i in range(1, 6)) + "."
    assert "more figures" not in " ".join(f.message for f in check(v, few, source).findings)
    many = "The rooms cost " + " and ".join(f"GBP {i}" for i in range(40)) + "."
    verdict = check(v, many, source)
    assert not verdict.passed
    assert "more figures in one clause than can be checked" in verdict.findings[0].message
