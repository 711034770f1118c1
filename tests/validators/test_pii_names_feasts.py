"""Feasts and public holidays of other countries named as dates are no people (issue 15, wave 14): the words come
from the `holidays` package's names (data/names/holidays.json.gz, scripts/build_holidays.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.pii._names.feasts import feasts
from guardrails_lite.validators.pii.names import NameFinder


def persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in NameFinder().find(text) if s.entity_type == "PERSON"]


def test_the_list_holds_feasts_and_no_common_names() -> None:
    table = feasts()
    assert {"matariki", "boishakh", "krathong", "nessim"} <= table.words
    assert {"hari raya", "loy krathong", "pohela boishakh"} <= table.pairs
    assert not {"maria", "john", "london", "day", "christmas"} & table.words


@pytest.mark.parametrize(
    ("text", "feast"),
    [
        ("The warehouse is shut for Matariki, so the pallets leave on Monday.", "Matariki"),
        ("Our Kathmandu office reopens after Dashain, please resend the invoice then.", "Dashain"),
        ("We hope to ship the chairs before Loy Krathong if the river stays low.", "Loy Krathong"),
        ("The Penang branch closes again for Hari Raya, so order by the 20th.", "Hari Raya"),
        ("Most of the Cairo team is off for Sham el-Nessim on Monday.", "Nessim"),
        ("The sale runs until Pohela Boishakh and restarts in May.", "Pohela Boishakh"),
    ],
)
def test_a_feast_named_as_a_date_is_no_person(text: str, feast: str) -> None:
    assert not [p for p in persons(text) if feast in p or p in feast]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Sonam Dorji said the Thimphu office will call you.", "Sonam Dorji"),
        ("Dear Matariki,\nThanks for the quick reply.", "Matariki"),
        ("Thanks for the quick reply, Sonam.", "Sonam"),
    ],
)
def test_a_feasts_word_as_a_persons_name_stays_a_person(text: str, person: str) -> None:
    assert person in persons(text)
