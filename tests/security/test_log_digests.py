"""Log digests are keyed and log work is skipped when nothing is emitted (issue 13)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator

import pytest

from guardrails_lite import Blocked, Guard, parse_policy
from guardrails_lite import logs as glogs
from guardrails_lite.logs import capture_events
from tests.security.bounded import run_bounded

SSN = "536-80-4398"
POLICY = parse_policy({"name": "p", "input": [{"use": "regex", "patterns": ["nope"]}]})


@pytest.fixture(autouse=True)
def _fresh_key() -> Iterator[None]:
    glogs.set_digest_key(None)
    yield
    glogs.set_digest_key(None)


def started_sha(prompt: str) -> str:
    with capture_events() as logs:
        Guard(POLICY).run(lambda p: "ok", prompt)
    (event,) = [e for e in logs if e["event"] == "call_started"]
    return str(event["prompt_sha"])


def test_an_ssn_cannot_be_recovered_by_hashing_guesses() -> None:
    sha = started_sha(SSN)
    # The attack of the issue: hash every candidate and compare prefixes. A keyed digest matches none.
    for guess in (SSN, "536-80-4397", "536804398"):
        plain = hashlib.sha256(guess.encode()).hexdigest()
        assert not plain.startswith(sha) and sha not in plain


def test_the_default_key_is_random_per_process() -> None:
    code = "from guardrails_lite.logs import digest; print(digest('536-80-4398'))"
    a, b = run_bounded(code).stdout, run_bounded(code).stdout
    assert a.strip() and a != b


def test_a_configured_key_correlates_across_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(glogs.DIGEST_KEY_VARIABLE, "a shared secret of the fleet")
    code = "from guardrails_lite.logs import digest; print(digest('536-80-4398'))"
    a, b = run_bounded(code).stdout, run_bounded(code).stdout
    assert a.strip() and a == b
    glogs.set_digest_key(None)
    assert glogs.digest(SSN) == a.strip()
    glogs.set_digest_key(b"another secret of sixteen bytes")
    assert glogs.digest(SSN) != a.strip()
    with pytest.raises(ValueError, match="16 bytes"):
        glogs.set_digest_key("short")


def test_no_digest_is_computed_for_events_that_are_not_emitted(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = glogs._current_key

    def counting() -> bytes:  # read once per digest, however the digest is computed
        calls.append("digest")
        return real()

    monkeypatch.setattr(glogs, "_current_key", counting)
    guard = Guard(parse_policy({"name": "p", "input": [{"use": "regex", "patterns": ["secret"]}]}))
    logging.getLogger("guardrails_lite").setLevel(logging.WARNING)
    with pytest.raises(Blocked):
        guard.run(lambda p: "ok", "the secret is out")
    assert calls == []
    logging.getLogger("guardrails_lite").setLevel(logging.DEBUG)
    with pytest.raises(Blocked):
        guard.run(lambda p: "ok", "the secret is out")
    assert len(calls) == 2  # call_started and validator_failed
