"""IBANs: Presidio's `IbanRecognizer` (MIT licence, Microsoft): a generic pattern, the mod-97 check digits and
each country's layout.

Its matching loop is its own: a match is tried whole, then less its optional trailing groups, and the
longest part that validates is kept ("DE89370400440532013000 2 days" gives the IBAN without " 2").
"""

from __future__ import annotations

import re
import string

import regex

from guardrails_lite.validators._shared import bounded_regex
from guardrails_lite.validators.pii._helpers.patterns import REGISTRY_FLAGS, TIMEOUT_S, Hit, Pattern
from guardrails_lite.validators.pii._recognizers.iban_formats import REGEX_PER_COUNTRY
from guardrails_lite.verdict import check_deadline

PATTERNS = (
    Pattern(
        "IBAN Generic",
        r"(?<![A-Z0-9])([A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]{4}){2,6})((?:[ -]?[A-Z0-9]{4})?)((?:[ -]?[A-Z0-9]{1,3})?)"
        r"(?![A-Z0-9])",
        0.5,
    ),
)
CONTEXT = ("iban", "bank", "transaction")
LETTERS = {ord(d): str(i) for i, d in enumerate(string.digits + string.ascii_uppercase)}
_FORMAT_FLAGS = regex.DOTALL | regex.MULTILINE


def check_digits(iban: str) -> str:
    """The two check digits `iban` should carry (ISO 13616 mod 97)."""
    moved = (iban[:2] + "00" + iban[4:]).upper()
    return f"{98 - (int((moved[4:] + moved[:4]).translate(LETTERS)) % 97):0>2}"


def _country_format(iban: str) -> bool:
    layout = REGEX_PER_COUNTRY.get(iban[:2])
    return layout is not None and regex.match(layout, iban, flags=_FORMAT_FLAGS, concurrent=False) is not None


def validate(value: str) -> bool | None:
    """True: checksum and country layout hold; None: they hold once upper-cased; False otherwise."""
    iban = value.replace("-", "").replace(" ", "")
    try:
        if check_digits(iban) != iban[2:4]:
            return False
    except ValueError:  # a character outside 0-9 and A-Z (a case-folded look-alike)
        return False
    if _country_format(iban):
        return True
    return None if _country_format(iban.upper()) else False


class IbanFinder:
    """Presidio's loop: per match, the longest of (whole, less group 3, less groups 2-3) that validates."""

    context = CONTEXT
    #: Every match holds its two check digits (ASCII): prose without two digits in a row cuts no windows.
    needs = re.compile(r"[0-9][0-9]")

    def __init__(self, flags: int = REGISTRY_FLAGS) -> None:
        self.flags = flags
        self._compiled: list[tuple[regex.Pattern[str], float]] | None = None

    @property
    def compiled(self) -> list[tuple[regex.Pattern[str], float]]:
        """The patterns, compiled on first use (as `PatternSet.compiled`)."""
        got = self._compiled
        if got is None:
            got = self._compiled = [(regex.compile(p.regex, self.flags), p.score) for p in PATTERNS]
        return got

    def analyze(self, text: str, deadline: float | None = None) -> list[Hit]:
        hits: list[Hit] = []
        for compiled, base in self.compiled:
            for match in bounded_regex.finditer(compiled, text, TIMEOUT_S, deadline):
                check_deadline(deadline)
                start = match.start()
                for group in (3, 2, 1):
                    end = match.end(group) if match.end(group) > 0 else match.end()
                    if start == end:
                        continue
                    valid = validate(text[start:end])
                    score = base if valid is None else 1.0 if valid else 0.0
                    if score > 0:
                        hits.append((start, end, score))
                        break
        return hits
