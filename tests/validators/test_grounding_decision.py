"""grounding, waves 13-14: the learned decision (`decision: learned`, the default since wave 14) over the checks'
evidence.

The rules flag any sentence a check fails; the model (guardrails_lite/data/grounding/decider.json.gz, built by
scripts/train_grounding_decider.py) lets pass a sentence only the word check flags whose evidence looks like a
faithful one's, and flags a passed one whose support is thin. What the sources lack or contradict (names, codes,
quotes, figures and dates, doers and relations, negations, accusations) and a cause or blame they do not state
are flagged whatever it says; a policy that changes the checks gets the rules alone.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from guardrails_lite.validators.grounding import _decide
from tests.validators.conftest import build, check

ROOT = Path(__file__).resolve().parents[2]

OFFSITE = (
    "From: Dana Whitfield\nSubject: Q3 offsite venue\nHi all, quick update. The deposit of 400 EUR is paid. The "
    "Riverside venue cancelled on us last week.\nI'm looking for another place and will report back.\nDana\n",
    "From: Dana Whitfield\nSubject: Re: Q3 offsite venue\nGood news: I booked the Lakeside Hall for 12 September. "
    "It holds 60 people and has parking for 20 cars.\nThe hall costs 1,800 EUR for the day; we pay half now and "
    "the rest on the day.\nDana\n",
    "From: Graham Ortiz\nSubject: Re: Q3 offsite venue\nDana, please send me the final headcount by 2 September so "
    "I can book the coach. The coach leaves the\noffice at 8:30 and the drive takes about 45 minutes. Last year two "
    "people missed the coach because\nthey arrived late, so please be on time.\nGraham\n",
)
# A faithful synthesis of two e-mails (the cancellation, the new hall and its price) that the rules flag.
SYNTHESIS = "After the Riverside venue cancelled, Dana found the Lakeside Hall, which costs 1,800 EUR for the day."
SOLD = "After the Riverside venue cancelled, Dana sold the Lakeside Hall, which costs 1,800 EUR for the day."
LEARNED = {"use": "grounding", "decision": "learned"}


def _seen_case(round_: int, text: str) -> tuple[str, ...]:
    """The source e-mails of a case of a seen blind round (benchmarks/data/blind)."""
    path = ROOT / "benchmarks" / "data" / "blind" / f"output{round_}" / f"grounding_blind{round_}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    (case,) = [c for c in data["cases"] if c["text"] == text]
    return tuple(data["sources"][i] for i in data["threads"][case["thread"]])


# Seen round 5: a faithful negation paraphrase the word check flags (0.58 of its words in one sentence).
NOTHING_WRONG = "Apart from the battery, the diagnostic found nothing wrong with the bike."
# Seen round 10: an unstated claim every check passes.
KASPER = "Kasper will drive the instrument van."


def test_the_default_is_the_learned_decision() -> None:
    docs = _seen_case(5, NOTHING_WRONG)
    assert not check(build({"use": "grounding", "decision": "rules"}), NOTHING_WRONG, docs).passed
    assert check(build({"use": "grounding"}), NOTHING_WRONG, docs).passed


def test_a_faithful_sentence_only_the_word_check_flags_passes() -> None:
    assert check(build(LEARNED), NOTHING_WRONG, _seen_case(5, NOTHING_WRONG)).passed


def test_thin_support_the_rules_pass_is_flagged() -> None:
    docs = _seen_case(10, KASPER)
    assert check(build({"use": "grounding", "decision": "rules"}), KASPER, docs).passed
    verdict = check(build(LEARNED), KASPER, docs)
    assert not verdict.passed
    assert _decide.WEAK in verdict.findings[0].message


def test_a_relation_the_sources_do_not_state_is_never_overruled() -> None:
    # The rules flag what the sentence says of Dana (she booked the hall; wave 13's model let such relations pass):
    # a relation is the rules' call.
    assert not check(build(LEARNED), SOLD, OFFSITE).passed


def test_the_faithful_synthesis_passes() -> None:
    # Wave 16: "Dana found the Lakeside Hall" for her "I booked the Lakeside Hall" (after "I'm looking for another
    # place"): what a writer found, confirmed or admitted is their own sentence (until then the model flagged it).
    assert check(build(LEARNED), SYNTHESIS, OFFSITE).passed


@pytest.mark.parametrize(
    "sentence",
    [
        "After the Riverside venue cancelled, Priya found the Lakeside Hall, which costs 1,800 EUR for the day.",
        'Dana wrote that the hall is "a bargain at any price".',
    ],
)
def test_names_and_quotes_the_sources_lack_are_never_overruled(sentence: str) -> None:
    verdict = check(build(LEARNED), sentence, OFFSITE)
    assert not verdict.passed


@pytest.mark.parametrize("changed", [{"check_causes": False}, {"min_support": 0.7}, {"check_relations": False}])
def test_other_checks_get_the_rules_alone(changed: dict[str, object]) -> None:
    # The model weighs the default checks' evidence; with other settings the rules decide (they flag it).
    assert not check(build({**LEARNED, **changed}), NOTHING_WRONG, _seen_case(5, NOTHING_WRONG)).passed


def test_a_model_built_for_other_features_is_refused() -> None:
    with pytest.raises(ValueError, match="other features"):
        _decide._build({"features": ["problems"], "mean": [0], "scale": [1], "weights": [1], "bias": 0, "keep": 0.5})


def test_a_missing_model_blocks_with_an_error_finding(tmp_path: Path) -> None:
    """A damaged install without decider.json.gz (the WordNet lexicon present) fails closed when the policy asks for
    the learned decision, and the rules alone still run (fresh process: this one has the files loaded already)."""
    (tmp_path / "grounding").mkdir()
    lexicon = ROOT / "guardrails_lite" / "data" / "grounding" / "lexicon.json.gz"
    shutil.copy(lexicon, tmp_path / "grounding" / "lexicon.json.gz")
    code = f"""
