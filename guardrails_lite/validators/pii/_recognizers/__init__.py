"""The pattern recognizers, one per file, each holding Presidio's patterns, context words and checks
(MIT licence, Microsoft; our changes are named in each file) without importing presidio_analyzer,
whose package imports spaCy (about 2 s of a first call).

`parts(entity)` gives what the engine runs for an entity: finders, each with the anchor its windows
are cut around and its context words. tests/validators/test_pii_paths.py holds the same engine
built on Presidio's own recognizer objects and checks that both find the same spans.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol

from guardrails_lite.validators.pii._helpers.patterns import Hit
from guardrails_lite.validators.pii._helpers.windows import Anchor
from guardrails_lite.validators.pii._recognizers import credit_card, email, iban, ip, phone, us_ssn
from guardrails_lite.validators.pii._recognizers.phone import PhoneRecognizer

__all__ = ["ANCHORS", "Finder", "Part", "PhoneRecognizer", "parts"]


class Finder(Protocol):
    def analyze(self, text: str, deadline: float | None = None) -> list[Hit]: ...


class Part(NamedTuple):
    """One finder of an entity: run on windows around `anchor` (on the whole text if None)."""

    entity: str
    finder: Finder | PhoneRecognizer
    anchor: Anchor | None
    context: frozenset[str]


#: Anchors: linear scans that every true match of the entity's recognizer must touch.
ANCHORS: dict[str, Anchor] = {
    "EMAIL_ADDRESS": Anchor(re.compile(r"@"), 64, 256),
    "PHONE_NUMBER": phone.ANCHOR,
    "CREDIT_CARD": Anchor(re.compile(r"\d(?:[ \-]?\d){11,}"), 4, 4),
    "US_SSN": Anchor(re.compile(r"\d(?:[ .\-]?\d){8,}"), 4, 4),
    "IBAN_CODE": Anchor(re.compile(r"[A-Za-z]{2}\d{2}"), 2, 48),
    "IP_ADDRESS": Anchor(re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}::?[0-9A-Fa-f]{0,4}:"), 48, 48),
}


def _context(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def parts(entity: str) -> list[Part]:
    """What finds `entity` (one of `ANCHORS`)."""
    if entity == "PHONE_NUMBER":
        return [Part(entity, PhoneRecognizer(), None, _context(phone.CONTEXT))]
    if entity == "IP_ADDRESS":
        return [Part(entity, finder, anchor, _context(ip.CONTEXT)) for finder, anchor in ip.finders()]
    if entity == "IBAN_CODE":
        return [Part(entity, iban.IbanFinder(), ANCHORS[entity], _context(iban.CONTEXT))]
    module = {"EMAIL_ADDRESS": email, "CREDIT_CARD": credit_card, "US_SSN": us_ssn}[entity]
    return [Part(entity, module.recognizer(), ANCHORS[entity], _context(module.CONTEXT))]
