"""grounding and speculation stop at `Context.deadline` inside their long loops and then fail closed.

Budgets here are already spent or counted in clock readings, so the tests do not depend on the machine.
"""

from __future__ import annotations

import pytest
from fake_clock import SteppingClock

from guardrails_lite import Blocked, Guard, parse_policy
from guardrails_lite.validators.grounding import clear_document_cache
from guardrails_lite.verdict import BudgetExceeded, Context, Document
from tests.validators.conftest import build

# 300 source sentences that all share words (and a figure kind) with the answer.
THREAD = "From: Dana Whitfield\nSubject: Venue\n" + "The hall costs 40 EUR on 3 May. " * 300 + "\nDana"
ANSWER = "The hall costs 45 EUR on 4 May. " * 40


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> SteppingClock:
    import guardrails_lite.verdict as verdict

    made = SteppingClock()
    monkeypatch.setattr(verdict, "time", made)
    return made


# speculation reads the documents only for a sentence with a speculation to check against them.
@pytest.mark.parametrize(
    ("use", "answer"), [("grounding", ANSWER), ("speculation", "The hall probably costs 45 EUR on 4 May.")]
)
def test_digesting_the_documents_stops_at_the_deadline(use: str, answer: str, clock: SteppingClock) -> None:
    clear_document_cache()
    ctx = Context("output", documents=(Document(THREAD, "mail"),), deadline=50.0)
    with pytest.raises(BudgetExceeded):
        build({"use": use})(answer, ctx)
    assert clock.now <= 52  # a reading per source sentence, not one at the end


def test_judging_sentences_stops_at_the_deadline(clock: SteppingClock) -> None:
    """With the documents digested already (an earlier entry of the call), per candidate source sentence."""
    validator = build({"use": "grounding"})
    ctx = Context("output", documents=(Document(THREAD, "mail"),))
    validator("The hall costs 40 EUR.", ctx)  # digests, no deadline
    ctx.deadline = clock.now + 50
    with pytest.raises(BudgetExceeded):
        validator(ANSWER, ctx)
    assert clock.now <= ctx.deadline + 2


@pytest.mark.parametrize("use", ["grounding", "speculation"])
def test_a_tiny_budget_fails_closed(use: str) -> None:
    clear_document_cache()
    guard = Guard(
        parse_policy(
            {
                "version": 1,
                "name": "budget",
                # One microsecond: spent before the first check, whatever the machine.
                "output": [{"use": use, "timeout_ms": 0.001}],
            }
        )
    )
    with pytest.raises(Blocked) as info:
        guard.run(lambda prompt: ANSWER, "Summarise the thread.", context=[Document(THREAD, "mail")])
    (finding,) = info.value.findings
    assert finding.kind == "error" and finding.id == use
    assert "exceeded its time budget (stopped at" in finding.message
    assert "hall" not in finding.message
