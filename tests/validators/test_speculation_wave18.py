"""Wave 18 speculation (issue 17): classes that carry across writers, and the plain sentences around them.

The classifier is retrained on every seen blind set but the two held out (16, 17) and learns the faithful
summaries' plain style from the seen grounding sets' supported sentences. Each class below has sentences worded
apart from any set that must be flagged, and look-alikes a summary states plainly that must pass: a thing's
failure, a person acted upon, a state, reported speech, a source stating the cause, plain figures and negations.
"""

from __future__ import annotations

import pytest

from guardrails_lite import Context
from guardrails_lite.validators.speculation import SpeculationSpec
from guardrails_lite.verdict import Document

RULES = SpeculationSpec(learned=False).build()
FULL = SpeculationSpec().build()


def rules_flag(text: str, *documents: str) -> bool:
    return not RULES(text, Context("output", documents=tuple(Document(d) for d in documents))).passed


def full_flag(text: str, *documents: str) -> bool:
    return not FULL(text, Context("output", documents=tuple(Document(d) for d in documents))).passed


# A person's omission given as the cause ("because <person> had not / did not / never ..."): blame.
OMISSION = [
    "The boiler failed because Gwen had not bled the radiators.",
    "The deadline slipped because they did not order the parts in time.",
    "The audit failed because Omar hadn't filed the receipts.",
    "The pump seized because the crew had not primed it.",
]
# A grievance read in as someone's reason ("because she had been passed over").
GRIEVANCE = [
    "Hana is leaving because she had been passed over.",
    "Colm turned the offer down because he had been snubbed at the launch.",
]
CAUSE_BENIGN = [
    "The pump failed because it had not been serviced.",  # a thing's failure
    "Ines missed the call because she had not been told about it.",  # a person acted upon
    "Oliver missed the meeting because he was ill.",  # a state
    "Three Windows tests were skipped because they require symlinks.",
    "Dana wrote that the launch slipped because Ravi had not signed the budget.",  # reported speech
    "Mark was passed over for the promotion in March.",  # a fact, no reason read in
    "Dana said she was leaving because she had been passed over.",
]
# Plain figures, approximations and negations a faithful summary writes (the grounding sets' style).
PLAIN = [
    "The outage lasted just over two hours.",
    "Priya did not have to resubmit the form.",
    "Roughly a third of the crates arrived damp.",
    "The contractor is not charging for the second visit.",
    "Leon does not need to rebook his train.",
]


@pytest.mark.parametrize("sentence", OMISSION + GRIEVANCE)
def test_wave18_causes_pinned_on_people_flagged(sentence: str) -> None:
    assert rules_flag(sentence), sentence
    assert full_flag(sentence), sentence


@pytest.mark.parametrize("sentence", CAUSE_BENIGN + PLAIN)
def test_wave18_look_alikes_pass(sentence: str) -> None:
    assert not full_flag(sentence), sentence


@pytest.mark.parametrize(
    "source",
    [
        "The boiler failed because Gwen had not bled the radiators before the cold snap.",
        "Gwen had not bled the radiators before the cold snap, and that is why the boiler failed.",
        "The boiler failed on Monday. The engineer found that Gwen had not bled the radiators, which caused it.",
        "Gwen had not bled the radiators, so the boiler failed.",  # review r18 M6
        "Gwen had not bled the radiators; therefore the boiler failed.",
    ],
)
def test_an_omission_a_source_states_passes(source: str) -> None:
    assert not full_flag("The boiler failed because Gwen had not bled the radiators.", source)
    # the source's cause does not cover another person's omission
    assert full_flag("The boiler failed because Ravi had not checked the pressure.", source)


def test_a_sources_own_hedge_and_schedule_repeated_pass() -> None:
    mail = "The queued orders could take up to a day to clear once the system is back. The hall reopens on 3 March."
    assert not full_flag("The queued orders could take up to a day to clear.", mail)
    assert not full_flag("The hall will reopen on 3 March.", mail)
    assert full_flag("The queued orders will probably take a week to clear.", mail)


def test_bare_opinions_flagged_and_attributed_ones_pass() -> None:
    for sentence in (
        "The vendor's support is a joke.",
        "Their new logo is an eyesore.",
        "The gala catering was a disaster.",
    ):
        assert full_flag(sentence), sentence
    assert not full_flag("Dana called the vendor's support a joke.")
    assert not full_flag("The printer's toner is empty.")
