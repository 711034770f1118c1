"""Chat logs and forum posts whose speakers are named by handles or by ordinary words (issue 15, wave 14): handles
of a name and initials, nicks with digits that the others call by name, conversations labelled by nicknames that
are English words, a speaker's name opening a message, and handles that sign or introduce a forum post. The texts
are written for these tests (no blind-set text)."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.pii._names import chat
from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii.names import NameFinder


def persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in NameFinder().find(text) if s.entity_type == "PERSON"]


def test_a_handle_of_a_name_and_an_initial_labels_a_speaker() -> None:
    text = (
        "dmitro_p: standup in 5\n"
        "gulshan.a: ok, joining from the train\n"
        "dmitro_p: Gulshan can you share the board\n"
        "gulshan.a: sure"
    )
    assert persons(text).count("dmitro_p") == 2


def test_a_nick_with_digits_is_a_speaker_when_the_others_call_them_by_name() -> None:
    text = "priya_s: anyone up for the quiz at 8\nkenji77: in\npriya_s: kenji you bring the snacks then\nkenji77: deal"
    found = persons(text)
    assert found.count("kenji77") == 2
    assert "kenji" in found


def test_a_nick_with_digits_nobody_names_is_no_person() -> None:
    text = "rosa_m: who has the key\nbluefox88: not me\nrosa_m: ok asking downstairs\nbluefox88: try reception"
    assert "bluefox88" not in persons(text)


def test_nicknames_that_are_english_words_label_a_conversation() -> None:
    text = (
        "Cake: Pond are you still at the office?\n"
        "Pond: leaving now. Cake and Toon meet me at the pier\n"
        "Toon: ok see you there\n"
        "Cake: bring the umbrella\n"
        "Pond: yes"
    )
    found = persons(text)
    assert found.count("Cake") >= 2
    assert found.count("Pond") >= 3  # two labels and "Pond are you ..."


def test_script_and_prompt_labels_are_no_speakers() -> None:
    text = (
        "Input: the cat sat\nOutput: le chat\nInput: the dog ran\nOutput: le chien\n"
        "Question: why\nAnswer: because\nQuestion: when\nAnswer: now"
    )
    assert persons(text) == []


def test_a_speakers_name_opening_a_message_is_no_heading() -> None:
    text = "lukasz_k: who is driving\ntereza_m: me. Lukasz too\nlukasz_k: ok. Tereza map please"
    found = persons(text)
    assert "Lukasz" in found
    assert "Tereza" in found


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Posted by heron_hilda: Three days in the Camargue, flamingos everywhere.", "heron_hilda"),
        ("Great route, stayed two nights in the valley. – tomas_k", "tomas_k"),
        ("gianni_cooks wrote: the dough needs a full day in the fridge.", "gianni_cooks"),
        ("The thread is old but still useful.\nReply from okafor_j: same problem here.", "okafor_j"),
        ("Anyone know a good vet near the station? Posted by amateur_greta", "amateur_greta"),
    ],
)
def test_a_handle_made_of_a_name_that_signs_a_post_is_a_person(text: str, handle: str) -> None:
    assert handle in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Posted by turbo_ox\nBought a used estate car from a dealer last week.",
        "Set max_retries to 3 and grace_period to 10 in the config.",
        "Reply from kuro_neko: same here.",
        "Posted by bellacucina77: the sauce needs more basil.",
    ],
)
def test_a_handle_or_identifier_made_of_no_name_is_no_person(text: str) -> None:
    assert persons(text) == []


def test_a_speaker_named_like_a_town_is_a_person_when_the_others_call_them() -> None:
    text = (
        "chidi: cali you don reach the office?\n"
        "cali: i dey the bridge, traffic everywhere\n"
        "chidi: ok we go wait\n"
        "cali: thanks"
    )
    assert persons(text).count("cali") >= 2


@pytest.mark.parametrize("text", ["-1" + "_1" * 2000, "x-a" + "_a" * 2000, "see " + "_".join(["maria"] * 2000)])
def test_a_run_of_joined_parts_is_walked_once(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """Each "_" of a long run used to walk the run back to its start again (quadratic): counted, not timed."""
    walks: list[int] = []
    real = chat._handle_start

    def counted(p: Prepared, last: int) -> int:
        walks.append(last)
        return real(p, last)

    monkeypatch.setattr(chat, "_handle_start", counted)
    NameFinder().find(text)
    assert len(walks) <= 4
