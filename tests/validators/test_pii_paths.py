"""The pii engine's own pattern recognizers against Presidio's: same constants, same checks, same spans.

`_recognizers` holds Presidio's patterns and checks without importing presidio_analyzer (whose package
imports spaCy: about 2 s of a first call). Here the engine runs once on those and once on Presidio's
own recognizer objects (`pii_presidio_reference`), on varied text: the shared test corpus, generated
identifiers (valid and broken checksums, every IBAN country, separators), multilingual prose, and
hostile or bulk input. Every span (start, end, entity, score) must be the same.
"""

from __future__ import annotations

import random
import string
from typing import Any

import pytest

from guardrails_lite.validators.pii._engine import PATTERN_ENTITIES, CustomPattern, EngineConfig, PiiEngine
from guardrails_lite.validators.pii._helpers.public_suffix import has_fqdn
from guardrails_lite.validators.pii._recognizers import credit_card, email, iban, ip, phone, us_ssn
from guardrails_lite.validators.pii._recognizers.iban_formats import REGEX_PER_COUNTRY
from tests.corpus import ANSWERS, PROMPTS
from tests.validators.pii_presidio_reference import presidio_parts

CONFIG = EngineConfig(
    entities=(*PATTERN_ENTITIES, "EMPLOYEE_ID"),
    language="en",
    spacy_model="blank",
    custom=(CustomPattern("employee", r"\bEMP-\d{6}\b", "EMPLOYEE_ID", 0.6, ("employee", "staff")),),
    names="builtin",
)


@pytest.fixture(scope="module")
def engines() -> tuple[PiiEngine, PiiEngine]:
    return PiiEngine(CONFIG), PiiEngine(CONFIG, presidio_parts)


# -- the constants are Presidio's ----------------------------------------------------------------
def test_patterns_and_context_words_are_presidios() -> None:
    from presidio_analyzer import predefined_recognizers as pr

    pairs: list[tuple[Any, Any]] = [
        (email, pr.EmailRecognizer),
        (credit_card, pr.CreditCardRecognizer),
        (us_ssn, pr.UsSsnRecognizer),
        (ip, pr.IpRecognizer),
        (iban, pr.IbanRecognizer),
    ]
    for ours, theirs in pairs:
        assert [tuple(p) for p in ours.PATTERNS] == [(p.name, p.regex, p.score) for p in theirs.PATTERNS]
        assert ours.CONTEXT == tuple(theirs.CONTEXT)
    assert iban.LETTERS == pr.IbanRecognizer.LETTERS
    base = pr.PhoneRecognizer()
    assert (phone.SCORE, phone.CONTEXT, phone.REGIONS, phone.LENIENCY) == (
        base.SCORE,
        tuple(base.context),
        tuple(base.supported_regions),
        base.leniency,
    )
    assert {n for names, _ in ip.PARTS for n in names} == {p.name for p in pr.IpRecognizer.PATTERNS}


def test_iban_country_layouts_are_presidios() -> None:
    from presidio_analyzer.predefined_recognizers.generic.iban_patterns import regex_per_country

    assert REGEX_PER_COUNTRY == regex_per_country


