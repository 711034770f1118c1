"""Grounding on hostile answers: no recursion that an answer can overflow, clause splitting linear in the sentence
(review r12a M2, M3); a long answer against a long document stops at its budget (M4)."""

from __future__ import annotations

from typing import Any

import pytest
from fake_clock import SteppingClock

import guardrails_lite.verdict as verdict
from guardrails_lite.validators.grounding import _claims
from guardrails_lite.validators.grounding._words import Tok, tokens
from guardrails_lite.verdict import BudgetExceeded, Context, Document
from tests.validators.conftest import build, check

DOC = ("Anna paid 5 EUR for the tickets.",)


def test_many_fronted_links_split_without_recursion() -> None:
    toks = tokens("so, " * 5000 + "Anna paid 5 EUR.")
    claims = _claims.split_claims(toks)  # RecursionError before
    assert [[t.text for t in c] for c in claims] == [["Anna", "paid", "5", "EUR", "."]]


def test_many_fronted_links_get_a_verdict() -> None:
    grounding = build({"use": "grounding"})
    supported = check(grounding, "So, " + "so, " * 4000 + "Anna paid 5 EUR.", DOC)
    changed = check(grounding, "So, " + "so, " * 4000 + "Anna paid 9 EUR.", DOC)
    assert supported.passed
    assert not changed.passed


def test_fronted_heads_split_as_before() -> None:
    """A fronted clause is its own claim, one after another ("After X, because Y, Z")."""
    claims = _claims.split_claims(tokens("After the venue cancelled, because it rained, Dana moved the party."))
    assert [" ".join(t.text for t in c) for c in claims] == [
        "the venue cancelled",
        "it rained",
        "Dana moved the party .",
    ]


def _verb_tests(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """How many times splitting `text` asks whether a token is verb-like."""
    seen = [0]
    verb_like = _claims._verb_like

    def counted(t: Tok) -> Any:
        seen[0] += 1
        return verb_like(t)

    toks = tokens(text)
    monkeypatch.setattr(_claims, "_verb_like", counted)
    _claims.split_claims(toks)
    monkeypatch.setattr(_claims, "_verb_like", verb_like)
    return seen[0]


@pytest.mark.parametrize("unit", ["{} EUR and ", "x{} and ", "{} and Bob ", "Anna paid {} and {}, "])
def test_clause_split_is_linear(monkeypatch: pytest.MonkeyPatch, unit: str) -> None:
    def sentence(n: int) -> str:
        return "".join(unit.format(k, k) for k in range(n)) + "more."

    small, large = (_verb_tests(monkeypatch, sentence(n)) for n in (500, 1000))
    assert large <= 2.2 * small + 50  # twice the text, twice the tests (a rescan per "and" quadrupled them)


def test_answer_times_document_stops_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Review r12a M4's shape (399 claims, each against one source sentence of 1,000 amounts): the clock is read
    per claim and per candidate source sentence, so the check stops at its budget instead of running ~2.5 s."""

    n = 1000
    doc = "We spent " + " and ".join(f"{i} EUR on stand{i}" for i in range(1, n + 1)) + "."
    answer = " ".join(f"We spent {n * (n + 1) // 2 + k} EUR on stand{k} number {k}." for k in range(1, 400))
    grounding = build({"use": "grounding"})
    ctx = Context("output", documents=(Document(doc, "mail"),))
    grounding("We spent 1 EUR on stand1.", ctx)  # digests the document, no deadline
    clock = SteppingClock()
    monkeypatch.setattr(verdict, "time", clock)
    ctx.deadline = clock.now + 20
    with pytest.raises(BudgetExceeded):
        grounding(answer, ctx)
    assert clock.now <= ctx.deadline + 2
