"""Plain-text rules shared by the validators and the integrations: sentences, words, stop words, apostrophes.

Regular expressions and word lists only, so importing this is cheap (the streaming code runs it on every
delta). Each rule is written once here; a caller that needs a variant passes a parameter instead of copying
the pattern. Two tokenizers live elsewhere on purpose: the prompt-injection model's
(`validators.injection.lexical`: it must match the shipped weights) and spaCy's, which the content checks
run over answers, is no longer used by the content checks: `SentenceRule` knows "Mr.", "5 p.m.", "e.g." and
initials, and serves answers and documents alike.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from guardrails_lite._memo import short_memo

__all__ = [
    "RELEASE_POINTS",
    "SENTENCES",
    "STOP",
    "SentenceRule",
    "content_words",
    "drop_spans",
    "fold_apostrophes",
    "stem",
    "tokens",
    "well_formed",
    "word_tokens",
    "words",
]


_SURROGATE = re.compile("[\ud800-\udfff]")


def well_formed(text: str) -> str:
    """`text` as valid Unicode: a UTF-16 surrogate pair split over two code points (JSON escapes, stream
    chunks) joined into its character, a lone surrogate replaced by U+FFFD.

    A model or upstream server can send ``"\\ud83d"`` escapes; Python keeps them as lone surrogates, which no
    UTF-8 writer accepts, so the reply would end in a 500 (retried by the SDKs) after every check passed.
    """
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def fold_apostrophes(text: str) -> str:
    """Curly apostrophes (U+2019) as straight ones. Same length, so offsets into the result are offsets into `text`."""
    return text.replace("\u2019", "'")


# -- sentences ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SentenceRule:
    """Where sentences end: after a run of `ends` characters, up to three `closers` (closing quotes,
    brackets), then whitespace or the end of the text; and, with `newlines`, after every line break.

    "$504.00" and "example.com" never end a sentence: the punctuation must be followed by whitespace.
    With `abbreviations`, a single period after a title or a Latin abbreviation ("Mr.", "Dr.", "e.g.",
    "approx.") never ends one; after an initial ("J. Smith"), "a.m."/"p.m." ("5 p.m. Friday") or "No."/a
    month before a figure ("No. 5", "Sept. 12") it ends one only if a capitalised word that is not a day
    or month follows. Matching is linear in the length of the text, also on hostile runs of punctuation:
    each candidate end looks at most a word back and a word ahead.
    """

    ends: str = ".!?"
    closers: str = ""
    newlines: bool = True
    abbreviations: bool = True

    def boundaries(self, text: str, start: int = 0, stop: int | None = None) -> list[int]:
        """Offsets just after each sentence end in ``text[start:stop]`` (`stop` counts as the end of the text)."""
        # A slice, not finditer's pos: the look-behind must not see what comes before `start`.
        part = text[start:stop]
        ends = [m.end() for m in _pattern(self).finditer(part)]
        if not self.abbreviations or "." not in self.ends:
            return [start + e for e in ends] if start else ends
        # Every abbreviation ends in a letter: only a single period after one, before whitespace or the end (a
        # sentence end that is that period alone), needs the closer look. Those periods are found apart, by a
        # pattern that starts with the period (a fast scan), and the abbreviations among them are no ends.
        drop = {i + 1 for i in map(re.Match.start, _PERIOD_AFTER_WORD.finditer(part)) if _after_letter(part, i)}
        return [start + e for e in ends if e not in drop] if drop or start else ends

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Consecutive ``[start, end)`` spans covering `text`, each ending after a sentence end (the last one
        may end with the text); whitespace stays attached, line breaks end their span."""
        out: list[tuple[int, int]] = []
        last = 0
        for end in self.boundaries(text):
            out.append((last, end))
            last = end
        if last < len(text):
            out.append((last, len(text)))
        return out

    def split(self, text: str) -> list[str]:
        """The sentences of `text`, whitespace stripped, empty ones dropped."""
        return [s for a, b in self.spans(text) if (s := text[a:b].strip())]

    def trimmed(self, text: str) -> list[tuple[int, int]]:
        """``[start, end)`` of each non-empty sentence of `text`, whitespace excluded (``split``'s offsets)."""
        out: list[tuple[int, int]] = []
        first = _NON_SPACE.search
        for a, b in self.spans(text):
            lead = first(text, a, b)
            if lead is not None:
                # Only a line break or the end of the text leaves whitespace before a span's end.
                out.append((lead.start(), b if not text[b - 1].isspace() else a + len(text[a:b].rstrip())))
        return out


