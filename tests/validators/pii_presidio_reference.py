"""The pii engine's pattern recognizers built from Presidio's own recognizer objects: the reference path.

The package's recognizers (`guardrails_lite.validators.pii._recognizers`) hold Presidio's patterns and
checks without importing presidio_analyzer (its package imports spaCy). This module builds the same
parts from `presidio_analyzer.predefined_recognizers` with the engine's documented changes applied
(offline e-mail domains plus reserved TLDs, published sample SSNs, wider card ranges), so that
tests/validators/test_pii_paths.py can run one engine on both and compare every span.
"""

from __future__ import annotations

from typing import Any

from guardrails_lite.validators.pii._helpers.patterns import Hit, Pattern, PatternSet
from guardrails_lite.validators.pii._recognizers import ANCHORS, Part, PhoneRecognizer, credit_card, email, ip, us_ssn


def offline_email_recognizer(language: str = "en") -> Any:
    """Presidio's EmailRecognizer asking tldextract's bundled list (never fetched), plus reserved TLDs."""
    import tldextract
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    class OfflineEmailRecognizer(EmailRecognizer):  # type: ignore[misc]
        def validate_result(self, pattern_text: str) -> bool:
            return bool(extract(pattern_text).fqdn) or email.private_domain(pattern_text)

    return OfflineEmailRecognizer(supported_language=language)


def _ssn_recognizer() -> Any:
    from presidio_analyzer.predefined_recognizers import UsSsnRecognizer

    class SsnRecognizer(UsSsnRecognizer):  # type: ignore[misc]
        def invalidate_result(self, pattern_text: str) -> bool:
            if "".join(c for c in pattern_text if c.isdigit()) in us_ssn.SAMPLES:
                return len({c for c in pattern_text if c in ".- "}) > 1
            return bool(super().invalidate_result(pattern_text))

    return SsnRecognizer()


def _pattern_set(rec: Any, extra: tuple[Pattern, ...] = ()) -> PatternSet:
    patterns = [Pattern(p.name, p.regex, p.score) for p in rec.patterns] + list(extra)
    return PatternSet(patterns, rec.validate_result, rec.invalidate_result)


class _PresidioIban:
    """Presidio's IbanRecognizer.analyze (its own loop), with the registry's flags as the engine sets them."""

    def __init__(self) -> None:
        from presidio_analyzer.predefined_recognizers import IbanRecognizer

        self.rec = IbanRecognizer()
        self.rec.global_regex_flags = 26

    def analyze(self, text: str, deadline: float | None = None) -> list[Hit]:
        return [(r.start, r.end, r.score) for r in self.rec.analyze(text, ["IBAN_CODE"], None)]


def _context(rec: Any) -> frozenset[str]:
    return frozenset(w.lower() for w in rec.context or ())


def presidio_parts(entity: str) -> list[Part]:
    """`_recognizers.parts(entity)`, built on Presidio's recognizer objects."""
    from presidio_analyzer import predefined_recognizers as pr

    if entity == "PHONE_NUMBER":
        base = pr.PhoneRecognizer()
        phone = PhoneRecognizer(base.supported_regions, base.leniency, base.context)
        return [Part(entity, phone, None, _context(base))]
    if entity == "IBAN_CODE":
        iban = _PresidioIban()
        return [Part(entity, iban, ANCHORS[entity], _context(iban.rec))]
    if entity == "IP_ADDRESS":
        rec = pr.IpRecognizer()
        whole = _pattern_set(rec)
        return [Part(entity, whole.only(names), anchor, _context(rec)) for names, anchor in ip.PARTS]
    if entity == "EMAIL_ADDRESS":
        rec = offline_email_recognizer()
        return [Part(entity, _pattern_set(rec), ANCHORS[entity], _context(rec))]
    if entity == "CREDIT_CARD":
        rec = pr.CreditCardRecognizer()
        return [Part(entity, _pattern_set(rec, credit_card.WIDER), ANCHORS[entity], _context(rec))]
    rec = _ssn_recognizer()
    return [Part(entity, _pattern_set(rec), ANCHORS[entity], _context(rec))]
