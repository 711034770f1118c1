"""Wave 16 speculation classes (issue 17; output15's misses and false flags by class).

Each class has sentences, worded apart from the blind set's, that the rules must flag, and look-alikes a summary
states plainly that must pass: rights and options with "may", durations, a measured condition given as the
reason, things (not people) described, a named or quoted speaker, a firm whose name opens with a hedge word.
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


def full_flag(text: str) -> bool:
    return not FULL(text, Context("output")).passed


FLAGGED = [
    # the odds of a modal weighed by an adverb, whatever the verb
    "The seedlings may yet recover before the show.",
    "The ferry could well stop running in November.",
    "The second batch could even sell out by noon.",
    # setbacks of things after may/could
    "The stored apples may rot before the market opens.",
    "The old hives could get worse over the winter.",
    # outcomes foretold: a worn-out thing's needs, a trend met, a repeat
    "The chapel roof will need a complete new covering within five years.",
    "The school minibus will need repairs before the spring term.",
    "Harbour Yoga will see more members once the pool closes.",
    "The bakery will face another inspection before long.",
    # purposes that steer a person, or a proposal's purpose read in
    "The agency moved the interview to keep her from applying elsewhere.",
    "The landlord raised the rent to push Mia into leaving.",
    "Kestrel recommended the cheaper valve so it could delay the full refit.",
    "Omar said he would cancel the order just to pressure Lena into a discount.",
    # judged conduct, ranks against the whole market, fitness denied
    "Sloppy maintenance at the depot left the forklift unsafe.",
    "Lax supervision let the apprentice work alone.",
    "Granary Books is the loveliest shop in the county.",
    "Tidewell sells the best wetsuits on the market.",
    "The hut they rented was never suitable for a family of five.",
    # attitudes read into a person under an impression cue
    "Marta seems resigned to missing the final.",
    "The caretaker appears defeated by the paperwork.",
    # talk with no speaker, a lone unnamed voice
    "Rumours are circulating that the mill will be sold.",
    "There is gossip that the chef was poached by a rival.",
    "One parent claimed the coach plays favourites.",
    "One reviewer said online that the hotel has bedbugs.",
    # evidential idioms and a gain as the motive
    "The outage has all the hallmarks of a botched update.",
    "The broker sold the flats early to cash in on the spike.",
]

PASSING = [
    # rights, options and permissions
    "Members may still renew at the old rate until 31 March.",
    "Guests may even bring dogs to the garden bar.",
    "Tenants may still cancel within 14 days.",
    # durations, plans with their time, a thing's own purpose
    "The lease will run for another two years.",
    "The contract will run for another two years from June.",
    "The council gritted the road to keep the pipes from freezing.",
    "Dana suggested the Red Lion so the team could walk there.",
    # a measured condition given as the reason; measures ranked
    "The match moved indoors because the pitch was too wet.",
    "The lunch moved to the hotel because the hall was too small.",
    "The Riverside is the largest venue in town.",
    "The cheapest quote on the market was 400 EUR.",
    # a thing's state described; a conditional instruction
    "If a belt looks frayed, stop the mixer and call maintenance.",
    # a named speaker, one of a known group, a plain report
    "One of the drivers said the gate was locked.",
    "One customer said the parcel arrived damaged.",
    "Dana gave a talk that covered the recall.",
    # firms whose names open with a hedge word; a stated management topic
    "Maybe Tomorrow Studios booked the hall for June.",
    "Probably Fine Software supplies the booking system.",
    "Staff can cash in unused leave in December.",
]


@pytest.mark.parametrize("sentence", FLAGGED)
def test_wave16_classes_are_flagged_by_the_rules(sentence: str) -> None:
    assert rules_flag(sentence), sentence


@pytest.mark.parametrize("sentence", PASSING)
def test_wave16_look_alikes_pass(sentence: str) -> None:
    assert not full_flag(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Perhaps Dana booked the hall.",  # a hedge before a person's name still hedges
        "Supposedly Tallis Software is raising prices again next year.",  # a hedge before a firm's proper name
        "Maybe Northwind forgot the order.",
    ],
)
def test_hedge_before_a_proper_name_is_still_flagged(sentence: str) -> None:
    assert full_flag(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"The seedlings may yet recover," the gardener wrote.',
        "According to the vet, the herd could well recover by May.",
    ],
)
def test_quoted_or_attributed_odds_pass(sentence: str) -> None:
    assert not full_flag(sentence)


def test_possessive_is_no_passive_for_a_purpose() -> None:
    # "Drury's name" is a possessive, not "Drury is named": the purpose after it is read as a motive.
    assert rules_flag("The club cleared Ana Drury's name to keep her from resigning.")
    assert not rules_flag("The club cleared Ana Drury's name after the hearing.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Did the cleaners leave the back door unlocked?",
        "Was the meter misread by the new reader?",
        "Wasn't the scaffold inspected last week?",
        "Were the samples tampered with before the audit?",
    ],
)
def test_questions_raising_a_fault_are_guesses(sentence: str) -> None:
    assert rules_flag(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Has the deposit been paid?",
        "Did Priya send the signed lease?",
        "Did you get the damaged box back?",
        "Can the plumber come on Thursday?",
        "Has anyone checked the broken gate?",
        "Could we move the damaged stock to bay 4?",
    ],
)
def test_requests_and_open_questions_pass(sentence: str) -> None:
    assert not full_flag(sentence)


MAIL = (
    "From: hr@acme.example\nTo: ops@acme.example\nSubject: overtime\n\nHi,\n\n"
    "Tom has the right to refuse overtime under his contract. The December rota is attached.\n\nRegards,\nHR"
)


def test_review15b_l1_a_right_the_source_states_passes() -> None:
    docs = (Document(MAIL, "m1"),)
    assert FULL("Tom may refuse overtime under his contract.", Context("output", documents=docs)).passed
    # the source's right does not state a choice under a condition, nor another act
    assert not FULL("Tom may refuse overtime if the rota changes.", Context("output", documents=docs)).passed
    assert not FULL("Tom may quit over the rota.", Context("output", documents=docs)).passed


def test_wave16_rules_read_hostile_repeats_in_one_pass() -> None:
    # Each new rule reads a bounded window after its cue (speed is measured in benchmarks/, not here): a long
    # sentence of repeated cues gives one hit per unit, which a window that rescanned the sentence could not.
    from guardrails_lite.validators.speculation._hearsay import hearsay_hits
    from guardrails_lite.validators.speculation._opinion import opinion_hits
    from guardrails_lite.validators.speculation._questions import question_hits

    lowers = ("poor management at the depot and the best vans ever , " * 3000).split()
    hits = opinion_hits(lowers, [False] * len(lowers))
    assert len([h for h in hits if lowers[h.start] == "poor"]) == 3000
    assert len([h for h in hits if lowers[h.start] == "the"]) == 3000
    lowers = ("stories going round and talk circulating " * 4000).split()
    assert len(hearsay_hits(lowers, [False] * len(lowers))) == 8000
    lowers = ["did", "the", "crew"] + ["check"] * 30_000 + ["?"]
    assert question_hits(lowers) == []
    v = SpeculationSpec(max_chars=400_000).build()
    assert not v("The remaining stock may yet spoil and will need replacing again. " * 3000, Context("output")).passed


@pytest.mark.parametrize(
    "sentence",
    [
        "Without a doubt the gasket failed first.",
    ],
)
def test_certainty_idioms_are_flagged(sentence: str) -> None:
    assert rules_flag(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The guidebook calls it the best bakery in the county.",  # someone else's verdict, reported
        "The supplier seems to be the only one with stock, per its website.",  # a closing source
        "The buyer may withdraw before exchange.",  # a party's right with its time limit
    ],
)
def test_given_verdicts_sources_and_time_limited_rights_pass(sentence: str) -> None:
    assert not full_flag(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Could Be Worse Café opens at 9.",  # a modal written with a capital inside a sentence: a name
        "Surely Brothers delivered the timber.",  # the hedge word is the family firm's name
        "The band rehearses on Mondays and will play the hall on Saturdays.",  # plural weekdays date a plan
        "Rent rises in May by 3%.",
    ],
)
def test_names_dates_and_reported_beliefs_pass(sentence: str) -> None:
    assert not full_flag(sentence)


def test_a_hedge_before_a_person_and_a_capital_first_name_still_flag() -> None:
    assert full_flag("Surely Dana delivered the timber.")
    assert full_flag("Will Moss will probably quit.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The landlord ignored the tenants' complaints about the boiler.",  # neglect of warnings, an accusation
        "The mood on the night shift is grim.",  # a mood read into a place, past a short place phrase
        "Pellow's bakes the tastiest pasties around.",  # a rank against the whole field, closing the sentence
    ],
)
def test_ignored_warnings_moods_and_open_ranks_are_flagged(sentence: str) -> None:
    assert rules_flag(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The hotel overlooked the bay.",
        "The mood board is on the wall.",
        "The tastiest pasties around here are sold out by noon, the shop says.",
    ],
)
def test_views_boards_and_reported_ranks_pass(sentence: str) -> None:
    assert not full_flag(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The canal will freeze over in February.",  # nature keeps no schedule: a date makes no plan of it
        "The vineyard will harvest a record crop next October.",
        "The bridge works will cause long queues in July.",  # a trouble foretold, dated or not
        "A cousin of the landlord says the flats are being sold.",  # talk at second hand
    ],
)
def test_dated_forecasts_and_second_hand_talk_are_flagged(sentence: str) -> None:
    assert rules_flag(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The school will hold the record attempt on 3 June.",
        "More staff will join the team in May.",
        "A member of staff said the lift was fixed.",
    ],
)
def test_dated_plans_and_known_speakers_pass(sentence: str) -> None:
    assert not full_flag(sentence)


def test_a_purpose_clause_reads_its_verb_after_the_modal() -> None:
    # "shift" in "the night shift" is a noun: the purpose is the act's own goal
    assert not full_flag("The team moved the meeting to 7am so the night shift could attend.")
    assert rules_flag("The manager hid the report so they could avoid the question.")


def test_title_case_sentences_get_no_name_excuse() -> None:
    # Every word capitalised: the capitals name nothing, so the hedge stands.
    assert full_flag("The Courier Might Have Lost The Parcel.")
    assert full_flag("The Supplier Could Be Hiding Something.")
    assert not full_flag("The Might Have Been Café opens at 9.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom May Have Been Drinking before the crash.",  # review r16b: capitals after a name excuse no modal
        "The Driver May Have Been Drinking before the crash.",
        "The insurer suspects Tom was drinking.",  # review r16b: an unnamed party's suspicion of a person
    ],
)
def test_review16b_capitalised_modals_after_a_name_and_suspicions_are_flagged(sentence: str) -> None:
    assert full_flag(sentence)
