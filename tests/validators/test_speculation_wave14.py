"""Wave 14 (s45) speculation: classes the wave-13 check missed or flagged wrongly on the seen set output13.

Confident faults pinned on a named doer are checked against the documents (`_fault`); the other classes are
rules checked without the classifier (`learned=False`), so the rule itself carries the verdict, and with it.
Sentences and e-mails written for these tests (not from any blind set).
"""

from __future__ import annotations

import pytest

from guardrails_lite import Context
from guardrails_lite.validators.speculation import SpeculationSpec
from guardrails_lite.verdict import Document

RULES = SpeculationSpec(learned=False).build()
FULL = SpeculationSpec().build()

# A thread about a broken pump: the fault (a cracked impeller) is stated, but nobody is said to have caused it.
PUMP = (
    Document(
        "From: Hanna Lind <hanna@brookfarm.example>\nSubject: Pump\n\nHi Tomas,\n\nThe borehole pump stopped on "
        "Sunday. Our farmhand, Joel Frey, switched it off at 06:00 and called us.\n\nHanna",
        "p1",
    ),
    Document(
        "From: Tomas Berg <tomas@aquaserve.example>\nSubject: Re: Pump\n\nHi Hanna,\n\nOur engineer Mira Holt "
        "found a cracked impeller and a loose inlet clamp. She fitted a new impeller on Tuesday for 210 EUR. "
        "The impeller cracked because the well ran low and the pump ran dry.\n\nTomas",
        "p2",
    ),
    Document(
        "From: Hanna Lind <hanna@brookfarm.example>\nSubject: Re: Pump\n\nHi Tomas,\n\nThanks. I set the float "
        "switch too high last spring, so I have lowered it.\n\nHanna",
        "p3",
    ),
)


def _flagged(validator: object, text: str, docs: tuple[Document, ...] = ()) -> bool:
    return not validator(text, Context("output", documents=docs)).passed  # type: ignore[operator]


def _message(text: str, docs: tuple[Document, ...]) -> str:
    verdict = RULES(text, Context("output", documents=docs))
    assert not verdict.passed
    return verdict.findings[0].message


# A fault (a mishap verb, "wrong"/"faulty"/"badly", "too <word>", "without <doing>", "let ... run dry", "left ...
# loose") pinned on a named doer that no e-mail states.
INVENTED_FAULTS = [
    "Joel Frey cracked the impeller when he switched the pump off.",
    "Mira Holt fitted the wrong impeller on Tuesday.",
    "Joel Frey left the inlet clamp loose.",
    "Aquaserve's engineer installed a faulty impeller.",
    "Joel Frey let the well run dry over the weekend.",
    "Mira Holt ran the pump without checking the water level.",
    "Joel Frey overloaded the pump by running it all night.",
    "Hanna said Joel Frey had damaged the pump.",
    "The pump failed because Joel Frey set the timer too long.",
    "Joel Frey did not check the water level.",  # an omission of a duty
    "The impeller was cracked by Joel Frey.",  # the doer after "by"
    "Joel Frey ran the pump dry.",
    "The farmhand switched the pump off too late.",  # a people noun by its ending
    "The impeller cracked because Joel Frey switched the pump off.",  # a mishap pinned on the doer's act
    "The impeller cracked after Joel Frey switched the pump off.",
    "Aquaserve's service on Tuesday left the inlet clamp faulty.",  # a dated possessive doer
    "Hanna blames Joel Frey for the cracked impeller.",  # blame put on someone no e-mail blames
    "Tomas held the farmhand responsible for the stop.",
]
# Blame a source puts on the same doer passes.
BLAMED = (
    Document("From: Ada Moss <ada@example.org>\n\nThe courier is at fault: Northline dented the crate. Ada", "b1"),
)


def test_blame_a_source_puts_on_the_doer_passes() -> None:
    assert not _flagged(RULES, "Ada blames Northline for the dented crate.", BLAMED)
    assert _flagged(RULES, "Ada blames Harbour Freight for the dented crate.", BLAMED)


# Faults the e-mails state with their doer (in the sentence, or in the doer's own e-mail), and plain accounts.
STATED_FAULTS = [
    "Mira Holt found a cracked impeller and a loose inlet clamp.",
    "Hanna set the float switch too high last spring.",
    "Hanna Lind set the float switch too high, so she has lowered it.",
    "Joel Frey switched the pump off at 06:00 and called Hanna.",
    "Mira Holt fitted a new impeller on Tuesday for 210 EUR.",
    "The impeller cracked because the well ran low and the pump ran dry.",
    "Tomas said the pump ran dry.",
    "Hanna did not give a reason for the stop.",  # a negation, not an omission of a duty
    "The impeller was fitted by Mira Holt on Tuesday.",
    "The pump was repaired on Tuesday after it stopped, once Mira Holt fitted the impeller.",
]
# The doer's own e-mail states the omission with a verb of not doing: "I forgot to ..." is "did not ...".
FORGOT = (Document("From: Ines Gray <ines@example.org>\n\nI forgot to update the order after the call. Ines", "f1"),)


def test_an_omission_stated_as_forgot_supports_did_not() -> None:
    assert not _flagged(RULES, "Ines Gray did not update the order after the call.", FORGOT)
    assert _flagged(RULES, "Ines Gray did not check the order after the call.", FORGOT)


@pytest.mark.parametrize("text", INVENTED_FAULTS)
def test_a_fault_pinned_on_a_doer_no_source_states_is_flagged(text: str) -> None:
    assert _flagged(RULES, text, PUMP)
    assert _flagged(FULL, text, PUMP)
    assert "cause or blame not stated in the sources" in _message(text, PUMP)


