"""Word classes read from WordNet's own sorting of senses (built by scripts/build_speculation_wordclasses.py,
shipped in guardrails_lite/data/speculation; sources and licence in its PROVENANCE.md), loaded once."""

from __future__ import annotations

import gzip
import json
import threading
from importlib import resources
from typing import NamedTuple


class WordClasses(NamedTuple):
    verbs: frozenset[str]  # every single-word verb lemma
    errands: frozenset[str]  # saying, thinking, changing or making ("confirm", "finish"), not "avoid"
    feeling_verbs: frozenset[str]  # a feeling among the two most frequent senses ("love", "resent")
    contest_verbs: frozenset[str]  # most frequent sense a contest ("win", "protect")
    feeling_nouns: frozenset[str]  # most frequent sense a feeling ("fear", "spite")
    adjectives: frozenset[str]  # used mostly as adjectives ("inflated", "rude"; not "back", "like")
    past: dict[str, str]  # irregular past form -> verb lemma ("sold" -> "sell")


_LOCK = threading.Lock()
_LOADED: list[WordClasses] = []


def wordclasses() -> WordClasses:
    if not _LOADED:
        with _LOCK:
            if not _LOADED:
                ref = resources.files("guardrails_lite") / "data" / "speculation" / "wordclasses.json.gz"
                data = json.loads(gzip.decompress(ref.read_bytes()))
                _LOADED.append(
                    WordClasses(
                        verbs=frozenset(data["verbs"]),
                        errands=frozenset(data["errands"]),
                        feeling_verbs=frozenset(data["feeling_verbs"]),
                        contest_verbs=frozenset(data["contest_verbs"]),
                        feeling_nouns=frozenset(data["feeling_nouns"]),
                        adjectives=frozenset(data["adjectives"]),
                        past=dict(data["past"]),
                    )
                )
    return _LOADED[0]


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
