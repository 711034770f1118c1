"""People in running prose by their cues (wave 12, issue 15): a family word before a name, a verb whose "to" comes
before a person, "<name> and I", verbs only people do, a chat line that addresses someone. Every sentence is
written for this file (none comes from a blind set); the names are chosen from no name list the package ships
or, when listed, shared with a town, so only the cue can find them."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.pii.names import NameFinder


def spans(text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in NameFinder().find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please ring Aunty Oyinkan in Croydon tonight.", "Oyinkan"),
        ("We still have Grandma Ebunoluwa's recipe book.", "Ebunoluwa"),
        ("Lunch with Tane's aunt Whetu on Sunday.", "Whetu"),
        ("Your driver will be my cousin Dorjee, and the cook is Nima.", "Dorjee"),
    ],
)
def test_a_family_word_before_a_name_makes_it_a_person(text: str, name: str) -> None:
    assert ("PERSON", name) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "The stand is in Fira Gran Via, hall 2.",  # a family word inside a place's name is no title
        "Dinner at Da Nonna Rosetta was lovely.",
    ],
)
def test_a_family_word_inside_a_run_of_capitals_is_no_title(text: str) -> None:
    assert not [v for k, v in spans(text) if k == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The login still fails. Escalated to Baljeet (L2) this morning.", "Baljeet"),
        ("Nothing from the depot yet - escalate to Torvald.", "Torvald"),
        ("Say hi to Thuy at the market for me.", "Thuy"),
        ("The quote is late, so it may be worth nudging Obinna.", "Obinna"),
    ],
)
def test_a_verb_that_takes_a_person_finds_its_object(text: str, name: str) -> None:
    assert ("PERSON", name) in spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Morning! Adebola and I are at the Ikeja office.", "Adebola"),
        ("We drove on from Tamale. Yakubu and his wife hosted us.", "Yakubu"),
        ("Thanks for the tip. Wiremu recommended the café too.", "Wiremu"),
    ],
)
def test_a_name_opening_a_sentence_before_what_people_do_is_a_person(text: str, name: str) -> None:
    assert ("PERSON", name) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lagos and I have a long history.",  # a listed city stays a place
        "Escalated to Finance this morning.",  # an ordinary word after "escalated to" is a team
        "Say hi to London for me!",
    ],
)
def test_the_cues_leave_places_and_teams_alone(text: str) -> None:
    assert not [v for k, v in spans(text) if k == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tomás: nice. Sigrun are you still in Kano?", "Sigrun"),
        ("<Aksel> lol thx. Sindri u in Bergen still?", "Sindri"),
        ("Kwabena: ok. Ekow not here yet.", "Ekow"),
    ],
)
def test_a_chat_line_addressing_someone_by_name_keeps_the_name(text: str, name: str) -> None:
    assert ("PERSON", name) in spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("then we go back to see tía lucia in the old town", "lucia"),
        ("grandpa walter sends his love", "walter"),
        ("mrs okonkwo next door says the road is closed", "okonkwo"),
        ("say hello to mr. henderson for me", "henderson"),
    ],
)
def test_a_family_word_or_title_before_a_lower_case_name_makes_it_a_person(text: str, name: str) -> None:
    assert ("PERSON", name) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "uncle said the road is closed",  # no name after the family word
        "we flew out to see my aunt in london",  # a big city is no name
        "so we said hi to paris from the train",  # a greeting opens no sentence here, and paris is a city
        "mr . bean was on again",  # an ordinary word after a title is no listed surname
    ],
)
def test_a_family_word_or_title_before_an_ordinary_or_place_word_finds_no_person(text: str) -> None:
    assert not [v for k, v in spans(text) if k == "PERSON"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Day 3: hike Ben Lomond Peak, then back to the hut.", "Ben Lomond Peak"),
        ("The ferry leaves from Doubtful Sound at noon.", "Doubtful Sound"),
        ("Meet me at the Khan el-Khalili Bazaar entrance.", "Khan el-Khalili Bazaar"),
        ("The flat on Easter Road Walk has a new boiler.", "Easter Road Walk"),
        ("Our office moved to 3 Esplanade Parade last spring.", "Esplanade Parade"),
        ("She works nights at the Aberdeen Infirmary this month.", "Aberdeen Infirmary"),
    ],
)
def test_a_peak_sound_bazaar_walk_parade_or_infirmary_names_a_place(text: str, place: str) -> None:
    found = [v for k, v in spans(text) if k == "LOCATION"]
    assert any(place in v or v in place for v in found), found


@pytest.mark.parametrize("text", ["Sales Peak is in March.", "The Sound of Music is on tonight.", "Morning Walk at 7."])
def test_a_place_type_after_ordinary_words_is_no_place(text: str) -> None:
    assert not [v for k, v in spans(text) if k == "LOCATION"]


@pytest.mark.parametrize("verb", ["said", "SAID", "sAid"])
def test_a_verb_of_saying_in_any_case_gives_the_same_label(verb: str) -> None:
    """(review r12a L2: the seams prefilter held three spellings of each verb, `mended` lowered them)"""
    short = spans(f"Iwase {verb} the line works.")
    longer = spans(f"Iwase {verb} the line works, you know.")
    assert [k for k, v in short if v == "Iwase"] == [k for k, v in longer if v == "Iwase"]


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Please keep the damaged Knole sofa until the adjuster calls.", "Knole"),
        ("Bring your Ericsson badge to reception.", "Ericsson"),
        ("The Delonghi machine in the kitchen is broken again.", "Delonghi"),
        ("Colours are final (Toyo refs attached).", "Toyo"),
    ],
)
def test_a_word_before_a_thing_made_or_sold_is_no_place(text: str, brand: str) -> None:
    assert ("LOCATION", brand) not in spans(text)


def test_a_big_city_before_such_a_noun_stays_a_place() -> None:
    assert ("LOCATION", "London") in spans("The London stock of umbrellas sold out.")


@pytest.mark.parametrize(
    "text",
    [
        "The Black Friday Parade starts at 9 on the high street.",
        "Join us for the Christmas Walk after lunch.",
        "Grab saffron from the Souk Bazaar stall by the door.",
        "The Easter Parade is cancelled this year.",
        "Sign up for the Monday Walk with the running club.",
    ],
)
def test_a_day_feast_or_another_place_type_before_a_building_word_names_an_event(text: str) -> None:
    """(review r12b L1: these were LOCATION after wave 12's peaks/walks/parades/bazaars)"""
    assert not [v for k, v in spans(text) if k == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi kemi, are you free on friday?", "kemi"),
        ("hi kemi\nare you free?", "kemi"),
        ("hey bolanle! running late", "bolanle"),
    ],
)
def test_a_greeting_opening_a_line_addresses_an_unlisted_lower_case_name(text: str, name: str) -> None:
    """(review r12b L3: the cited "hi kemi" was not found: "kemi" is on no first-name list)"""
    assert ("PERSON", name) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "hi hun, are you in?",
        "hey fam!",
        "hi bestie,\nmiss you",
        "hi team, quick one",
        "so we said hi lagos, from the bus",
    ],
)
def test_a_greeting_before_a_chat_word_or_in_mid_sentence_finds_no_person(text: str) -> None:
    assert not [v for k, v in spans(text) if k == "PERSON"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("dinner by Mtwapa River, then home", "Mtwapa River"),
        ("we left from Place Kléber at six", "Place Kléber"),
        ("a plot by Bramley Park. Beans went in", "Bramley Park"),
        ("moved to Kista Science Park; Ola stays", "Kista Science Park"),
        ("Rangers at Kōkeʻe State Park were kind", "Kōkeʻe State Park"),
        ("before the Kelvingrove Hall recital", "Kelvingrove Hall"),
        ("she lives near Makola Market; I will call", "Makola Market"),
        ("Did the Otter Trail last week.", "Otter Trail"),
    ],
)
def test_rivers_squares_parks_halls_markets_and_trails_are_places(text: str, place: str) -> None:
    """(wave 13, classes from the seen pii9: the tagger took none of these; the sentences are new)"""
    assert ("LOCATION", place) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "How to Place Your Order online in three steps.",
        "The River Cruise sails at nine.",
        "The Stock Market fell again today.",
        "Leave the van in the Car Park.",
        "Please ask Rosa Hall to sign the form.",
        "Zoo Keeper Week starts on Monday.",
        "The Black Market is no place to buy a phone.",
    ],
)
def test_those_words_after_or_before_ordinary_words_or_people_are_no_place(text: str) -> None:
    assert not [v for k, v in spans(text) if k == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ask Sara Jenkins at the front desk.", "Sara Jenkins"),
        ("Lena Bosch signed the lease.", "Lena Bosch"),
        ("The refund goes to Emily Dell.", "Emily Dell"),
    ],
)
def test_a_first_name_and_a_surname_that_a_product_shares_are_a_person(text: str, name: str) -> None:
    """(wave 13, seen pii9 "Mari Jenkins": a tagger person holding a product word was dropped whole)"""
    assert ("PERSON", name) in spans(text)


