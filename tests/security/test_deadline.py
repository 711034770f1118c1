"""The time budget is real: long loops stop at `Context.deadline` instead of running on (issue 13).

Python's `re` holds the GIL, so a validator that runs past its budget stalls every thread of the
process; checking the clock after it returns is too late. These tests use budgets that are already
spent, so they do not depend on the machine's speed.
"""

from __future__ import annotations

import time

import pytest
from fake_clock import SteppingClock

from guardrails_lite import Blocked, Guard, parse_policy
from guardrails_lite.validators.pii._engine import EngineConfig, get_engine
from guardrails_lite.validators.pii._validator import PiiSpec
from guardrails_lite.verdict import BudgetExceeded, Context, check_deadline, seconds_left

ALL = EngineConfig(entities=None, language="en", spacy_model="blank", custom=(), names="builtin")


def test_check_deadline_and_seconds_left() -> None:
    check_deadline(None)
    check_deadline(time.monotonic() + 60)
    assert seconds_left(None, 2.0) == 2.0
    assert 0 < seconds_left(time.monotonic() + 60, 2.0) <= 2.0
    with pytest.raises(BudgetExceeded):
        check_deadline(time.monotonic() - 1)
    with pytest.raises(BudgetExceeded):
        seconds_left(time.monotonic() - 1, 2.0)
    assert issubclass(BudgetExceeded, TimeoutError)


@pytest.mark.parametrize(
    "text",
    ["1.2.3.4." * 2000, "a@" * 5000, "+1 (555) 010-" * 1000, "Dana Reyes wrote. " * 500],
    ids=["dotted quads", "at signs", "phone-like", "names"],
)
def test_pii_engine_stops_at_a_spent_deadline(text: str) -> None:
    with pytest.raises(BudgetExceeded):
        get_engine(ALL).analyze(text, deadline=time.monotonic() - 1)


@pytest.mark.parametrize(
    ("entities", "text"),
    [
        (("IP_ADDRESS",), "1.2.3.4." * 20_000),  # 20,000 matches, read every 256
        (("PHONE_NUMBER",), "+1 (555) 010-" * 1000),  # 1,000 candidates
    ],
    ids=["matches", "candidates"],
)
def test_pii_stops_inside_a_long_loop(monkeypatch: pytest.MonkeyPatch, entities: tuple[str, ...], text: str) -> None:
    """Not only between recognizers: every 256 matches and per candidate (a handful of checks otherwise)."""
    import guardrails_lite.verdict as verdict

    engine = get_engine(EngineConfig(entities, "en", "blank", ()))
    clock = SteppingClock()
    monkeypatch.setattr(verdict, "time", clock)
    with pytest.raises(BudgetExceeded):
        engine.analyze(text, deadline=50.0)
    assert clock.now <= 52


def test_pii_validator_uses_the_context_deadline() -> None:
    validator = PiiSpec(use="pii", operator="pseudonymise").build()
    ctx = Context("input", entry_id="pii", deadline=time.monotonic() - 1)
    with pytest.raises(BudgetExceeded):
        validator("mail dana@example.com or 10.0.0.1", ctx)
    ctx.deadline = time.monotonic() + 60
    assert not validator("mail dana@example.com or 10.0.0.1", ctx).passed


def _guard(on_error: str) -> Guard:
    return Guard(
        parse_policy(
            {
                "version": 1,
                "name": "budget",
                "on_error": on_error,
                # One microsecond: spent before the engine's first check, whatever the machine.
                "input": [{"use": "pii", "on_fail": "repair", "timeout_ms": 0.001}],
            }
        )
    )


def test_a_stopped_validator_fails_closed_naming_the_budget() -> None:
    guard = _guard("block")
    with pytest.raises(Blocked) as info:
        guard.run(lambda prompt: "ok", "1.2.3.4. " * 20_000)
    (finding,) = info.value.findings
    assert finding.kind == "error" and finding.id == "pii"
    assert "exceeded its time budget (stopped at" in finding.message
    assert "1.2.3.4" not in finding.message


def test_a_stopped_validator_follows_on_error_allow() -> None:
    guard = _guard("allow")
    result = guard.run(lambda prompt: "ok", "call 212-555-0100")
    assert result.text == "ok" and result.action == "allow"
    assert result.prompt == "call 212-555-0100"  # fail open, as this policy says
    assert any("exceeded its time budget" in f.message for f in result.findings)


def test_regex_patterns_stop_where_the_budget_ends() -> None:
    from guardrails_lite.validators.regex import RegexSpec

    validator = RegexSpec(use="regex", patterns=[r"(a+)+$"], match_timeout_ms=10_000).build()
    ctx = Context("input", entry_id="regex", deadline=time.monotonic() - 1)
    with pytest.raises(BudgetExceeded):
        validator("a" * 40 + "!", ctx)
    ctx.deadline = time.monotonic() + 60
    assert validator("plain text", ctx).passed
