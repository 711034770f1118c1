"""A cause stated by a causal verb, with no doer (wave 15): "The cracked ignition lead made the heater fail",
"The solvent note came from the fermenter reaching 19 C", "The shortfall was caused by the scanners' faults".

Issue 17: a sentence that links two facts is supported only if a source states that link. `_fault` checks the
links pinned on a doer; these name things on both sides. Each link gives the content words of its two sides
(up to `_REACH` words before the verb, within its clause, and after it; for "made X <verb>" that verb too):
`FaultSources.link_stated` then asks for one source sentence holding a word of each side, the way a source
states a cause ("the heater failed because the ignition lead cracked"). Checked only with documents, like `_fault`.
One pass over the tokens, a bounded window at each verb: linear in the sentence.
"""

from __future__ import annotations

from typing import NamedTuple

from guardrails_lite import text as _text


class Link(NamedTuple):
    """A cause linked to an effect: some word of each side (stemmed) must stand in one source sentence, with
    every word of `also` (the forced effect: "made the heater fail")."""

    cause: tuple[str, ...]
    effect: tuple[str, ...]
    also: tuple[str, ...]


# "X caused Y", "X led to Y", "X triggered Y"; "Y came from X", "Y stemmed from X"; "Y was caused by X".
_CAUSE_FIRST = frozenset("caused causes triggered led leads made makes".split())
_EFFECT_FIRST = frozenset("came comes stemmed stems resulted results".split())
# A harm done by a thing, the verb right after its subject: "The gusts tore the tape off", "the frost cracked ...".
_HARMED = frozenset("tore cracked broke damaged flooded ruined snapped wrecked".split())
CUES = _CAUSE_FIRST | _EFFECT_FIRST | _HARMED
_SKIP = frozenset(
    """the a an its their his her our my your this that these those of in on at to for with by and or was were is
    are be been has have had also then all both from 's ' some any one two""".split()
)
_FAIL = frozenset("fail stop break crash collapse overheat trip leak burst freeze jam shut die cut".split())
_REACH = 6


def cause_links(lowers: list[str]) -> list[Link]:
    """The causal links of a sentence, each side's content words stemmed."""
    found = []
    for i, w in enumerate(lowers):
        if w not in CUES or i == 0:
            continue
        before, after, also = i, i + 1, ""
        if w in _EFFECT_FIRST:
            if _at(lowers, i + 1) != "from":
                continue
            after = i + 2  # "came from", "stemmed from": the effect is before, the cause after
        elif w in ("made", "makes"):
            verb = next((k for k in range(i + 2, min(len(lowers), i + _REACH)) if lowers[k] in _FAIL), 0)
            if not verb:
                continue  # "made a booking", "made the deadline": no effect forced on anything
            also = lowers[verb]
        elif w in _HARMED:
            if not _content(lowers[i - 1]):
                continue  # "a cracked lead", "was damaged": no subject acting
            also = w
        elif w in ("led", "leads"):
            if _at(lowers, i + 1) != "to":
                continue
            after = i + 2
        elif _at(lowers, i - 1) in ("was", "were") and _at(lowers, i + 1) == "by":
            before, after = i - 1, i + 2  # "was caused by"
        left, right = (
            _side(lowers, range(before - 1, max(-1, before - 1 - _REACH), -1)),
            _side(lowers, range(after, min(len(lowers), after + _REACH))),
        )
        if left and right:
            effect_first = w in _EFFECT_FIRST or lowers[i - 1] in ("was", "were")
            cause, effect = (right, left) if effect_first else (left, right)
            found.append(Link(cause, effect, (_text.stem(also),) if also else ()))
    return found


def _at(lowers: list[str], k: int) -> str:
    return lowers[k] if 0 <= k < len(lowers) else ""


def _content(word: str) -> bool:
    return word.isalpha() and len(word) > 2 and word not in _SKIP


def _side(lowers: list[str], ks: range) -> tuple[str, ...]:
    """The stemmed content words at positions `ks`, up to a clause break."""
    words = []
    for k in ks:
        w = lowers[k]
        if w in (",", ";", ":", "because", "after", "when", "and", "but", "which"):
            break
        if _content(w):
            words.append(_text.stem(w))
    return tuple(words)
