"""grounding, wave 17 (issue 17): a figure is a mismatch only where the thread states one it could be a wrong copy of.

Counted per check over the archived blind rounds (benchmarks/grounding_checks.py), the figure check was the largest
source of flags on faithful sentences, a new figure each round: a span or a count worked out from what the thread
states in another form ("an additional 45 minutes" for finishing at 12:45 instead of 12:00, "14 Wednesday
evenings" for every Wednesday from January to April). Such a figure contradicts nothing: no related sentence states
a figure of its kind (a count of the same thing; for a span, a span or two dates or clock times). A figure that
differs from a stated one of its kind is still flagged, and so is a span the thread's dates or times fix.
"""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check

EXAM = (
    "From: Maria Lopez <maria@northfield.example>\nTo: Exams team <exams@northfield.example>\nSubject: Chemistry "
    "paper\n\nHello,\n\nThe chemistry paper starts at 09:00 in the Great Hall and ends at 12:00. Students with extra "
    "time will finish at 12:45.\n\nMaria\n",
)
EXAM_SPANS = (
    "From: Maria Lopez <maria@northfield.example>\nTo: Exams team <exams@northfield.example>\nSubject: Chemistry "
    "paper\n\nHello,\n\nThe chemistry paper starts at 09:00 in the Great Hall and lasts 3 hours. Students with extra "
    "time get an additional 30 minutes.\n\nMaria\n",
)
CHOIR = (
    "From: Ruth Amos <ruth@stmarkschoir.example>\nTo: Hall bookings <bookings@westgatehall.example>\nSubject: "
    "Rehearsals\n\nHello,\n\nThe choir would like the main hall every Wednesday evening from 7 January to 8 April, "
    "19:00 to 21:00.\n\nRuth\n",
)
CHOIR_COUNTED = (
    "From: Ruth Amos <ruth@stmarkschoir.example>\nTo: Hall bookings <bookings@westgatehall.example>\nSubject: "
    "Rehearsals\n\nHello,\n\nThe choir would like the main hall on 12 Wednesday evenings, 19:00 to 21:00.\n\nRuth\n",
)
BANNERS = (
    "From: Tom Reyes <tom@harbourprint.example>\nTo: Ana Silva <ana@festival.example>\nSubject: Banners\n\nHi Ana,"
    "\n\nThe 40 banners were printed on Monday 3 August and the courier collected them on Friday 7 August.\n\nTom\n",
)


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("Students with extra time get an additional 45 minutes.", EXAM),
        ("The choir will use the main hall on 14 Wednesday evenings.", CHOIR),
        ("The courier collected the banners four days after they were printed.", BANNERS),
    ],
)
def test_a_figure_nothing_in_the_thread_contradicts_passes(sentence: str, docs: tuple[str, ...]) -> None:
    assert check(build({"use": "grounding"}), sentence, docs).passed


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("Students with extra time get an additional 45 minutes.", EXAM_SPANS),  # the thread says 30 minutes
        ("The chemistry paper lasts 4 hours.", EXAM_SPANS),
        ("The choir will use the main hall on 14 Wednesday evenings.", CHOIR_COUNTED),  # it counts 12
        ("The courier collected the 45 banners on Friday 7 August.", BANNERS),  # 40 banners
        # a span the thread's dates fix: Monday 3 to Friday 7 August is four days, not 48 hours
        ("The courier collected the banners on Friday 7 August, 48 hours after they were printed.", BANNERS),
        ("Students with extra time get an additional 50 minutes.", EXAM),  # 12:00 to 12:45
    ],
)
def test_a_figure_that_differs_from_a_stated_one_of_its_kind_is_flagged(sentence: str, docs: tuple[str, ...]) -> None:
    verdict = check(build({"use": "grounding"}), sentence, docs)
    assert not verdict.passed
    assert "a number, amount, date or duration the sources do not state" in verdict.findings[0].message
