"""Word classes read from WordNet's own sorting of senses (built by scripts/build_speculation_wordclasses.py,
shipped in guardrails_lite/data/speculation; sources and licence in its PROVENANCE.md), loaded once."""

from __future__ import annotations

from collections.abc import KeysView
from typing import Any, NamedTuple

from guardrails_lite.validators._shared.package_data import shipped_json


class WordClasses(NamedTuple):
    verbs: KeysView[str]  # every single-word verb lemma
    errands: KeysView[str]  # saying, thinking, changing or making ("confirm", "finish"), not "avoid"
    feeling_verbs: KeysView[str]  # a feeling among the two most frequent senses ("love", "resent")
    contest_verbs: KeysView[str]  # most frequent sense a contest ("win", "protect")
    feeling_nouns: KeysView[str]  # most frequent sense a feeling ("fear", "spite")
    talk_nouns: KeysView[str]  # talk among the two most frequent senses ("complaint", "argument"; not "queue")
    adjectives: KeysView[str]  # used mostly as adjectives ("inflated", "rude"; not "back", "like")
    past: dict[str, str]  # irregular past form -> verb lemma ("sold" -> "sell")


def _read_classes(data: Any) -> WordClasses:
    # Key views of str-only dicts, not frozensets: the garbage collector stops tracking such dicts,
    # so its collections never walk these 30,000 words (a frozenset's whole table is walked).
    classes = {name: dict.fromkeys(data[name]).keys() for name in WordClasses._fields if name != "past"}
    return WordClasses(**classes, past=dict(data["past"]))


wordclasses = shipped_json(_read_classes, "speculation", "wordclasses.json.gz", keys=WordClasses._fields)
"""The shipped word classes, read on first use."""


def verb_base(word: str, classes: WordClasses) -> str | None:
    """The verb lemma of an inflected form ("raised" -> "raise", "sold" -> "sell", "pushing" -> "push"), or None."""
    if word in classes.past:
        return classes.past[word]
    if word in classes.verbs:
        return word
    for ending, repl in _DETACH:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            base = word[: -len(ending)] + repl
            if base in classes.verbs:
                return base
            if not repl and len(base) > 2 and base[-1] == base[-2] and base[:-1] in classes.verbs:
                return base[:-1]  # "stopped", "dropping"
    return None


# WordNet morphy's verb suffixes, plus doubled consonants ("stopped", "dropping").
_DETACH = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", "e"),
    ("es", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("s", ""),
)
