"""pii on digit-heavy text does bounded work (issue 13: "12-" * 66666 took 23 s)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails_lite.validators.pii._engine import EngineConfig, get_engine

CONFIG = EngineConfig(entities=("PHONE_NUMBER",), language="en", spacy_model="blank", custom=())


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[str]]:
    engine = get_engine(CONFIG)
    phone = next(rec for entity, rec, *_ in engine.parts if entity == "PHONE_NUMBER")
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


# -- windows and IP addresses (pathological.md: "1.2.3.4." * 25000 and "a@" * 100000 at 200k) -----------
def _reference_windows(n: int, spans: list[tuple[int, int]], before: int, after: int) -> list[tuple[int, int]]:
    """Merged [start, end) windows, the obvious way (edges not moved to whitespace)."""
    out: list[tuple[int, int]] = []
    for ms, me in spans:
        s, e = max(0, ms - before), min(n, me + after)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def test_window_merging_matches_the_obvious_way() -> None:
    import random

    from guardrails_lite.validators.pii._helpers.windows import merge_widen

    rng = random.Random(13)
    for _ in range(300):
        n = rng.randrange(1, 3000)
        starts = sorted(rng.sample(range(n), min(n, rng.randrange(0, 40))))
        spans = [(s, min(n, s + rng.randrange(0, 30))) for s in starts]
        before, after = rng.randrange(0, 300), rng.randrange(0, 300)
        text = "x" * n  # no whitespace: edges stay where the merge put them... within the slack
        got = merge_widen(text, spans, before, after)
        want = _reference_windows(n, spans, before, after)
        assert len(got) <= len(want)
        for s, e in want:  # every reference window lies inside one merged window
            assert any(gs <= s and e <= ge for gs, ge in got)
        assert all(0 <= s < e <= n for s, e in got)


def test_pii_near_the_start_and_end_of_a_text_is_found() -> None:
    engine = get_engine(EngineConfig(entities=None, language="en", spacy_model="blank", custom=(), names="builtin"))
    for text in ("a@example.com", "x a@example.com", "10.0.0.1", "see 10.0.0.1", "fe80::1", "mail a@example.com"):
        assert engine.analyze(text), text


def test_ip_addresses_of_every_form_are_found() -> None:
    engine = get_engine(EngineConfig(("IP_ADDRESS",), "en", "blank", ()))
    text = "v4 10.0.0.1, cidr 192.168.1.0/24, v6 2001:db8::8a2e:370:7334, mapped ::ffff:192.0.2.1, local fe80::1"
    found = {text[s.start : s.end] for s in engine.analyze(text)}
    assert {"10.0.0.1", "192.168.1.0/24", "2001:db8::8a2e:370:7334", "::ffff:192.0.2.1", "fe80::1"} <= found


def test_a_log_of_dotted_quads_never_feeds_the_ipv6_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = get_engine(EngineConfig(("IP_ADDRESS",), "en", "blank", ()))
    parts = [rec for entity, rec, *_ in engine.parts if entity == "IP_ADDRESS"]
    v6 = next(p for p in parts if len(p.patterns) > 1)
    seen: list[int] = []
    real = v6.analyze
    monkeypatch.setattr(v6, "analyze", lambda text, *a, **kw: seen.append(len(text)) or real(text, *a, **kw))
    text = "".join(f"10.0.{i // 250}.{i % 250} " for i in range(5000))
    assert len(engine.analyze(text)) == 5000
    assert seen == []


def test_every_address_of_a_long_log_is_scrubbed() -> None:
    from guardrails_lite.validators.pii._validator import PiiSpec
    from guardrails_lite.verdict import Context

    validator = PiiSpec(use="pii", operator="pseudonymise", entities=["IP_ADDRESS"]).build()
    text = "".join(f"10.0.{i // 250}.{i % 250} <IP_ADDRESS_{i + 1}> " for i in range(3000))
    verdict = validator(text, Context("input", entry_id="pii"))
    assert verdict.repaired is not None and "10.0." not in verdict.repaired
    # The text's own placeholder-shaped strings are never reused as tags.
    tags = verdict.repaired.split()
    made = set(tags[0::2])
    assert len(made) == 1001 and "<IP_ADDRESS>" in made  # 1000 numbered (the vault's limit), then plain
    assert not made & set(tags[1::2])


def test_trailing_spaces_cost_linear_time() -> None:
    """The names tokenizer scanned a run of trailing spaces once per position (40,000 spaces: 100 s)."""
    from tests.security.bounded import run_bounded

    done = run_bounded(
        """
        from guardrails_lite.validators.pii._engine import EngineConfig, get_engine
        engine = get_engine(EngineConfig(None, "en", "blank", (), "builtin"))
        for text in (" " * 200_000, " \\t" * 100_000, "Dana Reyes" + "\\u3000" * 200_000, "x\\n" + " " * 200_000):
            engine.analyze(text)
        print("finished")
        """,
        seconds=120,
    )
    assert done.returncode == 0 and "finished" in done.stdout, done.stderr[-2000:]


def test_trailing_spaces_change_no_token() -> None:
    from guardrails_lite.validators.pii._names.tokens import NEWLINE, tokenize

    tokens = tokenize("Dana Reyes wrote:\n  ")
    assert tokens.words == ["Dana", "Reyes", "wrote", ":", NEWLINE]
    assert tokens.ends[-1] == len("Dana Reyes wrote:\n")
    assert tokenize(" \t ").words == [] and tokenize("").words == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["1", "12", "123", "1234", "12345", "078", "05", "1120", "-", " ", ".", "a", "\n"])))
def test_ssn_text_without_three_digits_in_a_row_is_skipped_with_the_same_hits(parts: list[str]) -> None:
    """`needs` only skips text where no pattern can match: the hits equal the patterns' own."""
    from guardrails_lite.validators.pii._helpers.patterns import PatternSet
    from guardrails_lite.validators.pii._recognizers import us_ssn

    text = "".join(parts)
    plain = PatternSet(us_ssn.PATTERNS, invalidate=us_ssn.invalid)
    assert us_ssn.recognizer().analyze(text) == plain.analyze(text)
    if not us_ssn.NEEDS.search(text):
        assert all(not c.search(text) for c, _ in plain.compiled)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["a", "b.c", "@", ".", "-", "_", " ", "\n", "x@y", "a.b@c.d", "@.", "e\u0301", "\u200d", "é", "1", "'", "+"]
        )
    )
)
def test_email_text_without_an_at_and_a_dot_is_skipped_with_the_same_hits(parts: list[str]) -> None:
    """E-mail's `needs` ("@", the first domain label, a dot) holds in every match: same hits, and text without it
    (the engine skips its windows too) has no match at all."""
    from guardrails_lite.validators.pii._helpers.patterns import PatternSet
    from guardrails_lite.validators.pii._recognizers import email

    text = "".join(parts)
    plain = PatternSet(email.PATTERNS, email.valid)
    assert email.recognizer().analyze(text) == plain.analyze(text)
    if not email.NEEDS.search(text):
        assert all(not c.search(text) for c, _ in plain.compiled)


def test_a_flood_of_at_signs_cuts_no_e_mail_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    from guardrails_lite.validators.pii import _engine

    engine = get_engine(EngineConfig(entities=("EMAIL_ADDRESS",), language="en", spacy_model="blank", custom=()))
    cut: list[str] = []
    real = _engine.windows
    monkeypatch.setattr(_engine, "windows", lambda text, anchor: cut.append(text) or real(text, anchor))
    assert engine.analyze("a@" * 50_000) == []
    assert cut == []
    assert [s.entity_type for s in engine.analyze("mail a@b.example or " + "a@" * 100)] == ["EMAIL_ADDRESS"]
    assert len(cut) == 1
