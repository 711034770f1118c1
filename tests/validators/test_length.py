"""max_length: limits and the repair that cuts at a sentence boundary."""

from __future__ import annotations

import pytest

from guardrails_lite import Verdict, parse_policy
from tests.validators.conftest import build, check


def test_max_length_truncates_at_a_sentence_boundary() -> None:
    v = build({"use": "max_length", "max_words": 6})
    text = "First sentence here. Second one is longer. Third."
    verdict = check(v, text)
    assert verdict.repaired == "First sentence here."
    assert verdict.findings[0].message == "too long: 8 words, limit 6"
    assert check(v, "One two three.") == Verdict.ok()


def test_max_length_chars_and_no_boundary_means_no_repair() -> None:
    v = build({"use": "max_length", "max_chars": 10})
    verdict = check(v, "averyveryverylongword without end")
    assert not verdict.passed and verdict.repaired is None
    assert check(v, 'Hi "you." Then more text.').repaired == 'Hi "you."'


def test_max_length_needs_a_limit() -> None:
    from guardrails_lite import PolicyError

    with pytest.raises(PolicyError, match="set max_chars, max_words or both"):
        parse_policy({"name": "t", "output": [{"use": "max_length"}]})
