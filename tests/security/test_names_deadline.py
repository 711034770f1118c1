"""The names finder stops at the time budget inside its own loops, and `pii` then fails closed (issue 15).

The budgets here are spent already or spent after a fixed number of clock readings, so the tests do not
depend on the machine's speed.
"""

from __future__ import annotations

import time

import pytest
from fake_clock import SteppingClock

from guardrails_lite import Blocked, Guard, parse_policy
from guardrails_lite.validators.pii._engine import EngineConfig, get_engine
from guardrails_lite.validators.pii.names import NameFinder
from guardrails_lite.verdict import BudgetExceeded

# Thousands of candidates, rule anchors ("Hi", titles, legal forms) and place words.
NAMES_TEXT = "Hi Dana Reyes, Mr. Okafor of Initech GmbH met Priya on Baker Street in Lyon. " * 400


def test_the_finder_stops_at_a_spent_deadline() -> None:
    finder = NameFinder()
    with pytest.raises(BudgetExceeded):
        finder.find(NAMES_TEXT, deadline=time.monotonic() - 1)
    assert finder.find(NAMES_TEXT, deadline=time.monotonic() + 600)  # the same text, with time to spare


@pytest.mark.parametrize("readings", [3, 40, 150])
def test_the_finder_stops_inside_its_loops(monkeypatch: pytest.MonkeyPatch, readings: int) -> None:
    """However far the work has got, the budget is noticed within a few readings, not at the end of a phase."""
    import guardrails_lite.verdict as verdict

    finder = NameFinder()
    clock = SteppingClock()
    monkeypatch.setattr(verdict, "time", clock)
    with pytest.raises(BudgetExceeded):
        finder.find(NAMES_TEXT, deadline=float(readings))
    assert clock.now == readings + 1  # stopped at the first reading past the deadline


def test_the_engine_passes_its_deadline_to_the_finder(monkeypatch: pytest.MonkeyPatch) -> None:
    import guardrails_lite.verdict as verdict

    engine = get_engine(EngineConfig(("PERSON", "LOCATION"), "en", "blank", (), names="builtin"))
    clock = SteppingClock()
    monkeypatch.setattr(verdict, "time", clock)
    with pytest.raises(BudgetExceeded):
        engine.analyze(NAMES_TEXT, deadline=60.0)
    assert clock.now <= 62


def test_a_names_policy_out_of_time_fails_closed() -> None:
    policy = {
        "version": 1,
        "name": "names-budget",
        "on_error": "block",
        "input": [{"use": "pii", "entities": ["PERSON", "LOCATION"], "on_fail": "repair", "timeout_ms": 0.001}],
    }
    with pytest.raises(Blocked) as info:
        Guard(parse_policy(policy)).run(lambda prompt: "ok", NAMES_TEXT)
    (finding,) = info.value.findings
    assert finding.kind == "error" and "exceeded its time budget" in finding.message
    assert "Reyes" not in finding.message