@pytest.mark.parametrize("text", STATED_FAULTS)
def test_a_fault_the_sources_state_with_its_doer_passes(text: str) -> None:
    assert not _flagged(RULES, text, PUMP)
    assert not _flagged(FULL, text, PUMP)


@pytest.mark.parametrize("text", INVENTED_FAULTS[:4])
def test_without_documents_a_confident_fault_is_not_checked(text: str) -> None:
    # Nothing to check it against: a plain account of who did what is not speculation by itself.
    assert not _flagged(RULES, text)


def test_a_fault_needs_its_doer_named_where_the_words_stand() -> None:
    # "too high" stands in Hanna's e-mail; pinned on Joel (named only in another e-mail) it is invented.
    assert _flagged(RULES, "Joel Frey set the float switch too high.", PUMP)


def test_narrowed_policy_without_attribution_does_not_check_faults() -> None:
    hedges = SpeculationSpec(categories=["hedge"]).build()
    assert not _flagged(hedges, "Mira Holt fitted the wrong impeller on Tuesday.", PUMP)


def test_fault_look_up_is_linear_in_repeated_faults() -> None:
    # Hostile: 2,000 faults with distinct doers against documents with many fault words; each look-up walks
    # the shortest list of sentences once (remembered), so this stays far from the quadratic path.
    from guardrails_lite.validators.speculation._fault import Fault, FaultSources

    docs = ["The clamp was loose. " * 3000, "Nobody was named."]
    src = FaultSources(docs)
    assert len(src.doc_of) == 3001
    faults = [Fault(0, 1, (f"doer{k}",), ("loos",)) for k in range(2000)]
    assert not any(src.stated(f) for f in faults)
    assert len(src._memo) == 1  # one walk for one set of fault words, however many doers


# Rules (no documents): classes missed on output13.
SPECULATION = [
    "The new shelving may not arrive by Thursday.",  # negated modal before a deadline
    "The tiles might not dry fully by tomorrow.",
    "Omar recommended the premium plan because he gets a bonus on every upgrade.",  # a gain read in as the reason
    "The semi-final on 9 May will end in a draw.",  # how an event comes out, dated or not
    "The Friday matinee on 14 June will sell out.",
    "Version 3.1.2 will crash during the first busy weekend.",  # a release's mishap is no release plan
    "The removal firm owes the Okafors more than an apology.",  # a verdict worded as a debt
    "The garden chairs are flimsy junk.",  # a bare verdict noun after an adjective
    "The groom must be heartbroken about the venue.",  # a feeling read into someone
    "The landlord raised the rent because he knew the tenants had nowhere else to go.",  # a weak spot exploited
    "The garage doubled its quote knowing the Ferreiras had no other option.",
    "The bakery will need a bigger oven by next spring.",  # a forecast need
    "The Hallam branch will need more staff next year.",
    "The landlord's handling of the repairs is a disgrace.",  # verdict nouns
    "The parking refund scheme is a con.",
    "The courier is the real culprit behind the broken vase.",  # blame by construction
    "Facilities should be held accountable for the burst pipe.",
    "The night shift is always the weak link on hygiene.",
]
LOOK_ALIKES = [
    "Visitors may not park by the gate.",  # a rule about a place, not a deadline
    "Omar recommended the premium plan because it includes phone support.",
    "The semi-final on 9 May will end at 21:30.",
    "Version 3.1.2 will drop support for Windows 8.",
    "The removal firm owes the Okafors 240 EUR.",
    "The garden chairs are cheap.",
    "The groom was heartbroken, his sister wrote.",
    "If the motor overheats, the pump stops to protect itself.",  # a machine's safety design, not a motive
    "If the fridge smells of gas, open the window and call the landlord.",  # a smell, not an insinuation
    "The bus stops at the Awful Pike inn for lunch.",  # a judgement word inside a name
    "The caretaker will run both boilers for an hour before the hall opens.",  # a plan with its occasion
    "The landlord raised the rent because the lease allows one rise a year.",
    "Dana knew the venue had no other dates in May.",  # knowledge stated, no act explained by it
    "The bakery will need the keys by Friday.",
    "The con rod was replaced on Tuesday.",
    "Facilities is accountable to the board for the budget.",
    "The broken link on the booking page was fixed.",
]


@pytest.mark.parametrize("text", SPECULATION)
def test_wave14_classes_are_flagged(text: str) -> None:
    assert _flagged(RULES, text)
    assert _flagged(FULL, text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_wave14_look_alikes_pass(text: str) -> None:
    assert not _flagged(RULES, text)
    assert not _flagged(FULL, text)


def test_a_firm_protecting_itself_is_still_a_motive() -> None:
    assert _flagged(RULES, "The retailer issued the recall mainly to protect itself from lawsuits.")


def test_smells_of_a_cover_up_still_insinuates() -> None:
    assert _flagged(RULES, "The whole refund process smells of a cover-up.")


def test_fault_rules_read_a_bounded_window_per_clause_opening() -> None:
    # Hostile: every clause opening ("said") starts a doer whose clause never ends; each reads a fixed window,
    # so the work grows with the sentence, not with its square (counted, not timed).
    from guardrails_lite.validators.speculation import _fault

    calls = 0
    real = _fault._fault_after

    def counting(lowers: list[str], v: int) -> tuple[tuple[str, ...], int] | None:
        nonlocal calls
        calls += 1
        return real(lowers, v)

    words = ("Kim said Joel broke " * 400).split()
    lowers, capitals = [w.lower() for w in words], [w[0].isupper() for w in words]
    _fault._fault_after = counting
    try:
        found = _fault.faults(lowers, capitals)
    finally:
        _fault._fault_after = real
    assert calls <= 2 * 400 + 1
    assert found and all(f.end - f.start <= _fault._REACH + 8 for f in found)
