"""The names finder's look-up caches keep short keys only: a cache bounded by its number of entries must not hold
megabyte-long hostile words between calls (review of wave 7)."""

from __future__ import annotations

from guardrails_lite.validators.pii._names import gazetteer
from guardrails_lite.validators.pii._names.lexicon import lexicon


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
