"""grounding, wave 19 (issue 17): a cause the sources state, in more of the forms they state it.

A source sentence with a causal cue that holds the answer's cause nearly whole and part of its effect states the
link, even when the answer splits it differently ("found the belt worn through, so the motor was running hot and
tripping out" for "kept tripping out because its worn belt left the motor running hot"); a source's "which
triggers" and an answer's passive "is triggered by" are links; "It's 11 years old" points back like "it". Not
links: two facts side by side after a semicolon or a colon (review r19-s94-1), and "It happened because X" (no
event of its own for a source to explain: review r19-s94-2).
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
        ("The F12 stop is triggered by a drifting pressure sensor on the feed pump.", TRIGGERS),
        (
            "Kiln B cannot be repaired because its 14-year-old element has burnt out and no elements are made.",
            CONTRACTION,
        ),
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
    ],
)
def test_a_cause_given_to_another_event_or_turned_round_is_flagged(sentence: str, docs: tuple[str, ...]) -> None:
    verdict = check(build({"use": "grounding"}), sentence, docs)
    assert not verdict.passed
    assert any(CAUSE in f.message for f in verdict.findings)


# Two facts side by side in one source sentence, after a semicolon or a colon: the link is the answer's own.
SIDE_BY_SIDE = (
    (
        "The van was late on Friday because Piet forgot to load the pallets.",
        "The van was late on Friday; Piet forgot to load the pallets for the other route.",
    ),
    (
        "The pump failed because Nia had not drained the tank.",
        "The pump failed on Monday; Nia had not drained the tank yet.",
    ),
    (
        "Bookings fell because the new chef started.",
        "Quarter summary: bookings fell by a tenth; the new chef started in May.",
    ),
    ("The outage happened because Rob was on call.", "The outage lasted two hours: Rob was on call that night."),
)


@pytest.mark.parametrize(("sentence", "body"), SIDE_BY_SIDE)
def test_two_facts_side_by_side_are_no_stated_cause(sentence: str, body: str) -> None:
    verdict = check(build({"use": "grounding"}), sentence, (_mail("Lee Park", "This week", body),))
    assert not verdict.passed
    assert any(CAUSE in f.message for f in verdict.findings)


@pytest.mark.parametrize(
    ("answer", "body"),
    [
        (
            "The server went down on Friday. It happened because Omar deleted the old table.",
            "The server went down on Friday. The backup failed because Omar deleted the old table.",
        ),
        ("It happened because the valve failed.", "The alarm went off because the valve failed."),
        (
            "The payment bounced. That occurred because Dana closed the account.",
            "The payment bounced on Tuesday. The membership lapsed because Dana closed the account.",
        ),
    ],
)
def test_it_happened_because_is_no_link_any_source_cause_supports(answer: str, body: str) -> None:
    verdict = check(build({"use": "grounding"}), answer, (_mail("Lee Park", "This week", body),))
    assert not verdict.passed
    assert any(CAUSE in f.message for f in verdict.findings)


def test_the_passive_triggered_by_gives_the_cause_after_it() -> None:
    link = _causes.find_link(tokens("The F12 stop is triggered by a drifting pressure sensor."))
    assert link is not None and not link.blame
    assert [t.low for t in link.cause][:2] == ["a", "drifting"]
    assert "stop" in [t.low for t in link.effect]


# One source sentence tells the whole chain; the answer words the link its own way.
CHAIN = (
    _mail(
        "Rita Sole",
        "Mixer 2",
        "Our technician found the drive belt on mixer 2 worn through, so the motor was running hot and tripping out.",
    ),
)
# The same sentence's cause given to an event it does not explain, or turned round.
OTHER_EVENT = (
    _mail(
        "Rita Sole",
        "Mixer 2",
        "Our technician found the drive belt on mixer 2 worn through, so the motor was running hot and tripping out. "
        "Our delivery van also broke down on Monday.",
    ),
)


def test_a_link_told_whole_in_one_source_sentence_is_not_flagged_as_a_cause() -> None:
    sentence = "Mixer 2 kept tripping out because its worn drive belt left the motor running hot."
    verdict = check(build({"use": "grounding"}), sentence, CHAIN)
    assert not any(CAUSE in f.message for f in verdict.findings), [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    "sentence",
    [
        "The delivery van broke down because the drive belt on mixer 2 was worn through.",
        "The drive belt on mixer 2 wore through because the motor was running hot.",
    ],
)
def test_one_sentence_does_not_give_its_cause_to_another_event_or_turn_it_round(sentence: str) -> None:
    verdict = check(build({"use": "grounding"}), sentence, OTHER_EVENT)
    assert not verdict.passed
    assert any(CAUSE in f.message for f in verdict.findings)


@pytest.mark.parametrize(
    ("answer", "body"),
    [
        (
            "The launch slipped because Dana rejected the design.",
            "Dana approved the design on Monday; the launch slipped because the printer rejected the files.",
        ),
        (
            "The van broke down because Sam overloaded it.",
            "Sam said the van broke down because the previous driver overloaded it.",
        ),
        (
            "The order was late because Priya forgot to send the form.",
            "Priya chased the supplier twice, but the order was late because Tom forgot to send the form.",
        ),
        (
            "The boiler failed because the plumber damaged the valve.",
            "The plumber checked the valve on Monday; the boiler failed because the tenant damaged the pipe.",
        ),
        (
            "The launch slipped because the printer rejected the design.",
            "The printer approved the design on Monday, but the launch slipped because the courier rejected the files.",
        ),
        (
            "The van broke down because the driver overloaded it.",
            "The driver said the van broke down because the loaders overloaded it.",
        ),
        (
            "The audit failed because the accountant hid the receipts.",
            "The accountant found the receipts, yet the audit failed because the manager hid the invoices.",
        ),
        (
            "The order was late because the supplier lost the form.",
            "The supplier sent the form on time, but the order was late because the warehouse lost the paperwork.",
        ),
    ],
)
def test_one_sentence_does_not_move_its_cause_to_another_party_it_names(answer: str, body: str) -> None:
    """Review r19-s94-4/5: the cause's names and first word must be on the cue's cause side, not anywhere in the
    sentence."""
    verdict = check(build({"use": "grounding"}), answer, (_mail("Lee Park", "This week", body),))
    assert not verdict.passed
