"""Places written in lower case ("i'm in bristol today", "train from lisboa to porto", "the leeds office").

Chat and web text often write places in lower case, where the tagger (trained on capitalised names) sees
none. A lower-case word is a place here when a listed place's name (the lexicon's place lists, the gazetteer,
or a multi-word place such as "são paulo") follows a word that comes before places, or comes before a place
noun ("the leeds office"). Not an ordinary English word ("nice", "reading", "bath"), and after "to"/"from" no
word that is also a first name ("talk to mariana"). One pass over the tokens with a set look-up each.
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names import gazetteer
from guardrails_lite.validators.pii._names.context import PLACE_NOUNS_AFTER
from guardrails_lite.validators.pii._names.features import FUNCTION_WORDS, Prepared
from guardrails_lite.validators.pii._names.lexicon import DICT, FIRST, MAX_PHRASE, PLACE
from guardrails_lite.verdict import check_deadline

_BEFORE = frozenset("in from to near via outside visiting around".split())
_BEFORE_NOT_PEOPLE = frozenset("in near via outside around".split())  # "to"/"from" also come before people
_TRIGGERS = _BEFORE | PLACE_NOUNS_AFTER
_CHECK_EVERY = 255


def find(p: Prepared, taken: set[int], deadline: float | None = None) -> list[tuple[int, int]]:
    """(first, last) token pairs of the lower-case places outside the tokens `taken`."""
    words = p.words
    n = len(words)
    out: list[tuple[int, int]] = []
    lex = p.facts.lex
    for k, i in enumerate([i for i, w in enumerate(words) if w in _TRIGGERS]):
        if not k & _CHECK_EVERY:
            check_deadline(deadline)
        w = words[i]
        if w in PLACE_NOUNS_AFTER:  # "the leeds office"
            at = i - 1
            if at > 0 and at not in taken and words[at].isalpha() and words[at].islower() and _place(p, at, True):
                out.append((at, at))
            continue
        at = i + 1
        if at >= n or words[at] in FUNCTION_WORDS or not words[at].islower() or at in taken:
            continue  # "in the", "to be", "from Lisbon" (the tagger's)
        if not words[at].isalpha():
            continue
        hit = 0
        if words[at] in lex.phrase_heads:  # "são paulo"
            low = [t.lower() for t in words[at : at + MAX_PHRASE]]
            hit = next((k for k in range(len(low), 1, -1) if lex.phrases.get(" ".join(low[:k]), 0)), 0)
        if hit and not any(t in taken for t in range(at, at + hit)):
            out.append((at, at + hit - 1))
        elif _place(p, at, w in _BEFORE_NOT_PEOPLE):
            out.append((at, at))
    return out


def _place(p: Prepared, i: int, first_names_ok: bool) -> bool:
    f = p.facts[p.words[i]]
    if f.flags & DICT or f.closed or len(f.low) < 3 or (f.flags & FIRST and not first_names_ok):
        return False
    return bool(f.flags & PLACE) or bool(gazetteer.look_up(f.low, gazetteer.hashes()))
