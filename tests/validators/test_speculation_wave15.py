"""Wave 15 speculation classes (issue 17; output14's misses by class, reviews r14a L7 and r15a M2).

Each class has sentences that must be flagged and look-alikes that must pass; the look-alikes are the forms a
summary states plainly (named speakers, reported words, rights with "may", plans, a reason that excuses).
"""

from __future__ import annotations

import pytest

from guardrails_lite import Context
from guardrails_lite.validators.speculation import SpeculationSpec
from guardrails_lite.verdict import Document

RULES = SpeculationSpec(learned=False).build()
FULL = SpeculationSpec().build()


def rules_flag(text: str) -> bool:
    return not RULES(text, Context("output")).passed


def flags_with(text: str, *mails: str) -> list[str]:
    docs = tuple(Document(m, f"m{i}") for i, m in enumerate(mails))
    return [f.message for f in FULL(text, Context("output", documents=docs)).findings]


FLAGGED = [
    # hearsay from nobody in particular
    "Folk around the harbour claim the mast was struck by lightning.",
    "Builders on other sites claim the window firm has done this before.",
    "Listeners are whispering that the transmitter is older than the station.",
    "Unconfirmed reports say the vet was on holiday that weekend.",
    "Anonymous sources say the depot will close.",
    "Some locals insist the bridge was never inspected.",
    # feelings read into people: feeling participles, impressions
    "Nina must be mortified about the keynote vote.",
    "Yvette sounds utterly exasperated with the freight company.",
    "The chef looked humiliated after the inspection.",
    # an exclamation judging a fact
    "How odd that the recalled relay board was still in a live room.",
    "How convenient that the invoice went missing.",
    # motives: a minimiser before a purpose or a reason, a case built against someone
    "Puzzlecraft mentioned its March letter purely to shift the blame onto Keyhole.",
    "The festival admitted the portal fault only because Rafael threatened to post about it.",
    "The firm paid the refund only because she complained to the regulator.",
    "Harriet kept the tally going to build a case against ShelfScan.",
    # predictions: a state by a time, a return denied in advance
    "The new freezer will be full by the summer.",
    "Taco Forge will not come back to Lantern Fields in 2027.",
    "The caterer won't return next year.",
    # blame: a duty left undone, knowledge of a flaw
    "Ray Tolley should have relit the heater at 03:00 but did not.",
    "The driver should have checked the straps.",
    "Lottie fed the horses from a bale she knew was mouldy.",
    # older seen misses by class: knowledge added to an act, a gain as the one reason, a culprit guessed, "one suspects"
    "The shop sold Sanjay a faulty bike and knew it.",
    "Dev volunteered for the trip mainly for the free hotel.",
    "The landlord fixed the boiler only for the publicity.",
    "The printer in room 4 may be the one that jammed.",
    "One suspects the delay has more to do with politics than with the software.",
    # review r14a L7: a fault riding on a duty; a yes/no question insinuates
    "Priya is responsible for the clean-up after her mistake deleted the database.",
    "Was Sam responsible for the leak?",
]

PASSING = [
    # named or reported speakers, plain reports of a group
    "Dana claims the mast was struck by lightning.",
    "Residents said the lift was broken on Monday.",
    "Customers reported slow checkouts on Friday.",
    "The builders claimed their fee on Monday.",
    "Lena Sturm wrote that the helicopter carries 600 kg per rotation.",
    "The unconfirmed booking was cancelled.",
    # feelings stated, not read in; impressions of things
    "The exasperated customer called twice.",
    "The courier must have a signature on delivery.",
    # questions and manners with "how"
    "How many units were sold that day?",
    "How long the repair takes depends on the part.",
    # purposes that serve the task; a reason given plainly
    "The team kept the line going to finish the order.",
    "Dana is going to build a new shed on Friday 4 May.",
    "The pump stopped only because the fuse blew.",
    "The council closed the road to repair the bridge.",
    # plans, rights and conditions
    "Ashby Library will re-tag its older stock over the summer.",
    "Either party may withdraw from the agreement with 30 days notice.",
    "Traders may only enter once their gas certificate is on the gate list.",
    "If the wind is above 40 km/h, the rigger will not climb.",
    "We will not return the parcel.",
    # duties and expectations
    "Dana is responsible for fixing the outage.",
    "Under the lease, the tenant is responsible for the broken window.",
    "Who is responsible for the leak?",
    "I should have checked the valve sooner, Dana wrote.",
    "Dana said she knew the venue was shut.",
    "The printer in room 4 is the one that jammed.",
    "Dana applied for the grant and knew the deadline.",
    "The team stayed late mainly for the stocktake.",
]


