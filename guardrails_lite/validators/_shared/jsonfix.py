"""Find the JSON in a raw model answer and fix common breakage, deterministically.

Handles: markdown fences and prose around the value, trailing commas, single-quoted strings,
unquoted keys, Python literals (True/False/None), // and /* */ comments. A single linear pass
over the characters with possessive regular expressions (no backtracking), no recursion.
"""

from __future__ import annotations

import json
import re
from typing import Any

_LITERALS = {"true": "true", "false": "false", "null": "null", "True": "true", "False": "false", "None": "null"}
_MAX_DEPTH = 256


class NotJSON(ValueError):
    pass


def _fenced(text: str) -> str | None:
    start = text.find("```")
    if start < 0:
        return None
    nl = text.find("\n", start)
    if nl < 0:
        return None
    end = text.find("```", nl)
    return text[nl + 1 : end if end >= 0 else len(text)]


# A string in double or single quotes (escapes skipped; unterminated runs to the end), or a bracket.
_DQ = r'"[^"\\]*+(?:\\(?:.|\Z)[^"\\]*+)*+"?'
_SQ = r"'[^'\\]*+(?:\\(?:.|\Z)[^'\\]*+)*+'?"
_BRACKETS = re.compile(rf"{_DQ}|{_SQ}|[\[{{]++|[\]}}]++", re.DOTALL)
_DQ_BRACKETS = re.compile(rf"{_DQ}|[\[{{]++|[\]}}]++", re.DOTALL)
# What `fix` rewrites; everything between matches is kept as it is. A word is a run of letters,
# digits, '_', '-' and '$' starting at a letter or '_' (digits, '-' and '$' before it are not part
# of it); a word followed by ':' is a key, True/False/None are Python literals.
_WORD_START = r"(?<![\w$-])(?P<kpre>[\d$-]*+)"
_FIXES = re.compile(
    rf"(?P<str>{_DQ}|{_SQ})"
    r"|(?P<line>//[^\n]*+)"
    r"|(?P<block>/\*.*?(?:\*/|\Z))"
    r"|(?P<comma>,[ \t\r\n]*+(?=[}\]]))"
    rf"|{_WORD_START}(?P<key>[^\W\d][\w$-]*+)(?=[ \t]*+:)"
    rf"|(?<![\w$-])(?P<pre>[\d$-]*+)(?P<lit>True|False|None)(?![\w$-])",
    re.DOTALL,
)
_ESCAPE = re.compile(r'\\(.|\Z)|"', re.DOTALL)


def _balanced(text: str, start: int) -> str:
    """The bracketed value starting at `start` (string-aware), or the rest of the text."""
    depth = 0
    for m in _BRACKETS.finditer(text, start):  # runs of brackets count at once
        c = m.group()
        if c[0] in "{[":
            depth += len(c)
        elif c[0] in "}]":
            if depth <= len(c):
                return text[start : m.start() + max(depth, 1)]
            depth -= len(c)
    return text[start:]


def candidates(text: str) -> list[str]:
    """Texts that may hold the JSON value, most likely first."""
    out = [text.strip()]
    fenced = _fenced(text)
    if fenced is not None:
        out.append(fenced.strip())
    for source in out[:]:
        starts = [i for i in (source.find("{"), source.find("[")) if i >= 0]
        if starts:
            out.append(_balanced(source, min(starts)))
    seen: list[str] = []
    for c in out:
        if c and c not in seen:
            seen.append(c)
    return seen


def _unescape(m: re.Match[str]) -> str:
    if m.group() == '"':
        return '\\"'
    nxt = m.group(1)
    return nxt if nxt == "'" else "\\" + nxt


def _fix_one(m: re.Match[str]) -> str:
    kind = m.lastgroup
    if kind == "str":
        raw = m.group()
        quote = raw[0]
        body = raw[1:-1] if len(raw) > 1 and raw[-1] == quote and not _open_escape(raw) else raw[1:]
        return '"' + _ESCAPE.sub(_unescape, body).replace("\n", "\\n") + '"'
    if kind in ("line", "block", "comma"):
        return ""  # comments and trailing commas go
    if m.group("key") is not None:
        return m.group("kpre") + json.dumps(m.group("key"))
    return m.group("pre") + _LITERALS[m.group("lit")]


def _open_escape(raw: str) -> bool:
    """True if the closing quote of `raw` is escaped (the string is unterminated)."""
    run = len(raw) - 1 - len(raw[:-1].rstrip("\\"))
    return run % 2 == 1


def fix(text: str) -> str:
    """Rewrite JSON-ish text into strict JSON text (best effort; the caller parses it). Linear time."""
    return _FIXES.sub(_fix_one, text)


def _depth(text: str) -> int:
    depth = best = 0
    for m in _DQ_BRACKETS.finditer(text):
        c = m.group()
        if c[0] in "{[":
            depth += len(c)
            best = max(best, depth)
        elif c[0] in "}]":
            depth -= len(c)
    return best


def _value_depth(value: Any) -> int:
    best = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, (dict, list)):
            best = max(best, d)
            stack.extend((x, d + 1) for x in (v.values() if isinstance(v, dict) else v))
    return best


def loads(text: str, max_depth: int = _MAX_DEPTH) -> tuple[Any, bool]:
    """Parse the JSON value in `text`. Returns (value, exact) where `exact` means `text` was strict JSON.

    Raises `NotJSON` when nothing parses, or the value nests deeper than `max_depth`.
    """
    try:  # strict JSON, parsed in C, is the common case
        value = json.loads(text)
    except (ValueError, RecursionError):
        pass
    else:
        if _value_depth(value) > max_depth:
            raise NotJSON(f"JSON nests deeper than {max_depth} levels")
        return value, True
    for k, cand in enumerate(candidates(text)):
        for attempt in (cand, None):
            attempt = fix(cand) if attempt is None else attempt
            if _depth(attempt) > max_depth:
                raise NotJSON(f"JSON nests deeper than {max_depth} levels")
            try:
                value = json.loads(attempt)
            except ValueError:
                continue
            return value, (k == 0 and attempt is cand)
    raise NotJSON("no JSON value found in the answer")
