"""People named in prose by their role, as a title, or as subjects of what only people do (issue 15, wave 14):
"the carpenter, Vahagn,", "Nurse Kenmare moves", "Tumbi and Garaina left Mendi", "Ravu brought them". Unfamiliar
names (often a town's too) that the tagger took for places. Sentences written for these tests."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.pii.names import NameFinder


def found(text: str, kind: str) -> list[str]:
    return [text[s.start : s.end] for s in NameFinder().find(text) if s.entity_type == kind]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The frame was built in Yerevan; the carpenter, Vahagn, asks that it stays dry.", "Vahagn"),
        ("Send the stones to Kumasi; our porter, Yaw, will carry them up.", "Yaw"),
        ("Bakari covers the mornings, and Nurse Kenmare moves to the night shift.", "Kenmare"),
        ("If the lift is broken, ask Captain Tobermory for the key.", "Tobermory"),
        ("Round one is done. Tumbi and Garaina left Mendi early and counted every plot.", "Tumbi"),
        ("Round one is done. Tumbi and Garaina left Mendi early and counted every plot.", "Garaina"),
        ("The yields are down. Tumbi and Garaina disagree about the cause.", "Garaina"),
        ("The tablets were late; Ravu brought them up on the bus.", "Ravu"),
    ],
)
def test_a_name_after_a_role_or_before_a_persons_verb_is_a_person(text: str, person: str) -> None:
    assert any(person in p for p in found(text, "PERSON"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We met at Baker Street station before the show.", "Baker Street"),
        ("The shop on Carpenter Road is closed on Sundays.", "Carpenter Road"),
        ("Paris and Lyon left the league table unchanged.", "Lyon"),
    ],
)
def test_a_trade_word_in_a_streets_name_or_a_city_before_a_verb_stays_a_place(text: str, place: str) -> None:
    assert place in found(text, "LOCATION")
    assert not [p for p in found(text, "PERSON") if p in place]
