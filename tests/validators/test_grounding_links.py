"""grounding (wave 6): a stated link keeps its direction; a bound is met by a computed figure near it."""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check

SHIFT = (
    "From: Ines Moreau <ines@harlow.example>\nSubject: First-aid cover\nHi Tom,\n\nWe need two certified "
    "first-aiders on every shift, and right now the night shift has only one because Mira's certificate "
    "expired in September. The refresher course planned for 21 October is postponed because the trainer, "
    "Colm Hegarty, is ill.\n\nInes",
)
LAB = (
    "From: Yusuf Adler <yusuf@lab.example>\nSubject: Freezer alarm\nHi all,\n\nThe freezer in room B214 "
    "alarmed at 02:10 this morning. I arrived at 07:30 and moved the samples to unit 5.\n\nYusuf",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The night shift has only one first-aider because Mira's certificate expired.",
        "The refresher course was postponed because the trainer is ill.",
    ],
)
def test_a_link_a_source_states_passes(sentence: str) -> None:
    verdict = check(build({"use": "grounding"}), sentence, SHIFT)
    assert verdict.passed, verdict.findings


@pytest.mark.parametrize(
    "sentence",
    [
        # Both facts are stated, in neighbouring sentences, but the source's "because" links others.
        "Mira's certificate expired because the October course was postponed.",
        # The source's link turned round: the effect given as the cause.
        "The trainer is ill because the refresher course was postponed.",
    ],
)
def test_a_link_between_two_stated_facts_or_a_reversed_one_is_flagged(sentence: str) -> None:
    verdict = check(build({"use": "grounding"}), sentence, SHIFT)
    assert not verdict.passed
    assert any("cause or blame not stated" in f.message for f in verdict.findings)


@pytest.mark.parametrize(
    ("sentence", "supported"),
    [
        ("The freezer alarmed more than five hours before Yusuf arrived.", True),  # 02:10 to 07:30
        ("The freezer alarmed less than six hours before Yusuf arrived.", True),
        ("The freezer alarmed more than two hours before Yusuf arrived.", False),  # true, but far below
        ("The freezer alarmed more than seven hours before Yusuf arrived.", False),
    ],
)
def test_a_bound_is_met_by_a_computed_figure_near_it(sentence: str, supported: bool) -> None:
    verdict = check(build({"use": "grounding"}), sentence, LAB)
    assert verdict.passed is supported, verdict.findings


DRAIN = (
    "From: Piotr Nowak <piotr@build.example>\nSubject: Drain\nHi Ben,\n\nWhen we opened up the back wall we found "
    "that the old drain runs under the new floor slab, so it has to be rerouted before we pour.\n\nPiotr",
    "From: Priya Natarajan <priya@shop.example>\nSubject: Outage\nHi all,\n\nYesterday's checkout outage lasted "
    "47 minutes. The root cause was an expired TLS certificate on the payments gateway.\n\nPriya",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The old drain has to be rerouted because it runs under the new floor slab.",  # "so it": the drain
        "An expired TLS certificate on the payments gateway caused the checkout outage.",  # "the root cause was"
    ],
)
def test_links_stated_through_a_pronoun_or_a_cause_noun_pass(sentence: str) -> None:
    verdict = check(build({"use": "grounding"}), sentence, DRAIN)
    assert verdict.passed, verdict.findings


def test_the_same_facts_linked_the_wrong_way_round_are_flagged() -> None:
    sentence = "The old drain runs under the new floor slab because it has to be rerouted."
    assert not check(build({"use": "grounding"}), sentence, DRAIN).passed


TILES = (
    "From: Piotr Nowak <piotr@build.example>\nSubject: Tiles\nHi Ana,\n\nThe zellige takes longer to lay, but I "
    "can fit it in if you order it by 16 October.\n\nPiotr",
    "From: Ana Silva <ana@home.example>\nSubject: Re: Tiles\nHi Piotr,\n\nI ordered the zellige on 9 October.\n\nAna",
)


def test_a_second_figure_of_a_kind_beside_the_cores_own_may_come_from_another_e_mail() -> None:
    sentence = "Ana ordered the zellige on 9 October, a week before Piotr's 16 October cut-off."
    verdict = check(build({"use": "grounding"}), sentence, TILES)
    assert verdict.passed, verdict.findings


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana ordered the zellige on 12 October, a week before Piotr's 16 October cut-off.",  # no such date
        "Piotr needs the zellige ordered by 9 October.",  # the other e-mail's date in place of the core's
    ],
)
def test_a_figure_in_place_of_the_cores_own_still_fails(sentence: str) -> None:
    assert not check(build({"use": "grounding"}), sentence, TILES).passed


ROTA = (
    "From: Jo Kemp <jo@surgery.example>\nTo: Gary Lund <gary@surgery.example>\nSubject: Rota\nHi Gary,\n\n"
    "Happy to help: I can work Saturdays from July, but not Sundays.\n\nJo",
)


@pytest.mark.parametrize(
    ("sentence", "supported"),
    [
        ("Jo told Gary she can work Saturdays from July.", True),  # whom she told, then what she said
        ("Jo told Gary that she can work Saturdays from July.", True),
        ("Jo told Gary she can work Sundays from July.", False),
        ("Jo told Gary she cannot work Saturdays.", False),
    ],
)
def test_told_someone_reports_the_clause_after_the_addressee(sentence: str, supported: bool) -> None:
    verdict = check(build({"use": "grounding"}), sentence, ROTA)
    assert verdict.passed is supported, verdict.findings


VENUE = (
    "From: Dana Kerr <dana@events.example>\nSubject: Venue\nHi Omar,\n\nThe deposit of 400 EUR is paid. The "
    "Riverside venue cancelled on us last week, and the refund has been issued.\n\nDana",
)


@pytest.mark.parametrize(
    ("sentence", "supported"),
    [
        ("Dana cancelled the Riverside venue.", False),  # the venue cancelled: its writer made the doer
        ("The Riverside venue cancelled last week.", True),
        ("Dana told Omar the Riverside venue cancelled last week.", True),
        ("Dana issued the refund.", True),  # a passive in the writer's own e-mail: their act, as before
    ],
)
def test_the_writer_is_not_the_doer_of_what_their_e_mail_says_something_else_did(
    sentence: str, supported: bool
) -> None:
    verdict = check(build({"use": "grounding"}), sentence, VENUE)
    assert verdict.passed is supported, verdict.findings
