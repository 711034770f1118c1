"""Look-up caches for words of hostile text: bounded by their number of entries and keeping short keys only.

A cache bounded by its entry count alone is not bounded in bytes: one 20,000-letter word per prompt kept
megabytes each (its character n-grams, its lower-cased and canonical forms) until the count filled up, tens of
gigabytes. Every word cache keeps keys of at most `KEY_CHARS` characters; a longer word is computed each time
it comes (real words, names and figures are far shorter, so this costs nothing on ordinary text).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Protocol, TypeVar, cast

__all__ = ["KEY_CHARS", "LAST_CHARS", "LAST_WORDS", "ShortMemo", "keep", "short_memo"]

K = TypeVar("K")
V = TypeVar("V")
V_co = TypeVar("V_co", covariant=True)

#: The longest key (in characters) a cache keeps; names, places, phrases and words are far shorter.
KEY_CHARS = 64
#: How many of the last long words `short_memo` keeps, and the longest it keeps.
LAST_WORDS = 2
LAST_CHARS = 32_768


def keep(cache: dict[K, V], key: K, value: V, chars: int, limit: int) -> V:
    """Store `value` under `key` (whose text is `chars` long) unless the key is too long; `value` back."""
    if chars <= KEY_CHARS:
        if len(cache) >= limit:
            cache.clear()
        cache[key] = value
    return value


class ShortMemo(Protocol[V_co]):
    """A function of one word memoised for words of at most `KEY_CHARS` characters."""

    def __call__(self, word: str, /) -> V_co: ...

    def cache_info(self) -> functools._CacheInfo: ...


def short_memo(maxsize: int) -> Callable[[Callable[[str], V]], ShortMemo[V]]:
    """`functools.lru_cache(maxsize)` for a pure function of one word, keeping words up to `KEY_CHARS` long."""

    def wrap(fn: Callable[[str], V]) -> ShortMemo[V]:
        cached = functools.lru_cache(maxsize=maxsize)(fn)
        # The last LAST_WORDS long words and their values: one text asks for its long words (a base64 blob and its
        # decoding, say) several times over (each window, each head); a few entries of at most LAST_CHARS characters
        # bound what is kept.
        last: list[tuple[str, V]] = []

        @functools.wraps(fn)
        def call(word: str, /) -> V:
            if len(word) <= KEY_CHARS:
                return cached(word)
            held = list(last)  # a copy: another thread may replace `last` meanwhile
            for key, value in held:
                if key == word:
                    return value
            value = fn(word)
            if len(word) <= LAST_CHARS:
                last[:] = [*held[-(LAST_WORDS - 1) :], (word, value)]
            return value

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return cast("ShortMemo[V]", call)

    return wrap