@pytest.mark.parametrize("sentence", FLAGGED)
def test_wave15_classes_are_flagged_by_the_rules(sentence: str) -> None:
    assert rules_flag(sentence), sentence


@pytest.mark.parametrize("sentence", PASSING)
def test_wave15_look_alikes_pass(sentence: str) -> None:
    assert FULL(sentence, Context("output")).passed, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        'Dana wrote that "folk around the harbour claim" the mast was hit.',
        "According to Yvette, Nina must be mortified about the vote.",
    ],
)
def test_wave15_quoted_or_attributed_pass(sentence: str) -> None:
    assert FULL(sentence, Context("output")).passed, sentence


MARIA = (
    "From: Maria Lopez <maria@example.com>\nTo: team@example.com\nSubject: Friday\n\nHi all,\n\n"
    "As agreed on Monday, I removed the old test files from the shared drive and blocked Friday afternoon in "
    "everyone's calendar for the offsite. Tom was ill and could not join the call. I forgot to lock the back "
    "door on Tuesday, sorry.\n\nMaria"
)
UNSTATED = "sentence 1 states a cause or blame not stated in the sources"


@pytest.mark.parametrize(
    "sentence",
    [
        "Maria deleted the old test files from the shared drive as agreed.",
        "Maria wiped the old test files from the shared drive.",
        "Maria scrapped the old test files.",
        "Tom missed the call because he was ill.",
        "Tom skipped the call because he was ill.",
        "Maria left the back door unlocked on Tuesday.",
        "The team blocked Friday afternoon for the offsite.",
    ],
)
def test_review15a_m2_deliberate_acts_and_paraphrases_pass(sentence: str) -> None:
    assert flags_with(sentence, MARIA) == [], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Maria deleted the wrong test files.",
        "Maria wiped the shared drive by mistake.",
        "Tom broke the back door on Tuesday.",
        "Maria left the back door open on Tuesday.",
    ],
)
def test_faults_the_mail_does_not_state_are_flagged(sentence: str) -> None:
    assert flags_with(sentence, MARIA) == [UNSTATED], sentence


HAY = (
    "From: Alan Nuttall <alan@fodder.example>\nTo: Bridget <bridget@livery.example>\nSubject: Hay\n\nHi Bridget,\n\n"
    "That load came from a barn where the roof leaked during the storm in October; I did not know until my "
    "haulier, Vic Lomas, told me this morning.\n\nAlan"
)
CELLO = (
    "From: Oskar <oskar@freight.example>\nTo: Yvette <yvette@quartet.example>\nSubject: Cello\n\nHi Yvette,\n\n"
    "Our driver, Jiri Novak, logged the case as loaded upright and strapped. The luthier found a crack along the "
    "lower rib.\n\nOskar"
)
FILTER = (
    "From: Felix <felix@farm.example>\nTo: Priya <priya@pumps.example>\nSubject: Filter\n\nHi Priya,\n\n"
    "Hal came this morning, found the inline filter packed with limescale and replaced it.\n\nFelix"
)


def test_an_act_with_a_flaw_of_its_object_needs_the_act_stated() -> None:
    assert flags_with("Vic Lomas stored the hay in the leaking barn.", HAY) == [UNSTATED]
    assert flags_with("Vic Lomas told Alan about the barn.", HAY) == []


def test_a_mishap_the_act_is_said_to_have_done() -> None:
    assert flags_with("Jiri Novak loaded the cello case lying flat, which cracked the rib.", CELLO) == [UNSTATED]
    assert flags_with("Jiri Novak logged the case as loaded upright.", CELLO) == []