from pathlib import Path
from guardrails_lite import Blocked, Document, Guard, parse_policy
from guardrails_lite.validators._shared import package_data
package_data.data_root = lambda: Path({str(tmp_path)!r})
docs = [Document("From: Dana\\n\\nI booked the Lakeside Hall.")]
for decision in ("learned", "rules"):
    guard = Guard(parse_policy({{"name": "t", "output": [{{"use": "grounding", "decision": decision}}]}}))
    try:
        guard.run(lambda prompt: "Dana booked the Lakeside Hall.", "Summarise.", context=docs)
    except Blocked as e:
        (finding,) = e.findings
        print(finding.kind, finding.message)
    else:
        print("passed")
"""
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split("\n")[:2] == ["error validator could not be built (PackageDataError)", "passed"]


@pytest.mark.parametrize(
    "broken",
    [
        {"keep": float("nan")},
        {"keep": 2.0},
        {"add": 0.0},
        {"bias": float("-inf")},
        {"scale_0": float("nan")},
        {"weight_0": float("inf")},
        {"scale_0": 0.0},
    ],
)
def test_a_model_with_numbers_out_of_range_is_refused(broken: dict[str, float]) -> None:
    # Review r13b L2: a NaN threshold or an infinite bias made every sentence pass (fail open).
    n = len(_decide.FEATURES)
    value: dict[str, object] = {"features": list(_decide.FEATURES), "mean": [0.0] * n, "scale": [1.0] * n}
    value |= {"weights": [0.1] * n, "bias": 0.0, "keep": 0.5, "add": 0.5}
    _decide._build(value)  # the well-formed model loads
    for key, v in broken.items():
        if key.startswith("scale_"):
            value["scale"] = [v] + [1.0] * (n - 1)
        elif key.startswith("weight_"):
            value["weights"] = [v] + [0.1] * (n - 1)
        else:
            value[key] = v
    with pytest.raises(ValueError):
        _decide._build(value)
