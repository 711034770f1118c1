"""Look-up caches for words of hostile text: bounded by their number of entries and keeping short keys only.

A cache bounded by its entry count alone is not bounded in bytes: one 20,000-letter word per prompt kept
megabytes each (its character n-grams, its lower-cased and canonical forms) until the count filled up, tens of
gigabytes. Every word cache keeps keys of at most `KEY_CHARS` characters; a longer word is computed each time
it comes (real words, names and figures are far shorter, so this costs nothing on ordinary text).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Protocol, TypeVar, cast

__all__ = ["KEY_CHARS", "LAST_CHARS", "LAST_WORDS", "ShortMemo", "keep", "long_words_kept", "short_memo"]

K = TypeVar("K")
V = TypeVar("V")
V_co = TypeVar("V_co", covariant=True)

#: The longest key (in characters) a cache keeps; names, places, phrases and words are far shorter.
KEY_CHARS = 64
#: How many of the last long words `short_memo` keeps, and the longest it keeps.
LAST_WORDS = 2
LAST_CHARS = 32_768

# The last long words of each `short_memo`, for the running call only (`long_words_kept`): a long word is usually a
# blob of a user's document, so it must not outlive the call that brought it. Per context, so concurrent calls of
# other threads or tasks keep their own; outside a call nothing is kept.
_HELD: ContextVar[dict[object, list[tuple[str, Any]]] | None] = ContextVar("guardrails_lite_long_words", default=None)


@contextmanager
def long_words_kept() -> Iterator[None]:
    """Inside the block each `short_memo` keeps its last `LAST_WORDS` long words; at its end they are dropped (the
    pipeline opens one around each entry's run; a block inside another shares the outer one's words)."""
    if _HELD.get() is not None:
        yield
        return
    token = _HELD.set({})
    try:
        yield
    finally:
        _HELD.reset(token)


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
        # The last LAST_WORDS long words and their values, kept for the running call (`long_words_kept`): one text
        # asks for its long words (a base64 blob and its decoding, say) several times over (each window, each head);
        # a few entries of at most LAST_CHARS characters bound what is kept, and the call's end drops them.
        slot = object()  # this memo's key in the call's store

        @functools.wraps(fn)
        def call(word: str, /) -> V:
            if len(word) <= KEY_CHARS:
                return cached(word)
            store = _HELD.get()
            if store is None or len(word) > LAST_CHARS:
                return fn(word)
            held = store.get(slot, [])
            for key, value in held:
                if key == word:
                    return cast("V", value)
            value = fn(word)
            store[slot] = [*held[-(LAST_WORDS - 1) :], (word, value)]
            return value

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return cast("ShortMemo[V]", call)

    return wrap
