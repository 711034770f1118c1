"""Card numbers: Presidio's `CreditCardRecognizer` (MIT licence, Microsoft) with wider issuer ranges; Luhn decides.

Presidio's pattern stops at 17 digits and misses 2-series Mastercard, 15-digit JCB (2131, 1800),
Maestro (50, 56-58, 12+ digits) and 19-digit Visa: two patterns of ours add them.
"""

from __future__ import annotations

import regex

from guardrails_lite.validators.pii._helpers.patterns import Pattern, PatternSet

PATTERNS = (
    Pattern(
        "All Credit Cards (weak)",
        r"\b(?!1\d{12}(?!\d))((4\d{3})|(5[0-5]\d{2})|(6\d{3})|(1\d{3})|(3\d{3}))[- ]?(\d{3,4})[- ]?(\d{3,4})[- ]?"
        r"(\d{3,5})\b",
        0.3,
    ),
)
CONTEXT = (
    "credit", "card", "visa", "mastercard", "cc ", "amex", "discover", "jcb", "diners", "maestro", "instapayment",
)  # fmt: skip
# Printed in groups of four, 13-19 digits; 12-digit numbers only for Maestro and unseparated.
WIDER = (
    Pattern(
        "Card numbers, wider IIN ranges, 13-19 digits",
        r"\b(?:4\d{3}|5[0-8]\d{2}|2[1-7]\d{2}|1800|3[0-8]\d{2}|6\d{3})(?:[ -]?\d{4}){2,3}[ -]?\d{1,4}\b",
        0.3,
    ),
    Pattern("Maestro, 12 digits", r"\b(?:50|5[6-8]|6\d)\d{10}\b", 0.3),
)


#: Every pattern above starts with four digits in a row (text without them is not scanned: "12-12-12-..."); the
#: same engine as the patterns, so "digit" means the same to both.
NEEDS = regex.compile(r"\d\d\d\d")  # (spelled out: the engine scans that twice as fast)


def luhn(number: str) -> bool:
    """The Luhn checksum of `number` less its dashes and spaces (as Presidio computes it)."""
    digits = [int(d) for d in number.replace("-", "").replace(" ", "")]
    total = sum(digits[-1::-2])
    for d in digits[-2::-2]:
        total += sum(int(x) for x in str(d * 2))
    return total % 10 == 0


def recognizer() -> PatternSet:
    return PatternSet(PATTERNS + WIDER, luhn, needs=NEEDS, linear=True)
