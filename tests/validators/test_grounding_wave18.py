"""grounding, wave 18 (issue 17): consequences linked with "which made/left/kept ..." and ", forcing ...".

"The fitter left early, which made the belt go slack" links two facts as "so" does: it needs a source stating the
link, in either wording; a source that states it with "which made" supports the answer's "because". Not links:
a relative clause on a name ("Acme, which made the parts"), a verb followed by a preposition ("which left at
8:30"), arithmetic (", making 34 in total").
"""

from __future__ import annotations

import pytest

from guardrails_lite.validators.grounding import _causes
from guardrails_lite.validators.grounding._words import tokens
from tests.validators.conftest import build, check

CAUSE = "cause or blame not stated in the sources"

# The two facts stated apart, in two e-mails: no link between them.
APART = (
    "From: Omar Reyes <omar@packline.example>\nTo: Ines Varga <ines@packline.example>\nSubject: Line 2\n\nHi Ines,"
    "\n\nI left the site early on Tuesday to collect the new rollers.\n\nOmar\n",
    "From: Lee Park <lee@packline.example>\nTo: Ines Varga <ines@packline.example>\nSubject: Re: Line 2\n\nInes,"
    "\n\nThe belt on line 2 went slack on Tuesday afternoon and the cartons piled up.\n\nLee\n",
)
# The link stated with "which made".
STATED = (
    "From: Lee Park <lee@packline.example>\nTo: Ines Varga <ines@packline.example>\nSubject: Line 2\n\nInes,\n\n"
    "Omar switched off the tensioner before he left on Tuesday, which made the belt on line 2 go slack.\n\nLee\n",
)
# The link stated with "because".
BECAUSE = (
    "From: Kay Moss <kay@harbourschool.example>\nTo: Facilities <facilities@harbourschool.example>\nSubject: Hall"
    "\n\nHello,\n\nThe hall floor was slippery on Friday because the cleaners used too much polish.\n\nKay\n",
)
TALLY = (
    "From: Dot Finch <dot@riverfriends.example>\nTo: Volunteers <volunteers@riverfriends.example>\nSubject: Pickers"
    "\n\nHello all,\n\nThe council is lending us 30 litter pickers. We have 34 people signed up, so I asked the "
    "council for four more pickers and they agreed.\n\nDot\n",
)
MAKER = (
    "From: Tom Hale <tom@bikes.example>\nTo: Ruth Lee <ruth@bikes.example>\nSubject: Parts\n\nRuth,\n\nThe new "
    "brake levers come from Acme. Acme made them in its Porto plant.\n\nTom\n",
)


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("Omar left early on Tuesday, which made the belt on line 2 go slack.", APART),
        ("Omar left early on Tuesday, which left the belt on line 2 slack.", APART),
        ("Omar left early on Tuesday, which kept the cartons piling up on line 2.", APART),
        ("Omar left early on Tuesday, forcing Lee to stop line 2.", APART),
    ],
)
def test_a_which_made_link_the_sources_do_not_state_is_flagged(sentence: str, docs: tuple[str, ...]) -> None:
    verdict = check(build({"use": "grounding"}), sentence, docs)
    assert not verdict.passed
    assert CAUSE in verdict.findings[0].message


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("Omar switched off the tensioner before he left, which made the belt on line 2 go slack.", STATED),
        ("The belt on line 2 went slack because Omar switched off the tensioner before he left.", STATED),
        ("The cleaners used too much polish, which made the hall floor slippery on Friday.", BECAUSE),
    ],
)
def test_a_which_made_link_a_source_states_passes(sentence: str, docs: tuple[str, ...]) -> None:
    assert check(build({"use": "grounding"}), sentence, docs).passed


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("The belt on line 2 went slack because the tensioner snapped.", STATED),  # a cause never given
        ("The hall floor was slippery on Friday, which made the cleaners use more polish.", BECAUSE),  # turned round
    ],
)
def test_its_twins_with_another_cause_or_turned_round_are_flagged(sentence: str, docs: tuple[str, ...]) -> None:
    verdict = check(build({"use": "grounding"}), sentence, docs)
    assert not verdict.passed
    assert CAUSE in verdict.findings[0].message


@pytest.mark.parametrize(
    "sentence",
    [
        "The council agreed to lend four more pickers, making 34 in total.",  # arithmetic, not a consequence
        "Acme, which made the new brake levers, is in Porto.",  # a relative clause on a name
        "The coach, which left at 8:30, was full.",  # a verb with a preposition
        "The firm which made the levers is Acme.",  # no comma: restrictive
        "Dana wrote to Acme, which sent a replacement pump on Friday.",  # review r18 M4: the firm sent it
        "Tom booked the crane from Lift Co, which kept it on site until June.",  # review r18 M4
    ],
)
def test_look_alikes_assert_no_link(sentence: str) -> None:
    assert _causes.find_link(tokens(sentence)) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar left early, which made the belt go slack.",
        "Omar left early, which left the belt slack.",
        "Omar left early on Monday, which kept the line stopped.",
        "Omar left early, forcing Lee to stop the line.",
    ],
)
def test_which_verbs_and_participles_assert_a_link(sentence: str) -> None:
    link = _causes.find_link(tokens(sentence))
    assert link is not None
    assert [t.low for t in link.cause][:3] == ["omar", "left", "early"]


def test_arithmetic_with_making_is_not_a_cause_finding() -> None:
    verdict = check(build({"use": "grounding"}), "The council agreed to lend four more pickers, making 34.", TALLY)
    assert all(CAUSE not in f.message for f in verdict.findings)