_NON_SPACE = re.compile(r"\S")


@functools.lru_cache(maxsize=16)
def _pattern(rule: SentenceRule) -> re.Pattern[str]:
    # Possessive, and never started inside a run: a long run of dots costs one pass, not one per dot. The match
    # opens with the character itself (an end, or a line break) and looks back only after it: a pattern opening
    # with a look-behind is tried at every position of the text, one opening with a set is found by a fast scan
    # (4x faster on prose). Same matches as "(?<![ends])[ends]++closers(?=\s|$)|\n".
    ends = re.escape(rule.ends)
    end = f"(?<![{ends}][{ends}])[{ends}]*+"
    if rule.closers:
        end += f"[{re.escape(rule.closers)}]{{0,3}}"
    end += r"(?=\s|$)"
    if not rule.newlines:
        return re.compile(f"[{ends}]{end}")
    return re.compile(f"[{ends}\\n](?:(?<=\\n)|{end})")


_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\[\"'\u201c]))([^\s(\[\"'\u201c]{1,12})$")
_WORD_AFTER = re.compile(r"(?<!\s)\s++[\"'(\u201c]?(\d|[^\W\d_]+)")
#: Never end a sentence (lower-cased, without the final period).
_ALWAYS = frozenset(
    "mr mrs ms dr prof st mt jr sr messrs e.g i.e cf vs approx appr incl excl esp viz resp dept tel ext ca".split()
)
#: End one only before a capitalised word that is not a day or a month: times, numbers, months, initials.
_UNLESS_CAPITAL = frozenset("a.m p.m am pm no nos nr jan feb mar apr jun jul aug sep sept oct nov dec".split())
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december mon tue tues wed thu thur thurs fri sat sun""".split()
)


# A period right after a word character, before whitespace or the end of the text.
_PERIOD_AFTER_WORD = re.compile(r"\.(?<=\w\.)(?=\s|$)")


def _after_letter(text: str, dot: int) -> bool:
    """The period at `dot`, right after a letter, closes an abbreviation."""
    return text[dot - 1].isalpha() and _abbreviation(text, dot)


@functools.lru_cache(maxsize=4096)
def _word_ending(last8: str) -> str | None:
    """`_WORD_BEFORE`'s word in the seven characters after `last8`'s first (which only its look-behind reads)."""
    before = _WORD_BEFORE.search(last8, 1)
    return None if before is None else before.group(1)


def _abbreviation(text: str, dot: int) -> bool:
    """True if the period at `dot` closes an abbreviation rather than a sentence (see `SentenceRule`)."""
    # The longest word the lists hold has six letters: a window of seven sees every one whole. Past the
    # start of the text the window and the one character before it decide the word: a text of many
    # sentences ending in the same words ("Maybe. " * k) looks each up once.
    if dot >= 8:
        raw = _word_ending(text[dot - 8 : dot])
    else:
        before = _WORD_BEFORE.search(text, 0, dot)
        raw = None if before is None else before.group(1)
    if raw is None:
        return False
    word = raw.lower()
    if word in _ALWAYS:
        return True
    initial = len(word) == 1 and word.isalpha() and raw.isupper()
    if not (initial or word in _UNLESS_CAPITAL or (len(word) == 3 and word[1] == "." and word.isascii())):
        return False
    after = _WORD_AFTER.match(text, dot + 1)
    if after is None:
        return False  # end of text, or punctuation follows
    nxt = after.group(1)
    if word in ("no", "nos", "nr") or word[:3] in _CALENDAR:
        return nxt.isdigit()  # "No. 5", "Sept. 12"; "The answer is no. Dana" ends
    if initial:
        return nxt[:1].isupper()  # "J. Smith"
    return not nxt[:1].isupper() or nxt.lower() in _CALENDAR  # "5 p.m. on Friday", not "5 p.m. Dana joins"


#: Prose, documents and answers: ends at . ! ? (closing quotes and brackets stay with their sentence) and at
#: line breaks.
SENTENCES = SentenceRule(closers="\"'\u201d\u2019)]")
#: Where a partial answer may be cut or released: closing quotes and brackets stay with their sentence,
#: an ellipsis ends one, and a line break alone does not (a list item may go on).
RELEASE_POINTS = SentenceRule(ends=".!?\u2026", closers="\"'\u201d\u2019)]", newlines=False)


# -- words ----------------------------------------------------------------------------------------
#: A word: letters or digits, with inner apostrophes, dots and hyphens ("don't", "e.g", "mid-september").
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
#: A token for fact checks: a clock time ("9.30", "12:30"), a word that keeps numbers whole ("1,000.50", "3/4"),
#: a currency or percent sign, or one punctuation mark.
# Every alternative opens with one character of a set (not a repeat): the engine then skips the positions none can
# start at (spaces) by one set test (6% less pattern time; the same tokens as "\d{1,2}...|[^\W_]+...").
_TOKEN = re.compile(r"\d\d?[:.]\d{2}(?!\d)|[^\W_][^\W_]*(?:[.,'’/-][^\W_]+)*|[€$£%]|[^\w\s]")
STOP = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being it its this that
    these those he she they we you i me him her them us my our your their his hers theirs what which who whom
    whose when where why how not no so than then there here also just only very too can could would should will
    shall may might must do does did done has have had having about into over under again further once all any
    both each few more most other some such own same s t don now up down out off""".split()
)


