"""Wave 15's speed rewrites give what the patterns they replace give (issue 17: speed work, output-identical).

Each rewritten scan is compared with the plain pattern it replaces, written out here as it stood before, on
Hypothesis inputs built from the characters that matter to it. `test_output_identity.py` pins the verdicts on
the benchmark sets; these tests cover hostile shapes those sets do not hold.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails_lite import text as _text
from guardrails_lite.validators.grounding import _email, _numbers, _words
from guardrails_lite.validators.scope import _Keywords


def _old_sentence_pattern(rule: _text.SentenceRule) -> re.Pattern[str]:
    end = f"(?<![{re.escape(rule.ends)}])[{re.escape(rule.ends)}]++"
    if rule.closers:
        end += f"[{re.escape(rule.closers)}]{{0,3}}"
    end += r"(?=\s|$)"
    return re.compile(end + r"|\n" if rule.newlines else end)


RULES = [_text.SENTENCES, _text.RELEASE_POINTS, _text.SentenceRule(), _text.SentenceRule(newlines=False)]
ENDS_TEXT = st.text(alphabet=".!?\u2026\n \t\"')]\u201d\u2019ab1", max_size=24)


@settings(max_examples=600, deadline=None)
@given(ENDS_TEXT, st.sampled_from(RULES))
def test_sentence_ends_as_the_look_behind_pattern(text: str, rule: _text.SentenceRule) -> None:
    old = [m.span() for m in _old_sentence_pattern(rule).finditer(text)]
    assert [m.span() for m in _text._pattern(rule).finditer(text)] == old


def test_sentence_ends_literal_cases() -> None:
    # A run of ends is one end; "3.5" and "example.com" end nothing; closers stay with their sentence.
    assert _text.SENTENCES.split('Done... Next! "Quoted." 3.5 at example.com\nLine') == [
        "Done...",
        "Next!",
        '"Quoted."',
        "3.5 at example.com",
        "Line",
    ]


HEADER_PIECES = ["From:", "To:", "Cc:", "Date:", "Sent:", "Subject:", "Dr.", "Prof.", " ", "x", ".", "<a@b.c>"]
HEADERS = st.lists(st.sampled_from([*HEADER_PIECES, "\n", "aFrom:", "Dana", "ToTo:"]), max_size=12).map("".join)


@settings(max_examples=600, deadline=None)
@given(HEADERS)
def test_inline_headers_as_finditer(text: str) -> None:
    old = [(m.span(), m.groups()) for m in _email._INLINE_HEADER.finditer(text)]
    assert [(m.span(), m.groups()) for m in _email.inline_headers(text)] == old


def test_inline_headers_need_a_word_boundary() -> None:
    found = _email.inline_headers("aFrom: Eve. To: Dana. Hello")
    assert [m.group(1) for m in found] == ["To"]  # "aFrom:" is no header key


WORD_TEXT = st.lists(st.sampled_from(["n", "'", "t", "\u2019", "a", "B", "1", ".", ",", ":", " ", "s", "ll", "_", "é"]))


@settings(max_examples=600, deadline=None)
@given(WORD_TEXT.map("".join))
def test_word_tokens_as_the_full_pattern(text: str) -> None:
    folded = _text.fold_apostrophes(text)
    assert _text.word_strings(text) == _text._WORD_TOKEN.findall(folded)
    assert _text.word_tokens(text) == [(m.group(), m.start()) for m in _text._WORD_TOKEN.finditer(folded)]


def test_word_tokens_split_clitics_with_and_without_nt() -> None:
    assert _text.word_strings("Dana's team can't go") == ["Dana", "'s", "team", "ca", "n't", "go"]
    assert _text.word_strings("Dana's team will go") == ["Dana", "'s", "team", "will", "go"]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="aB1_'\u2019.-é İ,xZ", max_size=16))
def test_words_as_lowering_each_word(text: str) -> None:
    assert _text.words(text) == [w.lower() for w in _text._WORD.findall(text)]


KEYWORD_SETS = [["fired", "hidden agenda", "to blame", "gossip"], ["a", "ab", "b c"], ["e-mail", "x"]]
KEYWORD_TEXT = st.lists(st.sampled_from(["fired", "agenda", "hidden ", "to blame", "a", "b", " ", "c", "_", "é", "-"]))


@settings(max_examples=600, deadline=None)
@given(KEYWORD_TEXT.map("".join), st.sampled_from(KEYWORD_SETS))
def test_scope_keywords_as_the_look_behind_search(text: str, keywords: list[str]) -> None:
    kw = _Keywords(keywords)
    old = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in keywords) + r")(?!\w)")
    assert kw.found(text) == bool(old.search(text))


def test_scope_keywords_whole_words_only() -> None:
    kw = _Keywords(["fired", "to blame"])
    assert kw.found("she was fired.") and kw.found("who is to blame")
    assert not kw.found("misfired engine") and not kw.found("firedrill")


_SPLITTABLE_TEXT = st.lists(st.sampled_from(["1", "2", "a", "-", "/", ".", ",", ":", " ", "x", "A", "£", "%"]))


@settings(max_examples=600, deadline=None)
@given(_SPLITTABLE_TEXT.map("".join))
def test_figure_parts_prefilter_never_skips_a_split(text: str) -> None:
    raw = _text.tokens(text)
    splits = [r for r in raw if r[:1].isdigit() and _words._SPLITTABLE.match(r)]
    if splits:
        assert _words._NO_FIGURE(text) is not None
    else:
        assert _words._ranges(raw, text) == raw


SCAN_WORDS = ["the", "day", "before", "a", "week", "noon", "3", "may", "12", "june", "two", "and", "half", "hours", "x"]
SCAN_WORDS += ["1", "hour", "30", "minutes", "days", "nights", "an", "extra", "to", "10:30", "pm", "of", "40", "%"]


class _SteppingScan(_numbers._Scan):
    """The reference: `_Scan.run` as it was before it visited only figure starts, stepping through every token."""

    def run(self) -> list[_numbers.Quantity]:
        n = _numbers
        i = 0
        while i < self.n:
            w = self.lows[i]
            if not w[:1].isdigit() and w not in n._STARTS:
                if w in ("noon", "midday"):
                    self.out.append(("time", 720.0))
                elif w == "the" and i + 2 < self.n and self.lows[i + 2] in n._BEFORE_AFTER:
                    unit = n._DURATION.get(self.lows[i + 1])
                    if unit:
                        self.out.append(("dur", unit))
                i += 1
                continue
            if w in n._ARTICLES and n._after_fillers(self.lows, i + 1) not in n._AFTER_ARTICLE:
                i += 1
                continue
            i = self._time(i) or self._date(i) or self._amount(i)
        durations = [v for k, v in self.out if k == "dur"]
        if len(durations) == 2 and durations[1] < durations[0] and not self._days_and_nights():
            self.out.append(("dur", durations[0] + durations[1]))
            if self._one_duration():
                self.out = [q for q in self.out[:-1] if q[0] != "dur"] + self.out[-1:]
        elif len(durations) > 2:
            self._adjacent_durations()
        if len(self.times) < 2 and len(self.dates) < 2:
            return self.out
        return self.out + n._spans(self.lows, self.times, "time") + n._spans(self.lows, self.dates, "date")


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(SCAN_WORDS), max_size=12))
def test_figure_scan_as_a_step_by_step_scan(lows: list[str]) -> None:
    assert _numbers._Scan(lows).run() == _SteppingScan(lows).run()


def test_figure_scan_literal_cases() -> None:
    assert _numbers.quantities("the day before noon".split()) == [("dur", 1440.0), ("time", 720.0)]
    assert ("dur", 90.0) in _numbers.quantities("1 hour 30 minutes".split())


def test_comparison_needs_than() -> None:
    found = [("money:gbp", 2400.0), ("money:gbp", 600.0)]
    assert _numbers.compared("2,400 gbp , 600 gbp more than the barn".split(), found) == [("money:gbp", 1800.0)]
    assert _numbers.compared("2,400 gbp , 600 gbp more for the barn".split(), found) == []
