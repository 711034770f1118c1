"""Wave-10 speculation classes: impressions through "look"/"sound" + any adjective, guesses through a modal's
perfect, opening comments on a coincidence, futures with "going to" / "have to" / a trend, graded verdicts,
purposes after a reported act's object. Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check

SPEC = {"use": "speculation"}


def flagged(sentence: str) -> bool:
    return not check(build(SPEC), sentence).passed


def category(sentence: str) -> str:
    verdict = check(build(SPEC), sentence)
    assert not verdict.passed, sentence
    return verdict.findings[0].message.split(" ", 2)[2]


HEDGE = "makes a hedged, speculative claim"
OPINION = "states an opinion or a verdict as fact"
ATTRIBUTION = "speculates about blame, motives or feelings"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # impressions: an appearance verb with any adjective or participle (WordNet's classes), degree words between
        ("The estimates look somewhat padded.", OPINION),
        ("The warehouse looked short-staffed and disorganised.", OPINION),
        ("The timeline sounds a little ambitious.", OPINION),
        ("The renovation looks to be behind.", None),
        # a guess about the past through a modal's perfect
        ("The agency could have misfiled the form.", HEDGE),
        ("The printer may never have received the job.", HEDGE),
        ("The buyer could easily have misread the date.", HEDGE),
        # futures: "going to" reads like "will"; "have to" looks through to the verb; a trend carried on
        ("The council is going to review the parking fees.", HEDGE),
        ("Rents are going to keep climbing.", HEDGE),
        ("Membership will continue to fall.", HEDGE),
        # an opening comment on a coincidence
        ("Oddly, the alarm log stops at midnight.", ATTRIBUTION),
        ("Funny how the keys turned up after the complaint.", ATTRIBUTION),
        ("It is curious that the second quote arrived so fast.", ATTRIBUTION),
        ("Tellingly, nobody answered the auditor's question.", ATTRIBUTION),
        ("Notably, the last person to open the till was the new cashier.", ATTRIBUTION),
        ("It is worth mentioning that the missing laptop was the one Erik used.", ATTRIBUTION),
        ("One wonders why the minutes were never circulated.", ATTRIBUTION),
        ("It makes you wonder who approved the order.", ATTRIBUTION),
        ("How could the landlord ignore such an obvious leak?", OPINION),
        # a graded verdict: an -ly adverb between the linking verb and the judgement
        ("The porters were astonishingly rude.", OPINION),
        # a purpose after a reported act's object is the writer's reading, not a report
        ("The firm announced the price rise on Christmas Eve to bury the news.", ATTRIBUTION),
        # "so (that) ... could": a purpose that keeps others out or serves the doer
        ("The caretaker changed the code so nobody could use the gym at night.", ATTRIBUTION),
        ("The broker delayed the sale so he could pocket a bigger commission.", ATTRIBUTION),
        ("The club moved the meeting so the members could not vote on it.", ATTRIBUTION),
        # an intent held "all along"
        ("The owner wanted to sell the site all along.", ATTRIBUTION),
        # a vague "when" schedules nothing
        ("The vendor will drop the old model at some point.", HEDGE),
        ("The clinic will hire more staff soon.", HEDGE),
        ("The parcel should turn up any day now.", HEDGE),
        # any adjective's comparative in a future state
        ("The commute will be noisier after the works.", HEDGE),
        ("The winter will be even colder.", HEDGE),
        # a past ruled out by "can't have"
        ("The bank can't have processed the refund yet.", HEDGE),
        ("The courier cannot have read the label.", HEDGE),
        # verdicts on how someone did or what they are owed
        ("Yusuf did brilliantly in the negotiation.", OPINION),
        ("The night staff deserve a bonus.", OPINION),
        ("Renting the marquee was the right choice.", OPINION),
        ("The caterers did a fantastic job.", OPINION),
    ],
)
def test_wave10_classes_are_flagged(sentence: str, expected: str | None) -> None:
    """`expected` None: flagged, whichever category ranks first (an earlier rule may also see blame)."""
    found = category(sentence)
    assert expected is None or found == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # appearance verbs that are no impression: a comparison, an all-clear, particles, a plan, causatives
        "The invoice looks like the one from March.",
        "The new form looks different from the old one.",
        "The backup looks fine after the restore.",
        "Priya will look into the refund on Monday.",
        "Please look over the contract before Friday.",
        "Omar looks forward to the workshop.",
        "The new signs make the exit look obvious to visitors.",
        # modal + have without a participle: obligations and plans
        "Guests may have to show ID at the door.",
        "Contractors must have a site pass.",
        "Leon wrote that he might have sent the wrong file.",
        # a future whose doer is named, or dated
        "Ruth is going to send the agenda.",
        "The clinic is going to open at 8 on Monday.",
        "Noah will keep the minutes.",
        # "notable" needs a fault or someone singled out; plain openers pass
        "Notably, the hall has step-free access.",
        "Interestingly, the venue also rents out projectors.",
        "It is worth noting that the deadline is 4 June.",
        "Finally, the lease was signed on Tuesday.",
        # a graded plain description
        "The hall was unusually large.",
        # reported speech after an object and a time still reports
        "Dana told the team on Monday that the vendor wanted to squeeze the budget.",
        # "so that" for the act's own goal, "so" as a degree word, advice
        "Tom moved the workshop so that everyone could attend.",
        "The hall is so small that nobody could dance.",
        "Please send the form so we can process it.",
        "The backup file was in the shared folder all along.",
        # "soon" as a relation, a named doer's errand, a dated future, a time shift
        "Visitors should sign the book soon after arriving.",
        "Reply as soon as you can.",
        "Dana will send the file soon.",
        "The parts will arrive soon, on 3 May.",
        "The call will be later than usual.",
        # permissions, rights, plain deeds, reported verdicts
        "Residents can have two parking permits.",
        "Buyers have the right to cancel within 14 days.",
        "The crew did the repair in two hours.",
        "Dana said the night staff deserve a bonus.",
    ],
)
def test_wave10_plain_uses_pass(sentence: str) -> None:
    assert not flagged(sentence), sentence


def test_impression_stated_by_the_sources_is_theirs() -> None:
    """The impression is the writer's unless a matching source sentence has it too."""
    v = build(SPEC)
    answer = "The estimates look inflated."
    assert not check(v, answer).passed
    assert check(v, answer, ("Marek: honestly, the estimates look inflated to me.",)).passed


def test_adjective_class_is_wordnet_shaped() -> None:
    """The shipped class keeps words used mostly as adjectives and leaves out particles and verbs."""
    from guardrails_lite.validators.speculation._wordclasses import wordclasses

    adjectives = wordclasses().adjectives
    assert {"inflated", "understaffed", "rude", "ambitious"} <= adjectives
    assert not {"back", "like", "set", "forward", "over", "into"} & adjectives


def test_word_classes_are_not_walked_by_the_garbage_collector() -> None:
    """30,000 words held in frozensets would be walked slot by slot by every collection that reaches them."""
    import gc

    from guardrails_lite.validators.speculation._wordclasses import wordclasses

    classes = wordclasses()
    gc.collect()
    walked = [name for name in classes._fields if isinstance(getattr(classes, name), frozenset)]
    assert walked == []
    assert not any(gc.is_tracked(obj) for obj in gc.get_referents(classes.adjectives))
