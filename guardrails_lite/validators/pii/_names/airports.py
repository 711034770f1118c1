"""Airports by their names and their codes: "at Hazrat Shahjalal International", "flies from Tribhuvan
International to Lukla", "lands at sultan ismail petra airport", "flight JNB–CDG–YUL", "landed at HNL".

The tagger takes an airport named after a person for that person ("Hazrat", "Jomo Kenyatta") and never reads a
code. The names and codes come from the `airportsdata` package (scripts/build_airports.py into
data/names/airports.json.gz); a name is read only right before "International"/"Intl" or "airport" ("Amnesty
International", "the old airport" are on no list), so a person named like an airport stays a person elsewhere.
A code is three capitals that a list of thousands holds, most of them ordinary abbreviations too ("ADD", "FUN",
"CEO"); one is read as an airport only in a route of codes ("JNB–CDG", "NAN-APW-FUN", "LHR → JFK") or after a
word that flights go to, from or through with a flight's word nearby ("landed at HNL", "flies into GYD", "FLIGHTS
VIA MRU"); in a line written in capitals a code that is an ordinary English word needs a route ("IF FUN CLOSED").
One pass over the capitalised tokens; each look is bounded: linear.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from guardrails_lite.validators._shared.package_data import shipped_json
from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.lexicon import COMMON_ZIPF2, DICT
from guardrails_lite.validators.pii._names.tokens import casings, covered, positions_of

__all__ = ["Airports", "airports", "codes", "names"]

MAX_WORDS = 5  # words of an airport's name looked at before its kind's word


class Airports(NamedTuple):
    codes: frozenset[str]
    names: frozenset[str]


def _build(data: dict[str, Any]) -> Airports:
    codes, names = data["codes"], data["names"]
    if not all(isinstance(c, str) and len(c) == 3 for c in codes) or not all(isinstance(n, str) for n in names):
        raise ValueError("codes must be three-letter strings and names strings")
    return Airports(frozenset(codes), frozenset(names))


airports = shipped_json(_build, "names", "airports.json.gz", keys=("codes", "names"))

# The words after an airport's own name ("Techo International", "sanganer airport").
_KINDS = frozenset("international intl airport aeropuerto aeroporto aéroport".split())
_KINDS_FORMS = casings(_KINDS)
_AIRPORT = frozenset("airport airports aeropuerto aeroporto aéroport".split())
# What joins the codes of a route ("JNB–CDG–YUL", "LHR/JFK", "LHR → JFK", "LHR > JFK").
_ROUTE = frozenset("- ‐ – — / → > ✈".split())
# Words that flights go to, from or through before a code ("landed at HNL", "into GYD", "via MRU").
_TO_CODE = frozenset("at to from via into in landed land lands landing arrive arrives arrived arriving out".split())
# A flight's words near a code ("flies", "flight", "landed", "DEP", "ARR").
_FLIGHT = frozenset(
    """fly flies flying flew flown flight flights land lands landed landing arrive arrives arrived arriving arrival
    arrivals depart departs departed departing departure departures dep arr airport terminal gate boarding
    connecting connection transit layover stopover airline airlines plane pickup pick charter route routing
    suitcase luggage baggage divert diverted""".split()
)
_NEAR = 10  # tokens either side of a code looked at for a flight's word


def names(p: Prepared, earlier: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """(first, last) token of each airport named before "International" or "airport" (see the module's
    docstring) where no `earlier` span holds the kind's word ("Francisco Sá Carneiro Airport", a venue already);
    the span takes the kind's words that follow the name."""
    if not p.may_hold(_KINDS):
        return []
    taken = covered(earlier)
    table = airports().names
    words = p.words
    n = len(words)
    out: list[tuple[int, int]] = []
    end = -1
    for i in positions_of(words, _KINDS_FORMS):
        w = words[i]
        low = w.lower()
        if i <= end or i in taken:
            continue
        if low in _AIRPORT or w[:1].isupper():
            first = _named(p, i, table)
            if first is None:
                continue
            last = i
            while (
                last + 1 < n and words[last + 1].lower() in _KINDS and words[last + 1][:1].isupper() == w[:1].isupper()
            ):
                last += 1
            if last + 1 < n and words[last + 1][:1].isupper() and words[last + 1].lower() not in _KINDS:
                continue  # "Jomo Kenyatta International Trade Fair": the name runs on to something else
            end = last
            if w.islower() and words[first][:1].isupper():
                last = i - 1  # "Shannon airport": the capitalised name is the place, the plain noun its kind
            out.append((first, last))
    return out


