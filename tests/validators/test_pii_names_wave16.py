"""Issue 15, wave 16: review leftovers (r15b L4, L7; r15a M6, L3, L8) and the classes found in pii14's errors.
Sentences written for these tests; the expected values are what a reader takes the words for."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.pii._names import chat
from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii.names import NameFinder

FINDER = NameFinder()


def found(text: str, kind: str) -> list[str]:
    return [text[s.start : s.end] for s in FINDER.find(text) if s.entity_type == kind]


def people(text: str) -> list[str]:
    return found(text, "PERSON")


def places(text: str) -> list[str]:
    return found(text, "LOCATION")


# --- review leftovers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please wait till Domingo arrives with the van.", "Domingo"),  # r15b L4: a day's word that is a name
        ("We can start once Domingo arrives; wait till Domingo calls.", "Domingo"),
        ("Chase called me yesterday about the party.", "Chase"),  # a first name that a bank shares, as a person
        ("A gift from Isla Brown arrived today.", "Isla Brown"),  # r15a M6: typed ORGANIZATION before
        ("@travis please review the contract", "travis"),  # r15a L8: first names were on the not-a-handle list
        ("@ty can you check the invoice?", "ty"),
    ],
)
def test_review_leftovers_are_people(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Chase called about my card.", "Chase"),  # r15b L7: the bank
        ("Chase called about a suspicious transaction on the account.", "Chase"),
        ("Ford called about the recall of my car.", "Ford"),
        ("The Surgeon General issued a warning.", "General"),  # r15a L3: a rank finishes the title
        ("The Attorney General signed the order.", "General"),
        ("Meet me on Minister Street at noon.", "Street"),  # a street's word
        ("Procter and Gamble decided to raise prices.", "Procter"),  # two surnames joined by "and": one firm
        ("Procter and Gamble decided to raise prices.", "Gamble"),
    ],
)
def test_review_look_alikes_are_no_people(text: str, word: str) -> None:
    assert not any(word in p for p in people(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Aipo and Kewa left early.", ["Aipo", "Kewa"]),  # first names joined by "and" stay people
        ("Smith and Jones signed the lease.", ["Smith", "Jones"]),  # listed first names too
        ("The shop is closed till Domingo. Domingo Perez will open it.", ["Domingo Perez"]),
        ("General Okafor will attend the parade.", ["Okafor"]),
        ("Tom called yesterday.", ["Tom"]),
    ],
)
def test_people_beside_the_review_look_alikes_stay_people(text: str, names: list[str]) -> None:
    got = people(text)
    assert all(any(n in g for g in got) for n in names), got


def test_a_day_word_after_till_without_a_persons_verb_is_a_date() -> None:
    assert people("The shop is closed till Domingo.") == []


# --- forum handles ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        # a handle opening its own line after another line (the line break was taken for a glued character)
        ("Re: towing a caravan\ngreg_in_mackay wrote: Towed a 2t van last week.", "greg_in_mackay"),
        ("Thread: sourdough\nlena_k wrote: feed it twice a day.", "lena_k"),
        # handles joined by a dot
        ("Old thread, still useful.\nReply from priya.vet: same problem with my dog.", "priya.vet"),
        ("Posted by tomas.rides: the pass was closed.", "tomas.rides"),
        # a first name that is a word too, beside a surname no list holds
        ("Posted by robin_achebe: Great morning at the marshes!", "robin_achebe"),
    ],
)
def test_forum_handles_that_sign_a_post_are_people(text: str, handle: str) -> None:
    assert handle in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "See e.g. the file config.yaml: it sets the port.",
        "Visit acme.example for more. Posted by admin.team",
        "Reply from kuro_neko: same here.",
        "Open settings.json: then set max_retries to 3.",
        "Posted by robin_hood: the forest walk.",  # two ordinary words, no surname on no list
    ],
)
def test_dotted_words_and_handles_of_no_name_are_no_people(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    ["Posted by " + ".".join(["maria"] * 2000), "x." + "a." * 2000 + " wrote:", "Reply from " + "a.b_" * 1500 + "c:"],
)
def test_a_run_of_dotted_parts_is_walked_once(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """Dotted handles join the "_" walk: each run is still walked once (counted, not timed)."""
    walks: list[int] = []
    real = chat._handle_start

    def counted(p: Prepared, last: int) -> int:
        walks.append(last)
        return real(p, last)

    monkeypatch.setattr(chat, "_handle_start", counted)
    NameFinder().find(text)
    assert len(walks) <= 4


# --- greetings and introductions in other languages, honorifics of other traditions ------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Subject: Weekend rota\n\nBore da Gwenllian and Osian,\n\nThe rota is attached.", ["Gwenllian", "Osian"]),
        ("Sat Sri Akal Gurjit ji, hi Rosalind,\n\nThe families confirmed.", ["Gurjit"]),
        ("Kia ora Hemi,\n\nThe timber arrived.", ["Hemi"]),
        ("Message: Hola, me llamo Uxía y vivo en Lugo.", ["Uxía"]),
        ("Bonjour, je m'appelle Inès Dubois et je cherche un appartement.", ["Inès Dubois"]),
        ("Hallo, ich heiße Jonas und wohne in Graz.", ["Jonas"]),
        ("Please greet Sheikh Salem's family for me.", ["Salem"]),
        ("Ratu Epeli Nailatikau's farm reported a fire.", ["Epeli Nailatikau"]),
        ("Haruka: for Ishikawa bucho too? he said 8:10", ["Ishikawa"]),
        ("Sato: yes. and Yuto-kun meets the client at noon", ["Yuto"]),
        ("Rafiq bhai, our compliance officer, will meet your auditor.", ["Rafiq"]),
        ("Alhaji Rasheed Akanbi owns the house we film in.", ["Rasheed Akanbi"]),
        ("Dr Anna Street will see you at ten.", ["Anna Street"]),
    ],
)
def test_people_greeted_introduced_or_titled_in_their_tradition(text: str, names: list[str]) -> None:
    got = people(text)
    assert all(any(n in g for g in got) for n in names), got


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Take the metro to Sheikh Zayed Road.", "Zayed"),  # a street named for a person
        ("Buses leave from the rank on Dr Pixley KaSeme Street at six.", "Pixley"),
        ("Hei Team, the build is green.", "Team"),
        ("We met in San Sebastian.", "Sebastian"),  # capitalised "San" is no form of address
    ],
)
def test_streets_greeted_groups_and_towns_are_no_people(text: str, word: str) -> None:
    assert not any(word in p for p in people(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [("Message: Hola, me llamo Uxía y vivo en Lugo.", "Hola"), ("Aloha, we land on Tuesday.", "Aloha")],
)
def test_a_greeting_opening_a_sentence_is_no_name(text: str, word: str) -> None:
    assert not any(word in s for s in people(text) + places(text))


def test_a_street_named_for_a_person_after_a_title_is_a_place() -> None:
    text = "Buses leave from the rank on Dr Pixley KaSeme Street at six."
    assert any("Pixley KaSeme Street" in p for p in places(text))


@pytest.mark.parametrize(
    "unit",
    [
        " Sheikh Salem and Ratu Epeli Nailatikau",
        " Yuto-kun and Ishikawa bucho and Rafiq bhai",
        " Ishikawa Tanaka Sato bucho",
        "\nBore da Gwenllian and Osian,",
        "\nPosted by robin_achebe: ok.",
        " priya.vet",
        " Procter and Gamble decided",
        " Chase called about my card.",
        " till Domingo arrives",
        " the Blue Eagle bus",
        " send the form to Selamawit and Parisa and Thabo by",
    ],
)
def test_hostile_runs_of_the_wave16_cues_finish(unit: str) -> None:
    """Each new cue reads a bounded number of tokens (a name before a form of address at most three, the firm
    window six): ~100 KB finish (CPU times in benchmarks/results/names-wave16.md) with spans inside the text."""
    text = unit * (100_000 // len(unit))
    spans = FINDER.find(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


# --- products named after "the", people papers are sent to ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Zamira can book the Blue Eagle bus for the second group.", "Blue Eagle"),
        ("Gintarė designed the Dewfall pendants.", "Dewfall"),
        ("Haruka will bring the Shinkansen tickets.", "Shinkansen"),
        ("Kadri will show you the Kratt dashboard on Monday.", "Kratt"),
        ("She wanted a sample of the Negin grade.", "Negin"),
    ],
)
def test_a_product_named_before_a_goods_noun_is_no_place(text: str, word: str) -> None:
    assert not any(word in s for s in places(text) + people(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Send the Kyoto samples today.", "Kyoto"),  # a listed place before goods: where they come from
        ("It struggled on the Eungella range.", "Eungella"),  # a range of hills, not of goods
        ("We drove to the Douro valley.", "Douro"),
        ("Trip report: Karakol to Altyn-Arashan over the pass.", "Altyn"),
    ],
)
def test_places_beside_goods_or_papers_stay_places(text: str, place: str) -> None:
    assert any(place in s for s in places(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Please send the cupping form to Selamawit by Friday.", ["Selamawit"]),
        ("Please send questions to Parisa before then.", ["Parisa"]),
        ("Club update: well done to Lindiwe Zungu and Thabo, who finished the race!", ["Lindiwe Zungu", "Thabo"]),
    ],
)
def test_the_one_papers_go_to_or_who_is_praised_is_a_person(text: str, names: list[str]) -> None:
    got = people(text)
    assert all(n in got for n in names), got


def test_papers_sent_to_a_listed_town_go_to_the_town() -> None:
    assert places("Send the invoice to Nairobi by Friday.") == ["Nairobi"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The meeting is at our office; Eléonore may join by video.", "Eléonore"),
        ("Thanks. Siosaia might bring the keys.", "Siosaia"),
        ("Ngaire should sign both copies.", "Ngaire"),
    ],
)
def test_an_unlisted_name_before_may_might_should_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    ["Summer may be late this year.", "Apollo might slip a week.", "Marketing should approve it.", "May I ask?"],
)
def test_words_before_may_might_should_are_no_people(text: str) -> None:
    assert people(text) == []


# --- review r16b M7: names that the new excuses left in clear ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please label the Whitfield samples and send them to the lab today.", "Whitfield"),  # a patient's samples
        ("Nurse, bring the Kowalski samples to room 4 before noon.", "Kowalski"),
        ("We booked the Okonkwo tickets for Friday.", "Okonkwo"),
        ("Ola, can you send me the signed lease by Friday?", "Ola"),  # first names that are greetings too
        ("Ola Nordmann, can you sign this?", "Ola"),
        ("Mauri, please call me back.", "Mauri"),
        ("Tere, I will be late today.", "Tere"),
        ("Wendy called about the overdue payment on her account.", "Wendy"),  # a first name, not the burger chain
        ("Chase called about the overdue payment on her account.", "Chase"),  # "her account": a person's
    ],
)
def test_names_the_excuses_must_not_leave_in_clear(text: str, name: str) -> None:
    assert any(name in s for s in found(text, "PERSON") + found(text, "LOCATION"))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kowalski and Nowak decided to sell the flat.", ["Kowalski", "Nowak"]),  # r16b M7 (4): two people
        ("Okafor and Mensah agreed to the new terms.", ["Okafor", "Mensah"]),
        ("Hernandez and Garcia decided to appeal.", ["Hernandez", "Garcia"]),
    ],
)
def test_two_surnames_joined_by_and_are_two_people(text: str, names: list[str]) -> None:
    got = found(text, "PERSON") + found(text, "LOCATION")
    assert all(any(n in g for g in got) for n in names), got
