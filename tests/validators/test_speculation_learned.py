"""Wave-11 speculation: the learned sentence classifier behind the rules (`_learned`). Class-level cues no phrase
lists (motives, predictions about others, bare opinions, hearsay, impressions), and the unflagged look-alikes
(attributed opinions, quoted doubt, stated plans, conditionals, advice). Every sentence here is written for this
file; none is in a training or evaluation set."""

from __future__ import annotations

import gzip
import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails_lite import text as _text
from guardrails_lite.validators.speculation import _learned
from tests.validators.conftest import build, check

SPEC = {"use": "speculation"}


def flagged(sentence: str, **options: object) -> bool:
    return not check(build({**SPEC, **options}), sentence).passed


def learned_hit(sentence: str) -> bool:
    toks = _text.word_tokens(sentence)
    lowers = [w.lower() for w, _ in toks]
    return _learned.learned_model().hit(lowers, [w[:1].isupper() for w, _ in toks]) is not None


# Sentences the rules alone let through and the classifier catches (checked with `learned` off below).
CAUGHT_BY_CLASSIFIER = [
    # motives read into an act
    "Brightwater Print cut the run short so it could bill a second job.",
    # predictions about what others will do
    "The landlord is going to sell the building next year.",
    # verdicts on how someone acted
    "Sina handled the complaint well.",
]

SPECULATIVE = [
    # caught by the rules since wave 15 (a minimiser before a purpose: "just to stay on ...")
    "The quarry manager delayed the survey just to stay on the board's good side.",
    *CAUGHT_BY_CLASSIFIER,
    "The new parking scheme is a shambles from start to finish.",
    "The agency reshuffled the interviews to keep Petra off the panel.",
    "Imran offered to cover the shift only because he wants the team lead post.",
    "Corvin Freight is going to lose the contract at renewal.",
    "Expect the bank to turn the loan down.",
    "The reception desk is hopeless at passing on messages.",
    "Word around the depot is that the night shift is being cut.",
    "The quote seemed inflated.",
]

PLAIN = [
    # attributed opinions and quoted doubt
    "Ingrid said the new parking scheme was a shambles.",
    'The surveyor\'s note reads "probably subsidence".',
    # stated plans, schedules and neutral purposes
    "The landlord will inspect the flat at 10:00 on 14 March.",
    "The caretaker locked the side gate so that the painters could work undisturbed.",
    "Pemberton Dairies will deliver the revised order on Thursday.",
    # conditionals, advice and rules
    "If the survey is late, the quarry will start in April.",
    "Please send the signed lease back by Friday.",
    "Staff may park in bay C during the works.",
    "Brightwater Print cut the run short because the paper ran out.",
    "Corvin Freight said it expects to lose the contract at renewal.",
    "Petra thinks the new rota is unfair.",
    # plain facts
    "The second quote was 4,200 EUR, 300 EUR more than the first.",
    "The reception desk is open from 8:00 to 17:00.",
    "The caterer closed its Leeds kitchen last year.",
]


@pytest.mark.parametrize("sentence", SPECULATIVE)
def test_speculative_sentences_are_flagged(sentence: str) -> None:
    assert flagged(sentence), sentence


@pytest.mark.parametrize("sentence", PLAIN)
def test_plain_sentences_pass(sentence: str) -> None:
    assert not flagged(sentence), sentence


@pytest.mark.parametrize("sentence", CAUGHT_BY_CLASSIFIER)
def test_these_need_the_classifier(sentence: str) -> None:
    assert not flagged(sentence, learned=False), sentence
    assert learned_hit(sentence), sentence


@pytest.mark.parametrize("sentence", CAUGHT_BY_CLASSIFIER)
def test_the_same_claims_attributed_pass(sentence: str) -> None:
    # Reported, the claim is the source's: "Dana wrote that the caretaker locked the gate to keep ...".
    assert not flagged("Dana wrote that " + sentence[0].lower() + sentence[1:]), sentence
    assert not flagged(sentence[:-1] + ", Dana said."), sentence


def test_classifier_hits_respect_the_policy_categories() -> None:
    # The classifier runs only for a policy asking for every category (its category is a best guess): a policy
    # asking only for unverifiable assertions about people gets the rules alone, and they let a prediction pass.
    sentence = "The landlord is going to sell the building next year."
    assert flagged(sentence)
    assert not flagged(sentence, categories=["unverifiable"])
    assert not flagged(sentence, learned=False)


def test_repair_drops_the_classified_sentence() -> None:
    text = "The lease ends on 30 June. The landlord is going to sell the building next year."
    verdict = check(build(SPEC), text)
    assert not verdict.passed
    assert verdict.repaired == "The lease ends on 30 June."


def test_shipped_model_is_well_formed() -> None:
    ref = resources.files("guardrails_lite") / "data" / "speculation" / _learned.MODEL_FILE
    data = json.loads(gzip.decompress(ref.read_bytes()))
    assert set(data) == {"weights", "bias", "threshold", "categories"}
    assert len(data["weights"]) > 1000
    assert set(data["categories"].values()) <= {"attribution", "unverifiable", "opinion"}
    assert set(data["categories"]) <= set(data["weights"])


WORDS = st.sampled_from(
    "the a will to probably Dana May 5 , . said is was looks joke avoid impress Rumour has it vendor 's "
    "going be late really".split()
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=30), st.lists(st.booleans(), min_size=30, max_size=30))
def test_table_sum_equals_the_feature_list(words: list[str], caps: list[bool]) -> None:
    """The fast margin (tables, no strings built) is the reference sum over `names` (what training reads)."""
    model = _learned.learned_model()
    lowers = [w.lower() for w in words]
    capitals = caps[: len(words)]
    shapes = _learned.shapes(lowers, capitals)
    classes = [model.classes.get(w, ()) for w in lowers]
    reference = model.bias + sum(model.weights.get(f, 0.0) for f in _learned.names(shapes, classes))
    assert model.margin(lowers, shapes) == pytest.approx(reference, abs=1e-9)


def test_hostile_long_sentence_is_linear_and_checked() -> None:
    sentence = "the vendor will " * 3000 + "probably fail."
    verdict = check(build(SPEC), sentence)
    assert not verdict.passed
