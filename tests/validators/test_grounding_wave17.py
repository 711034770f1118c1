"""grounding, wave 17 (issue 17): a link a source states with a verb of letting or making.

A source may state a cause without "because": "The spring had snapped, which let the belt go slack", "a burnt-out
fan motor left the unit running hot" (output16's stated causes, flagged as causes no source states). The source
side of the cause check reads let/lets/made/makes/left/leaves/meaning as a cue whose effect follows; the answer
still needs both sides in the source's sides, in the source's direction.
"""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check

SORTER = (
    "From: Tobias Fenn <tobias@sortline.example>\nTo: Ines Varga <ines@library.example>\nSubject: Sorter\n\nHello "
    "Ines,\n\nThe tension spring on the third belt had snapped, which let the belt go slack. The sorter jammed at "
    "14:20 on Saturday.\n\nTobias\n",
)


_FIX = (
    "From: Ola Berg <ola@coolfix.example>\nTo: Mia Holt <mia@harbourbar.example>\nSubject: Ice machine\n\nHi Mia,\n\n"
)
ICE = (
    _FIX + "The condenser fan motor had burnt out, which left the unit running hot. I fitted a new motor on Tuesday.",
)
GUTTER = (_FIX + "A blocked gutter outlet made the water back up under the flashing. We cleared it on Monday.",)


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("The belt went slack because its tension spring had snapped.", SORTER),  # "which let"
        ("The unit was running hot because its condenser fan motor had burnt out.", ICE),  # "left ... running hot"
        ("The water backed up under the flashing because a gutter outlet was blocked.", GUTTER),  # "made"
    ],
)
def test_a_link_stated_by_a_verb_of_letting_or_making_passes(sentence: str, docs: tuple[str, ...]) -> None:
    assert check(build({"use": "grounding"}), sentence, docs).passed


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("The condenser fan motor burnt out because the unit was running hot.", ICE),  # turned round
        ("The gutter outlet was blocked because the water backed up under the flashing.", GUTTER),
    ],
)
def test_the_link_turned_round_is_flagged(sentence: str, docs: tuple[str, ...]) -> None:
    verdict = check(build({"use": "grounding"}), sentence, docs)
    assert not verdict.passed
    assert "cause or blame not stated in the sources" in verdict.findings[0].message


@pytest.mark.parametrize(
    "sentence",
    [
        "The tension spring snapped because the belt went slack.",  # the link turned round
        "The tension spring snapped because Ines overloaded the belt.",  # a cause the source never gives
    ],
)
def test_a_link_the_source_does_not_state_is_still_flagged(sentence: str) -> None:
    verdict = check(build({"use": "grounding"}), sentence, SORTER)
    assert not verdict.passed
    assert "cause or blame not stated in the sources" in verdict.findings[0].message
