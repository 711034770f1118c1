"""The pii engine's anchor gates (`_engine.GATES`) never hide a match: a text where a gate finds nothing is a text
where its anchor finds nothing, so skipping the anchor's windows changes no span (issue 13/15: the anchors of
IBANs and IPv6 scanned every character of a 40k prompt).

Hypothesis texts are made of the characters and pieces the anchors read (digits, hex letters, separators, colons,
dots, letters before digits); the engine with its gates is compared with the same engine without them.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails_lite.validators.pii._engine import GATES, EngineConfig, PiiEngine
from guardrails_lite.validators.pii._recognizers import ANCHORS, ip

PIECES = [
    *"0123456789", *"abcdefABCDEFxyzXYZ", *" ().-/:\n\t", "é", "٣", "१",  # single characters, Unicode digits too
    "1.2.3.4", "10.0.0.1", "999.1.2", "fe80::1", "::", "2001:db8::1", "a:b:", "DE89", "GB82WEST", "12",
    "GB82WEST12345698765432", "DE89370400440532013000",
    "4111 1111 1111 1111", "4111-1111-1111-1111", "536-80-4398", "078051120", "212-555-0100", "(212) 555 0100",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)
_DEFAULT = EngineConfig(entities=None, language="en", spacy_model="blank", custom=(), names="builtin")


def _anchor_sources() -> set[str]:
    return {a.pattern.pattern for a in ANCHORS.values()} | {a.pattern.pattern for _, a in ip.PARTS}


def test_every_gate_belongs_to_an_anchor_the_engine_uses() -> None:
    # a gate keyed by a pattern no anchor has any more is dead; an anchor rewritten loses its gate (never wrong)
    assert set(GATES) <= _anchor_sources()
    engine = PiiEngine(_DEFAULT)
    used = [g for g in engine.gates if g is not None]
    assert len(used) == 5  # card, SSN, IBAN, IPv4, IPv6


@pytest.mark.parametrize("source", sorted(GATES))
@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_a_shut_gate_means_no_anchor_match(source: str, text: str) -> None:
    if GATES[source].search(text) is None:
        assert re.compile(source).search(text) is None


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (r"[A-Za-z]{2}\d{2}", "IBAN DE89 3704"),
        (r"\d{1,3}(?:\.\d{1,3}){3}", "host 10.0.0.1 up"),
        (r"[0-9A-Fa-f]{0,4}::?[0-9A-Fa-f]{0,4}:", "addr fe80::1:2"),
        (r"\d(?:[ \-]?\d){11,}", "card 4111 1111 1111 1111"),
        (r"\d(?:[ .\-]?\d){8,}", "ssn 536.80.4398"),
    ],
)
def test_gates_open_where_their_anchor_matches(source: str, text: str) -> None:
    assert re.compile(source).search(text) is not None
    assert GATES[source].search(text) is not None


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_the_gated_engine_finds_what_the_ungated_one_finds(text: str) -> None:
    gated = PiiEngine(_DEFAULT)
    plain = PiiEngine(_DEFAULT)
    plain.gates = [None] * len(plain.gates)
    assert gated.analyze(text) == plain.analyze(text)


def test_prose_without_digit_runs_shuts_every_gate() -> None:
    prose = "Hi team, the venue for the Q3 offsite is confirmed: Lakeside Hall, 12 September. Budget code OPS-7. " * 50
    assert all(g.search(prose) is None for g in GATES.values())
