"""Names and places by class (wave 10, issue 15): the tagger tuned on e-mail text, and the context checks that
keep it from taking ordinary words for places. Every sentence here is written for this file (none comes from a
blind set); each case stands for a class of text, not for its own words."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.pii.names import NameFinder


def spans(text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in NameFinder().find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Olamide will bring the samples to the warehouse on Friday.", "Olamide"),
        ("Tell Oluwadamilare the van is ready.", "Oluwadamilare"),
        ("I spoke with Chidubem yesterday about the invoice.", "Chidubem"),
        ("Thandeka and Sibusiso will cover the front desk next week.", "Sibusiso"),
    ],
)
def test_a_name_on_no_list_in_running_prose_is_a_person(text: str, name: str) -> None:
    """Names of traditions the lists lack, in a sentence with no header, greeting or title to cue them."""
    assert ("PERSON", name) in spans(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Dr. Kavya Raman will be back from Geneva on Monday.", "Geneva"),
        ("The auditors are flying back from Lisbon on Thursday.", "Lisbon"),
        ("The samples went from Mombasa to Kisumu by rail.", "Kisumu"),
    ],
)
def test_a_listed_city_after_a_journey_is_a_place_even_when_it_is_a_first_name(text: str, place: str) -> None:
    assert ("LOCATION", place) in spans(text)
    assert ("PERSON", place) not in spans(text)


def test_a_full_listed_name_after_go_to_stays_a_person() -> None:
    """ "go to" is a journey before a place, and an address before a person."""
    assert spans("Questions go to Maria Lopez, Procurement.") == [("PERSON", "Maria Lopez")]


@pytest.mark.parametrize(
    "text",
    [
        "Categories: Outdoor & Garden, Fitness.",
        "Filed under: Health, Cooking.",
        "Genres: Kids & Family, Comedy.",
        "Contact: Ana Costa, Buchhaltung",
    ],
)
def test_ordinary_words_and_departments_are_no_places_or_firms(text: str) -> None:
    assert not [v for k, v in spans(text) if k in ("LOCATION", "ORGANIZATION")]


@pytest.mark.parametrize(
    ("text", "place"),
    [("We are opening a shop in Reading next year.", "Reading"), ("The Bath office closes at six.", "Bath")],
)
def test_a_city_that_is_also_an_ordinary_word_keeps_its_place_context(text: str, place: str) -> None:
    assert ("LOCATION", place) in spans(text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("We always buy bread at Moira's Bakery on the corner.", "Moira"),
        ("Hartley plumbing fixed the leak in an hour.", "Hartley"),
    ],
)
def test_a_name_before_a_shop_or_a_trade_is_the_business(text: str, firm: str) -> None:
    got = spans(text)
    assert ("ORGANIZATION", firm) in got
    assert not [v for k, v in got if k == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The shift is covered by Joanna Pike and Quenby this week.", "Quenby"),
        ("Lunch with Rosa Imbert and Dagny tomorrow.", "Dagny"),
    ],
)
def test_a_word_joined_to_a_full_name_is_a_person(text: str, name: str) -> None:
    assert ("PERSON", name) in spans(text)


def test_a_surname_on_no_list_after_a_listed_first_name_is_part_of_the_name() -> None:
    assert ("PERSON", "Helen Quibble") in spans("Helen Quibble lives near the station.")


def test_a_first_name_before_a_comma_and_a_business_noun_is_not_stretched() -> None:
    """ "Grace Kitchen, who catered": no lower-case word follows, so "Kitchen" is not taken for a surname."""
    assert ("PERSON", "Grace Kitchen") not in spans("We booked Grace Kitchen, who catered the spring party.")


def test_a_capitalised_nick_in_angle_brackets_is_a_speaker() -> None:
    text = "<Tavita> who is coming to the quiz tonight?\n<frostbyte> me, running late\n<Tavita> ok save me a seat"
    got = spans(text)
    assert ("PERSON", "<Tavita>") in got and ("PERSON", "frostbyte") in got


def test_a_speaker_label_in_capitals_is_a_speaker_in_a_chat_log() -> None:
    text = "MAKANA: WHERE ARE THE KEYS\nLeilani: on the hook by the door\nKeoni: MAKANA check your bag"
    assert [v for k, v in spans(text) if k == "PERSON"].count("MAKANA") == 2


@pytest.mark.parametrize("label", ["NOTE", "FYI", "URGENT"])
def test_a_header_word_in_capitals_is_no_speaker(label: str) -> None:
    text = f"{label}: the shop shuts at 5\nAroha: ok\nWiremu: thanks"
    assert label not in [v for _, v in spans(text)]


def test_weekday_labels_of_an_itinerary_are_no_speakers() -> None:
    text = "mon: train to Hue\ntue: bus to Hoi An\nwed: fly home\nLinh: sounds good\nTuan: ok"
    assert not {"mon", "tue", "wed"} & {v for _, v in spans(text)}


@pytest.mark.parametrize(
    ("text", "kin"),
    [
        ("Nonna keeps asking about the photos from the lake.", "Nonna"),
        ("I made the dumplings the way Babcia Halina taught me.", "Babcia"),
        ("Abuela says the flight lands at nine.", "Abuela"),
    ],
)
def test_a_family_word_is_no_name(text: str, kin: str) -> None:
    got = [v for _, v in spans(text)]
    assert not [v for v in got if kin in v.split()]


def test_a_name_after_a_family_word_is_still_a_person() -> None:
    assert ("PERSON", "Halina") in spans("I made the dumplings the way Babcia Halina taught me.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We spent a day at Kylemore Abbey before the drive back.", "Kylemore Abbey"),
        ("Lunch is usually at Hala Forum by the river.", "Hala Forum"),
        ("The tour stops at Colca Canyon for the condors.", "Colca Canyon"),
    ],
)
def test_a_name_before_a_landmark_or_venue_word_is_a_place(text: str, place: str) -> None:
    assert ("LOCATION", place) in spans(text)


@pytest.mark.parametrize(
    "text", ["The National Hurricane Center said the storm weakened.", "Ask the Vantor Learning Centre for the forms."]
)
def test_a_centre_is_a_body_not_a_place(text: str) -> None:
    """ "Center" names organisations as often as buildings: it makes no place on its own."""
    assert not [v for k, v in spans(text) if k == "LOCATION"]


def test_a_route_joined_by_arrows_takes_the_kind_of_its_places() -> None:
    got = spans("We did Marrakech > Ait Benhaddou > Merzouga > Fes last April.")
    assert ("LOCATION", "Merzouga") in got and ("PERSON", "Merzouga") not in got


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Please refund it from GB33BUKB20201555555555 by Friday.", "GB33BUKB20201555555555"),
        ("The S100 has a larger screen than the old model.", "S100"),
        ("They moved recordkeeping from NTRC to another provider.", "NTRC"),
    ],
)
def test_a_code_or_an_unlisted_abbreviation_is_no_place(text: str, code: str) -> None:
    assert ("LOCATION", code) not in spans(text)


def test_a_place_written_in_capitals_in_an_address_stays_a_place() -> None:
    assert ("LOCATION", "FEYSVILLE") in spans("Ship to 12 Orchard Row, FEYSVILLE, PA 17701")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("She moved to NYC last year.", "NYC"),
        ("Our office in NYC is closing in March.", "NYC"),
        ("They relocated to NYC and then to SF.", "NYC"),
    ],
)
def test_an_abbreviation_after_a_place_preposition_is_a_place_not_a_code(text: str, place: str) -> None:
    """Wave-10 review H4: the code filter (unlisted capitals are no place) dropped a city's short name."""
    assert ("LOCATION", place) in spans(text)
