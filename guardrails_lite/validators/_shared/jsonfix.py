"""Find the JSON in a raw model answer and fix common breakage, deterministically.

Handles: markdown fences and prose around the value, trailing commas, single-quoted strings,
unquoted keys, Python literals (True/False/None), // and /* */ comments. A single linear pass
over the characters; no regular expressions, no recursion.
"""

from __future__ import annotations

import json
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


def _balanced(text: str, start: int) -> str:
    """The bracketed value starting at `start` (string-aware), or the rest of the text."""
    depth = 0
    quote = ""
    i = start
    n = len(text)
    while i < n:
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c in "{[":
            depth += 1
        elif c in "}]":
            depth -= 1
            if depth == 0:
                return text[start : i + 1]
        i += 1
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


def fix(text: str) -> str:
    """Rewrite JSON-ish text into strict JSON text (best effort; the caller parses it)."""
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            j = i + 1
            buf: list[str] = []
            while j < n and text[j] != c:
                if text[j] == "\\" and j + 1 < n:
                    nxt = text[j + 1]
                    buf.append(nxt if nxt == "'" else "\\" + nxt)
                    j += 2
                    continue
                buf.append('\\"' if text[j] == '"' else text[j])
                j += 1
            out.append('"' + "".join(buf).replace("\n", "\\n") + '"')
            i = j + 1
        elif c == "/" and i + 1 < n and text[i + 1] in "/*":
            if text[i + 1] == "/":
                end = text.find("\n", i)
                i = n if end < 0 else end
            else:
                end = text.find("*/", i + 2)
                i = n if end < 0 else end + 2
        elif c == ",":
            j = i + 1
            while j < n and text[j] in " \t\r\n":
                j += 1
            if j < n and text[j] in "}]":
                i = j  # drop the trailing comma
            else:
                out.append(c)
                i += 1
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] in "_-$"):
                j += 1
            word = text[i:j]
            k = j
            while k < n and text[k] in " \t":
                k += 1
            if k < n and text[k] == ":":
                out.append(json.dumps(word))
            else:
                out.append(_LITERALS.get(word, word))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _depth(text: str) -> int:
    depth = best = 0
    quote = False
    escaped = False
    for c in text:
        if quote:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                quote = False
        elif c == '"':
            quote = True
        elif c in "{[":
            depth += 1
            best = max(best, depth)
        elif c in "}]":
            depth -= 1
    return best


def loads(text: str, max_depth: int = _MAX_DEPTH) -> tuple[Any, bool]:
    """Parse the JSON value in `text`. Returns (value, exact) where `exact` means `text` was strict JSON.

    Raises `NotJSON` when nothing parses, or the value nests deeper than `max_depth`.
    """
    for k, cand in enumerate(candidates(text)):
        for attempt in (cand, fix(cand)):
            if _depth(attempt) > max_depth:
                raise NotJSON(f"JSON nests deeper than {max_depth} levels")
            try:
                value = json.loads(attempt)
            except ValueError:
                continue
            return value, (k == 0 and attempt is cand)
    raise NotJSON("no JSON value found in the answer")
