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


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_address_tokens_are_the_reference_patterns(pieces: list[str]) -> None:
    text = "".join(pieces)
    got = tokenize(text)
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
