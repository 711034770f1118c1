"""grounding, wave 11: faithful sentences no longer flagged for reasons that are classes, not cases.

- "-ed" and "-ing" come off a verb (as in WordNet's morphy): "paying" is "pay" (not "PAYE"), "passed" is
  "pass" (not "passé"), "waited" is "wait", and "need" is itself (not "née" + "d"), so each shares a form
  with its other inflections.
- "The error led Imogen Sale to launch an investigation": "led <someone> to <verb>" asserts a consequence,
  which needs a source stating it.
- "an extra day", "a full week", "a further two weeks": an article before a filler and a unit of time is one
  of that unit (it read as a bare half in "an extra day and a half").
- A relative clause on the subject ("Ravi, who had been scheduled for 15:30, withdrew") ends at its comma;
  "2°C" and "2 degrees" are figures with their unit, no word of their own.
- "The security team said ...": a short common-noun phrase is a speaker too; an amount that adds up (or
  multiplies) the amounts of its own source sentence is that sentence's figure, with or without "in total".
- "five of every six", "three out of four" are shares (as "one in five" was); "cut by three quarters, from 200
  to 50" is the share between the two figures.
- "no longer" is a negation ("no longer necessary" = "don't need ... any more"); "necessary" shares "need"'s form.
- An organisation the sources name only by its e-mail domain ("quality@halden-foods.example") is a name the
  sources state ("Halden Foods").
"""

from __future__ import annotations

import pytest

from guardrails_lite.validators.grounding._claims import split_claims, strip_report
from guardrails_lite.validators.grounding._facts import _name_parts
from guardrails_lite.validators.grounding._reading import content_words, figures
from guardrails_lite.validators.grounding._words import canon, tokens
from tests.validators.conftest import build, check


@pytest.mark.parametrize(
    ("inflected", "base"),
    [
        ("passed", "pass"),
        ("passes", "pass"),
        ("attached", "attach"),
        ("needed", "need"),
        ("paying", "paid"),
        ("waited", "wait"),
        ("doing", "did"),
    ],
)
def test_inflections_share_the_common_base_form(inflected: str, base: str) -> None:
    assert canon(inflected) == canon(base)


def test_led_is_a_verb_not_a_boss() -> None:
    assert canon("led") == canon("leading") != canon("manager")


PAYROLL = (
    "From: Imogen Sale <imogen@northgate.example>\nTo: Harriet Quayle <harriet@northgate.example>\n"
    "Subject: Overpayment\n\nHi Harriet,\n\nAn extra digit was keyed into your basic pay. I have started a review "
    "of the payroll team's checks.\n\nImogen",
)


def test_led_someone_to_act_is_a_consequence_to_ground() -> None:
    found = check(
        build({"use": "grounding"}), "The error led Imogen to start a review of the payroll team's checks.", PAYROLL
    )
    assert any("cause or blame" in f.message for f in found.findings)


def test_the_act_stated_plainly_passes() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "Imogen started a review of the payroll team's checks.", PAYROLL).passed


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("roughly an extra day and a half, which I can fit in", 2160.0),
        ("it takes a full week", 10080.0),
        ("we need a further two weeks", 20160.0),
    ],
)
def test_an_article_before_a_filler_and_a_unit_of_time(text: str, minutes: float) -> None:
    assert [v for k, v in figures(tokens(text)) if k.lstrip("~") == "dur"] == [minutes]


def test_an_article_before_a_filler_and_a_noun_is_no_figure() -> None:
    assert figures(tokens("We need an extra person on the stand.")) == []


TILES = (
    "From: Piotr Nowak <piotr@nowak-tiling.example>\nTo: Ben Moreau <ben@fastmail.example>\nSubject: Tiles\n\n"
    "Hi Ben,\n\nZellige also takes longer to lay, roughly an extra day and a half, which I can fit in without "
    "moving the finish date.\n\nPiotr",
)


def test_a_restated_extra_duration_is_supported() -> None:
    assert check(
        build({"use": "grounding"}), "Piotr said the zellige would take about a day and a half longer to lay.", TILES
    ).passed


def test_a_different_extra_duration_is_not() -> None:
    assert not check(
        build({"use": "grounding"}), "Piotr said the zellige would take about three days longer to lay.", TILES
    ).passed


RECALL = (
    "From: Quality <quality@halden-foods.example>\nTo: Fairmart Buying <buying@fairmart.example>\n"
    "Subject: Batch L2231\n\nHello,\n\nWe are withdrawing batch L2231 of hazelnut spread. Please remove it from "
    "your shelves today.\n\nQuality team",
)


def test_an_organisation_named_by_its_mail_domain_is_a_stated_name() -> None:
    assert check(
        build({"use": "grounding"}), "Halden Foods is withdrawing batch L2231 of hazelnut spread.", RECALL
    ).passed


def test_a_firm_the_sources_do_not_name_is_still_flagged() -> None:
    found = check(build({"use": "grounding"}), "Brenner Foods is withdrawing batch L2231 of hazelnut spread.", RECALL)
    assert not found.passed
    assert any("name" in f.message for f in found.findings)


HINGES = (
    "From: Sara Lind <sara@oakmere-furniture.example>\nTo: Peter Haas <peter@kessler-hardware.example>\n"
    "Subject: Invoice 55120\n\nHi Peter,\n\nWe will pay EUR 7,475 of the invoice today and hold the remaining "
    "EUR 1,725 until all replacements arrive.\n\nSara",
)


def test_a_firm_named_by_its_domain_is_the_subject_of_its_writers_sentences() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "Oakmere will hold the remaining EUR 1,725 until the replacements arrive.", HINGES).passed
    assert not check(
        grounding, "Oakmere will hold the remaining EUR 2,725 until the replacements arrive.", HINGES
    ).passed