def test_a_flaw_dealt_with_is_no_fault() -> None:
    assert flags_with("Hal replaced a limescale-blocked inline filter.", FILTER) == []
    assert flags_with("Hal fitted a blocked inline filter.", FILTER) == [UNSTATED]


HEATER = (
    "From: Doreen <doreen@garden.example>\nTo: Marcus <marcus@heat.example>\nSubject: Heater\n\nHi Marcus,\n\n"
    "The gas heater in glasshouse B failed overnight on Sunday. Our guard reported the flame out at 03:00.\n\n"
    "Doreen"
)
REPAIR = (
    "From: Doreen <doreen@garden.example>\nTo: Marcus <marcus@heat.example>\nSubject: Re: Heater\n\nHi Marcus,\n\n"
    "Lucy cleaned the flame sensor and replaced a cracked ignition lead; the heater ran all night.\n\nDoreen"
)
OUTAGE = (
    "From: Ops <ops@pay.example>\nTo: All <all@pay.example>\nSubject: Outage\n\nHi all,\n\n"
    "Yesterday's checkout outage lasted 47 minutes. The root cause was an expired TLS certificate on the gateway."
    "\n\nOps"
)


def test_a_cause_link_no_mail_makes_is_flagged() -> None:
    assert flags_with("The cracked ignition lead made the heater fail on Sunday night.", HEATER, REPAIR) == [UNSTATED]
    brew = "From: Nadia <n@brew.example>\nSubject: FV4\n\nFermenter FV4 drifted to 19 C.\n\nNadia"
    lab = "From: Nadia <n@brew.example>\nSubject: Lab\n\nOur lab found a solvent note in the porter.\n\nNadia"
    assert flags_with("The solvent note came from the fermenter reaching 19 C.", brew, lab) == [UNSTATED]
    assert flags_with("The porter has a solvent note.", brew, lab) == []


def test_a_cause_link_one_mail_makes_over_its_sentences_passes() -> None:
    assert flags_with("An expired TLS certificate on the payments gateway caused the outage.", OUTAGE) == []
    assert flags_with("The heater failed overnight on Sunday.", HEATER, REPAIR) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The yard's farrier is Perry Perhaps.",
        "The kiosks rejected the old tags because version 3.4 does not read their format by default.",
    ],
)
def test_output14_false_flag_classes_pass(sentence: str) -> None:
    assert FULL(sentence, Context("output")).passed, sentence


def test_neglect_by_a_firm_is_still_read_in() -> None:
    assert rules_flag("The vendor lost the order because it did not check the address.")


@pytest.mark.parametrize("text", ["The shop shut only because Rafael", "It failed purely because he"])
def test_a_rule_cue_ending_the_text_is_read_safely(text: str) -> None:
    # Raised IndexError before the fix (the validator failed closed); with no act after the name, nothing is read in.
    assert not rules_flag(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Marco may quit if he does not get the raise.",
        "Dana may complain to the board if nothing changes.",
        "Priya may resign with one month's notice if the reorganisation goes ahead.",
        "The supplier may refuse to deliver at checkout.",
    ],
)
def test_review15a_m7_a_named_person_s_act_is_no_right(sentence: str) -> None:
    assert rules_flag(sentence), sentence


RADIO = (
    "From: Nell <nell@radio.example>\nTo: Luis <luis@radio.example>\nSubject: Off air\n\nHi Luis,\n\n"
    "Gusts reached 90 km/h on the coast on Saturday night. The engineer found water in the feeder connector and "
    "the weather tape hanging loose.\n\nNell"
)


def test_a_harm_a_thing_did_needs_the_mail_to_link_them() -> None:
    assert flags_with("The 90 km/h gusts tore the weather tape off the connector.", RADIO) == [UNSTATED]
    assert flags_with("The engineer found the weather tape hanging loose.", RADIO) == []
    assert flags_with("Gusts reached 90 km/h on the coast.", RADIO) == []
