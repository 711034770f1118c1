"""regex: deny patterns, repair, a catastrophic pattern fails closed."""

from __future__ import annotations

import pytest

from guardrails_lite import Context, parse_policy
from tests.validators.conftest import build


def test_regex_redacts_every_match() -> None:
    v = build({"use": "regex", "patterns": [r"\bsecret\w*", r"\d{4}"], "ignore_case": True}, "input")
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
