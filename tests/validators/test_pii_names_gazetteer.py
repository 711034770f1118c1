"""Names tier: places beyond the tagger's lists (`_names/gazetteer.py`, `data/names/places.bin`).

Each case is one class: native-language and other names of cities and countries, towns and districts, and the
words the gazetteer must leave alone (a firm named after a place, a surname that is also a town, a word the
tagger learned, capitals). The texts are written for these tests.
"""

from __future__ import annotations

import array

import pytest

from guardrails_lite.validators.pii._names import gazetteer
from guardrails_lite.validators.pii.names import NameFinder


def spans(text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in NameFinder().find(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The samples were posted from Lisboa yesterday.", "Lisboa"),
        ("Our distributor in Deutschland wants a new price list.", "Deutschland"),
        ("Send the invoice to our office in Warszawa, please.", "Warszawa"),
        ("The tiles come from a workshop in Kütahya.", "Kütahya"),
        ("We are opening a second shop in Kadıköy next spring.", "Kadıköy"),
        ("Our team moved to a new floor near Koramangala last month.", "Koramangala"),
    ],
)
def test_places_the_tagger_lists_lack_are_found(text: str, place: str) -> None:
    assert ("LOCATION", place) in spans(text)


def test_a_multi_word_place_is_one_span() -> None:
    text = "The ferry to Hai Phong leaves at dawn."
    assert ("LOCATION", "Hai Phong") in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "The order from Kadıköy Textiles arrived late.",  # the place names a firm
        "Talk to Paihia Tours about the boats.",
        "The IPO is planned for the autumn.",  # capitals: no town's name
    ],
)
def test_a_listed_word_in_another_use_is_no_place(text: str) -> None:
    assert not [v for t, v in spans(text) if t == "LOCATION"]


def test_a_surname_that_is_also_a_town_needs_a_place_context() -> None:
    # "Seaview" is a town's name (GeoNames, 1,000+ people) and no listed surname
    assert ("LOCATION", "Seaview") in spans("They rented a cottage in Seaview for the summer.")
    assert not [v for t, v in spans("Thanks, Mr Seaview will call you back.") if t == "LOCATION"]


def test_the_table_is_sorted_and_the_look_up_finds_only_listed_keys() -> None:
    table = gazetteer.hashes()
    assert isinstance(table, array.array) and len(table) > 100_000
    assert all(table[i] < table[i + 1] for i in range(0, len(table) - 1, 997))
    assert gazetteer.look_up("lisboa", table) == gazetteer.WELL_KNOWN
    assert gazetteer.look_up("no such place qq", table) == 0
