"""Keyword patterns that stay fast on adversarial text.

A pattern like ``\\b(?:ignore|disregard|...)\\b`` under IGNORECASE gets no prefix scan from Python's
`re`: on a run of digits, punctuation or spaced letters every position passes the leading ``\\b``
and the engine tries every alternative there (issue 13: most of prompt_injection's time on 200k
characters of "1.2.3.4."). `gated` puts a look-ahead in front that only admits positions where a
match could start, which keeps the matches exactly the same.
"""

from __future__ import annotations

import re

__all__ = ["Prefiltered", "gated"]


def gated(first: str, second: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern`, tried only where one of the characters `first` is followed by one of `second`.

    Every alternative of `pattern` must begin with two literal characters (after any ``\\b``), each
    in these sets under the same `flags`; then the matches, spans and `sub` results are those of
    `pattern` itself. Characters special inside ``[...]`` (``]``, ``\\``, ``^``, ``-``) must be escaped.
    """
    return re.compile(f"(?=[{first}][{second}])(?:{pattern})", flags)


# -- necessary words ------------------------------------------------------------------------------
# A condition on the text that every match of a pattern implies: "contains this literal", and all-of /
# any-of those. None stands for "no condition". Read off the pattern's parse tree, so it follows every
# edit of the pattern by itself.
_Need = tuple[str, object] | None
_ASCII = "".join(map(chr, range(128)))


def _literal_char(code: int) -> str | None:
    """The lowered character a literal requires in lowered ASCII text; None if it can match an ASCII
    character that lowering does not turn into it (a non-ASCII letter such as the Kelvin sign under IGNORECASE)."""
    ch = chr(code)
    if ch.isascii():
        return ch.lower()
    if re.compile(re.escape(ch), re.IGNORECASE).search(_ASCII):
        return None
    return ch  # never in ASCII text: a branch that needs it cannot match there


def _all(needs: list[_Need]) -> _Need:
    kept = [n for n in needs if n is not None]
    return None if not kept else kept[0] if len(kept) == 1 else ("all", kept)


def _any(needs: list[_Need]) -> _Need:
    return None if not needs or any(n is None for n in needs) else needs[0] if len(needs) == 1 else ("any", needs)


def _need_of_sequence(items: object) -> _Need:
    """Everything a concatenation needs: each adjacent run of literal characters, and each item's own need."""
    needs: list[_Need] = []
    run: list[str] | None = []
    for op, av in items:  # type: ignore[attr-defined]
        name = str(op)
        ch = _literal_char(av) if name == "LITERAL" else None
        if name == "LITERAL" and ch is not None and run is not None:
            run.append(ch)
            continue
        if run:
            needs.append(("lit", "".join(run)))
        run = [] if name != "LITERAL" else None  # an unusable literal also breaks the run
        needs.append(_need_of_item(name, av))
    if run:
        needs.append(("lit", "".join(run)))
    return _all(needs)


def _need_of_item(name: str, av: object) -> _Need:
    if name == "SUBPATTERN":
        return _need_of_sequence(av[-1])  # type: ignore[index]
    if name == "ATOMIC_GROUP":
        return _need_of_sequence(av)
    if name == "BRANCH":
        return _any([_need_of_sequence(p) for p in av[1]])  # type: ignore[index]
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low: int = av[0]  # type: ignore[index]
        return _need_of_sequence(av[2]) if low >= 1 else None  # type: ignore[index]
    if name == "IN":
        chars = [_literal_char(x) if str(op) == "LITERAL" else None for op, x in av]  # type: ignore[attr-defined]
        return _any([("lit", c) if c is not None else None for c in chars]) if len(chars) <= 10 else None
    return None  # look-arounds, anchors, classes, back-references: no condition


def _holds(need: tuple[str, object], lowered: str) -> bool:
    kind, value = need
    if kind == "lit":
        return value in lowered  # type: ignore[operator]
    parts: list[tuple[str, object]] = value  # type: ignore[assignment]
    if kind == "all":
        return all(_holds(p, lowered) for p in parts)
    return any(_holds(p, lowered) for p in parts)


# Under this many characters the pattern's own scan costs less than the Python-level word tests.
_SHORT = 400


class Prefiltered:
    """A compiled pattern behind a cheap test of the words every match needs.

    On ASCII text (where lowering is exactly what IGNORECASE compares) `search` and `sub` skip the regex
    scan when the lowered text lacks the literals every match contains; otherwise they are the pattern's
    own. Same results, always: the condition is necessary, never sufficient. For keyword patterns that
    ordinary prose almost never satisfies (``ignore ... instructions``), a few substring tests replace a
    scan that tries the pattern at every character.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._need: _Need | bool = False  # False: not read off yet (on first use, so importing stays cheap)

    @property
    def need(self) -> _Need:
        """What every match needs (None: nothing usable). Computed once; a race computes it twice, alike."""
        if self._need is False:
            try:
                from re import _parser  # type: ignore[attr-defined]

                self._need = _need_of_sequence(_parser.parse(self.pattern.pattern, self.pattern.flags))
            except Exception:  # noqa: BLE001 - another Python's parser: no shortcut, same results
                self._need = None
        return self._need  # type: ignore[return-value]

    def may_match(self, text: str) -> bool:
        """False only when the pattern cannot match `text`."""
        if len(text) < _SHORT:
            return True
        need = self.need
        return need is None or not text.isascii() or _holds(need, text.lower())

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def sub(self, repl: str, text: str) -> str:
        return self.pattern.sub(repl, text) if self.may_match(text) else text
