"""Keyword patterns that stay fast on adversarial text.

A pattern like ``\\b(?:ignore|disregard|...)\\b`` under IGNORECASE gets no prefix scan from Python's
`re`: on a run of digits, punctuation or spaced letters every position passes the leading ``\\b``
and the engine tries every alternative there (issue 13: most of prompt_injection's time on 200k
characters of "1.2.3.4."). `gated` puts a look-ahead in front that only admits positions where a
match could start, which keeps the matches exactly the same.
"""

from __future__ import annotations

import re

__all__ = ["gated"]


def gated(first: str, second: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern`, tried only where one of the characters `first` is followed by one of `second`.

    Every alternative of `pattern` must begin with two literal characters (after any ``\\b``), each
    in these sets under the same `flags`; then the matches, spans and `sub` results are those of
    `pattern` itself. Characters special inside ``[...]`` (``]``, ``\\``, ``^``, ``-``) must be escaped.
    """
    return re.compile(f"(?=[{first}][{second}])(?:{pattern})", flags)
