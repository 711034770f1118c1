"""pii on digit-heavy text does bounded work (issue 13: "12-" * 66666 took 23 s)."""

from __future__ import annotations

from typing import Any

import pytest

from guardrails_lite.validators.pii._engine import EngineConfig, get_engine

CONFIG = EngineConfig(entities=("PHONE_NUMBER",), language="en", spacy_model="blank", custom=())


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[str]]:
    engine = get_engine(CONFIG)
    phone = next(rec for entity, rec, *_ in engine.recognizers if entity == "PHONE_NUMBER")
    calls: list[str] = []
    real = phone.matcher

    def matcher(text: str, region: str, **kw: Any) -> Any:
        calls.append(region)
        return real(text, region, **kw)

    monkeypatch.setattr(phone, "matcher", matcher)
    return engine, calls


def test_runs_longer_than_any_phone_number_are_not_parsed(counted: tuple[Any, list[str]]) -> None:
    engine, calls = counted
    for text in ("12-" * 66666, "1 " * 100_000, "9" * 200_000):
        assert engine.analyze(text) == []
    assert calls == []


def test_repeated_candidates_are_judged_once(counted: tuple[Any, list[str]]) -> None:
    engine, calls = counted
    engine.analyze("+1 (555) 010-" * 15_000)
    assert len(calls) <= 16  # the first, the middle and the last windows differ, each in a few regions


def test_libphonenumber_sees_a_bounded_number_of_candidates(counted: tuple[Any, list[str]]) -> None:
    engine, calls = counted
    text = "".join(f"at (212) 555-{i:04d}, " for i in range(3000))
    spans = engine.analyze(text)
    assert len(spans) == 3000  # every number is still found (past the budget by the regions' plans)
    assert len(calls) <= 64 * 8  # at most the budget of candidates, each tried in a few regions


def test_numbers_joined_by_wide_separators_are_still_found() -> None:
    engine = get_engine(CONFIG)
    text = "020 7946 0958 / 020 7946 0959 / 020 7946 0960 / 020 7946 0961"
    assert len(engine.analyze(text)) == 4
