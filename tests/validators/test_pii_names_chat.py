"""Names tier: people in chat logs (`_names/chat.py`): speaker labels at line starts and their other mentions.

The classes come from the seen sets (lower-case chat logs with speakers before a colon or in angle brackets);
the texts are new, written for these tests.
"""

from __future__ import annotations

import pytest

from guardrails_lite.validators.pii.names import NameFinder


def people(text: str) -> list[str]:
    return [text[s.start : s.end] for s in NameFinder().find(text) if s.entity_type == "PERSON"]


def test_speakers_in_lower_case_and_their_mentions_are_people() -> None:
    text = (
        "[10:14] wojtek: deploy went fine, thanks ngozi\n"
        "[10:15] ngozi: np. is aurelio around today?\n"
        "[10:16] wojtek: no, he's off till thursday"
    )
    found = people(text)
    assert found.count("wojtek") == 2
    assert found.count("ngozi") == 2
    assert "aurelio" in found


def test_irc_style_speakers() -> None:
    text = "<tariq> anyone up for a match?\n<svetlana> after dinner\n<tariq> ok, ping me svetlana"
    found = people(text)
    assert found.count("tariq") == 2
    assert found.count("svetlana") == 2


def test_a_speaker_who_is_also_an_ordinary_word_only_with_a_cue() -> None:
    text = "Bram: hey summer, coming to the climb tonight?\nSummer: yes! it's so warm this summer\nBram: great"
    found = people(text)
    assert found.count("Summer") == 1
    assert found.count("summer") == 1  # "hey summer", not "this summer"
    assert found.count("Bram") == 2


@pytest.mark.parametrize(
    "text",
    [
        # desks and teams talking: ordinary words as labels, names of projects and common words in the lines
        "[08:01] Security: the Phoenix badge readers are down\n[08:02] Facilities: mark it on the board, "
        "will fix by may\n[08:03] Security: ok. hope the atlas doors work",
        # a form and a header block: labels, not speakers
        "Requester: Olawale Adeyemi\nAssignee: Kirsi Lehtonen\nPriority: high",
        "From: Ines Duarte <ines@example.org>\nTo: Marek Novak <marek@example.org>\nSubject: lisbon trip",
        # places as labels in an itinerary
        "Lisbon: two nights at the river hotel\nPorto: one night near the station",
    ],
)
def test_labels_that_are_no_speakers(text: str) -> None:
    found = people(text)
    lower = [p for p in found if p.islower()]
    assert not lower
    assert not {"Security", "Facilities", "Requester", "Assignee", "Priority", "Lisbon", "Porto"} & set(found)


def test_a_lower_case_relation_or_place_is_no_person() -> None:
    text = "maya: at nana's till 6\njonas: ok. train from são paulo gets in at 7\nmaya: tell uncle kofi hi"
    found = people(text)
    assert "nana" not in found
    assert "paulo" not in found
    assert "kofi" in found


def test_first_names_in_a_message_written_in_lower_case() -> None:
    """No chat log, but a message whose sentences open in lower case: its lower-case first names are people
    (not ordinary words, places, relations or a lone word)."""
    text = "hey its joaquim. stuck on the tram near the station. tell maximilian im late, sorry mum!"
    assert people(text) == ["joaquim", "maximilian"]
    text = "ok so the bill came to 40. will pay you back monday, say hi to grace and rose from me"
    assert "bill" not in people(text) and "will" not in people(text)
    assert people("marisol") == []


def test_capitalised_writing_keeps_lower_case_words_out() -> None:
    text = "Hi all. The tram was late again. Please tell maximilian in ops. Thanks. Lower case here. And here."
    assert "maximilian" not in people(text)


def test_a_speaker_answering_a_relation_is_a_person() -> None:
    """(wave 13, seen pii9: "Mum:" is no name, so the log had one speaker and was no chat log)"""
    text = "Dad: did Ifeoma get the keys?\nChukwudi: yes, she has them\nDad: good. call me later\nChukwudi: ok"
    assert people(text).count("Chukwudi") == 2


def test_speakers_in_a_log_written_in_capitals() -> None:
    text = "OBI: LIFT BROKEN AGAIN ON FLOOR 3\nDARIUSZ: ENGINEER COMING THURS\nOBI: TENANTS WONT LIKE IT\nDARIUSZ: OK"
    found = people(text)
    assert found.count("OBI") == 2
    assert found.count("DARIUSZ") == 2


def test_notices_in_capitals_are_no_speakers() -> None:
    text = "NOTE: THE OFFICE IS CLOSED ON FRIDAY\nWARNING: WET FLOOR IN THE LOBBY\nUPDATE: LIFTS WORK AGAIN\nNOTE: OK"
    assert people(text) == []


def test_handles_named_for_a_person_label_their_lines() -> None:
    text = "amara.k: build is green\n<tomas_r> merging now\namara.k: thanks tomas\n<tomas_r> np"
    found = people(text)
    assert found.count("amara.k") == 2
    assert found.count("tomas_r") == 2


def test_a_nick_that_names_no_one_is_not_taken_as_a_handle() -> None:
    text = "[20:01] blue_fox: anyone on?\n[20:02] amara: yes\n[20:03] blue_fox: cool\n[20:04] amara: starting"
    assert "blue_fox" not in people(text)


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Thread locked. @dele_writes and @mirela.s, please keep it civil.", "dele_writes"),
        ("Thread locked. @dele_writes and @mirela.s, please keep it civil.", "mirela.s"),
        ("thanks @Rangi for the fix", "Rangi"),
    ],
)
def test_a_handle_after_an_at_sign_is_a_person(text: str, handle: str) -> None:
    assert handle in people(text)


@pytest.mark.parametrize("text", ["Write to desk@example.org today.", "Meet @ 5pm by the gate.", "Tag it @ 3"])
def test_an_address_or_a_spaced_at_sign_is_no_handle(text: str) -> None:
    assert people(text) == []


def test_speakers_in_square_brackets_and_their_mentions() -> None:
    """(wave 13, seen pii9: "[Reem] jomo left ..." named its speakers in brackets)"""
    text = "[Adaeze] landed in Kano, taxi now\n[Obinna] adaeze forgot her charger lol\n[Adaeze] obinna pls bring it"
    found = people(text)
    assert found.count("Adaeze") == 2
    assert "adaeze" in found
    assert "obinna" in found


def test_bracketed_notes_are_no_speakers() -> None:
    assert people("[Note] the lift is broken\n[Update] fixed now\n[Note] thanks") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mama Ekua: Kwesi where did you park\nKwesi: near the station", "Kwesi"),
        ("Priya: kal party hai\nRohit: haan. Tanvir ko bhi bol dena", "Tanvir"),
        ("Sari: barang sudah sampai?\nBudi: sudah. Nyoman yang cek", "Nyoman"),
        ("The pump failed again; Harshvardhan please approve the new quote.", "Harshvardhan"),
    ],
)
def test_a_name_opening_a_message_before_a_question_request_or_particle_is_kept(text: str, name: str) -> None:
    """(wave 13, seen pii8/pii9: "Kofi where are you", "Ishaan ka birthday", "Putu yang cek" were taken for headings)"""
    assert name in people(text)


def test_header_labels_of_other_languages_are_no_speakers() -> None:
    """(wave 13, seen pii8: "De:", "Para:", "Asunto:" made a Spanish mail header a chat log of three speakers)"""
    text = "De: Lucía Ferrer Gil\nPara: Andrés Soto\nAsunto: visita a Monterrey\n\nHola Andrés,"
    found = people(text)
    assert "De" not in found
    assert "Asunto" not in found
    assert "Para" not in found
