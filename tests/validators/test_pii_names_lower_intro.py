"""Lower-case people introduced or asked for in transcripts and messages (issue 15, wave 14): "hi this is hazel
from", "calling for jack mahoney.", "thanks jack, bye", "meet tom at". Sentences written for these tests."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.pii.names import NameFinder


def persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in NameFinder().find(text) if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("voicemail: hi this is hazel from the surgery, please call us back.", "hazel"),
        ("message for you. this is dawn here, the parcel is at the door.", "dawn"),
        ("hello, calling for daniel mahoney. your car is ready.", "daniel mahoney"),
        ("the shop called. they were asking for grace.", "grace"),
        ("your table is booked. thanks jack, bye", "jack"),
        ("if nobody answers, please ring rose at the front desk.", "rose"),
    ],
)
def test_a_lower_case_name_introduced_or_asked_for_is_a_person(text: str, person: str) -> None:
    assert person in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "this is fine from my side, thanks.",
        "we are calling for help with the roof.",
        "thanks again, see you soon.",
        "this is amber from the alert panel.",
    ],
)
def test_ordinary_words_after_the_cues_are_no_person(text: str) -> None:
    assert persons(text) == []
