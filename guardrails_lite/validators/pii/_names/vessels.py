"""Ships' and boats' names: "Refit slot at Ulsteinvik – MV Nordlys", "The ship Liberdadi goes to dry dock", "the
well boat Sæljós", "The dinghy is named Bill".

Vessels are named like people and places (saints, women, towns, winds), and the tagger reads them as such. A
tagger person or place right after a vessel's prefix ("MV", "HMS", "FV") or a vessel's noun after a determiner ("the
ship", "our ferry", "the well boat"), or after such a noun and "is named"/"called" within a few words, is the
vessel; so are the text's other tagger mentions of the same words after "the" ("... so the Nordlys can leave
Bergen"). A listed given name is a vessel only after "named"/"called"; a rule's person is never dropped (a
greeting, a title, "my name is" outweigh a boat's word before it).
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.lexicon import FIRST

Span = tuple[int, int, str, int]
# Written in capitals, as such (not "MS", "MY", "MT": "ATTN: MS PRIYA SHARMA", review r19-s93-2).
PREFIXES = frozenset("MV HMS HMCS HMAS HMNZS USS RV FV SV".split())
NOUNS = frozenset(
    """ship boat vessel yacht ferry tanker trawler barge tug tugboat schooner sloop catamaran dinghy cutter
    freighter steamer ketch dhow""".split()
)
# Before a vessel's noun (one word may come between: "the well boat Sæljós"): the noun, not the verb ("ship Maria
# Lopez the samples", "ferry Ahmed to the airport").
_DETERMINERS = frozenset("the a an our their your his her my its this that".split())
_NAMED = frozenset("named called christened".split())
_CUES = NOUNS | {w.lower() for w in PREFIXES}
_NAMED_REACH = 4  # tokens from the vessel's noun to "named" ("The dinghy is named Bill")


def dropped(p: Prepared, spans: list[Span], backed: set[int]) -> list[Span]:
    """`spans` without the tagger entities that name a vessel, and without the text's other tagger mentions of a
    vessel's words that follow "the" ("... so the Nordlys can leave Bergen"; never "Maria" alone elsewhere)."""
    if not p.may_hold(_CUES):
        return spans  # (a long text without a vessel's word: no walk)
    words = p.words
    names: set[tuple[str, ...]] = set()
    gone: set[int] = set()
    for first, last, kind, g in spans:
        if g not in backed and kind in ("PER", "LOC") and first > 0 and _vessel_before(p, first, last):
            names.add(tuple(words[first : last + 1]))
            gone.add(first)
    if not names:
        return spans
    return [s for s in spans if s[3] in backed or not _dropped(p, s, names, gone)]


def _dropped(p: Prepared, span: Span, names: set[tuple[str, ...]], gone: set[int]) -> bool:
    first, last = span[0], span[1]
    if first in gone:
        return True
    return p.text(first - 1).lower() == "the" and tuple(p.words[first : last + 1]) in names


def _vessel_before(p: Prepared, first: int, last: int) -> bool:
    """A vessel's prefix right before tokens first..last, or a vessel's noun after a determiner; a listed given
    name only after "named"/"called" ("The dinghy is named Bill"; not "The boat Maria took was late"), and there
    only one word with no "'s" after it ("Her yacht is named Amelia Hart, after her grandmother", "The boat called
    Priya Sharma's Dream": a person's name; review r19-s93-5)."""
    words = p.words
    before = words[first - 1]
    if before in PREFIXES:
        return True
    if before in NOUNS:
        return not p.word(first).flags & FIRST and _determined(words, first - 1)
    if before.lower() not in _NAMED or first != last or p.text(last + 1) in ("'s", "’s"):
        return False
    return any(words[t] in NOUNS and _determined(words, t) for t in range(max(0, first - 2 - _NAMED_REACH), first - 1))


def _determined(words: list[str], noun: int) -> bool:
    """A determiner before the noun at `noun`, right before it or one word before that."""
    return any(t >= 0 and words[t].lower() in _DETERMINERS for t in (noun - 1, noun - 2))
