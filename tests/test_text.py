"""guardrails_lite.text: one set of plain-text rules (sentences, words, stop words, apostrophes)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guardrails_lite.text import (
    RELEASE_POINTS,
    SENTENCES,
    STOP,
    SentenceRule,
    content_words,
    drop_spans,
    fold_apostrophes,
    stem,
    tokens,
    word_strings,
    word_tokens,
    words,
)

PROSE = st.text(alphabet=st.sampled_from(list("abJMr .!?;\n\t\"')]…’,1")), max_size=60)


def test_fold_apostrophes_keeps_offsets() -> None:
    assert fold_apostrophes("Dana’s “plan” isn’t") == "Dana's “plan” isn't"
    assert len(fold_apostrophes("’’x")) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fee is $504.00 today. See example.com now.", ["The fee is $504.00 today.", "See example.com now."]),
        ("Really?! Yes... fine", ["Really?!", "Yes...", "fine"]),
        ("Subject line\nBody text. More", ["Subject line", "Body text.", "More"]),
        ("a.\tb\n\n\nc", ["a.", "b", "c"]),
        ("", []),
    ],
)
def test_sentences_end_after_punctuation_and_whitespace_or_at_line_breaks(text: str, expected: list[str]) -> None:
    assert SENTENCES.split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Ellis stopped work. Nobody was hurt.", ["Mr. Ellis stopped work.", "Nobody was hurt."]),
        ("The call is at 5 p.m. on Friday. Done.", ["The call is at 5 p.m. on Friday.", "Done."]),
        ("At 5 p.m. Friday we meet.", ["At 5 p.m. Friday we meet."]),
        ("The call is at 5 p.m. Dana joins.", ["The call is at 5 p.m.", "Dana joins."]),
        ("J. Smith and Ann B. Cole came. Then.", ["J. Smith and Ann B. Cole came.", "Then."]),
        ("Pay No. 5 today. The answer is no. Dana left.", ["Pay No. 5 today.", "The answer is no.", "Dana left."]),
        ("Costs rose 3.5 percent. Sept. 12 is set.", ["Costs rose 3.5 percent.", "Sept. 12 is set."]),
        ("Bring e.g. chairs to the U.S. office. Done", ["Bring e.g. chairs to the U.S. office.", "Done"]),
        ('He said "no." Then (maybe.) left', ['He said "no."', "Then (maybe.)", "left"]),
    ],
)
def test_abbreviations_initials_and_times_do_not_end_sentences(text: str, expected: list[str]) -> None:
    assert SENTENCES.split(text) == expected
    assert SentenceRule(abbreviations=False).split("Mr. Ellis left.") == ["Mr.", "Ellis left."]


def test_trimmed_spans_are_the_offsets_of_split() -> None:
    text = "  Mr. Ellis left.\n\n  Dana paid.  "
    assert [text[a:b] for a, b in SENTENCES.trimmed(text)] == SENTENCES.split(text) == ["Mr. Ellis left.", "Dana paid."]


def test_word_tokens_split_clitics_and_keep_numbers_whole() -> None:
    assert [w for w, _ in word_tokens("I don’t think Dana's can't e.g. 5 p.m. half-baked $504.00 9:30")] == [
        "I", "do", "n't", "think", "Dana", "'s", "ca", "n't", "e.g.", "5", "p.m.", "half", "-", "baked", "$",
        "504.00", "9:30",
    ]  # fmt: skip
    text = "Bo's 1,000.50"
    assert [text[i : i + len(w)] for w, i in word_tokens(text)] == ["Bo", "'s", "1,000.50"]


@given(st.text(alphabet=st.sampled_from(list("aZé9'’.,:-/ \nnt_\u00e9\u0301!")) | st.characters(), max_size=60))
def test_word_strings_are_word_tokens_without_offsets(text: str) -> None:
    assert word_strings(text) == [w for w, _ in word_tokens(text)]
    assert all(word_strings(text))  # never an empty token: speculation reads each token's first character


def test_a_rule_may_end_sentences_at_other_marks() -> None:
    clauses = SentenceRule(ends=".!?;")
    assert clauses.split("Omar sends it; Dana pays. Done") == ["Omar sends it;", "Dana pays.", "Done"]
    assert SENTENCES.split("Omar sends it; Dana pays.") == ["Omar sends it; Dana pays."]


def test_release_points_keep_closing_quotes_and_skip_line_breaks() -> None:
    text = 'He said "no." Then (maybe…) left\nand came back. End'
    ends = RELEASE_POINTS.boundaries(text)
    assert [text[:e] for e in ends][:2] == ['He said "no."', 'He said "no." Then (maybe…)']
    assert "\n" not in [text[e - 1] for e in ends]
    # `stop` is the end of the text: a period right before it counts, one after it does not exist.
    assert RELEASE_POINTS.boundaries("One. Two. Three", 0, 9) == [4, 9]
    # `start` is the start of the text: nothing before it changes what is found after it.
    assert RELEASE_POINTS.boundaries("Wait... then. x", 5) == [7, 13]


@given(PROSE)
def test_spans_cover_the_text_and_end_at_the_boundaries(text: str) -> None:
    for rule in (SENTENCES, SentenceRule(ends=".!?;"), RELEASE_POINTS, SentenceRule(abbreviations=False)):
        spans = rule.spans(text)
        assert "".join(text[a:b] for a, b in spans) == text
        assert all(a < b for a, b in spans)
        assert [b for _, b in spans if b in rule.boundaries(text)] == rule.boundaries(text)
        assert rule.split(text) == [s for a, b in spans if (s := text[a:b].strip())]


def test_hostile_runs_of_punctuation_are_one_pass() -> None:
    # The splitter once started a match at every dot of a run and rescanned the rest: quadratic.
    # 400,000 dots would take hours that way; the suite's timeout catches a regression.
    hostile = "." * 400_000 + "x"
    assert SENTENCES.split(hostile) == [hostile]
    assert RELEASE_POINTS.boundaries(hostile) == []
    for abbreviations in ("J. " * 200_000 + "Smith", "e.g. " * 200_000 + "a" + " " * 100_000):
        assert len(SENTENCES.split(abbreviations)) == 1


def test_words_content_words_and_stems() -> None:
    assert words("Don’t e-mail Dana’s mid-September plan, e.g. today") == [
        "don’t",
        "e-mail",
        "dana’s",
        "mid-september",
        "plan",
        "e.g",
        "today",
    ]
    assert content_words("The plan is to book a hall") == ["plan", "book", "hall"]
    assert {"the", "and", "would"} <= STOP
    assert [stem(w) for w in ("booked", "booking", "books", "quickly", "sing")] == ["book"] * 3 + ["quick", "sing"]


def test_tokens_keep_numbers_and_times_whole_and_fold_apostrophes() -> None:
    assert tokens("Pay €1,000.50 by 9.30, isn’t it?") == ["Pay", "€", "1,000.50", "by", "9.30", ",", "isn't", "it", "?"]
    assert tokens("3/4 of 12:300") == ["3/4", "of", "12", ":", "300"]


def test_drop_spans_tidies_the_rest() -> None:
    text = "Keep this.  Drop that.\n\n\n\nKeep too."
    assert drop_spans(text, [(12, 22)]) == "Keep this.\n\nKeep too."


def _abbreviation_before(text: str, dot: int) -> bool:
    """`text._abbreviation` as it was before its word lookup was cached (the reference)."""
    from guardrails_lite import text as t

    before = t._WORD_BEFORE.search(text, max(0, dot - 7), dot)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in t._ALWAYS:
        return True
    initial = len(word) == 1 and word.isalpha() and before.group(1).isupper()
    if not (initial or word in t._UNLESS_CAPITAL or (len(word) == 3 and word[1] == "." and word.isascii())):
        return False
    after = t._WORD_AFTER.match(text, dot + 1)
    if after is None:
        return False
    nxt = after.group(1)
    if word in ("no", "nos", "nr") or word[:3] in t._CALENDAR:
        return nxt.isdigit()
    if initial:
        return nxt[:1].isupper()
    return not nxt[:1].isupper() or nxt.lower() in t._CALENDAR


PIECES = [
    "Mr",
    "Dr",
    "e.g",
    "p.m",
    "No",
    "Sept",
    "J",
    "Maybe",
    "x",
    ".",
    ". ",
    " ",
    "\n",
    "(",
    '"',
    "'",
    "5",
    "Friday",
    "Dana",
    "a.m",
    "\u201c",
    "Ok",
    "approx",
    "etc",
]


@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_cached_word_lookup_gives_the_same_abbreviations(parts: list[str]) -> None:
    from guardrails_lite.text import _abbreviation

    text = "".join(parts)
    for dot in (i for i, c in enumerate(text) if c == "."):
        assert _abbreviation(text, dot) == _abbreviation_before(text, dot), (text, dot)


def _boundaries_before(rule: SentenceRule, text: str) -> list[int]:
    from guardrails_lite.text import _pattern

    return [
        m.end()
        for m in _pattern(rule).finditer(text)
        if not rule.abbreviations
        or m.group() != "."
        or not text[m.start() - 1 : m.start()].isalpha()
        or not _abbreviation_before(text, m.start())
    ]


@given(st.lists(st.sampled_from([*PIECES, "!", "?", "...", ".)", '."', "\u2026", "\u00e9", "_"]), max_size=40))
def test_periods_after_letters_found_apart_give_the_same_boundaries(parts: list[str]) -> None:
    text = "".join(parts)
    for rule in (SENTENCES, RELEASE_POINTS, SentenceRule(abbreviations=False), SentenceRule(ends="!?")):
        assert rule.boundaries(text) == _boundaries_before(rule, text), (rule, text)
        assert rule.boundaries(text, 3) == [3 + e for e in _boundaries_before(rule, text[3:])], (rule, text)
