"""Grounding on hostile answers: no recursion that an answer can overflow, clause splitting linear in the sentence
(review r12a M2, M3)."""

from __future__ import annotations

from typing import Any

import pytest

from guardrails_lite.validators.grounding import _claims
from guardrails_lite.validators.grounding._words import Tok, tokens
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