def test_common_words_of_a_domain_are_no_name() -> None:
    assert _name_parts({"oakmere-furniture", "sara"}) == {canon("oakmere")}
    assert _name_parts({"halden-foods"}) == {canon("halden")}


PODCAST = (
    "From: Jake Morgan <jake@fastmail.example>\nTo: Farah Siddiqui <farah@longform-audio.example>\n"
    "Subject: Recording\n\nHi Farah,\n\nI should mention that I can't talk about the harbour sale in Porthcawl, "
    "as I've signed a confidentiality agreement with the council until it completes.\n\nJake",
)


def test_a_negation_denies_the_word_it_turns_on_not_the_rest_of_the_sentence() -> None:
    grounding = build({"use": "grounding"})
    said = "Jake said he had signed a confidentiality agreement with the council about the Porthcawl harbour sale."
    assert check(grounding, said, PODCAST).passed


def test_dropping_the_negation_of_the_denied_word_stays_flagged() -> None:
    grounding = build({"use": "grounding"})
    found = check(grounding, "Jake said he can talk about the harbour sale in Porthcawl.", PODCAST)
    assert not found.passed
    assert any("negation" in f.message for f in found.findings)


def test_a_relative_clause_on_the_subject_closes_at_its_comma() -> None:
    parts = [
        " ".join(t.text for t in p)
        for p in split_claims(
            tokens("Ravi, who had been scheduled for 15:30, withdrew on the morning of the interviews.")
        )
    ]
    assert "Ravi withdrew on the morning of the interviews ." in parts
    assert not any("15:30" in p and "withdrew" in p for p in parts)


def test_the_letter_of_a_temperature_unit_is_no_word() -> None:
    assert "c" not in content_words(tokens("Greenhouse 2 dropped to 2°C by 6am."))
    assert content_words(tokens("Greenhouse 2 dropped to 2°C by 6am.")) == content_words(
        tokens("Greenhouse 2 dropped to 2 degrees by 6am.")
    )


def test_a_common_noun_speaker_frames_reported_speech() -> None:
    content, speaker = strip_report(tokens("The security team said staff would be blocked from signing in."))
    assert [t.low for t in content][:2] == ["staff", "would"]
    assert speaker == set()


BUDGET = (
    "From: Lena Ortiz <lena@marketing.example>\nTo: Finance <finance@marketing.example>\nSubject: Q4 budget\n\n"
    "Hi,\n\nBy the end of September we had spent 41,000 EUR of it on the trade show and 18,000 EUR on paid "
    "search.\n\nLena",
)


def test_an_amount_that_adds_up_the_amounts_of_its_sentence_is_supported() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "By the end of September, 59,000 EUR of the budget had been spent.", BUDGET).passed


def test_an_amount_that_does_not_add_up_stays_flagged() -> None:
    grounding = build({"use": "grounding"})
    assert not check(grounding, "By the end of September, 61,000 EUR of the budget had been spent.", BUDGET).passed


def test_a_compared_amount_is_no_addend() -> None:
    compared = (
        "From: Ines Moreau <ines@larkspur.example>\nTo: Tom Hale <tom@larkspur.example>\nSubject: Venue\n\n"
        "Hi Tom,\n\nThe Quay Rooms cost 1,500 EUR, which is 300 EUR more than the Mill.\n\nInes",
    )
    assert not check(build({"use": "grounding"}), "The Quay Rooms cost 1,800 EUR.", compared).passed


@pytest.mark.parametrize(
    ("text", "share"),
    [("Five of every six missing drills were found.", 83.333), ("Three out of four rooms are booked.", 75.0)],
)
def test_a_share_of_every_so_many_is_a_percentage(text: str, share: float) -> None:
    found = figures(tokens(text))
    assert [k for k, _ in found] == ["pct"]
    assert found[0][1] == pytest.approx(share, abs=0.001)


DRILLS = (
    "From: Helen Price <helen@depot.example>\nTo: Stock team <stock@depot.example>\nSubject: Drills\n\n"
    "Hi all,\n\nWe traced 40 of the missing 48 drills to a November delivery.\n\nHelen",
)


def test_a_share_computed_from_the_counts_is_supported_and_a_wrong_one_is_not() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "Five of every six missing drills were traced to a November delivery.", DRILLS).passed
    assert not check(grounding, "Two of every three missing drills were traced to a November delivery.", DRILLS).passed


POOL = (
    "From: Dmitri Volkov <dmitri@pay.example>\nTo: Priya Natarajan <priya@pay.example>\nSubject: Outage\n\n"
    "Hi Priya,\n\nThe new setting in v4.12 lowered the pool maximum from 200 to 50 connections.\n\nDmitri",
)


def test_a_cut_by_a_fraction_is_the_share_between_the_two_figures() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "v4.12 cut the pool maximum by three quarters, from 200 to 50.", POOL).passed
    assert not check(grounding, "v4.12 cut the pool maximum by two thirds, from 200 to 50.", POOL).passed


CALL = (
    "From: Lena Brandt <lena@halvorsen-logistics.example>\nTo: Kenji Mori <kenji@brightline.example>\n"
    "Subject: Export job\n\nHi Kenji,\n\nThanks for the fix. We don't need a call any more.\n\nLena",
)


def test_no_longer_necessary_is_not_needed_any_more() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "Lena said a call was no longer necessary.", CALL).passed
    dropped = check(grounding, "Lena said a call was still necessary.", CALL)
    assert any("drops a negation" in f.message for f in dropped.findings)
