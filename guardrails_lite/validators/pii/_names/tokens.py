"""A fast tokenizer close to the treebank's (hyphens, possessive 's apart), with line breaks as tokens.

One `findall` pass: each match is a token with the spaces before it, so the end offsets are a running
sum of the match lengths (no match objects, no per-token offsets in Python). A line break is a token
of its own ("\\n"); placeholders (<PERSON_1>), links and e-mail addresses are one token each (a
placeholder is no capitalised word, so it never starts a name); an initial keeps its period ("J.");
words keep inner apostrophes except a possessive 's. Every repetition is bounded or consumed once, so
hostile text costs linear time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, chain
from operator import itemgetter, le
from typing import Any

_FIRST = itemgetter(0)
_LAST = itemgetter(1)

NEWLINE = "\n"
_WORD = r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*"
# The three kinds of token that start with a letter or digit sit behind one look-ahead, so punctuation and
# other tokens skip them at once (they are tried in the same order among themselves: the same tokens).
_TAIL = (
    r"|(?=[^\W_])(?:(?:https?://|www\.)\S+"
    r"|[^\W\d_]\.(?![^\W_])"
    rf"|{_WORD})"
    r"|['’][sS]\b"
    r"|\S)"
)
_TOKEN = re.compile(r"[^\S\n]*(?:\n|<[A-Z][A-Za-z0-9_:]{0,80}>" + _TAIL)
# With an "@" in the text: an address is one token, tried before the rest; its bounded local part keeps a
# long run without "@" linear. Texts without "@" (most) skip that look at every token.
_TOKEN_AT = re.compile(r"[^\S\n]*(?:\n|<[A-Z][A-Za-z0-9_:]{0,80}>|[^\s@<>()\[\]]{1,64}@[^\s@<>()\[\]]{1,255}" + _TAIL)


@dataclass(frozen=True, slots=True)
class Tokens:
    """Token texts ("\\n" for a line break) and their end offsets in the text."""

    words: list[str]
    ends: list[int]
    at: bool = False  # the text holds an "@" (so a token may be an e-mail address)

    def start(self, i: int) -> int:
        return self.ends[i] - len(self.words[i])

    def covering(self, spans: Iterable[tuple[Any, ...]]) -> list[tuple[int, int]]:
        """Per character span (start, end, ...): the index of the first token that ends after its start and of
        the last token that starts before its end (len(words) and -1 where none). One loop for all the spans: a
        text of 25,000 greeting lines has as many."""
        ends, words = self.ends, self.words
        n = len(words)
        out: list[tuple[int, int]] = []
        for span in spans:
            pos = span[1]
            last = bisect.bisect_left(ends, pos)
            if not (last < n and ends[last] - len(words[last]) < pos):
                last -= 1
            out.append((bisect.bisect_right(ends, span[0]), last))
        return out


#: What `[^\S\n]` matches: whitespace other than a line break.
_SPACES = "".join(c for c in map(chr, range(0x3000 + 1)) if c.isspace() and c != "\n")


def tokenize(text: str) -> Tokens:
    # Trailing spaces match no token: every start inside them would scan to the end and fail, which made
    # 40,000 spaces take 100 s (quadratic). They are cut off first; every other run ends at a token.
    end = len(text.rstrip(_SPACES))
    at = "@" in text
    raw = (_TOKEN_AT if at else _TOKEN).findall(text, 0, end)
    ends = list(accumulate(map(len, raw)))
    return Tokens([t.lstrip() or NEWLINE for t in raw], ends, at)


def positions(words: list[str], token: str) -> list[int]:
    """The indices of `token` in `words`, ascending (found by `list.index`, at C speed)."""
    out: list[int] = []
    i = -1
    try:
        while True:
            i = words.index(token, i + 1)
            out.append(i)
    except ValueError:
        return out


def covered(spans: Iterable[tuple[Any, ...]]) -> set[int]:
    """The token indices inside the (first, last, ...) `spans` (none for a span whose last token comes before its
    first): their first tokens read in C, then the rest of the longer ones (a text of names has tens of thousands
    of one-token spans; a range for each cost twice as much)."""
    spans = spans if isinstance(spans, list) else list(spans)
    firsts, lasts = list(map(_FIRST, spans)), list(map(_LAST, spans))
    if all(map(le, firsts, lasts)):
        out = set(firsts)
    else:
        out = {a for a, b in zip(firsts, lasts, strict=True) if a <= b}
    out.update(chain.from_iterable(range(s[0] + 1, s[1] + 1) for s in spans if s[1] > s[0]))
    return out
