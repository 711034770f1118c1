"""How big a policy's pattern grows when it is compiled, checked before it is.

The `regex` module expands counted repetitions when it compiles: nested ones cost the product of their counts
in time and memory, so ``(?:x{3000}){3000}`` (17 characters in a policy file) took 5 s to load and
``(?:x{65535}){65535}`` about 40 minutes and gigabytes (review r16a M6). The match-time budgets do not cover
compiling. `check_compile_cost` estimates the expanded size from the pattern's text alone (any syntax the two
engines share; an escape, a class or a group counts once, a repetition multiplies what it repeats by its
largest count) and refuses a pattern past `MAX_ITEMS` before anything compiles it.
"""

from __future__ import annotations

import re

__all__ = ["MAX_ITEMS", "check_compile_cost"]

MAX_ITEMS = 50_000
_COUNT = re.compile(r"\{(\d{0,12})(?:,(\d{0,12}))?\}")
_BRACED_ESCAPES = frozenset("pPNxu")


def check_compile_cost(pattern: str) -> None:
    """Raise `ValueError` when `pattern` expands past `MAX_ITEMS` items when compiled."""
    if _expanded(pattern) > MAX_ITEMS:
        raise ValueError(f"its counted repetitions expand past {MAX_ITEMS:,} items when compiled: too big to load")


def _expanded(p: str) -> int:
    """An upper estimate of the items `p` compiles to, stopping once past `MAX_ITEMS`. Linear in `len(p)`."""
    sizes = [0]  # the size of each open group, outermost first
    total = 0  # the sum of `sizes`
    last = 0  # the size of the item just read, which a following count repeats
    i, n = 0, len(p)
    while i < n and total <= MAX_ITEMS:
        c = p[i]
        if c == "(":
            sizes.append(0)
            last, i = 0, i + 1
        elif c == "{" and (m := _COUNT.match(p, i)) and (m.group(1) or m.group(2)):
            count = max(int(m.group(1) or 0), int(m.group(2) or 0))
            more = last * max(count - 1, 0)  # the item itself was counted once
            sizes[-1] += more
            total += more
            last, i = last * count, m.end()
        elif c == ")" and len(sizes) > 1:
            inner = sizes.pop()  # already in `total`
            sizes[-1] += max(inner, 1)
            total += max(inner, 1) - inner
            last, i = max(inner, 1), i + 1
        else:  # an escape, a class or one character: one item
            i = _item_end(p, i)
            sizes[-1] += 1
            total += 1
            last = 0 if c == "|" else 1
    return total


def _item_end(p: str, i: int) -> int:
    """The index after the item starting at i: an escape (braced ones whole), a class, or one character."""
    c, n = p[i], len(p)
    if c == "\\":
        j = i + 2
        if i + 1 < n and p[i + 1] in _BRACED_ESCAPES and j < n and p[j] == "{":
            k = p.find("}", j)
            j = n if k < 0 else k + 1
        return j
    if c == "[":
        j = i + 1
        j += j < n and p[j] == "^"
        j += j < n and p[j] == "]"
        while j < n and p[j] != "]":
            j += 2 if p[j] == "\\" else 1
        return j + 1
    return i + 1
