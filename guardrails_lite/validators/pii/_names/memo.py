"""The names finder's look-up caches: bounded by their number of entries (cleared when full, as hostile text
brings many distinct words) and keeping short keys only, so megabyte-long hostile words are looked up but never
held between the calls of a long-lived process."""

from __future__ import annotations

from typing import TypeVar

__all__ = ["KEY_CHARS", "Decided", "keep"]

K = TypeVar("K")
V = TypeVar("V")

#: The longest key (in characters) a cache keeps; names, places and phrases are far shorter.
KEY_CHARS = 64
#: What the finder keeps its per-window decisions in (`context.not_names`, `NameFinder._plausible_spans`): read as
#: `memo.Decided` when a text starts, so tests can swap in one that forgets, to check the keys.
Decided = dict


def keep(cache: dict[K, V], key: K, value: V, chars: int, limit: int) -> V:
    """Store `value` under `key` (whose text is `chars` long) unless the key is too long; `value` back."""
    if chars <= KEY_CHARS:
        if len(cache) >= limit:
            cache.clear()
        cache[key] = value
    return value
