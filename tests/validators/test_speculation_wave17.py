"""Wave 17 speculation classes (issue 17): the misses and false flags of every seen speculation set, pooled and
grouped by the linguistic class of the guess (not by its words).

Each class has sentences worded apart from the sets' that the rules must flag, and look-alikes a summary states
plainly that must pass: a reported clause, a named speaker's past words, a contingency that re-plans a date, a
figure stated or obliged, a judgement of the writer's own act, a measured rank, an attribution a document holds.
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


# Motive/purpose: a purpose or reason the writer adds after a reporting verb's object is the writer's own
# (not the reported words); a feeling or knowledge given as someone's reason; an errand done to one's standing.
MOTIVE = [
    "Ravi mentioned the broken hinge to get out of paying for the door.",
    "The gallery announced the closure on a Sunday night to dodge the press.",
    "Hollis admitted the overcharge so the auditors would not dig further.",
    "The agent described the flat as quiet so nobody would ask about the road noise.",
    "Nadia praised the caterer because she wanted a discount next time.",
    "Marek priced the job high because he knew the insurer would pay.",
    "The brewery recalled the batch quietly to limit the bad publicity.",
    "Pellow reported itself to the regulator to get ahead of an inspection.",
    # what "to avoid ..." dodges is talk about the doer (WordNet's talk nouns), not a mishap
    "The board delayed the vote to avoid criticism from members.",
    "Lorna kept the memo to herself to avoid an argument with the chef.",
    "The club moved the match to Algebra II Hall to avoid more complaints.",
    "Kim taught Maths I in room 4 to avoid questions about the lab.",
]
MOTIVE_BENIGN = [
    "Ravi mentioned that the hinge broke because the door was slammed.",
    "Hollis admitted that the invoice was wrong, so the refund went out on Monday.",
    "The agent said the buyer would come back to sign the papers.",
    "Nadia told the caterer to bring 40 plates.",
    "The gallery announced that it will close on Sunday to repaint the walls.",
    "Marek said he knew the insurer would pay.",
    # knowing a fact of the case is no motive (review r17 M3); foreseeing an outcome one then uses is
    "She left early because she knew the last train was at ten.",
    "The brewery updated the label to fix the allergen list.",
    "The team started at dawn to avoid the heat.",
    "Dana booked online to avoid the queue at the desk.",
    "Dana and I moved the party to avoid an argument with Paul.",
]

# Hearsay: talk from one unnamed speaker, a group's habit of saying, the writer's own overhearing.
HEARSAY = [
    "Someone in the parents' group chat said the coach is leaving.",
    "Somebody at the market mentioned that the stall fees will double.",
    "Regulars say the landlord waters down the beer.",
    "I have heard that the bakery is up for sale.",
    "We've also heard the van was clamped twice last month.",
]
HEARSAY_BENIGN = [
    "Residents said the bins were collected late on Tuesday.",
    "We heard back from the council on Monday.",
    "Someone from the council called on Tuesday about the permit.",
    "The safety rules say visitors must sign in at reception.",
    "Someone must be at home on 4 May for the meter reading.",
]

# Hedge + outcome under a condition: odds weighed, a failure or a setback guessed "if ...".
CONDITIONAL = [
    "The old boiler might not cope if the frost returns.",
    "The seedlings could well wilt if the heatwave lasts.",
    "The marquee might struggle if the wind picks up.",
    "The sponsor might withdraw its offer if the date moves again.",
]
CONDITIONAL_BENIGN = [
    "The launch might move to April if testing finds blockers.",
    "The shipment might be delayed if the port strike continues.",
    "We might switch caterers if the quote goes up.",
    "The invoice might have to be reissued if the address is wrong.",
    "Tenants may end the lease early if the flat is not repaired.",
    "If it rains on 18 June, the picnic moves to 25 June.",
]

# Opinion/evaluation: conduct judged by "it was ADJ of X to", a rank against a named place, "the highlight of".
OPINION = [
    "It was careless of the depot to leave the gate unlocked.",
    "It is typical of Harlow Estates to ignore the tenants.",
    "The Crown makes the best pies in Ashford.",
    "The lantern parade is the highlight of the festival.",
]
OPINION_BENIGN = [
    "It was kind of me to offer, but the lift was already booked.",
    "The fridge is short of space until Friday.",
    "The choir sang the best-known carols in Latin.",
    "The hall is the largest in Leeds, with 900 seats.",
    "The lantern parade is at 7pm, the organisers wrote.",
]

# Prediction: a figure crossed or topped (a date does not make it a plan), a party going elsewhere, a repeat
# repair guessed with "may need another".
PREDICTION = [
    "Ticket sales will pass 2,000 before the summer.",
    "The appeal will raise over 8,000 EUR by Christmas.",
    "Membership is going to exceed 300 next year.",
    "Orvell Freight will take its custom elsewhere.",
    "The boiler may need another repair before winter.",
    "The leak will come back again next week.",
    "The pump failed and will need replacing.",
]
PREDICTION_BENIGN = [
    # a repeat set in a coming period, a named doer's plan through "and will"
    "Finance will review the budget again next quarter.",
    "Ben knows the rota well and will lead the handover.",
    "Dana Reyes booked the hall and will send the invoice.",
    "Drivers should not exceed 20 km/h in the yard.",
    "The hall will seat over 200 guests on Friday.",
    "The hire will cost 500 EUR.",
    "The bus will cross the bridge at 9am.",
    "Visitors may need another form of ID at the gate.",
    "The fair will raise money for the school on Saturday.",
]


@pytest.mark.parametrize("sentence", MOTIVE + HEARSAY + CONDITIONAL + OPINION + PREDICTION)
def test_wave17_classes_flagged(sentence: str) -> None:
    assert rules_flag(sentence), sentence
    assert full_flag(sentence), sentence


@pytest.mark.parametrize(
    "sentence", MOTIVE_BENIGN + HEARSAY_BENIGN + CONDITIONAL_BENIGN + OPINION_BENIGN + PREDICTION_BENIGN
)
def test_wave17_benign_twins_pass(sentence: str) -> None:
    assert not rules_flag(sentence), sentence


# Review r16b L2: "per X" / "according to X" written by the answer carries no verdict and no guessed past event,
# and with documents it must name a source the documents hold.
MAIL = "From: Dana Reyes\nThe van came back with a dent on Friday. The insurer will pay for the repair."


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom may have been drinking before the accident, per the report.",
        "According to the report, Tom must have misjudged the gap.",
        "The courier might have dropped the parcel, according to the log.",
    ],
)
def test_attribution_carries_no_guessed_past(sentence: str) -> None:
    assert full_flag(sentence)
    assert full_flag(sentence, MAIL)


def test_attribution_must_name_a_source_the_documents_hold_saying_it() -> None:
    claim = "The insurer will probably pay for the repair"
    assert full_flag(f"{claim}, per the police report.", MAIL)  # no report in the e-mail
    assert not full_flag(f"{claim}, per the insurer.", MAIL)
    assert not full_flag(f"{claim}, according to Dana.", MAIL)
    assert not full_flag(f"{claim}, per the report.")  # no documents: an attributed hedge, as before
    # the insurer is in the e-mail, but its sentence says nothing of Tom or the van
    assert full_flag("Tom was careless with the van, per the insurer.", MAIL)
    assert full_flag("According to the insurer, Tom was careless with the van.", MAIL)
    assert not full_flag("According to Ravi, the vendor is stalling.")  # reported without documents (wave 8)


@pytest.mark.parametrize(
    "sentence",
    [
        "If the price goes up, the client may look for another supplier, according to Mark.",
        "The supplier hopes to deliver by Friday, per their update.",
        "Dana wrote that Tom may have been tired.",
    ],
)
def test_attributed_statements_still_pass(sentence: str) -> None:
    assert not full_flag(sentence)


def test_wave17_rules_read_hostile_repeats_in_one_pass() -> None:
    # Each new rule reads a bounded window at its cue (speed is measured in benchmarks/, not here): a long sentence of
    # repeated cues gives one hit per unit, which a window that rescanned the sentence could not.
    from guardrails_lite.validators.speculation._hearsay import hearsay_hits
    from guardrails_lite.validators.speculation._opinion import opinion_hits

    lowers = ("i have heard that the van is sold and " * 4000).split()
    assert len([h for h in hearsay_hits(lowers, [False] * len(lowers)) if lowers[h.start] == "i"]) == 4000
    lowers = ("it was careless of tom to leave it , " * 3000).split()
    assert len([h for h in opinion_hits(lowers, [False] * len(lowers)) if lowers[h.start] == "it"]) == 3000
    v = SpeculationSpec(max_chars=400_000).build()
    assert not v("The leak will come back again next week and " * 3000 + "stay.", Context("output")).passed
    assert not v("Tom mentioned the cat to get out of the rota and " * 3000 + "left.", Context("output")).passed


# Causal guess vs stated cause: a cause given as an event of its own (a thing's earlier event in the past perfect,
# "because of <an event>") is no guess by the classifier's cue words alone; a person's act or reason given as the
# cause (blame, a motive) and the cause of something foretold stay the classifier's to flag.
@pytest.mark.parametrize(
    "sentence",
    [
        "The chain went slack because the tension spring had snapped.",
        "The conveyor went slack because its spring had snapped.",
        "Marta is flying back early because of her brother's wedding.",
        "Tom is leaving early because of his sister's graduation.",
        "The kiosk could not trade because its permit had expired.",
        "The stall could not open because its licence had run out.",
    ],
)
def test_stated_causes_pass(sentence: str) -> None:
    assert not full_flag(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The bearing failed because Tom had not greased it.",
        "Hana is leaving because she had been passed over.",
        "The lift broke because the engineers had skipped the service.",
    ],
)
def test_causes_pinned_on_people_stay_flagged(sentence: str) -> None:
    assert full_flag(sentence)


# Quoted and conditional: words between single quotes are someone's (a label, a document's heading); a judgement
# inside an "if" clause is a condition, not asserted. Their twins judge in the writer's own voice.
@pytest.mark.parametrize(
    "sentence",
    [
        "The audit's 'probable cause' box was left empty.",
        "Omar called the fix 'probably temporary' in his note.",
        "If the sound is poor at the sound check, the band moves to hall B.",
        "The match moves indoors if the pitch is terrible.",
    ],
)
def test_single_quoted_and_conditional_judgements_pass(sentence: str) -> None:
    assert not full_flag(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The drivers' union probably wants a bigger rise.",
        "The team's 'plan' is probably doomed.",
        "If you ask me, the new rota is useless.",
        "The new rota is useless if you ask me.",
    ],
)
def test_unquoted_and_asserted_judgements_stay_flagged(sentence: str) -> None:
    assert full_flag(sentence)


def test_the_writers_own_reason_summarised_in_the_third_person_passes() -> None:
    # review r17 M3: the e-mail's "because I knew" is the answer's "because she knew"
    mail = "I signed the lease on Monday because I knew the deadline was Friday. Tom phoned as he knew we would pay."
    assert not full_flag("Dana signed the lease on Monday because she knew the deadline was Friday.", mail)
    assert not full_flag("Dana signed the lease because she knew the deadline was Friday.", mail)
    assert full_flag("Tom phoned the landlord because he knew he would be blamed.")


def test_attribution_needs_the_claim_not_just_a_name_from_the_source() -> None:
    # review r17 L1: the sender is always in the e-mail; Dana's e-mail says nothing of Tom being tired
    mail = "From: Dana Reyes\nTom drove the van back on Friday. The dent is on the left door."
    assert full_flag("Tom was probably tired, per Dana.", mail)
    assert not full_flag("Tom probably drove the van back, per Dana.", mail)
