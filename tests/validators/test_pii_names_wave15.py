"""Names and places, wave 15 (issue 15): classes found in the seen blind set pii13. Sentences written for these
tests (none copied from a blind set); the expected values are what a reader takes the words for."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.pii._names.feasts import calendar
from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.tagger import Tagger
from guardrails_lite.validators.pii.names import NameFinder

FINDER = NameFinder()


def found(text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in FINDER.find(text)]


# -- other languages' weekdays and months, feasts as dates (data/names/calendar.json.gz) ----------------------
def test_the_calendar_list_holds_other_languages_days_and_no_english_or_common_names() -> None:
    days = calendar()
    assert {"jumatatu", "linggo", "esmaspäev", "perjantai", "lunes"} <= days.free
    assert {"domingo", "perşembe"} <= days.listed  # a surname / a Turkish town too
    assert not {"monday", "may", "march", "john", "maria", "london"} & (days.free | days.listed)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wanjiru: sawa, tunalipa Jumatatu\nOtieno: poa", "Jumatatu"),
        ("The deadline is now Perjantai, Aino says.", "Perjantai"),
        ("The kids go back to school on Lunes.", "Lunes"),
        ("Mass is at 6 on Linggo, tell Toto.", "Linggo"),
        ("We ship on Sábado from Lima.", "Sábado"),
    ],
)
def test_a_weekday_of_another_language_is_no_name(text: str, day: str) -> None:
    assert not [w for _, w in found(text) if day in w]


@pytest.mark.parametrize(
    ("text", "feast"),
    [
        ("The yard closes over Chuseok, then we reopen.", "Chuseok"),
        ("The courts are closed for Corpus Christi next week.", "Corpus Christi"),
        ("We hope to visit in Ramadan if the flights are cheap.", "Ramadan"),
    ],
)
def test_a_feast_named_as_a_date_is_no_place(text: str, feast: str) -> None:
    assert not [w for _, w in found(text) if feast in w]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We fly to Corpus Christi for the trade fair.", ("LOCATION", "Corpus Christi")),
        ("Domingo will meet you at the port.", ("PERSON", "Domingo")),
        ("Julio Domingo said the crates are in Valencia.", ("PERSON", "Julio Domingo")),
        ("Ayşe flies to Izmir on Perşembe with the samples.", ("LOCATION", "Izmir")),
        ("Please ask Talata to sign the delivery note.", ("PERSON", "Talata")),
        ("Talata said the bales are dry.", ("PERSON", "Talata")),
        ("The form was signed by Juma at the gate.", ("PERSON", "Juma")),
    ],
)
def test_a_day_or_feast_word_that_names_a_person_or_place_stays_one(text: str, name: tuple[str, str]) -> None:
    assert name in found(text)


@pytest.mark.parametrize(
    "unit",
    [
        "tunalipa Jumatatu, ",
        "over Chuseok and ",
        "closed for Corpus Christi ",
        "on Perşembe or ",
        "tunalipa Lunes na Linggo ",
    ],
)
def test_hostile_runs_of_day_and_feast_words_finish_and_name_nothing(unit: str) -> None:
    """Each look is a set look-up and two neighbours per entity: 20,000 repeats finish (the CPU time of these is
    in benchmarks/results/names-wave15.md) and still name no one."""
    text = unit * 20_000
    assert not [t for t, w in found(text) if t == "PERSON"]


# -- people by where they are and what they do; places on a journey -----------------------------------------
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The crates clear customs on Friday. Tevita in Nukualofa will collect them.", ["Tevita"]),
        (
            "The fees went up. Ayaan in Columbus and Warsame in Leicester asked for the old rate.",
            ["Ayaan", "Warsame"],
        ),
        ("The survey ran late. Achol photographed the trench before the rain.", ["Achol"]),
        ("We closed the dig. Nyaluak and Amou sorted the beads on the last day.", ["Nyaluak", "Amou"]),
    ],
)
def test_a_name_in_a_town_before_a_persons_verb_or_doing_what_people_do_is_a_person(
    text: str, people: list[str]
) -> None:
    got = found(text)
    for name in people:
        assert ("PERSON", name) in got


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("We went by bus through Pisac to the farm.", ["Pisac"]),
        ("We went by bus through Maras to the farm.", ["Maras"]),
    ],
)
def test_a_place_on_a_journey_is_a_place(text: str, places: list[str]) -> None:
    got = found(text)
    for name in places:
        assert ("LOCATION", name) in got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The shipping papers come from Aino in Kuopio.", ("PERSON", "Aino")),
        ("Questions go to Maria Lopez in Madrid.", ("PERSON", "Maria Lopez")),
        ("Send the forms to Maria and Kenji.", ("PERSON", "Maria")),
        ("Could you go through Chinedu's draft before noon?", ("PERSON", "Chinedu")),
        ("I went through Obiageli's notes last night.", ("PERSON", "Obiageli")),
        ("Our team in Nairobi and Wanjiru from finance will join the call.", ("PERSON", "Wanjiru")),
    ],
)
def test_people_after_a_journeys_words_stay_people(text: str, name: tuple[str, str]) -> None:
    assert name in found(text)


def test_a_firm_in_a_town_is_no_person() -> None:
    assert not [w for t, w in found("Siemens in Munich said the order is late.") if t == "PERSON"]


@pytest.mark.parametrize(
    "unit",
    [
        ". Tumbi in Paris and Kewa in Lima and Ravu in Oslo and Aipo in Rome said",
        " and Tumbi in Paris and Kewa in Lima",
        ". Nyandeng photographed it",
        " drove the crates to Karima,",
        " by bus through Urubamba and Mahiu",
        " went through Urubamba's notes",
    ],
)
def test_hostile_runs_of_the_new_cues_finish(unit: str) -> None:
    """Each cue reads a bounded number of tokens (`cues._placed` chains at most three names, the journey look-back
    three tokens): ~100 KB finish (CPU times in benchmarks/results/names-wave15.md) with spans inside the text."""
    text = unit * (100_000 // len(unit))
    spans = FINDER.find(text)
    assert spans
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


# -- a role alone is no one's name ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Good morning Captain,\n\nThe crew list is attached.\n\nRegards,\nIlse", "Captain"),
        ("Hi Agent,\nplease confirm.", "Agent"),
        ("From: Capt. Moana Tuilagi <ops@harbour.example>\nThe tug is ready.", "Capt"),
    ],
)
def test_a_greeting_to_a_role_names_no_one(text: str, role: str) -> None:
    got = found(text)
    assert not [w for _, w in got if w == role]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Good morning Captain,\n\nThe crew list is attached.\n\nRegards,\nIlse", "Ilse"),
        ("Dear Mr Judge,\nThanks for the note.", "Judge"),
        ("Captain Kenmare will board at noon.", "Kenmare"),
    ],
)
def test_names_beside_role_words_stay_names(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


class _TownTagger:
    """The shipped tagger's vocabulary, but every "Corpus Christi" tagged a place."""

    def __init__(self, model: Tagger) -> None:
        self.model = model

    def knows(self, low: str) -> bool:
        return self.model.knows(low)

    def tag(self, p: Prepared, deadline: float | None = None) -> list[tuple[int, int, str, float]]:
        words = p.words
        return [(i, i + 1, "LOC", 1.0) for i in range(len(words) - 1) if words[i : i + 2] == ["Corpus", "Christi"]]


