"""Policy files: loading, every kind of error naming file and field, the JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from guardrails_lite import PolicyError, known_validators, load_policy, parse_policy, policy_json_schema

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted((ROOT / "policies").glob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_policies_load_and_match_the_schema(path: Path) -> None:
    policy = load_policy(path)
    assert policy.name == path.stem
    jsonschema.validate(yaml.safe_load(path.read_text()), policy_json_schema())


def test_shipped_policies_exist() -> None:
    assert {p.name for p in SHIPPED} >= {"default.yaml", "email-summary.yaml"}


def test_yaml_and_json_load_the_same(tmp_path: Path) -> None:
    data = {"version": 1, "name": "p", "output": [{"use": "max_length", "max_chars": 5, "on_fail": "repair"}]}
    (tmp_path / "p.json").write_text(json.dumps(data))
    (tmp_path / "p.yaml").write_text(yaml.safe_dump(data))
    assert load_policy(tmp_path / "p.json") == load_policy(tmp_path / "p.yaml")


def problems(data: object, source: str = "p.yaml") -> list[tuple[str, str]]:
    with pytest.raises(PolicyError) as e:
        parse_policy(data, source)
    assert str(e.value).startswith(source)
    return list(e.value.problems)


def test_unknown_validator_lists_the_known_ones() -> None:
    ((path, msg),) = problems({"name": "p", "input": [{"use": "nope"}]})
    assert path == "input[0].use"
    for name in known_validators():
        assert name in msg


def test_unknown_keys_are_errors_at_every_level() -> None:
    got = problems({"name": "p", "colour": "red", "output": [{"use": "max_length", "max_chars": 3, "max_char": 4}]})
    assert ("output[0].max_char", "unknown key") in got
    assert ("colour", "unknown key") in got


def test_bad_parameter_types_name_the_field_and_the_value() -> None:
    got = problems({"name": "p", "output": [{"use": "max_length", "max_words": "ten"}]})
    assert got[0][0] == "output[0].max_words"
    assert "'ten'" in got[0][1]


def test_bad_top_level_values() -> None:
    got = dict(problems({"name": "", "version": 2, "max_retries": -1, "on_error": "ignore"}))
    assert set(got) == {"name", "version", "max_retries", "on_error"}


def test_retry_is_not_allowed_on_input_and_stage_restrictions_hold() -> None:
    got = problems(
        {
            "name": "p",
            "input": [{"use": "regex", "patterns": ["x"], "on_fail": "retry"}, {"use": "json_schema", "schema": {}}],
        }
    )
    assert got[0][0] == "input[0].on_fail"
    assert got[1] == ("input[1].use", "'json_schema' cannot run on the input stage")


def test_duplicate_ids_and_shapes() -> None:
    got = problems(
        {
            "name": "p",
            "output": [
                {"use": "max_length", "max_chars": 1, "id": "a"},
                {"use": "max_length", "max_chars": 1, "id": "a"},
            ],
        }
    )
    assert ("output[1].id", "duplicate id 'a'") in got
    assert problems([1, 2])[0][1].startswith("a policy must be a mapping")
    assert problems({"name": "p", "input": {"use": "regex"}})[0][0] == "input"
    assert problems({"name": "p", "input": ["regex"]})[0][0] == "input[0]"
    assert problems({"name": "p", "input": [{"patterns": []}]})[0][0] == "input[0].use"


def test_invalid_json_schema_and_regex_are_caught_at_load() -> None:
    assert problems({"name": "p", "output": [{"use": "json_schema", "schema": {"type": "nope"}}]})[0][0] == (
        "output[0].schema"
    )
    assert problems({"name": "p", "input": [{"use": "regex", "patterns": ["(unclosed"]}]})[0][0] == (
        "input[0].patterns"
    )
    assert (
        "not a model the application trusts"
        in problems({"name": "p", "output": [{"use": "json_schema", "model": "no_such_module:Model"}]})[0][1]
    )


def test_unreadable_and_unparsable_files(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read policy"):
        load_policy(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: [unclosed\n")
    with pytest.raises(PolicyError, match=r"bad\.yaml: not valid YAML"):
        load_policy(bad)
    badj = tmp_path / "bad.json"
    badj.write_text("{")
    with pytest.raises(PolicyError, match="not valid JSON"):
        load_policy(badj)
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    with pytest.raises(PolicyError, match="must be a mapping"):
        load_policy(empty)


def test_every_problem_is_reported_at_once() -> None:
    got = problems({"name": "p", "input": [{"use": "x"}, {"use": "y"}], "output": [{"use": "z"}]})
    assert [p for p, _ in got] == ["input[0].use", "input[1].use", "output[0].use"]


def test_schema_covers_every_validator_and_rejects_unknown_keys() -> None:
    schema = policy_json_schema()
    text = json.dumps(schema)
    for name in known_validators():
        assert f'"{name}"' in text
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"name": "p", "bogus": 1}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"name": "p", "output": [{"use": "max_length", "max_chars": "x"}]}, schema)
    jsonschema.validate({"name": "p", "output": [{"use": "max_length", "max_chars": 3}]}, schema)


@pytest.mark.parametrize(
    "data",
    [
        {"name": "p", "input": [{"use": "regex", "patterns": ["x"], "on_fail": "retry"}]},
        {"name": "p", "input": [{"use": "json_schema", "schema": {}}]},
        {"name": "p", "input": [{"use": "regex", "patterns": ["x"], "fields": ["a"]}]},
    ],
)
def test_schema_refuses_what_the_loader_refuses_per_stage(data: dict[str, Any]) -> None:
    # An editor validating against the schema must not pass a file `validate` rejects (review 4, F17).
    assert problems(data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, policy_json_schema())


def test_schema_keeps_what_each_stage_allows() -> None:
    schema = policy_json_schema()
    entry = {"use": "regex", "patterns": ["x"], "on_fail": "retry", "fields": ["a"]}
    jsonschema.validate({"name": "p", "output": [entry, {"use": "json_schema", "schema": {}}]}, schema)
    jsonschema.validate({"name": "p", "input": [{"use": "regex", "patterns": ["x"], "fields": None}]}, schema)


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_a_leading_utf8_bom_is_not_content(tmp_path: Path, suffix: str) -> None:
    # Windows editors save one; the same file without it loads, so with it must too.
    body = '{"version": 1, "name": "bom"}' if suffix == ".json" else "version: 1\nname: bom\n"
    path = tmp_path / f"p{suffix}"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode())
    assert load_policy(path).name == "bom"


def test_each_builtin_validator_is_found_in_the_module_the_table_names() -> None:
    import importlib

    from guardrails_lite.spec import BUILTIN_MODULES, spec_class

    builtins = {n for n in known_validators() if spec_class(n).__module__.startswith("guardrails_lite.validators.")}
    assert set(BUILTIN_MODULES) == builtins
    for name, module in BUILTIN_MODULES.items():
        package = importlib.import_module(f"guardrails_lite.validators.{module}")
        cls = spec_class(name)
        assert cls is not None and cls.__module__.startswith(package.__name__), name


def test_a_policy_imports_only_the_validators_it_names() -> None:
    import subprocess
    import sys

    code = (
        "import sys, guardrails_lite as g\n"
        "g.load_policy('policies/default.yaml')\n"
        "print(sorted(m.rsplit('.', 1)[-1] for m in sys.modules if m.count('.') == 2 "
        "and m.startswith('guardrails_lite.validators.')))\n"
        "print('jsonschema' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    imported, jsonschema_loaded = out.stdout.strip().splitlines()
    assert eval(imported) == ["_shared", "injection", "pii"]  # a printed list of module names
    assert jsonschema_loaded == "False"
