"""The shipped default policy end to end: a hostile batch through `scan`, in seconds, no traceback."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from guardrails_lite import Blocked, Guard
from guardrails_lite.logs import capture_events
from tests.conftest import scripted
from tests.corpus import ANSWERS, PROMPTS
from tests.test_hostile import ADVERSARIAL

ROOT = Path(__file__).resolve().parent.parent


def _cpu_limit(seconds: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))


def test_default_policy_scan_of_hostile_file(tmp_path: Path) -> None:
    # The shipped policy with a budget no busy machine exhausts: this checks that nothing crashes or
    # stalls (error findings), not speed (benchmarks/pathological.py). With the default 2 s of wall time
    # per validator, a machine at load 15 turned the 200k-character texts into "out of time" errors.
    policy = tmp_path / "default.yaml"
    policy.write_text((ROOT / "policies" / "default.yaml").read_text() + "validator_timeout_ms: 600000\n")
    lines = [json.dumps({"text": t}).encode() for t in ADVERSARIAL]
    lines += [b"not json", b"\xc3\x28 invalid utf-8", b'{"text": "' + b"ab " * 700_000 + b'"}']
    src = tmp_path / "hostile.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "guardrails_lite",
            "scan",
            "--policy",
            str(policy),
            "--stage",
            "input",
            str(src),
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=3600,  # a backstop: the bound is 240 s of CPU time, which load does not inflate
        preexec_fn=lambda: _cpu_limit(240),
    )
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert b"Traceback" not in proc.stderr
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(records) == len(lines)
    n = len(ADVERSARIAL)
    assert all(r["action"] in ("allow", "repair", "block", "warn") for r in records[:n])
    # a validator that crashed or ran out of time would show up as an error finding: none may
    assert not [f for r in records[:n] for f in r["findings"] if f["kind"] == "error"]
    assert records[n] == {"line": n + 1, "error": "not valid JSON"}
    assert records[n + 1]["line"] == n + 2 and "UTF-8" in records[n + 1]["error"]
    assert records[n + 2]["action"] == "block" and records[n + 2]["findings"][0]["kind"] == "limit"


PII_VALUES = [
    "dana.whitfield@example.org",
    "415-555-0134",
    "4111 1111 1111 1111",
    "123-45-6789",
    "DE89 3704 0044 0532 0130 00",
    "192.168.10.24",
    "ops@example.com",
]


def test_default_policy_logs_carry_no_text_pii_or_vault(caplog: pytest.LogCaptureFixture) -> None:
    guard = Guard("policies/default.yaml")
    caplog.set_level(logging.DEBUG)
    actions = []
    with capture_events() as logs:
        for i, prompt in enumerate(PROMPTS):
            # the model echoes the placeholders it saw plus the answer, so restore runs too
            try:
                r = guard.run(lambda p, i=i: f"{p} {ANSWERS[i % len(ANSWERS)]}", prompt)
                actions.append(r.action)
            except Blocked:
                actions.append("block")
    assert "repair" in actions  # PII was found and scrubbed: the logs below cover real detections
    dump = repr(logs) + "\n".join(r.getMessage() + repr(r.args) for r in caplog.records)
    for value in PII_VALUES:
        assert value not in dump
    for text in PROMPTS + ANSWERS:
        assert text not in dump
    for placeholder in ("<EMAIL_ADDRESS_1>", "<PHONE_NUMBER_1>"):
        assert placeholder not in dump  # vault keys are not logged either


def test_default_policy_keeps_public_names_in_answers_and_restores_the_prompts() -> None:
    guard = Guard("policies/default.yaml")
    llm, _ = scripted("The capital of France is Paris, and Marie Curie worked there.")
    result = guard.run(llm, "What is the capital of France?")
    assert result.text == "The capital of France is Paris, and Marie Curie worked there."

    llm, seen = scripted(
        "Dear <PERSON_1>, the Berlin office (<LOCATION_1>) is open. Write to me at helpdesk@vendor-mail.com "
        "or call 212-555-0187. Paris and Angela Merkel are not your data."
    )
    result = guard.run(llm, "Hi, I'm Jane Smith from Hamburg, reach me at jane.smith@example.org.")
    sent = str(seen[0])
    assert "Jane Smith" not in sent and "Hamburg" not in sent and "jane.smith@example.org" not in sent
    assert "<PERSON_1>" in sent and "<LOCATION_1>" in sent and "<EMAIL_ADDRESS_1>" in sent
    assert result.text.startswith("Dear Jane Smith, the Berlin office (Hamburg) is open.")
    assert "helpdesk@vendor-mail.com" not in result.text and "212-555-0187" not in result.text
    assert "<EMAIL_ADDRESS>" in result.text and "<PHONE_NUMBER>" in result.text
    assert result.text.endswith("Paris and Angela Merkel are not your data.")
