"""Ships' and boats' names: "Refit slot at Ulsteinvik – MV Nordlys", "The ship Liberdadi goes to dry dock", "the
well boat Sæljós", "The dinghy is named Bill".

Vessels are named like people and places (saints, women, towns, winds), and the tagger reads them as such. A
tagger person or place right after a vessel's prefix ("MV", "HMS", "FV") or a vessel's noun ("ship", "ferry",
"trawler"), or after such a noun and "is named"/"called" within a few words, is the vessel; so are the text's other
tagger mentions of the same words ("... so the Nordlys can leave Bergen"). A rule's person is never dropped (a
greeting, a title, "my name is" outweigh a boat's word before it).
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names.features import Prepared

Span = tuple[int, int, str, int]
PREFIXES = frozenset("MV MS MT SS HMS HMCS HMAS HMNZS USS RV FV MY SV".split())
NOUNS = frozenset(
    """ship ships boat vessel yacht ferry tanker trawler barge tug tugboat schooner sloop catamaran dinghy cutter
    freighter steamer ketch dhow""".split()
)
_NAMED = frozenset("named called christened".split())
_CUES = NOUNS | {w.lower() for w in PREFIXES}
_NAMED_REACH = 4  # tokens from the vessel's noun to "named" ("The dinghy is named Bill")


def dropped(p: Prepared, spans: list[Span], backed: set[int]) -> list[Span]:
    """`spans` without the tagger entities that name a vessel, and without the text's other tagger mentions of
    a vessel's words."""
    if not p.may_hold(_CUES):
        return spans  # (a long text without a vessel's word: no walk)
    words = p.words
    names: set[tuple[str, ...]] = set()
    for first, last, kind, g in spans:
        if g not in backed and kind in ("PER", "LOC") and first > 0 and _vessel_before(p, first):
            names.add(tuple(words[first : last + 1]))
    if not names:
        return spans
    return [s for s in spans if s[3] in backed or tuple(words[s[0] : s[1] + 1]) not in names]


def _vessel_before(p: Prepared, first: int) -> bool:
    """A vessel's prefix or noun right before token `first`, or its noun shortly before "named"/"called"."""
    words = p.words
    before = words[first - 1]
    if before in PREFIXES or before.lower() in NOUNS:
        return True
    if before.lower() not in _NAMED:
        return False
    return any(words[t].lower() in NOUNS for t in range(max(0, first - 2 - _NAMED_REACH), first - 1))
