"""US social security numbers: Presidio's `UsSsnRecognizer` (MIT licence, Microsoft), sample numbers kept.

Presidio invalidates the published sample numbers (078-05-1120), and then the phone recognizer
labels "SSN 078051120" a phone number. A guardrail reports the SSN-shaped value where the text says
it is one; the patterns' scores and context words still decide, as for any other number.
"""

from __future__ import annotations

import re

from guardrails_lite.validators.pii._helpers.patterns import Pattern, PatternSet

PATTERNS = (
    Pattern("SSN1 (very weak)", r"\b([0-9]{5})-([0-9]{4})\b", 0.05),
    Pattern("SSN2 (very weak)", r"\b([0-9]{3})-([0-9]{6})\b", 0.05),
    Pattern("SSN3 (very weak)", r"\b(([0-9]{3})-([0-9]{2})-([0-9]{4}))\b", 0.05),
    Pattern("SSN4 (very weak)", r"\b[0-9]{9}\b", 0.05),
    Pattern("SSN5 (medium)", r"\b([0-9]{3})[- .]([0-9]{2})[- .]([0-9]{4})\b", 0.5),
)
#: Every pattern above needs three ASCII digits in a row (PatternSet skips text without them).
NEEDS = re.compile(r"[0-9]{3}")
CONTEXT = ("social", "security", "ssn", "ssns", "ssid")
SAMPLES = frozenset({"123456789", "987654320", "078051120"})


def mixed_delimiters(value: str) -> bool:
    return len({c for c in value if c in ".- "}) > 1


def presidio_invalid(value: str) -> bool:
    """Presidio's `UsSsnRecognizer.invalidate_result`."""
    if mixed_delimiters(value):
        return True
    digits = "".join(c for c in value if c.isdigit())
    return (
        all(digits[0] == c for c in digits)  # all the same digit
        or digits[3:5] == "00"
        or digits[5:] == "0000"  # a group of zeros
        or digits[:3] in ("000", "666")  # area numbers never issued
        or digits in SAMPLES
    )


def invalid(value: str) -> bool:
    if "".join(c for c in value if c.isdigit()) in SAMPLES:
        return mixed_delimiters(value)
    return presidio_invalid(value)


def recognizer() -> PatternSet:
    return PatternSet(PATTERNS, invalidate=invalid, needs=NEEDS, linear=True)
