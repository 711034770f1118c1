"""Review r14a's speculation findings: rights stated with "may" (M3) and the quadratic "they" (M7)."""

from __future__ import annotations

import pytest

from guardrails_lite import Context
from guardrails_lite.validators.speculation import SpeculationSpec, _kinds

RULES = SpeculationSpec().build()


@pytest.mark.parametrize(
    "text",
    [
        "Either party may withdraw from the agreement with 30 days' notice.",
        "Tenants may object to the rent increase within 14 days.",
        "Under the lease, tenants may refuse entry without 24 hours' notice.",
        "Employees may resign with one month's notice.",
        "The landlord may sue for unpaid rent after 60 days.",
        "Customers may decline the extended warranty at checkout.",
        "Members may complain to the ombudsman if the bank does not reply.",
        "Guests may refuse the room upgrade if they prefer a quiet floor.",
    ],
)
def test_a_right_a_party_has_is_no_guess(text: str) -> None:
    assert RULES(text, Context("output")).passed


@pytest.mark.parametrize(
    "text",
    [
        "The hotel may refuse to hold the rooms.",
        "The supplier may withdraw its offer.",
        "The vendor may well refuse to refund us.",
        "Tenants may well object to the rent increase within 14 days.",
        "The festival office may end up short.",
    ],
)
def test_a_guessed_setback_is_still_flagged(text: str) -> None:
    assert not RULES(text, Context("output")).passed


class _Counted(list[str]):
    """A token list that counts membership scans (each one reads the whole sentence)."""

    scans = 0

    def __contains__(self, item: object) -> bool:
        _Counted.scans += 1
        return super().__contains__(item)


def test_they_is_read_once_not_per_word() -> None:
    # 2,000 "they" in one sentence: the source test ("per", "according") scans the sentence at most for its opening
    # "They say", never once per "they" (counted, not timed).
    lowers = _Counted(("they , " * 2000).split())
    _Counted.scans = 0
    for i in range(len(lowers)):
        _kinds._guess(lowers, i, False)
    assert _Counted.scans <= 2
    said = _Counted(["they", "say", "the", "budget", "is", "gone"])
    assert _kinds._guess(said, 0, False) is not None


@pytest.mark.parametrize("text", ["0COULD", "It could", "The vendor may", "They may not"])
def test_a_modal_ending_the_text_is_read_safely(text: str) -> None:
    # Hypothesis found "0COULD": the modal rule read the word after a sentence-final "could" (IndexError).
    assert RULES(text, Context("output")).findings is not None
