"""When a `regex` match lets other threads run: only on long texts.

The `regex` engine releases the interpreter lock for every match on a str by default, then takes
it back for every allocation of its backtracking stack and every periodic check for a timeout or
Ctrl-C. On the short texts most matches see (the windows the PII recognizers scan around anchors,
JSON string fields) each release buys microseconds of matching and costs a hand-off: another
thread wakes and runs, and the matching thread waits to get the lock back. Under threads that
made the default policy slower on eight threads than on one (2,208 against 4,144 calls/s; py-spy
showed the waiting threads in `_regex.c`'s `acquire_GIL`). Matching a long text takes long
enough to be worth running beside other threads, and holding the lock through it would stall them.
"""

from __future__ import annotations

__all__ = ["RELEASE_CHARS", "release_gil"]

#: Texts at least this long are matched with the lock released.
RELEASE_CHARS = 4096


def release_gil(text: str) -> bool:
    """The ``concurrent=`` argument for a `regex` match over `text`."""
    return len(text) >= RELEASE_CHARS
