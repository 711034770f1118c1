"""Names a cue of their own gives away are found whatever the tagger proposes (wave 17, issue 15).

Before wave 17 some rules only confirmed a person the tagger had proposed: a retrained tagger that proposed nothing
there (or a place, or a firm) left the name in clear. Each case below is checked with the shipped tagger and with
three stand-ins: one that proposes nothing, one that reads every capitalised word as a place, one as a firm."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.tagger import Tagger
from guardrails_lite.validators.pii.names import NameFinder

SHIPPED = NameFinder()


class _StandIn:
    """The shipped tagger's vocabulary; its proposals: none, or every capitalised candidate token as `kind`."""

    def __init__(self, model: Tagger, kind: str | None) -> None:
        self.model = model
        self.kind = kind

    def knows(self, low: str) -> bool:
        return self.model.knows(low)

    def tag(self, p: Prepared, deadline: float | None = None) -> list[tuple[int, int, str, float]]:
        if self.kind is None:
            return []
        return [(i, i, self.kind, 1.0) for i in p.cands if p.words[i][:1].isupper()]


FINDERS = {
    "shipped": SHIPPED,
    "none": NameFinder(model=_StandIn(SHIPPED.model, None)),  # type: ignore[arg-type]
    "places": NameFinder(model=_StandIn(SHIPPED.model, "LOC")),  # type: ignore[arg-type]
    "firms": NameFinder(model=_StandIn(SHIPPED.model, "ORG")),  # type: ignore[arg-type]
}


def people(finder: NameFinder, text: str) -> list[str]:
    return [text[s.start : s.end] for s in finder.find(text) if s.entity_type == "PERSON"]


CASES = [
    # the sender under a closing line in any language
    ("The crates left on Monday.\n\nSrdačan pozdrav,\nMarko", "Marko"),
    ("I will send the forms.\n\nLep pozdrav,\nJana", "Jana"),
    # addressed at a clause's opening before a request or "I"
    ("Ola, can you send me the signed lease by Friday?", "Ola"),
    ("Mauri, please call me back.", "Mauri"),
    ("Tere, I will be late today.", "Tere"),
    ("Ola Nordmann, can you sign this?", "Ola Nordmann"),
    ("The pump failed again; Harshvardhan please approve the new quote.", "Harshvardhan"),
    # addressed at the end of a sentence of thanks, greeting or apology
    ("Thanks for the quick reply, Sonam.", "Sonam"),
    ("Sorry for the late answer, Ngozi!", "Ngozi"),
    # apposition to a role
    ("Please draft a reference letter for Laxmi, my former assistant.", "Laxmi"),
    # a first name and a surname after from/to/by/with
    ("Send the contract to Isla Brown by Friday.", "Isla Brown"),
    ("I got a message from Maria Brown yesterday.", "Maria Brown"),
    ("The contract was signed by Sarah Miller on Monday.", "Sarah Miller"),
    # a listed surname before a person's goods
    ("Nurse, bring the Kowalski samples to room 4 before noon.", "Kowalski"),
    ("We booked the Okonkwo tickets for Friday.", "Okonkwo"),
    # two listed names opening a sentence before a person's act
    ("Largo Winch sent the contract.", "Largo Winch"),
    ("The van is late. Lago Rossi said it will come at noon.", "Lago Rossi"),
    # the text's first name opening a sentence, as after a sentence end; "forward to X" as "talk to X"
    ("Laura and I are Methodists.", "Laura"),
    ("Tunde said the van is ready.", "Tunde"),
    ("Go ahead and forward to Brant if you are ready.", "Brant"),
    # a military rank as a title
    ("General Okafor will attend the parade.", "Okafor"),
    # the rules that were already independent stay so
    ("Hi Sonam, thanks for the photos.", "Sonam"),
    ("Dr Okafor will see you at ten.", "Okafor"),
    ("My name is Uxía Pereira and I live nearby.", "Uxía Pereira"),
    ("From: Ana Costa <ana@example.com>\nSubject: keys\n\nHello,", "Ana Costa"),
    ("See you soon.\n\nBest regards,\nJoanna Pike", "Joanna Pike"),
]


