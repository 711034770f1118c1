"""A keyword pattern searched only where one of its first words starts.

A pattern like ``\\b(?:reveal|print|show|...)\\b[^.!?\\n]{0,40}?...`` under IGNORECASE gets no prefix scan from `re`:
it is tried at every character of the text (~30 ns each on a 4,000-character window, for each of the keyword
patterns `lexical.flags` runs). Each of its matches starts with one of a few literal words, and `str.find` (in C)
finds those in the lowered text: `FirstWords.search` matches the pattern only there. The words are read off the
pattern's parse tree, so they follow every edit of the pattern; a pattern with an alternative that does not start
with a literal gets none and is searched as it is.

Lowering finds every place IGNORECASE matches an ASCII word except in text holding "ſ" (matches "s"), "ı" (matches
"i") or "İ" (lowers to two characters, shifting offsets): such text is searched with the pattern itself.
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import ahocorasick

__all__ = ["FirstWords", "LiteralGroups", "WordStarts", "candidates", "read_all", "wanted"]

_ODD = ("\u017f", "\u0131", "\u0130")
_SHORT = 300  # characters: under this the pattern's own scan costs less than a find per word


class FirstWords:
    """`pattern` (compiled with IGNORECASE) and the ASCII words every match starts with (None: no such words)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._words: tuple[str, ...] | bool | None = False  # False: not read off yet (on first use)
        _MADE.append(self)

    @property
    def words(self) -> tuple[str, ...] | None:
        if self._words is False:
            try:
                from re import _parser  # type: ignore[attr-defined]

                self._words = _starts(list(_parser.parse(self.pattern.pattern, self.pattern.flags)))
            except Exception:  # noqa: BLE001 - another Python's parser: no shortcut, same results
                self._words = None
            if not self.pattern.flags & re.IGNORECASE or self.pattern.flags & re.LOCALE:
                self._words = None
        return self._words  # type: ignore[return-value]

    def found(self, text: str, low: str | None = None) -> bool:
        """`self.pattern.search(text) is not None`. `low`: `text.lower()`, if the caller has it (several patterns
        searched in one text lower it once)."""
        words = self.words
        if words is None or len(text) < _SHORT or (not text.isascii() and any(c in text for c in _ODD)):
            return self.pattern.search(text) is not None
        low = text.lower() if low is None else low
        if len(low) != len(text):  # no character but "İ" lowers to two, yet offsets must stay
            return self.pattern.search(text) is not None
        match = self.pattern.match
        for word in words:
            at = low.find(word)
            while at != -1:
                if match(text, at) is not None:
                    return True
                at = low.find(word, at + 1)
        return False

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match[str]]:
        """`self.pattern.finditer(text)` (no match of the pattern is empty: each starts with a word), matched only
        where one of the words starts in `low` (`text.lower()`, if the caller has it)."""
        words = self.words
        low = text.lower() if low is None else low
        if words is None or len(low) != len(text) or (not text.isascii() and any(c in text for c in _ODD)):
            yield from self.pattern.finditer(text)
            return
        starts: set[int] = set()
        for word in words:
            at = low.find(word)
            while at != -1:
                starts.add(at)
                at = low.find(word, at + 1)
        end = 0
        match = self.pattern.match
        for at in sorted(starts):
            if at >= end and (m := match(text, at)) is not None:
                end = m.end()
                yield m


_MADE: list[FirstWords] = []  # every FirstWords made (module-level constants: they live as long as the process)
_WANTED: list[re.Pattern[str]] = []  # patterns `WordStarts` is given (`wanted`)