# -- the checks agree value by value ---------------------------------------------------------------
def _digit_strings(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        digits = "".join(rng.choice(string.digits) for _ in range(rng.randint(9, 19)))
        sep = rng.choice(["", " ", "-", "."])
        out.append(sep.join(digits[i : i + rng.choice([3, 4, 5])] for i in range(0, len(digits), 4)))
    return out


def test_checks_agree_with_presidios_methods() -> None:
    from presidio_analyzer import predefined_recognizers as pr

    rng = random.Random(16)
    values = [*_digit_strings(rng, 3000), "078-05-1120", "078 05 1120", "000-12-3456", "666-12-3456", "111-11-1111"]
    card, ssn, ipr = pr.CreditCardRecognizer(), pr.UsSsnRecognizer(), pr.IpRecognizer()
    for v in values:
        if "." not in v:  # what the card patterns can match: digits, spaces, dashes
            assert credit_card.luhn(v) == card.validate_result(v), v
        assert us_ssn.presidio_invalid(v) == bool(ssn.invalidate_result(v)), v
    quads = [".".join(str(rng.randint(0, 300)) for _ in range(4)) + rng.choice(["", "/24", "/33"]) for _ in range(500)]
    for v in [*quads, "::1", "2001:db8::/129", "fe80::1%eth0", "::ffff:10.0.0.1", "1:2:3:4:5:6:7:8:9"]:
        assert ip.invalid(v) == ipr.invalidate_result(v), v


def _ibans(rng: random.Random) -> list[str]:
    out = []
    for cc in REGEX_PER_COUNTRY:
        body = "".join(rng.choice(string.digits) for _ in range(30))
        for length in (12, 18, 22, 26, 30):
            raw = cc + "00" + body[:length]
            good = raw[:2] + iban.check_digits(raw) + raw[4:]
            out += [good, good.lower(), raw, " ".join(good[i : i + 4] for i in range(0, len(good), 4))]
    return out


def test_iban_validation_agrees_with_presidio() -> None:
    from presidio_analyzer.predefined_recognizers import IbanRecognizer

    rec = IbanRecognizer()
    rng = random.Random(13616)
    for v in [*_ibans(rng), "GB82 WEST 1234 5698 7654 32", "gb82west12345698765432", "GB82WEST1234569876543K"]:
        assert iban.validate(v) == rec.validate_result(v), v


def test_public_suffix_lookup_agrees_with_tldextract() -> None:
    import tldextract

    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    rng = random.Random(5)
    suffixes = sorted(extract.tlds)
    probes = [
        "a@b.com", "a@example", "a@www.ck", "a@foo.ck", "x@city.kawasaki.jp", "x@a.b.kawasaki.jp", "a/b@c.com",
        "a#b@c.org", "a?b@c.net", "http://a.com", "x@xn--80ak6aa92e.com", "x@b.xn--p1ai", "x@xn--zz.com",
        "a@192.168.0.1", "a@B.CO.UK", "a@co.uk", "a@b..com", "a@b.github.io", "a@b.com.", "[::1]", "x@b.c\u3002com",
    ]  # fmt: skip
    for s in rng.sample(suffixes, 2000):
        probes += [f"user@{s}", f"user@mail.{s}", f"user@{s.split('.')[-1]}", f"u@x.{s.upper()}"]
    for p in probes:
        assert has_fqdn(p) == (extract(p).fqdn != ""), p


# -- the engine finds the same spans on both -------------------------------------------------------
def _generated(rng: random.Random, n: int) -> list[str]:
    words = ["please", "call", "card", "ssn", "iban", "ip", "email", "phone:", "ref", "order", "version", "tel"]
    users, domains = (
        ["jane", "o.reilly", "x_y", "a+b"],
        ["example.com", "corp.example", "b.co.uk", "x.zz", "mail.xn--p1ai"],
    )
    groups = [str(rng.randint(100, 9999)) for _ in range(40)]
    pieces = [
        lambda: f"{rng.choice(users)}@{rng.choice(domains)}",
        lambda: rng.choice(["+1 ", "+44 ", "0", "(212) ", ""]) + " ".join(rng.sample(groups, rng.randint(2, 4))),
        lambda: rng.choice(["4111 1111 1111 1111", "5555555555554444", "2223000048400011", "4111 1111 1111 1112"]),
        lambda: f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        lambda: rng.choice(_IBANS),
        lambda: ".".join(str(rng.randint(0, 260)) for _ in range(4)),
        lambda: rng.choice(["2001:db8::1", "::ffff:10.1.2.3", "fe80::1%eth0", "::", "1::"]),
        lambda: f"EMP-{rng.randint(0, 999999):06d}",
        lambda: rng.choice(["2024-05-01", "01/05/2024 10:30", "TCK-2024-000123", "v1.2.3.4", "12-12-12-12"]),
    ]  # fmt: skip
    out = []
    for _ in range(n):
        parts = [rng.choice(pieces)() if rng.random() < 0.5 else rng.choice(words) for _ in range(rng.randint(3, 12))]
        out.append(rng.choice([" ", "  ", "\n", ", "]).join(parts))
    return out


_IBANS = _ibans(random.Random(7))[::7]
MULTILINGUAL = [
    "Schreiben Sie an müller@beispiel.de oder rufen Sie +49 30 901820 an; IBAN DE89 3704 0044 0532 0130 00.",
    "Écrivez à élodie.durand@exemple.fr, téléphone 01 42 68 53 00, carte 4970 1012 3456 7899.",
    "Напишите на иван@пример.рф или позвоните +7 495 123-45-67.",
    "请发邮件到 wang.wei@example.cn，电话 +86 10 6552 9988，IP 地址 10.0.0.254。",
    "メールは tanaka@example.jp、電話は 03-1234-5678 です。",
    "اتصل بي على ‎+971 4 123 4567‎ أو راسلني على ali@example.ae",
    "मेरा ईमेल राम@उदाहरण.भारत है और फ़ोन +91 98765 43210",
    "Zahlen: ٤١١١ ١١١١ ١١١١ ١١١١ und ４１１１ １１１１ １１１１ １１１１",
    "Straße: Kelvin \u212a and long s \u017f in GB82 WE\u017fT 1234 5698 7654 32",
]
HOSTILE = [
    "1.2.3.4." * 500,
    "12-" * 700,
    "a@" * 800,
    "a.b@c.d " * 300,
    "+1 (555) 010-" * 200,
    "1 " * 1000,
    ":" * 500 + "1::" * 200,
    "GB82" * 300,
    "4111" * 300,
    "EMP-123456" * 100,
]


def test_both_paths_find_the_same_spans(engines: tuple[PiiEngine, PiiEngine]) -> None:
    ours, presidio = engines
    texts = PROMPTS + ANSWERS + MULTILINGUAL + HOSTILE + _generated(random.Random(2026), 400)
    found = 0
    for text in texts:
        mine = ours.analyze(text)
        assert mine == presidio.analyze(text), text[:200]
        found += len(mine)
    assert found > 1000  # the corpus does exercise the recognizers
