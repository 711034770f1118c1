"""Policy files that say one thing and do another are refused (review 4: F2, F7, F15, F18).

Duplicate keys (one value silently dropped), entries that can never fire, budgets that never end,
lax coercions, labels that forge log lines and spaCy pipelines that are not there all load as "ok"
otherwise, and the guard then runs weaker than the file reads.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from guardrails_lite import Blocked, Guard, PolicyError, load_policy, parse_policy
from guardrails_lite.cli.main import main

REGEX = {"use": "regex", "patterns": ["secret"]}


def problems(data: Any) -> list[tuple[str, str]]:
    with pytest.raises(PolicyError) as e:
        parse_policy(data)
    return list(e.value.problems)


def file_problems(path: Path, text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """load_policy's error for a file holding `text`: (the message, the problems)."""
    path.write_text(text)
    with pytest.raises(PolicyError) as e:
        load_policy(path)
    return str(e.value), e.value.problems


# -- F2: duplicate keys ---------------------------------------------------------------------------
def test_a_duplicate_stage_in_yaml_names_the_file_the_key_and_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "dup.yaml"
    text = "version: 1\nname: a\ninput:\n  - use: regex\n    patterns: [secret]\ninput:\n  - use: max_length\n"
    message, found = file_problems(path, text + "    max_chars: 100000\n")
    assert found == (("input", "duplicate key (lines 3 and 6)"),)
    assert message == f"{path}: input: duplicate key (lines 3 and 6)"


def test_a_duplicate_key_inside_an_entry_is_refused_with_its_path(tmp_path: Path) -> None:
    entry = "name: a\ninput:\n  - use: regex\n    patterns: [secret]\n    on_fail: block\n    on_fail: warn\n"
    assert file_problems(tmp_path / "dup.yaml", entry)[1] == (("input[0].on_fail", "duplicate key (lines 5 and 6)"),)
    message, _ = file_problems(tmp_path / "flow.yaml", "{name: a, name: b}\n")
    assert message.endswith("flow.yaml: name: duplicate key (lines 1 and 1)")


def test_yaml_merge_keys_may_still_be_overridden(tmp_path: Path) -> None:
    # `<<: *entry` then a key of its own is YAML's way to override, not a duplicate.
    path = tmp_path / "merge.yaml"
    path.write_text("name: a\ninput:\n  - &r {use: regex, patterns: [x]}\n  - <<: *r\n    id: r2\n    patterns: [y]\n")
    policy = load_policy(path)
    assert [s.id or s.use for s in policy.input] == ["regex", "r2"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{"name": "a", "input": [{"use": "regex", "patterns": ["x"]}], "input": []}', "input"),
        (
            '{"name": "a", "input": [{"use": "regex", "patterns": ["x"], "on_fail": "block", "on_fail": "warn"}]}',
            "input[0].on_fail",
        ),
    ],
)
def test_a_duplicate_key_in_json_is_refused_with_its_path(tmp_path: Path, text: str, where: str) -> None:
    message, found = file_problems(tmp_path / "dup.json", text)
    assert found == ((where, "duplicate key"),) and "dup.json" in message


def test_cli_validate_refuses_a_duplicate_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "dup.yaml"
    path.write_text("name: a\ninput: []\ninput:\n  - use: regex\n    patterns: [secret]\n")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "input: duplicate key (lines 2 and 3)" in err and "Traceback" not in err


# -- F7: entries that can never fire, budgets that never end, lax coercions --------------------------
def test_a_prompt_injection_entry_with_every_tier_off_is_refused() -> None:
    entry = {"use": "prompt_injection", "structural": False, "lexical": False, "decode": False}
    (found,) = problems({"name": "a", "input": [entry]})
    assert found[0] == "input[0]" and "can never fire" in found[1]
    assert parse_policy({"name": "a", "input": [{"use": "prompt_injection", "lexical": False}]})


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"name": "a", "validator_timeout_ms": float("inf")}, "validator_timeout_ms"),
        ({"name": "a", "validator_timeout_ms": float("nan")}, "validator_timeout_ms"),
        ({"name": "a", "input": [{**REGEX, "timeout_ms": float("inf")}]}, "input[0].timeout_ms"),
        ({"name": "a", "max_retries": True}, "max_retries"),
        ({"name": "a", "max_input_chars": True}, "max_input_chars"),
        ({"name": "a", "canary": "yes"}, "canary"),
        ({"name": "a", "structured_output": 1}, "structured_output"),
    ],
)
def test_non_finite_budgets_and_lax_coercions_are_refused(data: dict[str, Any], where: str) -> None:
    assert [p for p, _ in problems(data)] == [where]


def test_an_infinite_budget_in_a_yaml_file_is_refused(tmp_path: Path) -> None:
    _, found = file_problems(tmp_path / "inf.yaml", "name: a\nvalidator_timeout_ms: .inf\n")
    assert found[0][0] == "validator_timeout_ms" and "finite" in found[0][1]


# -- F15: labels that forge log lines -------------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        {"name": "prod\nINFO call_finished policy=prod action=allow"},
        {"name": "prod action=allow"},
        {"name": "a", "input": [{**REGEX, "id": "r\nWARNING forged=1"}]},
        {"name": "a", "input": [{**REGEX, "id": "r\n"}]},
        {"name": "a", "input": [{**REGEX, "id": ""}]},
    ],
)
def test_names_and_ids_must_be_plain_labels(data: dict[str, Any]) -> None:
    (found,) = problems(data)
    assert found[0] in ("name", "input[0].id") and "letters, digits" in found[1]


def test_a_logged_value_never_starts_a_line_of_its_own(caplog: pytest.LogCaptureFixture) -> None:
    from guardrails_lite.logs import logger

    with caplog.at_level(logging.INFO, logger="guardrails_lite"):
        logger.warning("blocked", policy="p", stage="input\nINFO call_finished action=allow", ids=["a"])
    (message,) = [r.getMessage() for r in caplog.records]
    assert message == 'blocked policy=p stage="input\\nINFO call_finished action=allow" ids=["a"]'


def test_plain_labels_still_load_and_block() -> None:
    policy = parse_policy({"name": "prod.v2-eu_1", "input": [{**REGEX, "id": "no-secrets.v1"}]})
    with pytest.raises(Blocked) as e:
        Guard(policy).run(lambda p: "ok", "the secret")
    assert e.value.by == ("no-secrets.v1",)


# -- F18: a spaCy pipeline the policy names must be installed ---------------------------------------
def test_an_explicit_spacy_model_that_is_not_installed_is_refused(tmp_path: Path) -> None:
    text = "version: 1\nname: a\ninput:\n  - use: pii\n    spacy_model: en_core_web_sm\n    on_fail: repair\n"
    ((where, message),) = file_problems(tmp_path / "sm.yaml", text)[1]
    assert where == "input[0].spacy_model" and "'en_core_web_sm' is not installed" in message
    for name in ("auto", "blank"):  # 'auto' is the setting that means "if one is installed"
        assert parse_policy({"name": "a", "input": [{"use": "pii", "spacy_model": name}]})


def test_schema_and_loader_agree_on_labels() -> None:
    from guardrails_lite import policy_json_schema

    schema = json.dumps(policy_json_schema())
    assert schema.count('"pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"') >= 2
