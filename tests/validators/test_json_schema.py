"""json_schema: finding and fixing JSON, schema errors by path, pydantic models, hostile input."""

from __future__ import annotations

import json

import pytest

from guardrails_lite import Trusted, Verdict, parse_policy
from guardrails_lite.validators._shared.jsonfix import fix
from tests.fixtures.models import Summary
from tests.validators.conftest import build, check

SCHEMA = {
    "type": "object",
    "required": ["summary", "confidence"],
    "properties": {
        "summary": {"type": "string"},
        "confidence": {"type": "number", "maximum": 1},
        "tags": {"type": "array", "items": {"type": "string"}},
    },
}


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
    v = build({"use": "json_schema", "schema": SCHEMA})
    verdict = check(v, raw)
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
    v = build({"use": "json_schema", "schema": SCHEMA})
    assert check(v, '{"summary": "s", "confidence": 1}') == Verdict.ok()


def test_schema_errors_name_each_json_path() -> None:
    v = build({"use": "json_schema", "schema": SCHEMA})
    verdict = check(v, '{"confidence": 3, "tags": ["ok", 5]}')
    assert not verdict.passed and verdict.repaired is None
    messages = sorted(f.message.split(":")[0] for f in verdict.findings)
    assert messages == ["$", "$.confidence", "$.tags[1]"]


def test_pydantic_model_the_application_trusts() -> None:
    policy = parse_policy(
        {"name": "t", "output": [{"use": "json_schema", "model": "tests.fixtures.models:Summary"}]},
        trusted=Trusted(models=[Summary]),
    )
    v = policy.output[0].build()
    assert check(v, '{"summary": "x", "confidence": 0.2, "sources": []}').passed
    bad = check(v, '{"summary": "x", "confidence": 2, "sources": [1]}')
    assert sorted(f.message.split(":")[0] for f in bad.findings) == ["$.confidence", "$.sources[0]"]


def test_not_json_and_deep_nesting_are_findings_not_crashes() -> None:
    v = build({"use": "json_schema", "schema": {}, "max_depth": 50})
    assert "no JSON" in check(v, "I cannot do that.").findings[0].message
    deep = "[" * 100_000 + "]" * 100_000
    assert "deeper" in check(v, deep).findings[0].message
    unbalanced = "{" * 50_000
    assert not check(v, unbalanced).passed


def test_json_extraction_is_linear_on_adversarial_input() -> None:
    v = build({"use": "json_schema", "schema": {}})
    for text in ("'" * 200_000, "{'a" * 50_000, "```" * 50_000, "," * 200_000 + "}", "a:" * 100_000):
        check(v, text)  # must return; the pytest timeout of the suite would catch a hang


def test_json_schema_instructions_carry_the_schema() -> None:
    spec = parse_policy({"name": "t", "output": [{"use": "json_schema", "schema": SCHEMA}]}).output[0]
    rule = spec.instructions()
    assert rule is not None and '"confidence"' in rule