@pytest.mark.parametrize("finder", FINDERS)
@pytest.mark.parametrize(("text", "name"), CASES)
def test_a_name_its_own_cue_gives_away_is_a_person_whatever_the_tagger_says(finder: str, text: str, name: str) -> None:
    assert name in people(FINDERS[finder], text)


LOOK_ALIKES = [
    "The Surgeon General will speak at noon.",
    "General Motors said it will recall the cars.",
    "Hola, can you help me with the booking?",
    "Sure, can you send it again?",
    "Monday, can you make it?",
    "Thanks for the update, team.",
    "Thanks for coming, everyone!",
    "The summer fair moves from Victoria Park to the church car park.",
    "The parkrun moves to Delta Park in January.",
    "Also check the Marley tiles around the chimney.",
    "Please label the Kyoto samples before noon.",
    "Best regards,\nThe Support Team",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_of_those_cues_name_no_person_with_no_tagger_proposal(text: str) -> None:
    """The cues alone (the tagger proposing nothing) name no one in these."""
    assert people(FINDERS["none"], text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Surgeon General will speak at noon.",
        "Hola, can you help me with the booking?",
        "Thanks for the update, team.",
        "The summer fair moves from Victoria Park to the church car park.",
        "Also check the Marley tiles around the chimney.",
    ],
)
def test_look_alikes_name_no_person_with_the_shipped_tagger(text: str) -> None:
    assert people(SHIPPED, text) == []


def test_a_header_label_of_another_language_is_no_person_whatever_the_tagger_says() -> None:
    text = "De: Lucía Ferrer Gil\nPara: Andrés Soto\nAsunto: visita a Monterrey\n\nHola Andrés,"
    for finder in FINDERS.values():
        found = people(finder, text)
        assert "De" not in found and "Para" not in found and "Asunto" not in found


def test_a_lone_place_kind_word_is_no_place() -> None:
    finder = FINDERS["places"]
    text = "Grab saffron from the Souk Bazaar stall by the door."
    assert not [s for s in finder.find(text) if text[s.start : s.end] == "Souk" and s.entity_type == "LOCATION"]


@pytest.mark.parametrize(
    "unit",
    [
        "Thanks for the quick reply, Sonam. ",
        "Ola, can you send it? ",
        "Harshvardhan please approve. ",
        "a letter for Laxmi, my former assistant. ",
        "to Isla Brown by Friday ",
        "the Kowalski samples ",
        "Largo Winch sent it. ",
        "General Okafor will attend. ",
        "Srdačan pozdrav,\nMarko\n",
        "thanks , , , , , , , , , , , , , , Sonam. ",
    ],
)
def test_hostile_runs_of_the_own_cues_finish_and_find_each_name(unit: str) -> None:
    text = unit * 2000
    found = FINDERS["none"].find(text)
    assert len(found) >= 1000 or "thanks ," in unit


PLACE_CASES = [
    ("We are based in Cape Town.", "Cape Town"),
    ("Hi all, the team flies to Cape Town on Monday.", "Cape Town"),
    ("The commissioning team left for Port Harcourt the same evening.", "Port Harcourt"),
    ("They want to ship 2 containers via Dar es Salaam instead.", "Dar es Salaam"),
]


@pytest.mark.parametrize("finder", ["shipped", "none"])
@pytest.mark.parametrize(("text", "place"), PLACE_CASES)
def test_a_listed_multi_word_place_is_a_place_whatever_the_tagger_says(finder: str, text: str, place: str) -> None:
    """Review r17 M9: the retrained tagger knew both words of "Cape Town" and proposed nothing there."""
    found = FINDERS[finder].find(text)
    assert place in [text[s.start : s.end] for s in found if s.entity_type == "LOCATION"]


@pytest.mark.parametrize(
    "text",
    # "Towed a van with my Santa Fe, no dramas." passed only with wave 17's retrained tagger, which was not shipped
    # (review r17 M9): the shipped tagger reads "Santa Fe" there as a place, as on main (an over-mask, not a leak).
    ["Cape Town Tourism called about the stand.", "Jean-Baptiste called."],
)
def test_a_listed_place_s_words_in_a_car_or_a_longer_name_are_no_place_on_their_own(text: str) -> None:
    assert not [s for s in SHIPPED.find(text) if s.entity_type == "LOCATION" and text[s.start : s.end] != "Cape Town"]