@pytest.mark.parametrize("text", ["Open Google Docs now.", "We use Jira Cloud and Adobe Acrobat daily."])
def test_products_of_two_words_stay_unflagged(text: str) -> None:
    assert spans(text) == []


def test_a_relation_before_a_name_that_a_town_shares_makes_it_a_person() -> None:
    """(wave 13, seen pii9 "his grandson Duarte": grandson, niece, nephew ... are family words before a name)"""
    assert ("PERSON", "Florencia") in spans("a seat for his niece Florencia. Thanks")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("From: gulbahor\nTo: sardor\nSubject: sunday\n\nsee you at six", "gulbahor"),
        ("From: gulbahor\nTo: sardor\nSubject: sunday\n\nsee you at six", "sardor"),
        ("from: mum\nto: kemi\nsubject: lunch\n\nbring the cake", "kemi"),
    ],
)
def test_a_lower_case_name_alone_in_a_from_or_to_header_is_a_person(text: str, name: str) -> None:
    """(wave 13, seen pii8/pii9: "From: dilnoza", "to: kemi")"""
    assert ("PERSON", name) in spans(text)


@pytest.mark.parametrize(
    "text", ["To: team\nSubject: standup\n\nnotes below", "to: all\nfrom: reception\n\nlift is out"]
)
def test_a_group_or_desk_in_a_lower_case_header_is_no_person(text: str) -> None:
    assert not [v for k, v in spans(text) if k == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("can you book the skip for friday?\n\nfarhad\n\n> On 3 May, Ines wrote:", "farhad"),
        ("the van is back at the yard.\n\ngreg\n", "greg"),
    ],
)
def test_a_message_signed_with_a_lower_case_name_on_its_own_line(text: str, name: str) -> None:
    """(wave 13, seen pii5/pii8: "dariush", "dave" alone above a quoted reply)"""
    assert ("PERSON", name) in spans(text)


