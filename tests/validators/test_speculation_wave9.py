"""speculation, wave 9: the rules' one named result type, and reports closed by a study as the finder."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.speculation._hit import RuleHit
from guardrails_lite.validators.speculation._kinds import kind_hits
from guardrails_lite.validators.speculation._opinion import opinion_hits
from guardrails_lite.validators.speculation._rules import general_hits
from tests.validators.conftest import build, check


def _lowers(sentence: str) -> tuple[list[str], list[bool]]:
    from guardrails_lite.text import word_tokens

    toks = word_tokens(sentence)
    return [w.lower() for w, _ in toks], [w[:1].isupper() for w, _ in toks]


@pytest.mark.parametrize(
    ("rules", "sentence"),
    [
        (kind_hits, "There is a real possibility that the data was copied."),
        (general_hits, "I reckon the vendor changed the terms."),
        (opinion_hits, "The new portal is clunky."),
    ],
)
def test_every_rule_family_returns_named_hits(rules: object, sentence: str) -> None:
    lowers, capitals = _lowers(sentence)
    hits = rules(lowers, capitals)  # type: ignore[operator]
    assert hits, sentence
    for hit in hits:
        assert isinstance(hit, RuleHit)
        assert hit.category in ("hedge", "attribution", "unverifiable", "opinion")
        assert 0 <= hit.start < hit.end <= len(lowers)


def test_rule_hit_fields_are_named() -> None:
    hit = RuleHit("hedge", 2, 4)
    assert (hit.category, hit.start, hit.end) == ("hedge", 2, 4)
    assert RuleHit._fields == ("category", "start", "end")


_FOUND_BY_A_STUDY = [
    "Many customers feel the new layout is confusing, the survey found.",
    "Most drivers think the new depot is too far out, an internal review found.",
    "Half the tenants feel the rent is unfair, the poll finds.",
]
_NOT_A_FINDER = [
    "The new layout is probably confusing, and never found.",
    "The missing invoices were presumably shredded, never to be found.",
]


@pytest.mark.parametrize("sentence", _FOUND_BY_A_STUDY)
def test_a_study_named_as_finder_reports_the_sentence(sentence: str) -> None:
    assert check(build({"use": "speculation"}), sentence).passed, sentence


@pytest.mark.parametrize("sentence", _NOT_A_FINDER)
def test_found_without_a_finder_is_no_report(sentence: str) -> None:
    assert not check(build({"use": "speculation"}), sentence).passed, sentence


# --- wave 9 classes: new phrasings written for this test (not from the benchmark or held-out sets) ---

_CLASSES_FLAGGED = [
    # motive: a purpose clause after a third party's act, a feeling as the reason, a move timed against others
    "The caretaker locked the side gate to keep the skaters out.",
    "The publisher delayed the royalty statement to hold on to the cash.",
    "The depot sold the spare vans in order to close the quarter in profit.",
    "The tenant withheld the rent out of spite.",
    "The surgeon postponed the list because she resented the new rota.",
    "The club changed the rules before the members could vote on them.",
    # insinuated blame
    "Conveniently, the camera was switched off that evening.",
    "Once again the night porter lost the keys.",
    "Predictably the refund never arrived.",
    "Of course it was the subcontractor who slipped up.",
    "It is no coincidence that the stock count is short.",
    "Oddly enough, the shortfall appeared after the audit team left.",
    # rhetorical questions
    "Why would the landlord ever fix the boiler?",
    "Who else would leave the freezer open?",
    "Who could blame them?",
    "Why would anyone sign that contract?",
    "How complicated can a rota be?",
    "Isn't it clear the budget was never enough?",
    "Could the handover have been any messier?",
    # counterfactuals and guesses about the past
    "The fine would have been waived with a timely appeal.",
    "A second courier could have saved the day.",
    "The wedding might have gone ahead if the marquee had arrived.",
    "The caretaker may not have seen the notice.",
    # blame by construction
    "The night manager let the backlog build up.",
    "Blame for the missed deadline lies with the design team.",
    "The caterer is responsible for the food poisoning.",
    "The courier, not the warehouse, lost the parcel.",
    # outcomes foretold whatever figures stand beside them ("the under-14s", "pitch 2" are no dates)
    "The under-16s will lose without their captain.",
    "The Friday market will be completely deserted.",
    "The new warehouse will be overwhelmed by the Christmas orders.",
    "The launch will end up costing the team its bonus.",
    # predictions of a mind or a fate
    "The visitors will adore the new gallery.",
    "The volunteers are going to resent the extra paperwork.",
    "The pop-up shop is doomed to fail.",
]

_CLASSES_PASSING = [
    # errands, plans and rules with a purpose clause
    "The plumber came back to finish the job.",
    "Omar phoned the bank to confirm the transfer.",
    "The committee meets on 3 May to review the bids.",
    "Visitors must show a pass to enter the lab.",
    "To skip the queue, order online.",
    "If you want a receipt, ask at the desk.",
    "Priya asked the caterer to add two vegan meals.",
    "Shipping takes five days to reach Oslo.",
    "The shop reopened to customers on Monday.",
    "We moved the meeting to free up the room.",
    # purposes that serve the task, not the doer: a summary may state them
    "Dana booked a taxi to get to the airport.",
    "Tom stayed behind to help the new hire.",
    "The team worked overtime to meet the deadline.",
    "The council gritted the roads to keep traffic moving.",
    "The vendor extended the trial to give us more time.",
    "The club raised the fee to cover the new insurance.",
    "The IT team restarted the server to apply the patch.",
    # openers and routines, not insinuations
    "Of course! Here is a short summary of the e-mails.",
    "Of course, the gym has showers.",
    "As usual, the office closes at 17:00 on Fridays.",
    "If the scanner jams once again, restart it.",
    "Naturally ventilated rooms stay cooler.",
    # questions to or from the reader
    "Would you like a shorter version?",
    "Shall I book the room for Thursday?",
    "What time suits you best?",
    "Do you need the figures by region?",
    "Could the supplier deliver any earlier?",
    "Isn't the deadline on Friday?",
    "Is there any point in keeping the old server?",
    "Why does the invoice show two VAT lines?",
    "Who approved the change to the rota?",
    "Who could cover the Friday shift?",
    "Why could the payment not be processed?",
    "Why would the office close on a Monday?",
    # reported counterfactuals, wishes, obligations
    "The agent said the fee would have been lower in May.",
    "I would have liked a longer deadline.",
    "The team would have to repeat the test.",
    "Residents may have one parking permit each.",
    # attributed feelings and dated plans
    "The visitors will tour the gallery on 9 June.",
    "Prices will rise by 4% from April.",
    "The dinner will seat 120 guests.",
    "The order, not the invoice, was sent on Monday.",
    "Nobody was hurt, and the depot reopened on Tuesday.",
    "Marta wrote that she is out of the office until Monday.",
    "The printer is out of paper.",
]


_HEARSAY_AND_UNREAL = [
    "It is widely thought that the depot will close.",
    "It's commonly assumed the grant was cut.",
    "Many believe the move was rushed.",
    "There are rumblings that the budget is frozen.",
    "The team would still be on track if Omar hadn't left.",
    "Had the booking gone through, the group would be in Lisbon today.",
]
_SOURCED_OR_REAL = [
    "It was reported in the minutes that the roof leaks.",
    "Tom's cash payment will not incur a penalty provided it is reported this month.",
    "Many thanks for the quick reply.",
    "If you had any questions, you could call Mia.",
    "If I were you, I would book early.",
    "Customers who had paid by card could claim a refund.",
]


@pytest.mark.parametrize("sentence", _CLASSES_FLAGGED + _HEARSAY_AND_UNREAL)
def test_wave9_classes_are_flagged(sentence: str) -> None:
    assert not check(build({"use": "speculation"}), sentence).passed, sentence


@pytest.mark.parametrize("sentence", _CLASSES_PASSING + _SOURCED_OR_REAL)
def test_wave9_hard_negatives_pass(sentence: str) -> None:
    assert check(build({"use": "speculation"}), sentence).passed, sentence


def test_a_source_that_states_the_purpose_clears_it() -> None:
    v = build({"use": "speculation"})
    sentence = "The caretaker locked the side gate to keep the skaters out."
    source = "I locked the side gate to keep the skaters out, the caretaker wrote."
    assert not check(v, sentence).passed
    assert check(v, sentence, docs=(source,)).passed


def test_wordnet_classes_sort_words_by_their_senses() -> None:
    from guardrails_lite.validators.speculation._wordclasses import verb_base, wordclasses

    c = wordclasses()
    assert {"fear", "spite", "anger"} <= c.feeling_nouns
    assert "stock" not in c.feeling_nouns and "office" not in c.feeling_nouns
    assert {"confirm", "discuss", "finish"} <= c.errands
    assert "avoid" not in c.errands and "impress" not in c.errands
    assert {"love", "resent", "fear"} <= c.feeling_verbs and "send" not in c.feeling_verbs
    assert [verb_base(w, c) for w in ("raised", "sold", "stopped", "pushing", "tries")] == [
        "raise",
        "sell",
        "stop",
        "push",
        "try",
    ]
    assert verb_base("zzzed", c) is None


def test_wave9_rules_read_hostile_repeats_in_one_pass() -> None:
    # Each wave-9 rule reads a bounded window around its cue (speed itself is measured in
    # benchmarks/pathological.py, not here): a 32,000-token sentence of cues is one pass with a hit per unit.
    from guardrails_lite.validators.speculation._counterfactual import counterfactual_hits
    from guardrails_lite.validators.speculation._insinuation import insinuation_hits
    from guardrails_lite.validators.speculation._motive import motive_hits

    lowers = ("the marina raised the fee to push them out of spite " * 3000).split()
    assert len(motive_hits(lowers, [False] * len(lowers))) >= 3000
    lowers = ("conveniently the logs were lost " * 6000).split()
    assert insinuation_hits(lowers)  # the first insinuation is enough; the scan stops there
    lowers = ("the fine would have been waived " * 6000).split()
    assert counterfactual_hits(lowers)
    v = build({"use": "speculation", "max_chars": 400_000})
    assert not check(v, "the marina raised the fee to push them out " * 4000).passed


_OPENED_BY_WHOSE_WORDS = [
    "In Tom's words, the rollout was a mess.",
    "In the auditor's view, the figures are probably understated.",
    "As Dana put it, the venue is a joke.",
]
_NOT_OPENED_BY_SOMEONE_ELSE = [
    "In my view, the venue is a joke.",
    "In the end, the vendor probably overcharged us.",
    "In Tom's words, the rollout was fine, but it was probably a disaster.",
]


@pytest.mark.parametrize("sentence", _OPENED_BY_WHOSE_WORDS)
def test_an_opening_naming_whose_words_follow_reports_them(sentence: str) -> None:
    assert check(build({"use": "speculation"}), sentence).passed, sentence


@pytest.mark.parametrize("sentence", _NOT_OPENED_BY_SOMEONE_ELSE)
def test_the_writers_own_opening_or_a_later_contrast_is_not_reported(sentence: str) -> None:
    assert not check(build({"use": "speculation"}), sentence).passed, sentence
