"""A fast tokenizer close to the treebank's (hyphens, possessive 's apart), with line breaks as tokens.

One `findall` pass: each match is a token with the spaces before it, so the end offsets are a running
sum of the match lengths (no match objects, no per-token offsets in Python). A line break is a token
of its own ("\\n"); placeholders (<PERSON_1>), links and e-mail addresses are one token each (a
placeholder is no capitalised word, so it never starts a name); an initial keeps its period ("J.");
words keep inner apostrophes except a possessive 's. Every repetition is bounded or consumed once, so
hostile text costs linear time.

An e-mail address is one token too: where a token would start at most 64 characters before an "@" (with no
space, "@", "<", ">", parentheses or brackets between, and such a character after the "@"), the address is
the token instead (its domain part up to 255 characters). Found from each "@" (`_with_addresses`), not by an
alternative tried at every token: that one scanned up to 64 characters from each token of a long run without
"@" (0.4-0.5 s of test_hostile's 1 s limit on "=" x 100,000). The "@"s and their parts are found by two scans in
C (`_addresses`), and an address that ends where a first-pass token does (nearly all) costs two bisections: a
text of "a@" repeated (an "@" every other character) had cost ~10 us per "@" in Python.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, chain, repeat
from operator import itemgetter, le, sub
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
# What an address's local part and domain are made of. An "@" with such a character on both sides, and its domain
# (up to 255 characters) or, in the text reversed, its local part (up to 64): each match ends before the next "@"
# (neither part holds one), so the two scans find the same "@"s.
_PART = r"[^\s@<>()\[\]]"
_AT_DOMAIN = re.compile(rf"(?<={_PART})@{_PART}{{1,255}}")
_AT_LOCAL = re.compile(rf"(?<={_PART})@{_PART}{{1,64}}")
# `_TOKEN` with an address tried first at each token (`_TOKEN_AT`: the tokenizer's one pattern before wave 14), for
# texts where "@"s are dense: at least one for every `DENSE` tokens of the first pass ("a@" repeated: every other
# token). Each token's look for an "@" reads at most 65 characters (possessive: no backtracking), and there are at
# most `DENSE` tokens per "@", so that reads at most ~130 characters per "@", in C, where `_with_addresses` costs
# ~1 us per "@" in Python. Elsewhere that look would read up to 65 characters at every token of a long run without
# "@" (see above).
DENSE = 2
_TOKEN_AT = re.compile(rf"[^\S\n]*(?:\n|<[A-Z][A-Za-z0-9_:]{{0,80}}>|{_PART}{{1,64}}+@{_PART}{{1,255}}+" + _TAIL)


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
    ats = text.count("@", 0, end) if at else 0
    # as dense as `DENSE` allows even if every character were a token: no first pass
    raw = (_TOKEN_AT if ats * DENSE >= end > 0 else _TOKEN).findall(text, 0, end)
    ends = list(accumulate(map(len, raw)))
    if ats and ats * DENSE < end:
        if ats * DENSE >= len(raw):
            raw = _TOKEN_AT.findall(text, 0, end)
            ends = list(accumulate(map(len, raw)))
        else:
            with_addresses = _with_addresses(text, raw, ends, end)
            if with_addresses is not raw:
                raw = with_addresses
                ends = list(accumulate(map(len, raw)))
    return Tokens([t.lstrip() or NEWLINE for t in raw], ends, at)


def _addresses(text: str, end: int) -> tuple[list[int], list[int], list[int]]:
    """Per "@" of text[:end] with an address part's character on both sides: its offset, the first offset an
    address through it may start at (up to 64 characters of local part before it), and where that address ends (up
    to 255 of domain). Two scans in C (`_AT_DOMAIN` on the text, `_AT_LOCAL` on it reversed), no Python per "@": a
    text of "a@" repeated has an "@" every other character."""
    spans = list(map(re.Match.span, _AT_DOMAIN.finditer(text, 0, end)))
    if not spans:
        return [], [], []
    # the local parts from the last "@" to the first; an offset r of the reversed text is end - 1 - r of the text
    ends = list(map(re.Match.end, _AT_LOCAL.finditer(text[end - 1 :: -1])))
    los = list(map(sub, repeat(end, len(ends)), ends))
    los.reverse()
    return list(map(_FIRST, spans)), los, list(map(_LAST, spans))


def _with_addresses(text: str, raw: list[str], ends: list[int], end: int) -> list[str]:
    """`raw` (`_TOKEN`'s tokens of text[:end]) with the e-mail addresses as tokens: the token that starts first
    within an address's reach of its "@" becomes the address (its spaces before kept), and the text after it is
    tokenized again from there until a token starts where one of `raw` does (from then on the two agree: a
    token's end depends only on the text after its start). The tokens of `raw` are contiguous, so where an address
    ends at the end of one of them (nearly always: a domain stops at a space, a bracket or an "@") no token is
    made again."""
    ats, los, stops = _addresses(text, end)
    if not ats:
        return raw
    out: list[str] = []
    n = len(raw)
    done = 0  # raw[:done] is settled (copied to `out` or replaced)
    k = 0  # the next "@" to consider
    while k < len(ats):
        a, lo = ats[k], los[k]
        # the first token (from `done` on) whose first character after its spaces is at `lo` or later: the one
        # that ends after `lo`, or the next one if that one starts before `lo` (a line break: at its own offset)
        j = bisect.bisect_right(ends, lo, done)
        if j < n and ends[j] - len(raw[j].lstrip() or NEWLINE) < lo:
            j += 1
        if j >= n or ends[j] - len(raw[j].lstrip() or NEWLINE) >= a:
            k += 1  # no token starts within reach before this "@"
            continue
        out += raw[done:j]
        stop = stops[k]
        out.append(text[ends[j] - len(raw[j]) : stop])  # the token's spaces, then the address
        d = bisect.bisect_left(ends, stop, j)
        if d < n and ends[d] == stop:  # a token of `raw` starts where the address ends: the next "@" is next
            done, k = d + 1, k + 1
        else:
            done, k = _resync(text, ends, stop, end, ats, los, stops, k + 1, out)
    out += raw[done:]
    return out


def _resync(
    text: str,
    ends: list[int],
    pos: int,
    end: int,
    ats: list[int],
    los: list[int],
    stops: list[int],
    k: int,
    out: list[str],
) -> tuple[int, int]:
    """Tokens from `pos` (an address's end) appended to `out` until one starts where a token of the first pass
    does; an address met meanwhile is one token. Returns that first-pass token's index and the next "@" to
    consider."""
    while True:
        for m in _TOKEN.finditer(text, pos, end):
            at = m.start()
            j = bisect.bisect_left(ends, at)
            if j < len(ends) and ends[j] == at:
                return j + 1, _next_at(ats, k, at)
            tok = m.group()
            word = tok.lstrip()
            t = m.end() - len(word)
            k = _next_at(ats, k, t + 1)
            if word and k < len(ats) and t >= los[k]:
                out.append(tok[: t - at] + text[t : stops[k]])
                pos = stops[k]
                k += 1
                break
            out.append(tok)
        else:
            return len(ends), len(ats)


def _next_at(ats: list[int], k: int, pos: int) -> int:
    """The index of the first "@" in `ats` (from `k` on) at or after `pos`."""
    return bisect.bisect_left(ats, pos, k)


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


def casings(lows: frozenset[str]) -> frozenset[str]:
    """Each lower-case word of `lows` as written in lower case, capitalised and in capitals ("airport", "Airport",
    "AIRPORT"): the forms `positions_of` finds."""
    return frozenset(f for w in lows for f in (w, w.capitalize(), w.upper()))


def positions_of(words: list[str], forms: frozenset[str]) -> list[int]:
    """The indices of the tokens that are one of `forms` (see `casings`), ascending: the forms present are found by a
    set intersection and their positions by `positions` (a text is not walked in Python)."""
    present = forms.intersection(words)
    if not present:
        return []
    if len(present) == 1:
        return positions(words, next(iter(present)))
    return sorted(i for w in present for i in positions(words, w))


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