@pytest.mark.parametrize("text", ["see you soon\n\nxoxo\n", "ok thanks\n\nthanks\n", "done\n\nrip\n"])
def test_a_lower_case_sign_off_word_is_no_name(text: str) -> None:
    assert not [v for k, v in spans(text) if k == "PERSON"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("New address: Flat 3, Harrowgate Court, 18 Station Road, Leeds", "Harrowgate Court"),
        ("Unit 12, Old Tannery Works, Mill Road, Bristol", "Old Tannery Works"),
        ("Send it to 22 Seaview Parade, Hove BN3 2AB", "Seaview Parade"),
        ("Is the address still 9 Lough View, Limerick?", "Lough View"),
        ("Can you give me a price for Hazel Close before Friday?", "Hazel Close"),
        ("Park on Ash Grove, not by the school.", "Ash Grove"),
    ],
)
def test_addresses_name_their_buildings_and_streets(text: str, place: str) -> None:
    """(wave 13, seen pii2-pii5: flats and units between commas, numbered parades and views, 'for'/'on' streets)"""
    assert ("LOCATION", place) in spans(text)


@pytest.mark.parametrize(
    "text",
    ["Unit 3, Sales Team, is moving upstairs.", "Ask for Rosa Hill at the desk.", "We sold 14 Blue Walks today."],
)
def test_a_team_a_person_or_goods_in_an_address_shape_are_no_place(text: str) -> None:
    assert not [v for k, v in spans(text) if k == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("we waited ages on calle fuencarral, then walked", "calle fuencarral"),
        ("The route crosses the Khunjerab Pass on day four.", "Khunjerab Pass"),
    ],
)
def test_a_lower_case_street_after_its_prefix_and_a_mountain_pass_are_places(text: str, place: str) -> None:
    """(wave 13, seen pii3/pii5: "calle alcalá", "Brenner Pass")"""
    assert ("LOCATION", place) in spans(text)


@pytest.mark.parametrize(
    "text",
    ["we drove on dirt road all day", "Buy a Season Pass online.", "Show your Boarding Pass at the gate."],
)
def test_ordinary_roads_and_passes_are_no_place(text: str) -> None:
    assert not [v for k, v in spans(text) if k == "LOCATION"]


def test_the_month_may_as_a_modal_or_a_deadline_is_no_mention_of_a_person_called_may() -> None:
    """(wave 13, seen pii2/pii4/pii6/pii8: a person called May made every later "May I"/"May we"/"make May" hers)"""
    text = "Hi May,\n\nThanks. May I remind everyone to sign in? Will we make May? May said yes."
    found = [(s.start, v) for s, (k, v) in zip(NameFinder().find(text), spans(text), strict=True) if k == "PERSON"]
    assert [text[a : a + 3] for a, _ in found] == ["May", "May"]
    assert [a for a, _ in found] == [3, text.index("May said")]


def test_a_town_after_from_or_to_in_another_language_is_a_place() -> None:
    """(wave 13, seen pii9: Indonesian "dari" = "from" before a listed town)"""
    assert ("LOCATION", "Takengon") in spans("Wati: Pak Joko, teh dari Takengon sudah sampai?")
