"""grounding, wave 19 (issue 17): a cause the sources state, in the forms they state it.

A source explains what it reports after a colon or a semicolon ("The outage hit every customer: a database upgrade
failed") and with "which triggers"; an answer gives the cause of a passive "is triggered by". An answer's "The
outage happened because ..." has the outage for its effect; "It's 11 years old" points back to what the sentence
before names, like "it". None of this lets pass a cause the sources give to another event, a label before a colon
("Update:") or a clause that only goes on ("; we have corrected the label").
"""

from __future__ import annotations

import pytest

from guardrails_lite.validators.grounding import _causes
from guardrails_lite.validators.grounding._words import tokens
from tests.validators.conftest import build, check

CAUSE = "cause or blame not stated in the sources"


def _mail(sender: str, subject: str, body: str) -> str:
    return (
        f"From: {sender} <{sender.split()[0].lower()}@harbourline.example>\nTo: Ops <ops@harbourline.example>\n"
        f"Subject: {subject}\n\nHello,\n\n{body}\n\n{sender.split()[0]}\n"
    )


COLON = (
    _mail(
        "Mara Quist",
        "Booking portal down",
        "Tuesday's outage hit every customer in the northern region: a database migration failed and had to be "
        "reverted.",
    ),
)
SEMICOLON = (
    _mail(
        "Ivo Brandt",
        "Invoice sent to the wrong client",
        "This morning I sent the March invoice to the wrong client by mistake; the mail client filled in the "
        "wrong Morgan.",
    ),
)
TRIGGERS = (
    _mail(
        "Lena Hoff",
        "F12 stops",
        "The test showed that the feed pump's pressure sensor is drifting, which triggers the F12 stop.",
    ),
)
CONTRACTION = (
    _mail(
        "Sean Pike",
        "Re: Kiln B alarm overnight",
        "The element on kiln B has burnt out. It's 14 years old and the maker no longer supplies elements, so it "
        "cannot be repaired.",
    ),
)
PARAPHRASED = (_mail("Nell Ortiz", "Pallets", "Pallets 7 and 8 are still in bay 2 because bay 6 is full."),)
# A colon after a label, and a semicolon before a clause that goes on with what the writer did.
LABEL = (
    _mail(
        "Tom Reyes",
        "Crates",
        "Update: the courier collected the crates on Monday. Two crates arrived with split lids.",
    ),
)
GOES_ON = (
    _mail(
        "Ada Lind",
        "Wrong valves",
        "When we opened the delivery, 40 valves were the wrong size and 12 had split seals. Our warehouse picked "
        "the valves from a mislabelled shelf; we have corrected the label. The split seals are a different "
        "matter: our inspection shows they were packed intact, so the damage happened in transit.",
    ),
)


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("The outage happened because a database migration failed and had to be reverted.", COLON),
        ("The northern customers lost the portal because a database migration failed.", COLON),
        ("Ivo sent the March invoice to the wrong client because the mail client filled in the wrong Morgan.", SEMICOLON),
        ("The F12 stop is triggered by a drifting pressure sensor on the feed pump.", TRIGGERS),
        ("Kiln B cannot be repaired because its 14-year-old element has burnt out and no elements are made.", CONTRACTION),
        ("Pallets 7 and 8 initially stayed in bay 2 because bay 6 was full.", PARAPHRASED),
    ],
)
def test_a_cause_the_sources_state_is_not_flagged_as_a_cause(sentence: str, docs: tuple[str, ...]) -> None:
    verdict = check(build({"use": "grounding"}), sentence, docs)
    assert not any(CAUSE in f.message for f in verdict.findings), [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("The crates split because the courier collected them on Monday.", LABEL),
        ("The seals split because the warehouse picked the valves from a mislabelled shelf.", GOES_ON),
        ("The database migration failed because of the outage in the northern region.", COLON),
    ],
)
def test_a_cause_given_to_another_event_or_turned_round_is_flagged(sentence: str, docs: tuple[str, ...]) -> None:
    verdict = check(build({"use": "grounding"}), sentence, docs)
    assert not verdict.passed
    assert any(CAUSE in f.message for f in verdict.findings)


@pytest.mark.parametrize(
    ("source", "explains"),
    [
        ("The outage hit every customer in the region: a database migration failed.", True),
        ("Wednesday is off for us: the forecast gives cloud down to 2,200 m.", True),
        ("Update: the courier collected the crates.", False),
        ("Prizes: 2,000 EUR first, 1,000 EUR second.", False),
        ("Our warehouse picked the valves from a mislabelled shelf; we have corrected the label.", False),
        ("Please send the forms to the office: the office is on the second floor.", True),
    ],
)
def test_which_colons_and_semicolons_state_an_explanation(source: str, explains: bool) -> None:
    toks = tokens(source)
    lows = [t.low for t in toks]
    at = next(i for i, w in enumerate(lows) if w in (":", ";"))
    assert _causes._explains(lows, at, toks) is explains


def test_the_passive_triggered_by_gives_the_cause_after_it() -> None:
    link = _causes.find_link(tokens("The F12 stop is triggered by a drifting pressure sensor."))
    assert link is not None and not link.blame
    assert [t.low for t in link.cause][:2] == ["a", "drifting"]
    assert "stop" in [t.low for t in link.effect]
