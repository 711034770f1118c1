"""A fast tokenizer with character offsets, close to the treebank's (hyphens, possessive 's apart)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Order matters: placeholders (<PERSON_1>, <EMAIL_ADDRESS:1f2e...>), e-mail addresses and links are
# one token each (never part of a name); an initial keeps its period ("J."); words keep inner
# apostrophes except a possessive 's; any other character is a token. Every repetition before "@" is
# bounded, so a long run without "@" costs linear time.
_TOKEN = re.compile(
    r"<[A-Z][A-Za-z0-9_:]{0,80}>"
    r"|[^\s@<>()\[\]]{1,64}@[^\s@<>()\[\]]{1,255}"
    r"|(?:https?://|www\.)\S+"
    r"|(?<![^\W_])[^\W\d_]\.(?![^\W_])"
    r"|[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*"
    r"|['’][sS]\b"
    r"|\S"
)


_NEWLINE = re.compile(r"\n")


@dataclass(frozen=True, slots=True)
class Tokens:
    """Parallel lists: token text, start offset, end offset, and whether a line break precedes it."""

    text: list[str]
    start: list[int]
    end: list[int]
    newline_before: list[bool]


def tokenize(text: str) -> Tokens:
    spans = [m.span() for m in _TOKEN.finditer(text)]
    starts = [a for a, _ in spans]
    breaks = [False] * len(spans)
    if spans:
        breaks[0] = True
        for m in _NEWLINE.finditer(text):
            j = bisect.bisect_right(starts, m.start())
            if j < len(breaks):
                breaks[j] = True
    return Tokens([text[a:b] for a, b in spans], starts, [b for _, b in spans], breaks)
