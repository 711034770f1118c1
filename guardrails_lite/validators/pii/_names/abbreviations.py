"""Places written as short capitals: "moved to LA", "flights from NY", "Austin, TX", "Toronto, ON".

Capitals are codes and acronyms far more often than places ("in IT", "to HR", "OR", "ME"), and the tagger,
tuned on e-mails full of codes, passes over them all. Two contexts tell the places apart:
- a well-known short name of a city, state or country after a word that comes before places ("in LA",
  "from NY", "to the UK") or before a site's noun ("our LA office"): a short list, none of which is an ordinary
  abbreviation in capitals;
- a state's or province's postal code after a listed place's name and a comma ("Austin, TX", "Perth, WA"):
  there any code of the US, Canada or Australia is the place.
One pass over the capitalised tokens, a set look-up each: linear.
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names import gazetteer
from guardrails_lite.validators.pii._names.context import PLACE_NOUNS_AFTER
from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.lexicon import PLACE
from guardrails_lite.validators.pii._names.tokens import positions
from guardrails_lite.validators.pii._names.wordlists import PLACE_CUES

# Short names in capitals that are places wherever a place's word comes before them.
SHORT_PLACES = frozenset("""LA NY NYC SF DC HK KL NZ UK US USA UAE NOLA LDN KSA PRC NSW QLD SG CDMX JHB""".split())
# Postal codes of US states and territories, Canadian provinces and Australian states (after "Town, ").
STATE_CODES = frozenset(
    """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH
    OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR AB BC MB NB NL NS NT NU ON PE QC SK YT NSW VIC QLD SA TAS
    ACT""".split()
)
_WANTED = SHORT_PLACES | STATE_CODES


def find(p: Prepared, taken: set[int]) -> list[tuple[int, int]]:
    """(i, i) for each short place in capitals that no other entity holds. A text without one of the words (most)
    costs one pass in C (`isdisjoint`); each word present is then found by `positions`."""
    words = p.words
    if _WANTED.isdisjoint(words):
        return []
    n = len(words)
    out: list[tuple[int, int]] = []
    for w in _WANTED.intersection(words):
        for i in positions(words, w):
            if i in taken or i == 0:
                continue
            if w in SHORT_PLACES and (_cued(p, i) or (i + 1 < n and words[i + 1] in PLACE_NOUNS_AFTER)):
                out.append((i, i))
            elif w in STATE_CODES and i > 1 and words[i - 1] == "," and _town(p, i - 2):
                out.append((i, i))
    return sorted(out)


def _cued(p: Prepared, i: int) -> bool:
    """A word that comes before places, before the token or before its article ("to the UK")."""
    before = p.word(i - 1).low
    if before == "the":
        before = p.word(i - 2).low
    return before in PLACE_CUES


def _town(p: Prepared, i: int) -> bool:
    """A listed place's name ends at token `i` ("Austin", "San Antonio", "Chillicothe")."""
    w = p.words[i]
    if not w[:1].isupper():
        return False
    if p.word(i).flags & PLACE or i in p.phrase:
        return True
    return bool(gazetteer.look_up(w.lower(), gazetteer.hashes()))
