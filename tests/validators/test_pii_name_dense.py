"""Name-dense texts (issue 13: 25,000 names in 200k characters): the C-level span building and cutting in the
pii engine and scrub give what the plain Python loops they replaced gave, on Hypothesis span sets.
"""

from __future__ import annotations

import gc
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails_lite.validators.pii._engine import PiiEngine, get_engine
from guardrails_lite.validators.pii._helpers.spans import Span, resolve_overlaps
from guardrails_lite.validators.pii._names.detect import NameFinder, NameTuple
from guardrails_lite.validators.pii._validator import PiiSpec, PiiValidator, Vault
from guardrails_lite.verdict import Context

ENTITIES = ("PERSON", "LOCATION", "ORGANIZATION", "EMAIL_ADDRESS")
POSITIONS = st.integers(0, 500)
SCORES = (0.0, 0.2, 0.35, 0.3500001, 0.4, 0.85, 1.0)
NAME_SPANS = st.lists(
    st.tuples(POSITIONS, POSITIONS, st.sampled_from(ENTITIES[:3]), st.sampled_from(SCORES)),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(NAME_SPANS, st.sets(st.sampled_from(ENTITIES[:3])))
def test_name_spans_are_the_requested_ones(names: list[NameTuple], wanted: set[str]) -> None:
    engine = SimpleNamespace(name_entities=frozenset(wanted))
    got = PiiEngine._name_spans(engine, names)  # type: ignore[arg-type]
    assert got == [(a, b, kind, score) for a, b, kind, score in names if kind in wanted]
    assert all(type(s) is tuple for s in got)


_NAMES_DENSE = "Hi Ann,\nDear Dr. Lee,\nFrom: Mark Lee\nAna Costa met Bo Chen in Lisbon. " * 60


def test_the_finder_gives_the_engine_plain_tuples_and_its_callers_spans() -> None:
    """Inside the pii engine a name is a plain tuple (the collector untracks those; a named tuple it keeps, and a
    text of names made tens of thousands that set off full collections); `NameFinder.find` and `PiiEngine.analyze`,
    the public edges, still give `Span`s with the same fields."""
    finder = NameFinder()
    plain = finder.spans(_NAMES_DENSE)
    assert len(plain) >= 300 and {type(s) for s in plain} == {tuple}
    gc.collect()
    assert not any(map(gc.is_tracked, plain))
    public = finder.find(_NAMES_DENSE)
    assert {type(s) for s in public} == {Span} and public == plain
    assert (public[0].start, public[0].end, public[0].entity_type) == (3, 6, "PERSON")  # "Ann"
    engine = get_engine(PiiValidator(PiiSpec.model_validate({"use": "pii"})).config)
    inner, outer = engine.spans(_NAMES_DENSE), engine.analyze(_NAMES_DENSE)
    assert {type(s) for s in outer} == {Span} and outer == inner and len(inner) >= 300
    assert outer[0]._asdict() == {"start": 3, "end": 6, "entity_type": "PERSON", "score": public[0].score}


_OVERLAPPING = st.tuples(POSITIONS, st.integers(1, 30), st.sampled_from(ENTITIES), st.sampled_from(SCORES))


@settings(max_examples=200, deadline=None)
@given(st.lists(_OVERLAPPING, max_size=25))
def test_overlaps_resolve_the_same_for_plain_tuples_and_spans(raw: list[tuple[int, int, str, float]]) -> None:
    plain = [(a, a + n, kind, score) for a, n, kind, score in raw]
    spans = [Span(*s) for s in plain]
    assert resolve_overlaps(plain) == resolve_overlaps(spans)


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    """A text of a few repeated words and sorted disjoint spans over it (repeats share placeholders)."""
    words = draw(st.lists(st.sampled_from(["Ann", "Lee", "Ann Lee", ", ", "\n", "Dear ", "x@y.io", "é"]), max_size=40))
    text = "".join(words)
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=30)))
    spans = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        spans.append(Span(a, b, draw(st.sampled_from(ENTITIES)), draw(st.sampled_from(SCORES))))
    return text, spans


def _scrub_one_by_one(validator: PiiValidator, text: str, spans: list[Span], vault: Vault | None) -> str:
    pieces, last = [], 0
    for s in spans:
        pieces += [text[last : s.start], validator._operate(s.entity_type, text[s.start : s.end], vault, set())]
        last = s.end
    return "".join([*pieces, text[last:]])


@settings(max_examples=300, deadline=None)
@given(text_and_spans(), st.sampled_from(["pseudonymise", "replace", "mask", "redact"]))
def test_scrub_is_the_span_by_span_replacement(case: tuple[str, list[Span]], operator: str) -> None:
    text, spans = case
    validator = PiiValidator(PiiSpec.model_validate({"use": "pii", "operator": operator}))
    vault, reference_vault = Vault(1000), Vault(1000)
    expected = _scrub_one_by_one(validator, text, spans, reference_vault)
    assert validator._scrub(text, spans, vault, set(), None) == expected
    assert vault.by_placeholder == reference_vault.by_placeholder


@settings(max_examples=200, deadline=None)
@given(text_and_spans(), st.sampled_from([0.0, 0.35, 0.3500001, 0.85, 1.0]))
def test_threshold_keeps_scores_at_or_above_it(case: tuple[str, list[Span]], threshold: float) -> None:
    text, spans = case
    validator = PiiValidator(PiiSpec.model_validate({"use": "pii", "score_threshold": threshold}))
    verdict = validator._verdict(text, Context("input", entry_id="pii"), spans)
    kept = [s for s in spans if s.score >= threshold]
    found = [(f.start, f.end, f.entity_type) for f in verdict.findings]
    assert found == [(s.start, s.end, s.entity_type) for s in kept]
    assert verdict.passed == (not kept)


_MIXED = (
    "From: Mark Lee <mark@acme.example>\nHi Ann,\ncall +1 212-555-0100 or 020 7946 0958, card 4111 1111 1111 1111, "
    "SSN 536-80-4398, IBAN GB82WEST12345698765432, host 10.0.0.1, fe80::1. Dr. Ana Costa of Initech GmbH, Lisbon.\n"
)


def test_a_call_makes_no_reference_cycles() -> None:
    """Nothing in a call (patterns, phone parsing, names, scrub, vault) makes a reference cycle: a name-dense text's
    tens of thousands of spans are freed by reference counting, not left for the cyclic collector."""
    validator = PiiValidator(PiiSpec.model_validate({"use": "pii", "operator": "pseudonymise"}))
    texts = [_MIXED, _MIXED * 20, "Dear Anna,\n" * 500, "Mr. John Smith " * 300, "<PERSON_1> " + _MIXED]
    validator(_MIXED, Context("input", entry_id="pii"))  # engine and lazy tables loaded outside the count
    gc.collect()
    assert gc.isenabled()
    gc.disable()
    try:
        verdicts = [validator(t, Context("input", entry_id="pii")) for t in texts]
        assert all(not v.passed and v.repaired for v in verdicts)
        assert gc.collect() == 0  # reference counting freed every object of every call
    finally:
        gc.enable()
