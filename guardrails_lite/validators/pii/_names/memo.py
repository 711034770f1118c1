"""The names finder's look-up caches: bounded by their number of entries (cleared when full, as hostile text
brings many distinct words) and keeping short keys only, so megabyte-long hostile words are looked up but never
held between the calls of a long-lived process (the rule shared by every word cache: `guardrails_lite._memo`)."""

from __future__ import annotations

from guardrails_lite._memo import KEY_CHARS, keep

__all__ = ["KEY_CHARS", "Decided", "keep"]

#: What the finder keeps its per-window decisions in (`context.not_names`, `NameFinder._plausible_spans`): read as
#: `memo.Decided` when a text starts, so tests can swap in one that forgets, to check the keys.
Decided = dict
