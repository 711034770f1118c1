"""The names finder's bulk intermediate spans (the tagger's entities, the rules' spans) are plain tuples: Python's
cyclic collector untracks a plain tuple of numbers and strings, but keeps every tuple subclass (a named tuple) on
its lists, and tens of thousands of those in a names-dense text set off full collections of the whole heap."""

from __future__ import annotations

import gc

from guardrails_lite.validators.pii._names import rules
from guardrails_lite.validators.pii._names.features import facts_of, prepare
from guardrails_lite.validators.pii._names.lexicon import lexicon
from guardrails_lite.validators.pii._names.tagger import tagger
from guardrails_lite.validators.pii._names.tokens import tokenize

_TEXT = "Hi Ann,\nDear Dr. Lee,\nFrom: Mark Lee\nAcme Corp. and Harrington & Fell met Ana Costa in Lisbon.\n" * 40


def _prepared():  # type: ignore[no-untyped-def]
    return prepare(tokenize(_TEXT), facts_of(lexicon()))


def test_the_tagger_gives_plain_tuples_the_collector_lets_go() -> None:
    tagged = tagger().tag(_prepared())
    assert len(tagged) >= 80  # several entities per repeated block
    assert {type(t) for t in tagged} == {tuple}
    gc.collect()
    assert not any(map(gc.is_tracked, tagged))


def test_the_rules_give_plain_tuples_the_collector_lets_go() -> None:
    found = rules.find(_TEXT, _prepared(), lexicon())
    kinds = {kind for _, _, _, kind in found}
    assert kinds == {"PER", "ORG"}
    assert {type(s) for s in found} == {tuple}
    # (start, end, strict, kind): the greeting's "Ann" is at the start of each block
    assert (3, 6, False, "PER") in found
    gc.collect()
    assert not any(map(gc.is_tracked, found))