def wanted(*patterns: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """`patterns`, noted so that `read_all` reads their words at warm-up (for a module-level `WordStarts` tuple)."""
    _WANTED.extend(patterns)
    return patterns


def read_all() -> None:
    """Read off the words of every `FirstWords` and `wanted` pattern now (`Guard.warm`): each costs a parse of its
    pattern (~10-50 ms in all) that would otherwise fall in the first call reaching it."""
    for first in _MADE:  # a module imported meanwhile appends: iterating a list that grows is safe
        _ = first.words
    for pattern in _WANTED:
        _long_words(pattern)


def _starts(items: list[Any], longer: bool = False) -> tuple[str, ...] | None:
    """The lowered literal words a sequence of the parse tree starts with, every alternative included; None if an
    alternative can start otherwise. Look-aheads and word boundaries in front are skipped (zero-width). `longer`: a
    literal run goes on into what follows it when that starts with words too (`re` parses "saved|stored" as "s" and
    a branch: "saved", "stored" instead of "s")."""
    i = 0
    while i < len(items) and str(items[i][0]) in ("AT", "ASSERT", "ASSERT_NOT"):
        if str(items[i][0]) != "AT" and items[i][1][0] != 1:  # a look-behind: left as it is
            return None
        i += 1
    if i == len(items):
        return None
    op, av = str(items[i][0]), items[i][1]
    if op == "LITERAL":
        word = ""
        while i < len(items) and str(items[i][0]) == "LITERAL" and chr(items[i][1]).isascii():
            word += chr(items[i][1]).lower()
            i += 1
        if not word:
            return None
        more = _starts(items[i:], True) if longer and i < len(items) else None
        return (word,) if more is None else tuple(word + w for w in more)
    if op == "SUBPATTERN":
        return _starts(list(av[-1]) + items[i + 1 :], longer)
    if op == "BRANCH":
        out: list[str] = []
        for alternative in av[1]:
            got = _starts(list(alternative) + items[i + 1 :], longer)
            if got is None:
                return None
            out += got
        # A word that starts with another is found where that one is ("removed" where "remove" is).
        return tuple(w for w in dict.fromkeys(out) if not any(w != v and w.startswith(v) for v in out))
    return None


class WordStarts:
    """Where in a text a match of one of `patterns` (compiled with IGNORECASE) can start: the offsets of their first
    words in the lowered text, found in one pass per word on first use, so that a window's test is a bisection
    (`may_start`). A pattern whose words cannot be read off, or a text where lowering cannot tell (see above), may
    start anywhere. A search of `text[lo:hi]` can only match when `may_start(lo, hi)`: each of its matches starts with
    one of the words, at an offset in [lo, hi)."""

    def __init__(self, text: str, low: str, patterns: Sequence[re.Pattern[str]]) -> None:
        self._text, self._low, self._patterns = text, low, patterns
        self._starts: list[int] | bool | None = False  # False: not found yet

    def _find(self) -> list[int] | None:
        text, low = self._text, self._low
        if len(low) != len(text) or (not text.isascii() and any(c in text for c in _ODD)):
            return None
        words: set[str] = set()
        for pattern in self._patterns:
            got = _long_words(pattern)
            if got is None:
                return None
            words.update(got)
        starts: set[int] = set()
        for word in words:
            at = low.find(word)
            while at != -1:
                starts.add(at)
                at = low.find(word, at + 1)
        return sorted(starts)

    def may_start(self, lo: int, hi: int) -> bool:
        if self._starts is False:
            self._starts = self._find()
        starts = self._starts
        if starts is None or starts is True:
            return True
        i = bisect.bisect_left(starts, lo)
        return i < len(starts) and starts[i] < hi


_LONG_WORDS: dict[tuple[str, int], tuple[str, ...] | None] = {}


def _long_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words every match of `pattern` starts with, each as long as the parse tree tells (`_starts(longer=True)`);
    None if they cannot be read off or the pattern is not compiled with IGNORECASE alone."""
    key = (pattern.pattern, pattern.flags)
    if key not in _LONG_WORDS:
        words = None
        if pattern.flags & re.IGNORECASE and not pattern.flags & re.LOCALE:
            try:
                from re import _parser  # type: ignore[attr-defined]

                words = _starts(list(_parser.parse(pattern.pattern, pattern.flags)), True)
            except Exception:  # noqa: BLE001 - another Python's parser: no shortcut, same results
                words = None
        _LONG_WORDS[key] = words
    return _LONG_WORDS[key]


class LiteralGroups:
    """Which of several groups of literal strings occur in a lowered text, from one pass over it (Aho-Corasick, in C)
    instead of a substring search per string and group. A group None (no literal known) always counts. `groups` is
    called on first use (the words of `FirstWords` patterns are read off their parse trees then)."""

    def __init__(self, groups: Callable[[], Sequence[tuple[str, ...] | None]]) -> None:
        self._groups = groups
        self._automaton: ahocorasick.Automaton | None = None
        self._always: tuple[int, ...] = ()
        self._size = 0
        self._lock = threading.Lock()

    def _build(self) -> ahocorasick.Automaton:
        with self._lock:
            if self._automaton is None:
                groups = list(self._groups())
                owners: dict[str, list[int]] = {}
                for i, words in enumerate(groups):
                    for w in words or ():
                        owners.setdefault(w, []).append(i)
                automaton = ahocorasick.Automaton()
                for w, gs in owners.items():
                    automaton.add_word(w, tuple(gs))
                if owners:
                    automaton.make_automaton()
                self._always = tuple(i for i, words in enumerate(groups) if words is None)
                self._size = len(groups)
                self._automaton = automaton
        return self._automaton

    def present(self, low: str) -> list[bool]:
        """For each group, whether one of its strings occurs in `low` (a substring test: `w in low`)."""
        automaton = self._automaton or self._build()
        hit = [False] * self._size
        for i in self._always:
            hit[i] = True
        if automaton.kind == ahocorasick.AHOCORASICK:
            for owners in {v for _, v in automaton.iter(low)}:
                for i in owners:
                    hit[i] = True
        return hit


def candidates(patterns: Sequence[FirstWords], present: Sequence[bool], text: str, low: str) -> Iterable[FirstWords]:
    """The `patterns` (in order) that can match `text`, `low` = `text.lower()`: those one of whose first words occurs in
    `low` (`present`: `LiteralGroups.present` of the patterns' `words`), every one when the words cannot tell (text
    lowering to another length, or holding a character IGNORECASE matches otherwise than its lower case: see above)."""
    if len(low) != len(text) or (not text.isascii() and any(c in text for c in _ODD)):
        return patterns
    return itertools.compress(patterns, present)
