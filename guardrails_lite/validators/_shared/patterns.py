"""Keyword patterns that stay fast on adversarial text.

A pattern like ``\\b(?:ignore|disregard|...)\\b`` under IGNORECASE gets no prefix scan from Python's
`re`: on a run of digits, punctuation or spaced letters every position passes the leading ``\\b``
and the engine tries every alternative there (issue 13: most of prompt_injection's time on 200k
characters of "1.2.3.4."). `gated` puts a look-ahead in front that only admits positions where a
match could start, which keeps the matches exactly the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import regex as regex_module

__all__ = ["Lazy", "Prefiltered", "compile_all", "gated", "lazy", "lazy_regex"]


class Lazy:
    """A pattern compiled on its first use.

    Compiling the package's ~250 patterns was ~0.1 s of a cold first call, and a short text reaches few of them
    (e-mail header rules, document-only checks). Every attribute is the compiled pattern's own: the first lookup
    compiles it, and each attribute read is kept on this object, so later calls cost what they cost on the
    pattern. Two threads racing on the first use compile it twice, alike. Not an instance of `re.Pattern`:
    `lazy` and `lazy_regex` are typed as the pattern for the methods; `isinstance` and pickling are not supported.
    """

    def __init__(self, build: Callable[[], object]) -> None:
        self.__dict__["_build"] = build
        _MADE.append(self)

    def __getattr__(self, name: str) -> Any:  # only for names not read yet
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = self._build()
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"Lazy({self.pattern!r})"


_MADE: list[Lazy] = []  # every lazy pattern (module-level constants: they live as long as the process anyway)


def compile_all() -> None:
    """Compile every lazy pattern made so far: a warm-up (`Guard.warm`) leaves no compiling to the first call."""
    for p in _MADE:  # a module imported meanwhile appends: iterating a list that grows is safe
        _ = p.pattern


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled on first use (see `Lazy`)."""
    return cast("re.Pattern[str]", Lazy(lambda: re.compile(pattern, flags)))


def lazy_regex(pattern: str, flags: int = 0) -> regex_module.Pattern[str]:
    """`regex.compile(pattern, flags)`, compiled on first use (see `Lazy`)."""

    def build() -> object:
        import regex

        return regex.compile(pattern, flags)

    return cast("regex_module.Pattern[str]", Lazy(build))


def gated(first: str, second: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern`, tried only where one of the characters `first` is followed by one of `second`.

    Every alternative of `pattern` must begin with two literal characters (after any ``\\b``), each
    in these sets under the same `flags`; then the matches, spans and `sub` results are those of
    `pattern` itself. Characters special inside ``[...]`` (``]``, ``\\``, ``^``, ``-``) must be escaped.
    Compiled on first use (`lazy`).
    """
    return lazy(f"(?=[{first}][{second}])(?:{pattern})", flags)


# -- necessary words ------------------------------------------------------------------------------
# A condition on the text that every match of a pattern implies: "contains this literal", and all-of /
# any-of those. None stands for "no condition". Read off the pattern's parse tree, so it follows every
# edit of the pattern by itself. The literals are looked for in the lowered text with every ASCII
# non-word character made a space, between two spaces: a literal right after a \b that starts with a
# word character is looked for with a space before it (" ai" is a word that starts "ai", "email" is not),
# and one right before a \b that ends with a word character with a space after it.
_Need = tuple[str, object] | None
_ASCII = "".join(map(chr, range(128)))
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_SPACED = str.maketrans({c: " " for c in _ASCII if c not in _WORD_CHARS})


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


def _is_boundary(item: tuple[object, object]) -> bool:
    return str(item[0]) == "AT" and str(item[1]) == "AT_BOUNDARY"


def _lit(chars: list[str], before: bool, after: bool) -> _Need:
    """A literal run, `before`/`after`: right after / right before a \b in the pattern."""
    text = "".join(chars).translate(_SPACED)
    if before and chars[0] in _WORD_CHARS:
        text = " " + text
    if after and chars[-1] in _WORD_CHARS:
        text += " "
    return ("lit", text)


def _need_of_sequence(items: object, before: bool = False, after: bool = False) -> _Need:
    """Everything a concatenation needs: each adjacent run of literal characters, and each item's own need.
    `before`/`after`: the sequence sits right after / right before a \b."""
    seq: list[tuple[object, object]] = list(items)  # type: ignore[call-overload]
    needs: list[_Need] = []
    run: list[str] | None = []
    run_before = bound = before  # bound: the previous item is a \b (or the sequence's start is)
    for i, (op, av) in enumerate(seq):
        name = str(op)
        next_bound = _is_boundary(seq[i + 1]) if i + 1 < len(seq) else after
        ch = _literal_char(av) if name == "LITERAL" else None  # type: ignore[arg-type]
        if name == "LITERAL" and ch is not None and run is not None:
            if not run:
                run_before = bound
            run.append(ch)
            bound = False
            if not next_bound:
                continue
            needs.append(_lit(run, run_before, True))
            run = []
            continue
        if run:
            needs.append(_lit(run, run_before, False))
        run = [] if name != "LITERAL" else None  # an unusable literal also breaks the run
        needs.append(_need_of_item(name, av, bound, next_bound))
        bound = _is_boundary((op, av))
    if run:
        needs.append(_lit(run, run_before, after))
    return _all(needs)


def _need_of_item(name: str, av: object, before: bool, after: bool) -> _Need:
    if name == "SUBPATTERN":
        return _need_of_sequence(av[-1], before, after)  # type: ignore[index]
    if name == "ATOMIC_GROUP":
        return _need_of_sequence(av, before, after)
    if name == "BRANCH":
        return _any([_need_of_sequence(p, before, after) for p in av[1]])  # type: ignore[index]
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low: int = av[0]  # type: ignore[index]
        return _need_of_sequence(av[2]) if low >= 1 else None  # type: ignore[index]
    if name == "IN":
        chars = [_literal_char(x) if str(op) == "LITERAL" else None for op, x in av]  # type: ignore[attr-defined]
        return _any([_lit([c], before, after) if c is not None else None for c in chars]) if len(chars) <= 10 else None
    return None  # look-arounds, anchors, classes, back-references: no condition


def _holds(need: tuple[str, object], spaced: str) -> bool:
    kind, value = need
    if kind == "lit":
        return value in spaced  # type: ignore[operator]
    parts: list[tuple[str, object]] = value  # type: ignore[assignment]
    if kind == "all":
        return all(_holds(p, spaced) for p in parts)
    return any(_holds(p, spaced) for p in parts)


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
        return need is None or not text.isascii() or _holds(need, f" {text.lower().translate(_SPACED)} ")

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def sub(self, repl: str, text: str) -> str:
        return self.pattern.sub(repl, text) if self.may_match(text) else text
