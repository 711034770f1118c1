"""grounding, wave 17 (issue 17): a link a source states with "let".

A source may state a cause without "because": "The spring had snapped, which let the belt go slack" (stated causes
of output6 and output16, flagged as causes no source states). The source side of the cause check reads "let" and
"lets" as a cue whose effect follows; the answer still needs both sides in the source's sides, in the source's
direction. "made" and "left" are not cues ("made a booking", "the coach leaves at 8:30").
"""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check

SORTER = (
    "From: Tobias Fenn <tobias@sortline.example>\nTo: Ines Varga <ines@library.example>\nSubject: Sorter\n\nHello "
    "Ines,\n\nThe tension spring on the third belt had snapped, which let the belt go slack. The sorter jammed at "
    "14:20 on Saturday.\n\nTobias\n",
)
BOILER = (
    "From: Kay Moss <kay@ferrisheating.example>\nTo: Facilities <facilities@harbourschool.example>\nSubject: Boiler"
    "\n\nHello,\n\nOur engineer found a leaking valve under the kitchen sink, which had let the pressure drop. He "
    "replaced the valve on Monday.\n\nKay\n",
)


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("The belt went slack because its tension spring had snapped.", SORTER),
        ("The pressure dropped because a valve under the kitchen sink was leaking.", BOILER),
    ],
)
def test_a_link_stated_with_let_passes(sentence: str, docs: tuple[str, ...]) -> None:
    assert check(build({"use": "grounding"}), sentence, docs).passed


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("The tension spring snapped because the belt went slack.", SORTER),  # the link turned round
        ("The tension spring snapped because Ines overloaded the belt.", SORTER),  # a cause the source never gives
        ("The valve under the kitchen sink leaked because the pressure dropped.", BOILER),  # turned round
        ("The pressure dropped because the school switched the boiler off.", BOILER),  # a cause never given
    ],
)
def test_a_link_the_source_does_not_state_is_flagged(sentence: str, docs: tuple[str, ...]) -> None:
    verdict = check(build({"use": "grounding"}), sentence, docs)
    assert not verdict.passed
    assert "cause or blame not stated in the sources" in verdict.findings[0].message
