"""The e-mail rules match a line-local pattern once per distinct line (`rules._Starts.named`): the spans must be
those of matching every line where it stands, whatever comes before the line or the sentence it starts."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.pii._names import rules
from guardrails_lite.validators.pii._names.features import facts_of, prepare
from guardrails_lite.validators.pii._names.lexicon import lexicon
from guardrails_lite.validators.pii._names.tokens import tokenize

TEXTS = [
    "Hi Ann,\n" * 40,
    "From: Ann Lee\nTo: Bob\n" * 20 + "From: Ann Lee <ann@x.example>, Mark Diaz\n" * 3,
    # the same greeting after a sentence's end, at a line start, after a quote mark and after a word
    ("Thanks. Hi Ann, see below.\nHi Ann, see below.\n> Hi Ann, see below.\nSo Hi Ann, see below.\n" * 10),
    ("Ok.\tHi Ann,\n" * 5 + "Ok. Hi Ann,\n" * 5 + "Hi Ann,\n") * 4,
    "-- Ana Costa\n— Ana Costa\nPriyanka x\nPriyanka xx\n" * 20,
    # lines longer than the memo's key are matched where they stand
    ("Hi Ann, " + "word " * 200 + "\n") * 30 + "Dear Dr. Lee, " + "x" * 600 + "\n" + "Hi Ann,\n" * 10,
    "Hi Ann,\nHi Ann!\nHi Ann\nHi ann,\nHI Ann,\nHi  Ann ,\nHi Ann and Bo,\n" * 6,
]


def test_the_texts_offer_enough_lines_for_the_memo() -> None:
    lex = lexicon()
    for text in TEXTS:
        starts = rules._Starts(text, prepare(tokenize(text), facts_of(lex)))
        assert max(len(starts.header), len(starts.greeting), len(starts.dash), len(starts.kiss)) >= rules._LINE_MEMO_MIN


def _spans(text: str) -> list[rules.RuleSpan]:
    lex = lexicon()
    return rules.find(text, prepare(tokenize(text), facts_of(lex)), lex)


@pytest.mark.parametrize("text", TEXTS)
def test_memoised_lines_give_the_spans_of_matching_each_line(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    memoised = _spans(text)
    monkeypatch.setattr(rules, "_LINE_KEY_MAX", -1)  # every line matched where it stands
    assert memoised == _spans(text)
    assert memoised  # each text names someone


def test_a_repeated_line_is_matched_once() -> None:
    text = "Hi Ann,\n" * 500
    lex = lexicon()
    starts = rules._Starts(text, prepare(tokenize(text), facts_of(lex)))
    matched = []
    pattern = rules._GREETING

    class Spy:
        def match(self, s: str, pos: int):  # type: ignore[no-untyped-def]
            matched.append(pos)
            return pattern.match(s, pos)

    found = starts.named(Spy(), starts.greeting, line_local=True)  # type: ignore[arg-type]
    assert [text[a : a + len(name)] for a, name in found] == ["Ann"] * 500
    assert len(matched) == 2  # the first line (nothing before it) and the second (",\n" before it)
