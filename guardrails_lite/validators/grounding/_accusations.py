"""Accusations: a word of wrongdoing ("fraud", "stole", "negligent") the sources never use, nor a word of its sense,
fails its sentence whatever else supports it. A claim needs only part of its words in one source sentence, so one
swapped noun could turn "the manager admitted a delay" into "the manager admitted fraud" (review r13a L7); an
invented accusation is the blame this library exists to catch, and the learned decision never overrules it."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from guardrails_lite.validators.grounding._facts import Digest
from guardrails_lite.validators.grounding._lexicon import ACCUSATIONS
from guardrails_lite.validators.grounding._words import Tok, canon, senses

__all__ = ["ACCUSATION", "unstated"]

ACCUSATION = "an accusation the sources do not make"


@functools.cache
def _families() -> dict[str, frozenset[str]]:
    """Each word's family, by its spelling and its shared form (read on first use: the lexicon is loaded then,
    never at import)."""
    out: dict[str, frozenset[str]] = {}
    for line in ACCUSATIONS:
        family = frozenset(line.split()) | frozenset(canon(w) for w in line.split())
        for w in family:
            out[w] = family
    return out


# Fixed phrases that accuse nobody ("stole the show", "the bank's fraud team", "a cheat sheet"): the word and the
# word after it (review r15a M1).
_NOT_ACCUSING = frozenset(
    {(w, "show") for w in ("steal", "stole", "stolen", "stealing", "steals")}
    | {("cheat", w) for w in ("sheet", "sheets", "code", "codes", "day", "meal")}
    | {
        ("fraud", w)
        for w in "team department alert alerts check checks unit prevention protection detection squad "
        "office line".split()
    }
    | {("scam", w) for w in ("alert", "alerts", "warning", "warnings", "awareness")}
    | {("theft", w) for w in ("protection", "insurance", "cover", "alarm", "deterrent")}
)
# A victim's words for what was done to them ("broke into the shed and took my bike", "a man phoned pretending to be
# from the bank", "the phishing e-mail"): a source telling it so states the theft or the scam (canonical forms).
_VICTIM_WORDS: dict[str, frozenset[str]] = {
    "steal": frozenset("break burgle burglary burglar rob robbery robber missing nick pinch".split()),
    "scam": frozenset("pretend pose phish phishing fake impersonate spoof bogus".split()),
}
_BRIDGES = {"theft": "steal", "thief": "steal", "steal": "steal", "scam": "scam", "fraud": "scam", "deceive": "scam"}
_BE = frozenset("was were been is are be being got get gets".split())


_ACTS = frozenset("steal steals stole stealing deceive deceives deceived deceiving scammed".split())
_BEFORE_ACT = frozenset("to tried try tries trying had has have was were did then also allegedly just".split())


def _victim_bridge(toks: Sequence[Tok], k: int, family: frozenset[str], dig: Digest) -> bool:
    """A source tells in a victim's words what the word names (`_VICTIM_WORDS`), and the sentence pins it on no one
    the sources know: "the thief", "the caller tried to deceive Dana" pass, "the builder stole the bike" (a builder
    of the sources) does not."""
    key = next((_BRIDGES[w] for w in family if w in _BRIDGES), None)
    if key is None or not any(v in dig.by_word for v in _VICTIM_WORDS[key]):
        return False
    doer: Tok | None = None
    if k + 1 < len(toks) and toks[k + 1].low == "by":  # "stolen by the builder"
        doer = next((toks[j] for j in range(k + 2, min(len(toks), k + 8)) if toks[j].content), None)
    elif toks[k].low in _ACTS:
        j = k - 1
        while j >= max(0, k - 8) and (toks[j].low in _BEFORE_ACT or not toks[j].content):
            j -= 1  # a few words back at most: the doer stands near its act
        doer = toks[j] if j >= 0 else None
    # (otherwise a noun, "theft", "a scam call", or a participle names the act, not a doer)
    return doer is None or not (doer.low in dig.names or doer.canon in dig.by_word)


def _accuses(toks: Sequence[Tok], k: int) -> bool:
    """The word at `k` accuses someone: not in a fixed phrase ("stole the show", "fraud team"), and not a passive
    with no doer ("Dana's bike was stolen", "she was scammed"; "stolen by Sam" accuses Sam)."""
    t = toks[k]
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    after = toks[k + 2].low if k + 2 < len(toks) else ""
    if (t.low, nxt) in _NOT_ACCUSING or ((t.low, after) in _NOT_ACCUSING and nxt == "the"):
        return False
    if k > 0 and toks[k - 1].low in _BE and t.low.endswith(("ed", "en")):
        return nxt == "by"
    return True


def unstated(toks: Sequence[Tok], dig: Digest) -> bool:
    """True if the sentence uses a word of wrongdoing that accuses someone and that no source sentence uses (nor a
    word of its family or sense, nor a victim's words for it)."""
    families = _families()
    for k, t in enumerate(toks):
        family = families.get(t.low) or families.get(t.canon)
        if family is None:
            continue  # most words
        if any(w in dig.by_word for w in family) or not _accuses(toks, k) or _victim_bridge(toks, k, family, dig):
            continue
        near = senses(t.canon)
        if not near or not any(not f.senses.isdisjoint(near) for f in dig.facts):
            return True
    return False