def test_a_decision_that_reads_two_words_back_is_not_reused_for_another_context() -> None:
    """`detect._plausible_spans` decides each window once: the window holds the two words before a span, which
    `feasts.named` reads ("closed for Corpus Christi" is a date, "we travel for Corpus Christi" may be the town)."""
    text = "The courts are closed for Corpus Christi next week. Our buyers travel for Corpus Christi next week."
    # a tagger that reads both mentions as the town (the shipped one may read either way): the rules decide
    finder = NameFinder(model=_TownTagger(FINDER.model))
    got = [(t, text[:a].count("Corpus")) for t, a in ((s.entity_type, s.start) for s in finder.find(text))]
    assert ("LOCATION", 0) not in got
    assert ("LOCATION", 1) in got


# -- review r15a M6 and M9 -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Send the contract to Isla Brown by Friday.", "Isla Brown"),
        ("Please forward this to Isla Brown.", "Isla Brown"),
        ("I spoke to Lago Rossi yesterday.", "Lago Rossi"),
        ("Please draft a reference letter for Laxmi, my former assistant.", "Laxmi"),
        ("The parcel was signed for by Sonam at 3pm.", "Sonam"),
    ],
)
def test_people_after_to_from_for_by_are_people_not_places_or_feasts(text: str, person: str) -> None:
    assert ("PERSON", person) in found(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We spent a week on Isla Mujeres.", "Isla Mujeres"),
        ("We drove to Lago Maggiore.", "Lago Maggiore"),
        ("The ferry to Isla Mujeres leaves at 9.", "Isla Mujeres"),
    ],
)
def test_places_opened_by_a_name_prefix_stay_places(text: str, place: str) -> None:
    assert ("LOCATION", place) in found(text)
