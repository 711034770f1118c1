"""Log events: the documented set, with ids and sizes, never the texts."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from structlog.testing import capture_logs

from guardrails_lite import Blocked, Guard, parse_policy

SECRET_PROMPT = "my card is 4111 1111 1111 1111 and the password is hunter2"
SECRET_ANSWER = "the password hunter2 belongs to Alice Example"

POLICY = parse_policy(
    {
        "name": "logtest",
        "input": [{"use": "regex", "patterns": ["hunter2"], "on_fail": "repair", "id": "pw"}],
        "output": [
            {"use": "regex", "patterns": ["Alice"], "on_fail": "retry", "id": "names"},
            {"use": "max_length", "max_words": 100, "on_fail": "block"},
        ],
    }
)


def run_captured(answers: list[str]) -> list[dict[str, object]]:
    it = iter(answers)
    with capture_logs() as logs:
        try:
            Guard(POLICY).run(lambda p: next(it), SECRET_PROMPT)
        except Blocked:
            pass
    return logs


def test_event_sequence_and_fields() -> None:
    logs = run_captured([SECRET_ANSWER, "fine"])
    events = [e["event"] for e in logs]
    assert events == ["call_started", "validator_failed", "repaired", "validator_failed", "retried", "call_finished"]
    failed = logs[1]
    assert failed["stage"] == "input" and failed["id"] == "pw" and failed["action"] == "repair"
    assert failed["text_chars"] == len(SECRET_PROMPT) and len(str(failed["text_sha"])) == 16
    assert all(e["policy"] == "logtest" and e["call_id"] == logs[0]["call_id"] for e in logs)
    assert logs[-1]["action"] == "retry" and logs[-1]["attempts"] == 2


@pytest.mark.parametrize("answers", [[SECRET_ANSWER, "fine"], [SECRET_ANSWER] * 3])
def test_no_text_in_any_event(answers: list[str]) -> None:
    logs = run_captured(answers)
    assert logs[-1]["event"] in ("call_finished", "blocked")
    dump = repr(logs)
    for secret in ("hunter2", "4111", "Alice", "password", "card"):
        assert secret not in dump


def test_blocked_event() -> None:
    logs = run_captured([SECRET_ANSWER] * 3)
    blocked = [e for e in logs if e["event"] == "blocked"]
    assert len(blocked) == 1 and blocked[0]["stage"] == "output" and blocked[0]["ids"] == ["names"]
    assert blocked[0]["log_level"] == "warning"


def test_nothing_is_printed_until_the_application_configures_structlog() -> None:
    code = (
        "import guardrails_lite as g, structlog\n"
        "p = g.parse_policy({'name': 'n', 'input': [{'use': 'regex', 'patterns': ['x']}]})\n"
        "try:\n"
        "    g.Guard(p).run(lambda q: 'a', 'x')\n"
        "except g.Blocked:\n"
        "    pass\n"
        "structlog.configure(processors=[structlog.processors.JSONRenderer()])\n"
        "g.Guard(p).run(lambda q: 'a', 'fine')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    events = [json.loads(line) for line in out.stdout.splitlines()]
    assert out.stderr == "" and [e["event"] for e in events] == ["call_started", "call_finished"]  # configured only