def words(text: str) -> list[str]:
    """Lower-cased words of `text`."""
    if text.isascii():  # lower-casing ASCII keeps every character's class: the same words, lowered in one call
        return _WORD.findall(text.lower())
    return [w.lower() for w in _WORD.findall(text)]


def content_words(text: str) -> list[str]:
    """Lower-cased words that are neither stop words nor single characters."""
    return [w for w in words(text) if w not in STOP and len(w) > 1]


def tokens(text: str) -> list[str]:
    """Tokens of `text` (case kept, apostrophes folded), see `_TOKEN`."""
    return _TOKEN.findall(fold_apostrophes(text))


#: A token for phrase rules, split the way English tokenizers split (spaCy's, the Penn Treebank's): clitics
#: apart ("do" "n't", "Dana" "'s", "I" "'d"), hyphens and punctuation as their own tokens, numbers
#: ("1,000.50", "9:30") and dotted abbreviations ("e.g.", "p.m.") whole.
_WORD_TOKEN = re.compile(
    r"\d+(?:[.,:/]\d+)*|(?:[^\W\d_]\.){2,}|[^\W_]+?(?=n't(?![^\W_]))|n't(?![^\W_])"
    r"|'(?:s|d|m|re|ve|ll)(?![^\W_])|[^\W_]+|\S"
)


# `_WORD_TOKEN` without its two "n't" alternatives, which match nowhere in a text without "n't" (most texts): the
# same tokens, without a lazy look-ahead tried at every letter of every word (a quarter of the pattern's time).
_WORD_TOKEN_PLAIN = re.compile(r"\d+(?:[.,:/]\d+)*|(?:[^\W\d_]\.){2,}|'(?:s|d|m|re|ve|ll)(?![^\W_])|[^\W_]+|\S")


def _word_pattern(folded: str) -> re.Pattern[str]:
    return _WORD_TOKEN if "n't" in folded else _WORD_TOKEN_PLAIN


def word_tokens(text: str) -> list[tuple[str, int]]:
    """(token, offset) pairs of `text` (case kept, apostrophes folded), see `_WORD_TOKEN`."""
    folded = fold_apostrophes(text)
    return [(m.group(), m.start()) for m in _word_pattern(folded).finditer(folded)]


def word_strings(text: str) -> list[str]:
    """The tokens of `word_tokens` without their offsets (no match objects built: the cheaper call)."""
    folded = fold_apostrophes(text)
    return _word_pattern(folded).findall(folded)


@short_memo(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to match "booked"/"booking"/"books" without a lemmatizer."""
    for suffix in ("ingly", "edly", "ings", "ing", "ied", "ies", "ed", "es", "s", "ly"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def drop_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` without the given sentence spans, whitespace between the rest tidied."""
    pieces: list[str] = []
    last = 0
    for s, e in sorted(spans):
        pieces.append(text[last:s])
        last = e
    pieces.append(text[last:])
    out = re.sub(r"[ \t]{2,}", " ", "".join(pieces))
    out = re.sub(r"[ \t]+\n", "\n", out)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()
