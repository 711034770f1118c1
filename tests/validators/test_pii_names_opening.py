"""Issue 15 leak: a person opening a text or a sentence before a past-tense verb ("Maria Brown called yesterday.")
went to the model raw under the default policy. Sentences written for these tests; the expected values are what a
reader takes the words for."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardrails_lite.validators.pii.names import NameFinder

FINDER = NameFinder()
ROOT = Path(__file__).resolve().parent.parent.parent


def people(text: str) -> list[str]:
    return [text[s.start : s.end] for s in FINDER.find(text) if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the text's first words: no rule looked at the first token
        ("Maria Brown called yesterday.", "Maria Brown"),
        ("Maria Brown asked about it.", "Maria Brown"),
        ("Maria Brown phoned.", "Maria Brown"),
        ("Maria Brown emailed me.", "Maria Brown"),
        ("John Smith called yesterday.", "John Smith"),
        ("Maria Brown arrived late.", "Maria Brown"),
        ("Tom called yesterday.", "Tom"),
        ("Peter Rabbit called.", "Peter Rabbit"),
        ("Helen Moore texted at nine.", "Helen Moore"),
        ("Sarah rang this morning about the lease.", "Sarah"),
        # inside a text: a sentence or a line opening with the name
        ("Hi team. Maria Brown called yesterday about the invoice.", "Maria Brown"),
        ("Hi Dan,\n\nTom called yesterday about the boiler.\n\nBest,\nLiz", "Tom"),
        ("Quick update.\nJohn Smith arrived late, so we started at ten.", "John Smith"),
        ("Good morning,\n\nPeter Rabbit called about the parcel. He wants a refund.\n\nThanks", "Peter Rabbit"),
        ("Hello,\n\nKaren Lee messaged me last night. Can you check?\n\nRegards", "Karen Lee"),
    ],
)
def test_a_person_opening_a_sentence_before_a_past_tense_verb_is_found(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Will you send the report?", "Will"),
        ("May I ask a question?", "May"),
        ("Mark the date in your calendar.", "Mark"),
        ("Hope you all had a good weekend.", "Hope"),
        ("Grace period ended on Friday.", "Grace"),
        ("Rich results arrived from the lab.", "Rich"),
        ("Apollo launched last week.", "Apollo"),
        ("Atlas shipped on time.", "Atlas"),
        ("Summer arrived early this year.", "Summer"),
        ("Sales called the supplier.", "Sales"),
        ("Support answered within an hour.", "Support"),
        ("Paris called it a success.", "Paris"),
        ("Jordan arrived at a decision.", "Jordan"),
        ("Hi all. Mark the date: the audit starts Monday.", "Mark"),
        ("Thanks.\nGrace period ended yesterday.", "Grace"),
    ],
)
def test_an_ordinary_word_product_or_place_opening_a_sentence_stays_no_person(text: str, word: str) -> None:
    assert not [p for p in people(text) if word in p]


EMAILS = [
    (
        "Summarise this e-mail:\n\nFrom: Office <office@northwind.example>\nSubject: Boiler\n\n"
        "Maria Brown called yesterday about the boiler. She wants a visit on Friday.\n\nThanks,\nOffice",
        "Maria Brown",
    ),
    ("John Smith called yesterday. Please call him back about the quote.", "John Smith"),
    ("Tom called yesterday, can you draft a reply saying we will send the invoice?", "Tom"),
    ("Hello,\n\nPeter Rabbit called about the parcel. He wants a refund.\n\nRegards", "Peter Rabbit"),
]


@pytest.mark.parametrize(("prompt", "name"), EMAILS)
def test_the_default_policy_sends_no_opening_person_to_the_model(prompt: str, name: str) -> None:
    from guardrails_lite import Guard
    from tests.conftest import scripted

    llm, seen = scripted("Done.")
    Guard(ROOT / "policies" / "default.yaml").run(llm, prompt)
    assert len(seen) == 1
    assert name not in str(seen[0])
    for word in name.split():
        assert word not in str(seen[0])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I got a message from Maria Brown yesterday.", "Maria Brown"),
        ("The contract was signed by Sarah Miller on Monday.", "Sarah Miller"),
        ("I had a call with Peter Wilson about the roof.", "Peter Wilson"),
    ],
)
def test_a_common_first_name_and_a_surname_after_from_is_a_person_not_a_firm(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("We got a quote from Morgan Stanley yesterday.", "Morgan Stanley"),
        ("A letter from Johnson Matthey arrived.", "Johnson Matthey"),
    ],
)
def test_a_firm_after_from_stays_a_firm(text: str, firm: str) -> None:
    assert firm not in people(text)


@pytest.mark.parametrize(
    "unit",
    ["Maria Brown called yesterday. ", "Peter Rabbit called. ", "Tom arrived.\n", "a message from Maria Brown, "],
)
def test_hostile_runs_of_the_opening_cues_finish(unit: str) -> None:
    """Each new look reads a fixed number of tokens (the name's run, the word after it): ~100 KB finish with
    spans inside the text (CPU times in benchmarks/results/names-wave15.md)."""
    text = unit * (100_000 // len(unit))
    spans = FINDER.find(text)
    assert spans
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
