"""`resolve_overlaps`: overlapping spans of one type merge into their union; of different types the best one wins.

A leak found in wave 10: with the builtin names tier and a spaCy pipeline both on, the tier's "Alice" (0.99)
beat the pipeline's "Alice Example" (0.85) and the repair left the surname in the text.
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails_lite.validators.pii import Span, resolve_overlaps


def test_a_shorter_better_span_of_the_same_type_does_not_cut_a_longer_one() -> None:
    # "Alice Example": the names tier's "Alice" at 0.99, a pipeline's whole name at 0.85
    found = resolve_overlaps([Span(0, 5, "PERSON", 0.99), Span(0, 13, "PERSON", 0.85)])
    assert found == [Span(0, 13, "PERSON", 0.99)]


def test_partly_overlapping_spans_of_one_type_become_their_union() -> None:
    found = resolve_overlaps([Span(10, 20, "LOCATION", 0.6), Span(4, 12, "LOCATION", 0.9), Span(30, 35, "PERSON", 0.8)])
    assert found == [Span(4, 20, "LOCATION", 0.9), Span(30, 35, "PERSON", 0.8)]


def test_spans_of_different_types_still_keep_the_best_one() -> None:
    # a phone number inside a longer, surer card number: the card alone, as before
    found = resolve_overlaps([Span(0, 19, "CREDIT_CARD", 1.0), Span(5, 17, "PHONE_NUMBER", 0.4)])
    assert found == [Span(0, 19, "CREDIT_CARD", 1.0)]


def test_touching_spans_stay_apart() -> None:
    spans = [Span(0, 5, "PERSON", 0.9), Span(5, 9, "PERSON", 0.7)]
    assert resolve_overlaps(spans) == spans


SPANS = st.builds(
    lambda a, n, t, sc: Span(a, a + n, t, sc),
    st.integers(0, 60),
    st.integers(1, 15),
    st.sampled_from(["PERSON", "LOCATION", "EMAIL_ADDRESS"]),
    st.sampled_from([0.4, 0.6, 0.85, 0.9, 1.0]),
)


@settings(max_examples=400, deadline=None)
@given(spans=st.lists(SPANS, max_size=12))
def test_kept_spans_are_disjoint_and_one_type_loses_no_character(spans: list[Span]) -> None:
    kept = resolve_overlaps(spans)
    assert all(a.end <= b.start for a, b in pairwise(kept))
    types = {s.entity_type for s in spans}
    if len(types) == 1:  # no other type can win a character: every one found stays covered
        covered = {i for s in kept for i in range(s.start, s.end)}
        assert all(i in covered for s in spans for i in range(s.start, s.end))
        assert {s.score for s in kept} <= {s.score for s in spans}