def _named(p: Prepared, kind: int, table: frozenset[str]) -> int | None:
    """The first token of the longest run of words right before token `kind` that names an airport: capitalised
    words, or lower-case ones before a lower-case "airport" (two or more of them: "sultan ismail petra airport")."""
    words = p.words
    lower = words[kind].islower()
    best = None
    run: list[str] = []
    for k in range(kind - 1, max(-1, kind - 1 - MAX_WORDS), -1):
        w = words[k]
        if not w[:1].isalpha() or (w[:1].islower() and not lower):
            break
        run.insert(0, w.lower())
        if " ".join(run) in table and (len(run) > 1 or (w[:1].isupper() and _rare(p, k))):
            best = k
    return best


def _rare(p: Prepared, k: int) -> bool:
    """One word that is no common English word ("Tribhuvan", "Techo"; not "New", "Central")."""
    f = p.word(k)
    return not (f.flags & DICT and f.zipf2 >= COMMON_ZIPF2)


def codes(p: Prepared, taken: set[int]) -> list[tuple[int, int]]:
    """(i, i) of each airport code read as one (see the module's docstring) that no other entity holds."""
    known = airports().codes
    words = p.words
    found = [i for i in p.caps_where(_code_like) if _code_like(words[i]) and words[i] in known and i not in taken]
    if not found:
        return []
    at = set(found)
    return [
        (i, i)
        for i in found
        if _in_route(p, i, at) or (_to_code(p, i) and _flight_near(p, i) and not _plain_in_capitals(p, i))
    ]


def _code_like(w: str) -> bool:
    return len(w) == 3 and w.isupper() and w.isalpha() and w.isascii() and w not in _ABBREVIATIONS


# Office abbreviations that are airport codes too ("went to CEO and CFO before the boarding deadline": review
# r20-s105-3): never read as an airport, even in a route.
_ABBREVIATIONS = frozenset(
    """CEO CFO COO CTO CIO CMO CSO CRO CPO VIP PMO AGM EOD COB FAQ PDF API SLA KPI NDA RFP RFQ TBC TBD TBA ETA ETD
    FYI USD EUR GBP JPY CHF AUD CAD INR ATM PIN SMS DOC CSV XLS PPT ADD OPS DEV IMO CET GMT UTC EST PST BST IST HQS
    LLC LTD PLC INC GMB SRL""".split()
)


def _in_route(p: Prepared, i: int, at: set[int]) -> bool:
    """A route's sign joins code `i` to another code right before or after it ("JNB–CDG", "LHR → JFK")."""
    words = p.words
    n = len(words)
    return (i >= 2 and words[i - 1] in _ROUTE and i - 2 in at) or (i + 2 < n and words[i + 1] in _ROUTE and i + 2 in at)


def _to_code(p: Prepared, i: int) -> bool:
    return i > 0 and p.words[i - 1].lower() in _TO_CODE


def _flight_near(p: Prepared, i: int) -> bool:
    lo, hi = max(0, i - _NEAR), min(len(p.words), i + _NEAR + 1)
    return any(p.words[t].lower() in _FLIGHT for t in range(lo, hi) if t != i)


def _plain_in_capitals(p: Prepared, i: int) -> bool:
    """A code that is an ordinary English word, in a stretch written in capitals ("IF FUN CLOSED")."""
    f = p.word(i)
    before = p.words[i - 1] if i else ""
    return bool(f.flags & DICT) and before.isupper()
