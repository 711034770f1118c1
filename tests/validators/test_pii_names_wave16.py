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
