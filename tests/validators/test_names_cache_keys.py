"""The names finder's look-up caches keep short keys only: a cache bounded by its number of entries must not hold
megabyte-long hostile words between calls (review of wave 7)."""

from __future__ import annotations

from guardrails_lite.validators.pii._names import gazetteer
from guardrails_lite.validators.pii._names.lexicon import lexicon
from guardrails_lite.validators.pii._names.memo import KEY_CHARS, keep


def test_long_words_are_looked_up_but_not_kept() -> None:
    long_word = "Zq" + "x" * 5_000
    table = gazetteer.hashes()
    assert gazetteer.look_up(long_word.lower(), table) == 0
    assert long_word.lower() not in gazetteer._SEEN
    gazetteer.look_up("berlin", table)  # a short key is kept
    assert "berlin" in gazetteer._SEEN
    words = lexicon().words
    assert words.get(long_word) == 0 and long_word not in words._seen
    words.get("Smith")
    assert "Smith" in words._seen


def test_keep_stores_short_keys_and_clears_when_full() -> None:
    cache: dict[str, int] = {}
    assert keep(cache, "x" * (KEY_CHARS + 1), 1, KEY_CHARS + 1, 10) == 1 and cache == {}
    for i in range(3):
        keep(cache, f"w{i}", i, 2, 3)
    assert cache == {"w0": 0, "w1": 1, "w2": 2}
    keep(cache, "w3", 3, 2, 3)  # full: emptied first
    assert cache == {"w3": 3}
