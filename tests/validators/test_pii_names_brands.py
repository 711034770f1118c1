"""Brands, products, games and events that end in a place's type word (review r13b M1/L1): "Park", "Hall",
"Market", "Pass" and "Trail" after a rare word are no place without a place cue, since a brand is exactly a rare
word. The sentences are the review's; the places that must stay are in test_pii_names_prose.py."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.pii._names import places
from guardrails_lite.validators.pii.names import NameFinder


def locations(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in NameFinder().find(text) if s.entity_type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Renew my Xbox Game Pass before Friday.", "Xbox Game Pass"),
        ("Apple Pay and Samsung Pass both work at checkout.", "Samsung Pass"),
        ("Is the Eurail Pass worth it for two weeks in Italy?", "Eurail Pass"),
        ("Sales at Shopify Market grew 20% this quarter.", "Shopify Market"),
        ("The Jurassic Park sequel was released in June.", "Jurassic Park"),
        ("Upload the deck to the Trello Hall channel.", "Trello Hall"),
        ("Our CRM Salesforce Hall of Fame award.", "Salesforce Hall"),
        ("We played Oregon Trail all afternoon.", "Trail"),
        ("The Summer Trail Run starts at 9.", "Summer Trail Run"),
        ("We bought tickets for the Winter Wonderland Trail.", "Winter Wonderland Trail"),
        ("Ask Siri to play the Netflix Hall playlist.", "Netflix Hall"),
    ],
)
def test_a_brand_product_game_or_event_ending_in_a_place_word_is_no_location(text: str, product: str) -> None:
    start = text.index(product)
    end = start + len(product)
    assert not [(a, b) for a, b in locations(text) if a < end and start < b]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We crossed the Brenner Pass in the snow.", "Brenner Pass"),
        ("Meet me in Camden Market at noon.", "Camden Market"),
        ("The kids ran along Roundhay Park all morning.", "Roundhay Park"),
    ],
)
def test_with_a_place_cue_they_stay_places(text: str, place: str) -> None:
    start = text.index(place)
    assert (start, start + len(place)) in locations(text)


def test_a_repeated_non_place_pass_is_dropped_before_any_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    """(r13b L1: 200 KB of "Game Pass " cost x2.5 for a backwards walk per "Pass"); no word is looked at."""
    looked = [0]
    name_word = places._name_word

    def counting(w: str) -> bool:
        looked[0] += 1
        return name_word(w)

    monkeypatch.setattr(places, "_name_word", counting)
    text = "Game Pass " * 20_000
    assert not locations(text)
    assert looked[0] == 0
