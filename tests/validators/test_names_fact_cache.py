"""A word's list names are spelled once per pattern of list flags (`features._BIT_NAMES`), not per word: the cached
spelling is the one a fresh `Facts` gives, and the spelling itself is checked by hand."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.pii._names import features
from guardrails_lite.validators.pii._names.features import Facts
from guardrails_lite.validators.pii._names.lexicon import CITY, COUNTRY, DICT, FIRST, LAST, lexicon

_WORDS = "Ann ann Paris London Mark mark Lee the Brazil Xyzzyq Co Inc . , Hi Smith Spain spain table".split()


def test_the_flag_spellings() -> None:
    assert features._bit_names(0) == ("", "")
    assert features._bit_names(FIRST | DICT) == ("ND", "F|D")
    assert features._bit_names(LAST | CITY | COUNTRY) == ("NP", "L|C|CO")


def test_cached_spellings_give_the_facts_of_fresh_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    lex = lexicon()
    monkeypatch.setattr(features, "_BIT_NAMES", {})
    fresh = [Facts(lex)[w] for w in _WORDS]  # each pattern spelled on its first word, then read from the cache
    assert len(features._BIT_NAMES) < len(set(w.lower() for w in _WORDS))  # words share their patterns
    again = [Facts(lex)[w] for w in _WORDS]  # every spelling from the cache now
    assert again == fresh
    assert any(f.lex and f.coarse for f in fresh)  # some words are on lists
    for f in fresh:  # the coarse class agrees with the list names
        assert ("N" in f.coarse) == any(n in f.lex.split("|") for n in ("F", "L"))
        assert ("D" in f.coarse) == ("D" in f.lex.split("|"))
