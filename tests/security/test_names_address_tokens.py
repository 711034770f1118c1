"""The names tokenizer finds e-mail addresses from each "@" (`tokens._with_addresses`) instead of trying an address
at every token: the same tokens as the one-pattern tokenizer it replaces (kept here as the reference), in time
linear in the text with a small constant on runs without "@" (that pattern scanned up to 64 characters from each
token of such a run: 0.4-0.5 s of test_hostile's 1 s limit on "=" x 100,000)."""

from __future__ import annotations

import re
from itertools import accumulate

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails_lite.validators.pii._names import tokens
from guardrails_lite.validators.pii._names.tokens import NEWLINE, tokenize

# The tokenizer's pattern before: an address tried before the rest at every token of a text holding an "@".
_REFERENCE_AT = re.compile(
    r"[^\S\n]*(?:\n|<[A-Z][A-Za-z0-9_:]{0,80}>|[^\s@<>()\[\]]{1,64}@[^\s@<>()\[\]]{1,255}" + tokens._TAIL
)


def _reference(text: str) -> tuple[list[str], list[int]]:
    end = len(text.rstrip(tokens._SPACES))
    raw = (_REFERENCE_AT if "@" in text else tokens._TOKEN).findall(text, 0, end)
    return [t.lstrip() or NEWLINE for t in raw], list(accumulate(map(len, raw)))


_PIECES = [
    "@", "@@", "a", "B", "Ann", ".", "-", "_", ",", "'s", "’", "1", "é", "J.", " ", "  ", "\t", "\u00a0", "\n",
    "<", ">", "(", ")", "[", "]", "<PERSON_1>", "http://", "www.", "x.y@z.com", "d@e", "@c", "a" * 63, "b" * 64,
    "c" * 65, "d" * 254, "e" * 256,
]  # fmt: skip


@pytest.mark.parametrize("dense", [0, tokens.DENSE, 10**9])  # never, as shipped, always `_TOKEN_AT` where "@"s are
@settings(max_examples=1000, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=40))
def test_address_tokens_are_the_reference_patterns(dense: int, pieces: list[str]) -> None:
    text = "".join(pieces)
    real = tokens.DENSE
    tokens.DENSE = dense  # both ways of finding addresses: after the first pass, or by the one pattern
    try:
        got = tokenize(text)
    finally:
        tokens.DENSE = real
    assert (got.words, got.ends) == _reference(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mail ann.lee@acme.example today", ["Mail", "ann.lee@acme.example", "today"]),
        ("(bob@x.org)", ["(", "bob@x.org", ")"]),
        ("foo-bar@baz.com,", ["foo-bar@baz.com,"]),
        ("a@@b", ["a", "@", "@", "b"]),
        ("http://x.com/u@h", ["http://x.com/u@h"]),  # an address from the link's first token on
        ("Dear Ann,\n<jo@x.y>", ["Dear", "Ann", ",", NEWLINE, "<", "jo@x.y", ">"]),
        ("x" * 70 + "@y", ["x" * 70, "@", "y"]),  # a local part over 64 characters is none
        ("a@a@a@", ["a@a", "@", "a", "@"]),  # the second "@"'s local part is inside the first address
        ("x.y@www.a.com@b c", ["x.y@www.a.com", "@", "b", "c"]),
        ("a@" + "b" * 300 + " z", ["a@" + "b" * 255, "b" * 45, "z"]),  # the domain stops at 255: tokens made again
    ],
)
def test_addresses_are_one_token(text: str, words: list[str]) -> None:
    assert tokenize(text).words == words == _reference(text)[0]


def test_runs_without_an_at_cost_no_address_look(monkeypatch: pytest.MonkeyPatch) -> None:
    """Counted work: a 200,000-character run of punctuation beside one address looks for an address once per "@"
    (each a bounded read of the characters around it), not once per token of the run."""
    looks: list[int] = []
    real = tokens._addresses

    def counted(text: str, end: int) -> tuple[list[int], list[int], list[int]]:
        got = real(text, end)
        looks.append(len(got[0]))
        return got

    monkeypatch.setattr(tokens, "_addresses", counted)
    text = "mail a@b.c " + "=" * 200_000
    got = tokenize(text)
    assert looks == [1] and got.words[:2] == ["mail", "a@b.c"] and len(got.words) == 200_002
    assert (got.words, got.ends) == _reference(text)


_PART = re.compile(r"[^\s@<>()\[\]]")


def _naive_addresses(text: str, end: int) -> tuple[list[int], list[int], list[int]]:
    """`tokens._addresses` read one "@" at a time, character by character."""
    ats: list[int] = []
    los: list[int] = []
    stops: list[int] = []
    for a in range(1, end - 1):
        if text[a] != "@" or not _PART.match(text[a - 1]) or not _PART.match(text[a + 1]):
            continue
        lo = a
        while lo > 0 and a - lo < 64 and _PART.match(text[lo - 1]):
            lo -= 1
        stop = a + 1
        while stop < end and stop - a <= 255 and _PART.match(text[stop]):
            stop += 1
        ats.append(a)
        los.append(lo)
        stops.append(stop)
    return ats, los, stops


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_each_at_and_its_parts_are_those_read_one_by_one(pieces: list[str]) -> None:
    text = "".join(pieces)
    end = len(text.rstrip(tokens._SPACES))
    assert tokens._addresses(text, end) == _naive_addresses(text, end)


def test_a_text_of_at_signs_is_read_once_per_at() -> None:
    """ "a@" repeated (an "@" every other character: 1.16 s at 200,000 characters in wave 14, ~10 us per "@" in
    Python): every other "@" opens an address, the rest stand alone, as the reference pattern reads them."""
    text = "a@" * 5_000
    got = tokenize(text)
    assert got.words == ["a@a", "@"] * 2_500 and (got.words, got.ends) == _reference(text)
