"""Firms and apps written as one word of two capitalised parts: "DropNest", "PaczkaGo", "CloudPilot".

A courier's or an app's name run together from two words ("DropNest: Hi Afonso, your parcel ...", "Track in the
DropNest app") is a firm's, not a person's: people's names with a capital inside open with a patronymic or a
particle ("MacLeod", "NicLeòid", "FitzGerald", "DeShawn", "LaToya") or join two given names ("AnnaMaria",
"JeanPierre", "KeyShawn", "DelaCruz"), which a first part on a given-name list or a name's prefix, or a second
part that is no ordinary English word or is a given name, tells (review r19-s93-3). A one-word person of this shape
(from the tagger or a rule, a chat's speaker too) is made a firm: with ORGANIZATION requested it stays masked.
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.lexicon import DICT, FIRST

Span = tuple[int, int, str, int]
# First parts of people's and places' names with a capital inside ("MacLeod", "KwaMashu", "VanDyke").
_PREFIXES = frozenset(
    """mac nic fitz van von del dela delos della dal dalla des dos das san santa saint kwa abu abd ibn bin bint ben
    ter ten ap ray key tre""".split()
)


def run_together(p: Prepared, word: str) -> bool:
    """`word` is two capitalised parts run together, the first no name's prefix or given name: "DropNest"."""
    if word[1:].islower() or word.isupper() or not word[0].isupper() or not word.isalpha():
        return False  # (most words: one capital, first)
    j = next((k for k in range(1, len(word)) if word[k].isupper()), 0)  # the second capital
    # a capital, 2+ lower-case letters, a capital, 1+ lower-case letters: two humps, no more
    if j < 3 or len(word) - j < 2 or not word[1:j].islower() or not word[j + 1 :].islower():
        return False
    head, tail = word[:j], word[j:]
    if head.lower() in _PREFIXES or p.facts[head].flags & FIRST:
        return False
    # the second part an ordinary English word, no given name: "Nest", "Go", "Pilot" (not "KeyShawn", "DelaCruz")
    tail_flags = p.facts[tail].flags
    return bool(tail_flags & DICT) and not tail_flags & FIRST


def retyped(p: Prepared, spans: list[Span]) -> list[Span]:
    """`spans` with each one-word person that is two parts run together (`run_together`) made a firm. Each
    distinct word is tested once (a text of names repeats a few thousand times)."""
    words = p.words
    people = {words[a] for a, b, k, _ in spans if a == b and k == "PER"}
    firms = {w for w in people if run_together(p, w)}
    if not firms:
        return spans
    return [(a, b, "ORG", g) if a == b and k == "PER" and words[a] in firms else (a, b, k, g) for a, b, k, g in spans]
