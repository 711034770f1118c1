"""Tokens and base forms for claim-based grounding.

`canon` maps a word to one form shared by its inflections and near-synonyms ("booked", "reserves",
"booking" -> "book"), so support is a set intersection. `Tok` keeps the original spelling for name
detection (capitals) and the lower-cased and canonical forms for everything else.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from guardrails_lite.validators._claims_lexicon import IRREGULAR, PHRASES, SYNONYM

_TOKEN = re.compile(r"\d{1,2}[:.]\d{2}(?!\d)|[^\W_]+(?:[.,'’/-][^\W_]+)*|[€$£%]|[^\w\s]")
_MAX_PHRASE = max(len(p) for p in PHRASES)


@functools.lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A base form: irregular table, then suffix rules that map every inflection to one spelling."""
    w = word.lower().replace("’", "'")
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    elif w.endswith(("ches", "shes", "sses", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    elif w.endswith("ly") and len(w) > 5:
        w = w[:-2]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


_SYN_BY_LEMMA: dict[str, str] = {}
for _word, _head in SYNONYM.items():
    _SYN_BY_LEMMA.setdefault(_word if "_" in _word else lemma(_word), _head if "_" in _head else lemma(_head))


@functools.lru_cache(maxsize=65536)
def canon(word: str) -> str:  # noqa: D401
    """The shared form of a word and its near-synonyms."""
    if negative_prefix(word):
        word = word[2:]  # "unpaid" shares "paid"'s form; the negation is read by the caller
    lem = word if "_" in word else lemma(word)
    return _SYN_BY_LEMMA.get(lem, lem)


def negative_prefix(word: str) -> bool:
    """ "unpaid", "unacceptable": a negated word, not a word of its own."""
    return word.startswith("un") and len(word) > 6 and word not in _UN_WORDS


_UN_WORDS = frozenset("until under understand understood understanding unit units united unique universal union unanimous underway undertake undertook underlying".split())


@dataclass(frozen=True, slots=True)
class Tok:
    text: str  # as written
    low: str  # lower-cased, phrases joined with "_"
    canon: str

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


def tokens(text: str) -> list[Tok]:
    """Tokens with known phrases ("call off", "no one") merged into one."""
    raw = _TOKEN.findall(text.replace("’", "'"))
    lows = [r.lower() for r in raw]
    out: list[Tok] = []
    i = 0
    while i < len(raw):
        for size in range(min(_MAX_PHRASE, len(raw) - i), 1, -1):
            key = tuple(lows[i : i + size])
            if key in PHRASES:
                joined = PHRASES[key]
                out.append(Tok(" ".join(raw[i : i + size]), joined, canon(joined)))
                i += size
                break
        else:
            out.append(Tok(raw[i], lows[i], canon(lows[i])))
            i += 1
    return out
