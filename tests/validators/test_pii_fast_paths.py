"""The pii engine's fast paths give what the plain paths give (issue 13: a log of 25,000 dotted quads).

Each fast path is compared with the plain loop it replaced, on Hypothesis texts made of the pieces that
exercise it: letter-free text skips the names tier, linear patterns skip the engine's timeout, spans are
collected in C, context words absent from the text skip the per-hit context check, and a repeated value is
replaced once.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails_lite.validators._shared import bounded_regex
from guardrails_lite.validators.pii import _engine
from guardrails_lite.validators.pii._engine import EngineConfig, PiiEngine, get_engine
from guardrails_lite.validators.pii._helpers.context import ContextBefore, scored
from guardrails_lite.validators.pii._helpers.patterns import TIMEOUT_S, Hit, Pattern, PatternSet, bounded_repetition
from guardrails_lite.validators.pii._helpers.spans import Span
from guardrails_lite.validators.pii._names.detect import NameFinder
from guardrails_lite.validators.pii._recognizers import credit_card, email, iban, ip, us_ssn
from guardrails_lite.validators.pii._validator import PiiSpec, PiiValidator
from guardrails_lite.verdict import Context

PIECES = [
    "1.2.3.4", "10.0.0.1", "256.1.1.1", "1.2.3.4.5", "/24", "::", "fe80::1", "2001:db8::1", ":", ".", " ", "\n",
    "-", "12", "1234", "4111 1111 1111 1111", "4111-1111-1111-1111", "5500 0000 0000 0004", "536-80-4398",
    "078-05-1120", "123456789", "212-555-0100", "+1", "(", ")", "a@b.com", "x.y@example.org", "@", "ip", "IP",
    "version", "v", "call", "card", "ssn", "Dana", "Reyes", "<IP_ADDRESS_1>", "\u200b", "\U0001f600", "é", "0", "9",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


# -- the names tier is skipped on letter-free text -------------------------------------------------------------
def _no_name_chars() -> list[str]:
    """Every character `_NO_NAME_TEXT` accepts."""
    return [c for c in map(chr, range(0x1FB00)) if _engine._NO_NAME_TEXT.fullmatch(c)]


def test_letter_free_characters_hold_no_letter_and_no_case() -> None:
    chars = _no_name_chars()
    assert len(chars) > 1000
    assert not [c for c in chars if c.isalpha() or c.isupper() or c.islower() or c.istitle()]
    assert not _engine._NO_NAME_TEXT.fullmatch("1.2.3.4 a") and not _engine._NO_NAME_TEXT.fullmatch("\u24b6")


LETTER_FREE = st.lists(
    st.sampled_from(["1.2.3.4.", "12-", "\n", " ", "!", "@", "<", ">", "\u200b", "\U0001f600", "\U0001f44d\U0001f3fd",
                     "\u200d", "\ud800", "\t", "#", "_", "[", "]", "(", "+1 (555) 010-", "\ufeff", ":", "\u3000"]),
    max_size=80,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(LETTER_FREE)
def test_the_names_tier_finds_nothing_in_letter_free_text(text: str) -> None:
    assert _engine._NO_NAME_TEXT.fullmatch(text)
    assert NameFinder().find(text) == []


@settings(max_examples=150, deadline=None)
@given(st.one_of(LETTER_FREE, TEXTS))
def test_skipping_the_names_tier_changes_no_span(text: str) -> None:
    engine = get_engine(EngineConfig(None, "en", "blank", ()))
    plain = PiiEngine(EngineConfig(None, "en", "blank", ()))
    saved = _engine._NO_NAME_TEXT
    _engine._NO_NAME_TEXT = re.compile(r"(?!)")  # never letter-free: the names tier always runs
    try:
        want = plain.analyze(text)
    finally:
        _engine._NO_NAME_TEXT = saved
    assert engine.analyze(text) == want


# -- spans in C, linear patterns without the timeout, values checked once ---------------------------------------
def _plain_analyze(finder: PatternSet, text: str) -> list[Hit]:
    """`PatternSet.analyze` as it was: one match at a time through `bounded_regex.finditer`."""
    hits: list[Hit] = []
    for compiled, base in finder.compiled:
        checked: dict[str, float] = {}
        for m in bounded_regex.finditer(compiled, text, TIMEOUT_S):
            start, end = m.span()
            if start == end:
                continue
            value = text[start:end]
            score = checked.get(value, -1.0)
            if score < 0:
                valid = finder.validate(value)
                score = base if valid is None else 1.0 if valid else 0.0
                score = checked[value] = score if score > 0 and not finder.invalidate(value) else 0.0
            if score > 0:
                hits.append((start, end, score))
    return hits


FINDERS = {
    "ip": [f for f, _ in ip.finders()],
    "credit_card": [credit_card.recognizer()],
    "us_ssn": [us_ssn.recognizer()],
    "email": [email.recognizer()],
    "custom": [PatternSet([Pattern("maybe empty", r"\d*|x", 0.5), Pattern("ticket", r"\bTCK-\d{6}\b", 0.6)])],
}


@pytest.mark.parametrize("name", sorted(FINDERS))
@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_pattern_sets_find_what_one_match_at_a_time_finds(name: str, text: str) -> None:
    for finder in FINDERS[name]:
        assert finder.analyze(text) == _plain_analyze(finder, text)


def test_the_linear_patterns_are_the_bounded_ones() -> None:
    v4, v6 = (f for f, _ in ip.finders())
    assert v4.linear and not v6.linear  # IPv6's zone ("%eth0") repeats without bound
    assert credit_card.recognizer().linear and us_ssn.recognizer().linear and not email.recognizer().linear
    assert not bounded_repetition(email.PATTERNS[0].regex)
    assert bounded_repetition(r"[*+]{2,5}\*\+(?:a{3}){1,4}") and not bounded_repetition(r"a{2,}")
    with pytest.raises(ValueError, match="repeat without bound"):
        PatternSet([Pattern("open", r"\d+", 0.5)], linear=True)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_card_text_without_four_digits_in_a_row_has_no_match(text: str) -> None:
    if not credit_card.NEEDS.search(text):
        assert all(not c.search(text) for c, _ in credit_card.recognizer().compiled)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432"])).map("".join))
def test_iban_text_without_two_digits_in_a_row_has_no_match(text: str) -> None:
    if not iban.IbanFinder.needs.search(text):
        assert all(not c.search(text) for c, _ in iban.IbanFinder().compiled)


@pytest.mark.parametrize("source", [r"a*", r"\b", r"x|", r"(?V1)a*", r"\d+", r"[A-Z]{2}\d\d"])
def test_spans_are_finditers_own(source: str) -> None:
    pattern = regex.compile(source)
    for text in ["baaab", "aa", "", "ab ab\naab", "xxa 12 DE89 34", "é a\u0301 ab"]:
        assert bounded_regex.spans(pattern, text, 1.0) == [m.span() for m in pattern.finditer(text)]


class _EarlyClock:
    """A pattern whose engine clock runs out after `n` matches of the first attempt."""

    def __init__(self, pattern: regex.Pattern[str], n: int) -> None:
        self.pattern, self.n, self.attempts = pattern, n, 0

    def finditer(self, text: str, pos: int, **kwargs: Any) -> Any:
        self.attempts += 1
        for i, m in enumerate(self.pattern.finditer(text, pos, **kwargs)):
            if self.attempts == 1 and i == self.n:
                raise TimeoutError("regex timed out")
            yield m


@pytest.mark.parametrize("source", [r"a*", r"\b", r"x|", r"\d+"])
def test_spans_resume_after_an_early_engine_timeout_and_lose_nothing(source: str) -> None:
    pattern = regex.compile(source)
    for text in ["baaab", "ab ab\naab", "xxa 12 DE89 34"]:
        want = [m.span() for m in pattern.finditer(text)]
        for n in range(len(want) + 1):
            early = _EarlyClock(pattern, n)
            assert bounded_regex.spans(early, text, 1.0) == want, (text, n)  # type: ignore[arg-type]


# -- claimed digits are blanked for the phone recognizer ------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(
    st.text("12 .-a", max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 9), st.sampled_from([0.3, 0.4, 1.0]))),
)
def test_blanking_claimed_spans_equals_the_plain_loop(text: str, raw: list[tuple[int, int, float]]) -> None:
    found = [Span(a, min(a + n, len(text)), "X", score) for a, n, score in raw if a <= len(text)]
    plain = _engine._blank(text, sorted((s.start, s.end) for s in found if s.score > 0.4))  # one at a time
    assert PiiEngine._mask_claimed(text, found) == plain


# -- context words: the per-hit check only where a context word is in the text ----------------------------------
class _Everywhere(ContextBefore):
    def anywhere(self, context: frozenset[str]) -> bool:
        return True


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.sampled_from(["IP_ADDRESS", "CREDIT_CARD", "US_SSN"]))
def test_hits_without_context_words_in_the_text_score_as_the_per_hit_check_scores_them(text: str, entity: str) -> None:
    finders = {"IP_ADDRESS": FINDERS["ip"], "CREDIT_CARD": FINDERS["credit_card"], "US_SSN": FINDERS["us_ssn"]}
    context = frozenset({"ip", "ipv4", "card", "ssn", "cc "})
    for finder in finders[entity]:
        hits = finder.analyze(text)
        fast = scored(entity, hits, 3, context, ContextBefore(text), None)
        assert fast == scored(entity, hits, 3, context, _Everywhere(text), None)


# -- each distinct value replaced once --------------------------------------------------------------------------
def _one_span_at_a_time(validator: PiiValidator, text: str, ctx: Context) -> tuple[str, list[Any]]:
    """The repaired text and the spans replaced, replacing span by span through `_operate` (as before)."""
    spans = [s for s in get_engine(validator.config).analyze(text) if s.score >= validator.spec.score_threshold]
    vault = validator._vault(ctx) if validator._pseudonymises() else None
    present = {m.group() for m in re.finditer(r"<([A-Z][A-Z0-9_]{0,63}_[0-9]{1,6})>", text)}
    pieces, last = [], 0
    for s in spans:
        pieces += [text[last : s.start], validator._operate(s.entity_type, text[s.start : s.end], vault, present)]
        last = s.end
    return "".join(pieces) + text[last:], spans


@pytest.mark.parametrize(
    "settings_",
    [
        {"operator": "pseudonymise"},
        {"operator": "pseudonymise", "max_vault_entries": 2},
        {"operator": "replace", "operators": {"IP_ADDRESS": "hash", "CREDIT_CARD": "mask"}},
        {"operator": "redact"},
    ],
)
@settings(max_examples=60, deadline=None)
@given(text=TEXTS)
def test_replacing_each_value_once_repairs_as_span_by_span(settings_: dict[str, Any], text: str) -> None:
    spec = PiiSpec(use="pii", spacy_model="blank", **settings_)
    validator = PiiValidator(spec)
    verdict = validator(text, Context("input", entry_id="pii"))
    want, spans = _one_span_at_a_time(PiiValidator(spec), text, Context("input", entry_id="pii"))
    assert verdict.passed == (not spans)
    if spans:
        assert verdict.repaired == want
        assert [(f.start, f.end) for f in verdict.findings] == [(s.start, s.end) for s in spans[:100]]


# -- a header's names are read once per distinct value ----------------------------------------------------------
@pytest.mark.parametrize(
    "line", ["From: Ann Lee <ann@x.example>, Dr. Mark Diaz\n", "To: Release team <rel@x.example>\n", "Cc: Ana\n"]
)
def test_repeated_header_lines_give_each_line_the_names_of_one(line: str) -> None:
    from guardrails_lite.validators.pii._names import rules
    from guardrails_lite.validators.pii._names.features import facts_of, prepare
    from guardrails_lite.validators.pii._names.lexicon import lexicon
    from guardrails_lite.validators.pii._names.tokens import tokenize

    def found(text: str) -> list[tuple[int, int, str]]:
        lex = lexicon()
        spans = rules.find(text, prepare(tokenize(text), facts_of(lex)), lex)
        return [(start, end, kind) for start, end, _, kind in spans]

    one = found(line)
    want = [(a + k * len(line), b + k * len(line), kind) for k in range(3) for a, b, kind in one]
    assert sorted(found(line * 3)) == sorted(want)
