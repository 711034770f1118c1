"""Names and places of wave 18 (issue 15): roads by number, listed places in text written in capitals, places
opened by a saint's, fort's, peak's or pass's word, unlisted feasts used as dates, and short chat speakers whose
names are header or function words ("An:", "Pin:"). Each class has look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.pii.names import NameFinder

FINDER = NameFinder()


def found(text: str, kind: str) -> list[str]:
    return [text[s.start : s.end] for s in FINDER.find(text) if s.entity_type == kind]


def masked(text: str) -> list[str]:
    return [text[s.start : s.end] for s in FINDER.find(text)]


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("Running 20 min late, stuck on the M60 near Stockport.", "M60"),
        ("Ádám will drive you east on the M3; the Szeged visit is Thursday.", "M3"),
        ("We collect the van, then up the N1 to Polokwane.", "N1"),
        ("We re-route via Antwerp and truck it up the A16, which adds two days.", "A16"),
        ("The A55 lay-by near the quarry will be closed.", "A55"),
        ("Team leads: Gethin (main gate on the B4350), Olamide at the car park.", "B4350"),
        ("running late, stuck on I-285 near Decatur.", "I-285"),
        ("a detour on the F35 to the hut is not allowed", "F35"),
    ],
)
def test_roads_by_number(text: str, road: str) -> None:
    assert road in found(text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The new laptops run on the M3 chip.", "M3"),
        ("Print the form on the A4 paper in tray 2.", "A4"),
        ("Order the N95 masks before Friday.", "N95"),
        ("The air show flies on the F35 jets this year.", "F35"),
        ("Use the M60 for the screws.", "M60"),
        ("Cell B4350 holds the total.", "B4350"),
        ("M60 is the part number.", "M60"),
        # review r18 L1: a code on which/via/take ... then only a stop or a joining word, no word of travel near
        ("Please print the handout on the A4, thanks.", "A4"),
        ("My laptop runs fine on the M2, which is faster than the M1.", "M2"),
        ("Take the F35, which is cheaper.", "F35"),
        ("We use the N95, and masks are in the cupboard.", "N95"),
        ("Send it via the A1 and keep the receipt.", "A1"),
    ],
)
def test_codes_that_are_no_roads(text: str, code: str) -> None:
    assert code not in masked(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("BUNKERS AT FUJAIRAH ORDERED FROM GULF MARINE FUELS.", "FUJAIRAH"),
        ("0945 SECOND CALL: HIKER FALL, NEAR MAYRHOFEN. CALLER ON SCENE.", "MAYRHOFEN"),
        ("NOON REPORT MV ARCTIC TERN – ETA MURMANSK PILOT STATION 0600.", "MURMANSK"),
        ("CREW CHANGE AT KIRKENES IF THE PERMITS ARE READY.", "KIRKENES"),
    ],
)
def test_listed_places_in_capitals(text: str, place: str) -> None:
    assert any(place in span for span in found(text, "LOCATION"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("MEET AT PHOENIX TOMORROW.", "PHOENIX"),  # a code name and an ordinary word
        ("SEND THE FORMS TO HR NOW.", "HR"),
        ("DROP HIM AT KHALA RUKHSANA'S IN SOUTHALL.", "KHALA"),  # a relation's home
        ("AT ONCE PLEASE.", "ONCE"),
    ],
)
def test_capitals_that_are_no_places(text: str, word: str) -> None:
    assert word not in found(text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Last leg is St George's, where the team hosts a clinic.", "St George"),
        ("Subject: Quote – move from St. Boniface to Brandon", "St. Boniface"),
        ("Marija has the permits for Fort St Elmo and the gardens.", "Fort St Elmo"),
        ("If you come from Sion over the Col du Rawil, count 6 hours.", "Col du Rawil"),
        ("He also runs walks to Pico Ruivo from the car park.", "Pico Ruivo"),
    ],
)
def test_places_opened_by_a_saint_fort_peak_or_pass(text: str, place: str) -> None:
    assert place in found(text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She wore Yves Saint Laurent to the gala.", "Yves Saint Laurent"),
        ("Saint Patrick's Day is on Monday.", "Saint"),
    ],
)
def test_saints_words_inside_names_and_feasts(text: str, name: str) -> None:
    assert not any(name in place for place in found(text, "LOCATION"))


@pytest.mark.parametrize(
    ("text", "feast"),
    [
        ("The warehouse will hold them until Lei Day.", "Lei"),
        ("The workshop is closed for Galungan week.", "Galungan"),
        ("We ship before Nauryz holidays start.", "Nauryz"),
        ("After Carnaval we can also look at the older turbines.", "Carnaval"),  # a listed feast
    ],
)
def test_unlisted_feasts_named_as_dates(text: str, feast: str) -> None:
    assert feast not in masked(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The school is named after Ngaio.", "Ngaio"),
        ("Call me after Ngaio leaves.", "Ngaio"),
        ("Please ask after Ahmed.", "Ahmed"),
        ("A letter for Laxmi arrived.", "Laxmi"),
        ("We go right after Keoni. Then home.", "Keoni"),  # review r18: a rare name alone after "after"
        ("The office is closed for Keoni.", "Keoni"),
    ],
)
def test_people_after_dating_words(text: str, person: str) -> None:
    assert person in found(text, "PERSON")


def test_short_speakers_of_a_chat_log() -> None:
    text = "An: are you coming tonight?\nPin: yes, after work\nAn: ok see you at 8\nPin: bring the charger"
    assert found(text, "PERSON") == ["An", "Pin", "An", "Pin"]


def test_short_speaker_beside_a_listed_one() -> None:
    text = "Minh: hi\nAn: hello, what time?\nMinh: 7pm\nAn: ok"
    assert found(text, "PERSON") == ["Minh", "An", "Minh", "An"]


@pytest.mark.parametrize(
    "text",
    [
        "Von: Jonas Weber\nAn: Lena Koch\nBetreff: Termin\n\nHallo Lena,\nbis morgen.\nJonas",  # German "To:"
        "Pin: 1234\nPin: 5678",  # one label only
        "An: one line only\nMinh: hi",  # once
    ],
)
def test_header_words_that_name_no_speaker(text: str) -> None:
    people = found(text, "PERSON")
    assert "An" not in people
    assert "Pin" not in people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("CREW: CAPT TAVITA FALEOLO, FO MEREONI TUILAGI.", "TAVITA FALEOLO"),
        ("CREW: CAPT TAVITA FALEOLO, FO MEREONI TUILAGI.", "MEREONI TUILAGI"),
        ("NOON REPORT\n\nMASTER IVANENKO REPORTS:\nPOSITION 71N 026E.", "IVANENKO"),
        ("CHIEF ENGINEER DOBROVOLSKY CONFIRMS BUNKERS.", "DOBROVOLSKY"),
        ("CREW CHANGE FOR AB REYES AND OS DELA CRUZ AT KIRKENES.", "DELA CRUZ"),
        ("OWNERS' SUPERINTENDENT CAPT. LUNDE IN OSLO COPIED.", "LUNDE"),
    ],
)
def test_names_in_capitals_after_a_rank(text: str, person: str) -> None:
    assert person in found(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("CAPT ON DUTY: CHECK THE LOG.", "ON"),
        ("MASTER REPORTS: ALL WELL.", "REPORTS"),
        ("ETA PILOT STATION 0600 LT SUNDAY.", "SUNDAY"),
        ("The AB test is done.", "test"),
    ],
)
def test_words_after_a_rank_that_name_no_one(text: str, word: str) -> None:
    assert not any(word in span for span in found(text, "PERSON"))


def test_a_dash_joins_a_routes_stops() -> None:
    text = "Your contract shows the route Reykjavík – Vík – Höfn, and a detour that is not allowed."
    assert {"Reykjavík", "Vík", "Höfn"} <= set(found(text, "LOCATION"))


def test_a_dash_in_prose_joins_nothing() -> None:
    text = "Dear all,\n\nThe venue is the Hilton near O'Hare — Ingrid already booked twelve rooms.\n\nBest,\nTom"
    assert "O'Hare" not in found(text, "PERSON")
    assert "Ingrid" not in found(text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("The finale is at the Kenyatta International Convention Centre. Parking is tight.", "Centre"),
        ("The event is at the Fremantle Arts Centre, hosted by the bookshop.", "Fremantle Arts Centre"),
        ("The studio is near Barclays Center. If you are still in LA, call.", "Barclays Center"),
        ("He plays two games at Kensington Oval. Then a short hop north.", "Kensington Oval"),
        ("Parents recommended the swim class at Withington Baths. Any tips?", "Withington Baths"),
    ],
)
def test_venues_named_before_their_kind(text: str, venue: str) -> None:
    assert any(venue in span for span in found(text, "LOCATION"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Search the Help Center for answers.", "Help Center"),
        ("The US National Hurricane Center said the storm was dangerous.", "Hurricane Center"),
        ("Open the Microsoft Security Center in Windows.", "Security Center"),
    ],
)
def test_bodies_and_pages_named_like_venues(text: str, body: str) -> None:
    assert not any(body in span for span in found(text, "LOCATION"))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The beach is twenty minutes from Naxos Town. Marble comes from the hills.", "Naxos Town"),
        ("Subject: Locum rota, Letterkenny and Donegal Town, weeks 18-21", "Donegal Town"),
    ],
)
def test_towns_and_villages_named_before_their_kind(text: str, town: str) -> None:
    assert town in found(text, "LOCATION")


def test_a_town_inside_a_longer_name() -> None:
    text = "Sipho will arrange transfers from Cape Town International Airport. One question."
    assert "Cape Town International Airport" in found(text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Add Priya to the thread.", "Priya"),  # review r17 L4: "Add Priya" was one name
        ("Loop Priya in on this, please.", "Priya"),
        ("Invite Marco to the call.", "Marco"),
    ],
)
def test_a_requests_verb_before_a_name_is_no_name(text: str, person: str) -> None:
    assert found(text, "PERSON") == [person]
