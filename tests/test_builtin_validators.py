"""regex, max_length and json_schema on their own."""

from __future__ import annotations

import json
from typing import Any

import pytest

from guardrails_lite import Context, Finding, Verdict, parse_policy
from guardrails_lite.validators._jsonfix import fix

SCHEMA = {
    "type": "object",
    "required": ["summary", "confidence"],
    "properties": {
        "summary": {"type": "string"},
        "confidence": {"type": "number", "maximum": 1},
        "tags": {"type": "array", "items": {"type": "string"}},
    },
}


def build(stage: str, entry: dict[str, Any]) -> Any:
    policy = parse_policy({"name": "t", stage: [entry]})
    return getattr(policy, stage)[0].build()


def out(v: Any, text: str) -> Verdict:
    result: Verdict = v(text, Context("output"))
    return result


# -- json_schema ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "raw",
    [
        '{"summary": "s", "confidence": 0.5}',
        'Sure! Here it is:\n```json\n{"summary": "s", "confidence": 0.5}\n```\nHope that helps.',
        "{'summary': 's', 'confidence': 0.5}",
        '{summary: "s", confidence: 0.5,}',
        '{"summary": "s", "confidence": 0.5, "tags": ["a", "b",],}',
        'The answer is {"summary": "s", "confidence": 0.5} as requested.',
        '{"summary": "s", // a comment\n "confidence": 0.5}',
    ],
)
def test_json_found_and_fixed_to_the_same_canonical_value(raw: str) -> None:
    v = build("output", {"use": "json_schema", "schema": SCHEMA})
    verdict = out(v, raw)
    assert verdict.passed
    text = verdict.repaired if verdict.repaired is not None else raw
    assert json.loads(text)["summary"] == "s"
    assert json.loads(text)["confidence"] == 0.5


def test_python_literals_are_fixed() -> None:
    assert json.loads(fix("{'a': True, 'b': None, 'c': False, 'd': \"it's\"}")) == {
        "a": True,
        "b": None,
        "c": False,
        "d": "it's",
    }
    assert json.loads(fix("{'q': 'say \"hi\"'}")) == {"q": 'say "hi"'}


def test_exact_json_passes_untouched() -> None:
    v = build("output", {"use": "json_schema", "schema": SCHEMA})
    assert out(v, '{"summary": "s", "confidence": 1}') == Verdict.ok()


def test_schema_errors_name_each_json_path() -> None:
    v = build("output", {"use": "json_schema", "schema": SCHEMA})
    verdict = out(v, '{"confidence": 3, "tags": ["ok", 5]}')
    assert not verdict.passed and verdict.repaired is None
    messages = sorted(f.message.split(":")[0] for f in verdict.findings)
    assert messages == ["$", "$.confidence", "$.tags[1]"]


def test_pydantic_model_by_import_path() -> None:
    v = build("output", {"use": "json_schema", "model": "tests.fixtures.models:Summary"})
    assert out(v, '{"summary": "x", "confidence": 0.2, "sources": []}').passed
    bad = out(v, '{"summary": "x", "confidence": 2, "sources": [1]}')
    assert sorted(f.message.split(":")[0] for f in bad.findings) == ["$.confidence", "$.sources[0]"]


def test_not_json_and_deep_nesting_are_findings_not_crashes() -> None:
    v = build("output", {"use": "json_schema", "schema": {}, "max_depth": 50})
    assert "no JSON" in out(v, "I cannot do that.").findings[0].message
    deep = "[" * 100_000 + "]" * 100_000
    assert "deeper" in out(v, deep).findings[0].message
    unbalanced = "{" * 50_000
    assert not out(v, unbalanced).passed


def test_json_extraction_is_linear_on_adversarial_input() -> None:
    v = build("output", {"use": "json_schema", "schema": {}})
    for text in ("'" * 200_000, "{'a" * 50_000, "```" * 50_000, "," * 200_000 + "}", "a:" * 100_000):
        out(v, text)  # must return; the pytest timeout of the suite would catch a hang


def test_json_schema_instructions_carry_the_schema() -> None:
    spec = parse_policy({"name": "t", "output": [{"use": "json_schema", "schema": SCHEMA}]}).output[0]
    rule = spec.instructions()
    assert rule is not None and '"confidence"' in rule


# -- regex ---------------------------------------------------------------------------------
def test_regex_redacts_every_match() -> None:
    v = build("input", {"use": "regex", "patterns": [r"\bsecret\w*", r"\d{4}"], "ignore_case": True})
    verdict = v("A SECRET code 1234 and secrets", Context("input"))
    assert verdict.repaired == "A [REDACTED] code [REDACTED] and [REDACTED]"
    assert [(f.start, f.end) for f in verdict.findings] == [(2, 8), (14, 18), (23, 30)]
    assert all("secret" not in f.message.lower() for f in verdict.findings)


def test_regex_catastrophic_pattern_times_out_and_fails_closed() -> None:
    from guardrails_lite import Blocked, Guard

    policy = parse_policy({"name": "t", "input": [{"use": "regex", "patterns": ["(a+)+$"], "match_timeout_ms": 20}]})
    with pytest.raises(Blocked) as e:
        Guard(policy).run(lambda p: "x", "a" * 5000 + "!")
    assert e.value.findings[0].kind == "error"


# -- max_length ----------------------------------------------------------------------------
def test_max_length_truncates_at_a_sentence_boundary() -> None:
    v = build("output", {"use": "max_length", "max_words": 6})
    text = "First sentence here. Second one is longer. Third."
    verdict = out(v, text)
    assert verdict.repaired == "First sentence here."
    assert verdict.findings[0].message == "too long: 8 words, limit 6"
    assert out(v, "One two three.") == Verdict.ok()


def test_max_length_chars_and_no_boundary_means_no_repair() -> None:
    v = build("output", {"use": "max_length", "max_chars": 10})
    verdict = out(v, "averyveryverylongword without end")
    assert not verdict.passed and verdict.repaired is None
    assert out(v, 'Hi "you." Then more text.').repaired == 'Hi "you."'


def test_max_length_needs_a_limit() -> None:
    from guardrails_lite import PolicyError

    with pytest.raises(PolicyError, match="set max_chars, max_words or both"):
        parse_policy({"name": "t", "output": [{"use": "max_length"}]})


def test_finding_dict_shape() -> None:
    d = Finding("m", 0.5, 1, 2, "EMAIL_ADDRESS", "pii", "pii", "detection", "prompt").to_dict()
    assert d == {
        "validator": "pii",
        "id": "pii",
        "message": "m",
        "score": 0.5,
        "start": 1,
        "end": 2,
        "entity_type": "EMAIL_ADDRESS",
        "kind": "detection",
        "target": "prompt",
    }
