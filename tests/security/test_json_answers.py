"""json_schema on hostile answers: bounded patterns, no quoted values, no NaN (issue 13)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel, field_validator

from guardrails_lite import Context, Trusted, Verdict, parse_policy
from tests.security.bounded import run_bounded

EMAIL = "jane.doe@example.com"


def build(schema: dict[str, Any] | None = None, **entry: Any) -> Any:
    spec: dict[str, Any] = {"use": "json_schema", **entry}
    if schema is not None:
        spec["schema"] = schema
    trusted = entry.pop("trusted", None)
    spec.pop("trusted", None)
    return parse_policy({"name": "t", "output": [spec]}, trusted=trusted).output[0].build()


def check(v: Any, answer: Any) -> Verdict:
    text = answer if isinstance(answer, str) else json.dumps(answer)
    result: Verdict = v(text, Context("output"))
    return result


def test_catastrophic_pattern_returns_at_once_in_a_child_process() -> None:
    # The issue's reproduction (22 a's) and a longer one that Python's `re` would never finish.
    code = """
        import json
        from guardrails_lite import Context, parse_policy
        schema = {"type": "object", "properties": {"code": {"type": "string", "pattern": "^(a+)+$"}}}
        v = parse_policy({"name": "t", "output": [{"use": "json_schema", "schema": schema}]}).output[0].build()
        for n in (22, 40):
            verdict = v(json.dumps({"code": "a" * n + "!"}), Context("output"))
            print(n, verdict.passed, [f.message for f in verdict.findings])
        """
    done = run_bounded(code, seconds=30)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("22 False") and lines[1].startswith("40 False")
    assert "does not match the pattern" in done.stdout


def test_a_pattern_out_of_time_fails_closed_as_an_error() -> None:
    # `(a|aa)+$` backtracks exponentially even on the `regex` engine.
    schema = {"type": "object", "properties": {"code": {"type": "string", "pattern": "(a|aa)+$"}}}
    v = build(schema, pattern_timeout_ms=20)
    verdict = check(v, {"code": "a" * 60 + "!"})
    assert not verdict.passed
    (finding,) = verdict.findings
    assert finding.kind == "error" and "time budget" in finding.message


def test_patterns_share_one_budget_per_answer() -> None:
    schema = {"type": "array", "items": {"type": "string", "pattern": "(a|aa)+$"}}
    v = build(schema, pattern_timeout_ms=20)
    verdict = check(v, ["a" * 60 + "!"] * 50)
    assert [f.kind for f in verdict.findings] == ["error"]


SCHEMA = {
    "type": "object",
    "required": ["age", "name"],
    "additionalProperties": False,
    "properties": {
        "age": {"type": "number"},
        "name": {"type": "string", "minLength": 40, "pattern": "^[A-Z]"},
        "kind": {"enum": ["a", "b"]},
        "tags": {"type": "array", "uniqueItems": True, "items": {"const": "x", "format": "email"}},
    },
}


def test_finding_messages_never_quote_the_answer() -> None:
    v = build(SCHEMA)
    answer = {"age": EMAIL, "name": EMAIL.upper()[1:], "kind": EMAIL, "tags": [EMAIL, EMAIL], EMAIL: 1}
    verdict = check(v, answer)
    messages = [f.message for f in verdict.findings]
    assert len(messages) >= 6, messages
    for m in messages:
        assert "jane" not in m.lower() and "example" not in m.lower(), m
    assert "$.age: must be of type number" in messages
    assert "$: has properties the schema does not allow" in messages


def test_unknown_keys_in_paths_are_masked() -> None:
    v = build({"type": "object", "additionalProperties": {"type": "number"}})
    (finding,) = check(v, {EMAIL: "x"}).findings
    assert finding.message == "$.*: must be of type number"


class Person(BaseModel):
    email: str
    age: int

    @field_validator("email")
    @classmethod
    def _company(cls, value: str) -> str:
        raise ValueError(f"{value} is not a company address")


def test_pydantic_messages_never_quote_the_answer() -> None:
    v = build(model="Person", trusted=Trusted(models={"Person": Person}))
    verdict = check(v, {"email": EMAIL, "age": EMAIL})
    assert {f.message.split(":")[0] for f in verdict.findings} == {"$.email", "$.age"}
    assert all("jane" not in f.message for f in verdict.findings)


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_numbers(literal: str) -> None:
    v = build({"type": "object", "properties": {"n": {"type": "number"}}})
    verdict = check(v, '{"n": ' + literal + "}")
    assert not verdict.passed
    assert verdict.findings[0].message == "$.n: NaN and Infinity are not JSON numbers"


def test_unique_items_is_linear_in_a_child_process() -> None:
    code = """
        import json
        from guardrails_lite import Context, parse_policy
        schema = {"type": "array", "uniqueItems": True}
        v = parse_policy({"name": "t", "output": [{"use": "json_schema", "schema": schema}]}).output[0].build()
        answer = json.dumps([{"a": i} for i in range(30000)] + [{"a": 1.0}])
        print(v(answer, Context("output")).findings[0].message)
        """
    done = run_bounded(code, seconds=60)
    assert done.returncode == 0, done.stderr
    assert "has non-unique elements" in done.stdout


@pytest.mark.parametrize(
    "ref",
    ["http://127.0.0.1:9/s.json", "file:///etc/passwd", "other.json#/x", "//evil.example/s.json"],
)
def test_a_schema_reference_outside_the_schema_is_a_policy_error(ref: str) -> None:
    from guardrails_lite import PolicyError

    for schema in ({"$ref": ref}, {"type": "object", "properties": {"a": {"$ref": ref}}}):
        with pytest.raises(PolicyError, match=r"\$ref .*outside the schema"):
            build(schema)


def test_the_validator_never_retrieves_a_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    # Built without the spec's check (as a plugin might): an unknown reference is an error, never a fetch.
    import urllib.request

    from guardrails_lite.validators.json_schema import JsonSchemaValidator

    fetched: list[Any] = []
    monkeypatch.setattr(urllib.request, "urlopen", lambda *a, **k: fetched.append(a))
    v = JsonSchemaValidator({"$ref": "http://127.0.0.1:9/s.json"}, None, 64)
    with pytest.raises(Exception, match=r"127\.0\.0\.1:9"):
        v('{"a": 1}', Context("output"))
    assert fetched == []


def test_references_inside_the_schema_still_resolve() -> None:
    schema = {
        "$defs": {"code": {"type": "string", "maxLength": 3}},
        "type": "object",
        "properties": {"code": {"$ref": "#/$defs/code"}},
    }
    v = build(schema)
    assert check(v, {"code": "abc"}).passed
    assert not check(v, {"code": "abcd"}).passed
