"""The output checks' fast paths give what the plain paths give (issue 17: speed work, output-identical).

Each fast path is compared with the plain path it shortcuts, on Hypothesis inputs built from the pieces that
exercise it. The verdicts on every benchmark set are pinned by `test_output_identity.py`; these tests cover
inputs those sets do not hold.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails_lite import text as _text
from guardrails_lite.validators.grounding import _email, _facts, _words
from guardrails_lite.validators.grounding import _numbers as numbers
from guardrails_lite.validators.grounding._reading import name_groups
from guardrails_lite.validators.grounding._validator import Sources, _citations
from guardrails_lite.verdict import Document

KINDS = ["n", "date", "time", "pct", "temp", "money:eur", "money:gbp", "month", "dur", "ym"]
VALUES = [0.0, 1.0, 2.0, 6.0, 9.0, 12.0, 600.0, 905.0, 1440.0, 10080.0, 20160.0, -4.0]
KIND = st.builds(lambda mark, kind: mark + kind, st.sampled_from(["", "", "~", "<", ">"]), st.sampled_from(KINDS))
VALUE = st.one_of(st.sampled_from(VALUES), st.floats(-1e7, 1e7, allow_nan=False))
QUANTITY = st.tuples(KIND, VALUE)


@settings(max_examples=1500, deadline=None)
@given(QUANTITY, QUANTITY, st.sampled_from([0.0, 1e-9, 1e-3, 0.01, 0.1]))
def test_same_fast_path_equals_full_comparison(a: numbers.Quantity, b: numbers.Quantity, nudge: float) -> None:
    assert numbers.same(a, b) == numbers.same_marked(a, b)
    near = (b[0], a[1] + nudge)  # values equal or nearly so: the tolerance branches
    assert numbers.same(a, near) == numbers.same_marked(a, near)


def test_same_plain_kinds_literal_cases() -> None:
    assert numbers.same(("date", 912.0), ("date", 912.0))
    assert not numbers.same(("date", 912.0), ("date", 913.0))
    assert numbers.same(("n", 60.0), ("pct", 60.0))  # a bare number matches any kind's value
    assert not numbers.same(("money:eur", 400.0), ("money:gbp", 400.0))
    assert numbers.same(("month", 9.0), ("date", 912.0))  # "in September" holds 12 September
    assert numbers.same(("dur", 20160.0), ("dur", 20160.0 * 1.01))  # durations within 2 %


NUMBER_TOKENS = ["0", "1", "2.5", "1,200", "3rd", "12th", "twelve", "one", "a", "x", "1e3", "TWELVE"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NUMBER_TOKENS), max_size=8))
def test_value_cache_gives_the_uncached_value(toks: list[str]) -> None:
    for tok in toks:
        assert numbers._value(tok) == numbers._value.__wrapped__(tok)


WORD_PIECES = ["Dana", "Dana's", "Dana’s", "hosts'", "James'", "it's", "don't", "Hall", "hall", " ", ". ", ", ",
               "e-mail", "12", "O'Brien", "’", "'", "s", "Lakeside Hall's", "\n"]  # fmt: skip
TEXTS = st.lists(st.sampled_from(WORD_PIECES), max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=3))
def test_source_words_hold_every_word_and_owner(texts: list[str]) -> None:
    sources = Sources([Document(t) for t in texts])
    words = {w for t in texts for w in _text.words(t)}
    owners = {re.sub(r"(?:['’]s|['’])$", "", w) for w in words}
    assert sources.words == frozenset(words | owners)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["The hall", " [1]", " [email-2]", " [x]", "[", "]", " fee", "."]), max_size=10))
def test_citations_without_a_bracket_are_the_body_itself(pieces: list[str]) -> None:
    body = "".join(pieces)
    sources = Sources([Document("The hall fee is paid.", "email-1"), Document("Paid.", "email-2")])
    stripped, good, bad = _citations(body, sources)
    if "[" not in body:
        assert (stripped, good, bad) == (body, 0, 0)
    else:
        assert stripped == re.sub(r"\[([^\[\]\n]{1,80})\](?!\()", " ", body)


def test_senses_is_the_lexicon_entry() -> None:
    syn = _words.wordnet()["syn"]
    for form in ["book", "cancel", "pay", "venue", "zzzz-not-a-word", ""]:
        assert _words.senses(form) == syn.get(form, frozenset())
    assert _words.senses("book") and not _words.senses("zzzz-not-a-word")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["call", "off", "no", "one", "Dana", "called", "it", "off", ".", " "]), max_size=12))
def test_tokens_from_the_spelling_cache_equal_fresh_tokens(words: list[str]) -> None:
    text = " ".join(words)
    cached = [(t.text, t.low, t.canon) for t in _words.tokens(text)]
    _words._CACHE.clear()
    assert [(t.text, t.low, t.canon) for t in _words.tokens(text)] == cached


HEADER_PIECES = ["From: Dana", "To: Priya", "Date: 3 June 2026", "Subject: the hall", "Sent: Monday", ". ", ".", " ",
                 "<dana@oak.example>", "Cc:", "from: x", "Hello", "\n", ":", "Re: y", "e.g. z", "a.b"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(HEADER_PIECES), max_size=16).map("".join))
def test_inline_headers_removed_as_the_substitution_removes_them(text: str) -> None:
    found = list(_email._INLINE_HEADER.finditer(text)) if ":" in text else []
    assert _email.without_matches(text, found) == _email._INLINE_HEADER.sub(" ", text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "an", "A", "week", "half", "hour", "of", "night", "quarter", "EUR", "180",
                                 "one", "1", "and", "2", "days", "x", "a.m.", "may", "12"]), max_size=10))  # fmt: skip
def test_articles_skipped_only_where_they_read_as_no_figure(lows: list[str]) -> None:
    lows = [w.lower() for w in lows]
    scan = numbers._Scan(lows)
    expected = _scan_without_article_shortcut(lows)
    assert scan.run() == expected


def _scan_without_article_shortcut(lows: list[str]) -> list[numbers.Quantity]:
    """The scan with every "a"/"an" read by the figure steps (the plain path the shortcut skips)."""
    scan = numbers._Scan(lows)
    saved = numbers._ARTICLES
    numbers._ARTICLES = frozenset()
    try:
        return scan.run()
    finally:
        numbers._ARTICLES = saved


SENTENCES_WITH_NAMES = [
    "Helena Brooks booked the Lakeside Hall.",
    "Dana paid.",
    "The Riverside Venue cancelled.",
    "Mark Ellis, the driver, stopped.",
    "no names here.",
    "Ask Priya Nair at Oak Craft Ltd.",
]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(SENTENCES_WITH_NAMES), min_size=1, max_size=4), min_size=1, max_size=3))
def test_digest_groups_are_every_sentences_multiword_names(mails: list[list[str]]) -> None:
    texts = [f"From: Jo Bright <jo@x.example>\n\n{' '.join(body)}\n" for body in mails]
    dig = _facts.digest(texts)
    expected = [g for f in dig.facts for g in name_groups(_words.tokens(f.text))]
    expected += [set(g) for t in texts for g in _email.parse_email(t).header_names]
    assert dig.groups == expected


def _agent_verbs_every_token(
    toks: list[_words.Tok], authors: frozenset[str], addressees: frozenset[str]
) -> list[tuple[frozenset[str], str]]:
    """`agent_verbs` as it was: the loop visits every token (the fast path visits only those that can start one)."""
    from guardrails_lite.validators.grounding import _reading as r

    out: list[tuple[frozenset[str], str]] = []
    n = len(toks)
    if authors and (any(t.low == "please" for t in toks) or (n and toks[-1].low == "?")):
        out.append((authors, _words.canon("ask")))
    i = 0
    while i < n:
        t = toks[i]
        if t.capital and i > 0 and toks[i - 1].low in r._PREPOSITIONS:
            i += 1
            while i < n and toks[i].capital:
                i += 1
            continue
        found = r._agent_at(toks, i, authors, addressees) if t.capital or t.low in r._AGENT_WORDS else None
        if found is None:
            if t.low in ("from", "by") and i > 0 and i + 1 < n and toks[i + 1].capital:
                out.extend(r._passive_agent(toks, i))
            i += 1
            continue
        agent, j = found
        passive = False
        while j < n and (toks[j].low in r.AUX or toks[j].low in r._ADVERBS or toks[j].low == "please"):
            passive = passive or toks[j].low in r._BE
            j += 1
        if (
            agent
            and j < n
            and toks[j].low.replace("_", "").isalpha()
            and not toks[j].capital
            and toks[j].low not in r._STOPISH
            and not _words.negative_prefix(toks[j].low)
            and not (passive and toks[j].low.endswith(("ed", "en")))
        ):
            out.append((frozenset(agent), toks[j].canon))
        i = max(i + 1, j if t.capital else i + 1)
    return out


AGENT_PIECES = ["Dana", "Lee", "Kestrel", "Ridge", "booked", "paid", "the", "of", "in", "from", "by", "I", "we",
                "our", "my", "he", "she", "they", "please", "Please", "has", "was", "been", "also", ",", "(", ")", "?",
                "received", "approval", "unchanged", "copied", "Finance", "team", "sent", "."]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(AGENT_PIECES), max_size=16), st.booleans())
def test_agent_verbs_visiting_only_starts_equals_every_token(words: list[str], with_people: bool) -> None:
    from guardrails_lite.validators.grounding._reading import agent_verbs

    toks = _words.tokens(" ".join(words))
    authors = frozenset({"dana"}) if with_people else frozenset()
    addressees = frozenset({"lee"}) if with_people else frozenset()
    assert agent_verbs(toks, authors, addressees) == _agent_verbs_every_token(toks, authors, addressees)


def test_agent_verbs_literal_cases_of_every_start() -> None:
    from guardrails_lite.validators.grounding._reading import agent_verbs

    people = (frozenset({"dana"}), frozenset({"lee"}))
    sentences = ["The invoice was booked by Finance on Monday.", "I received the file from Helena.",
                 "Dana, please send it.", "The closure of Kestrel Ridge delayed it.", "We got approval from Marcus.",
                 "Our team paid the deposit.", "Please confirm.", "She booked the Lakeside Hall?"]  # fmt: skip
    for sentence in sentences:
        toks = _words.tokens(sentence)
        for authors, addressees in (people, (frozenset(), frozenset())):
            assert agent_verbs(toks, authors, addressees) == _agent_verbs_every_token(toks, authors, addressees)
    assert (frozenset({"finance"}), _words.canon("booked")) in agent_verbs(_words.tokens(sentences[0]))
