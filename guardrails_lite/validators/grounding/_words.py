"""Tokens and base forms for claim-based grounding.

`canon` maps a word to one form shared by its inflections and near-synonyms ("booked", "reserves",
"booking" -> "book"), so support is a set intersection. `Tok` keeps the original spelling for name
detection (capitals) and the lower-cased and canonical forms for everything else.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from guardrails_lite._memo import keep, short_memo
from guardrails_lite.text import STOP, fold_apostrophes
from guardrails_lite.text import tokens as _raw_tokens
from guardrails_lite.validators._shared.package_data import shipped_json
from guardrails_lite.validators.grounding import _numbers as numbers
from guardrails_lite.validators.grounding._lexicon import IRREGULAR, LIGHT_VERBS, NEGATORS, PHRASES, SYNONYM


def _read_wordnet(data: Any) -> dict[str, Any]:
    return {
        "syn": {w: frozenset(f"s{i}" for i in ids) for w, ids in data["syn"].items()},
        "exc": data["exc"],
        "lemmas": frozenset(data["lemmas"]),
        "verbs": frozenset(data["verbs"]),
    }


wordnet = shipped_json(_read_wordnet, "grounding", "lexicon.json.gz", keys=("syn", "exc", "lemmas", "verbs"))
"""The shipped WordNet-derived lexicon (lemmas, irregular forms, sense numbers), loaded once."""


# Suffix rules of WordNet's morphy, most specific first: (ending, replacement).
_DETACH = (
    ("ies", "y"), ("ied", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x"), ("zes", "z"),
    ("ses", "s"), ("es", "e"), ("es", ""), ("s", ""), ("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""),
    ("est", "e"), ("est", ""), ("er", "e"), ("er", ""), ("men", "man"),
)  # fmt: skip


@short_memo(maxsize=65536)
def lemma(word: str) -> str:
    """A base form: irregular tables, then WordNet's suffix rules checked against its lemma list
    ("cancelled" -> "cancel", "booking" -> "book"), else a crude suffix strip."""
    w = fold_apostrophes(word.lower())
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3 or not w.isalpha():
        return w
    lex = wordnet()
    if w in lex["exc"]:
        return str(lex["exc"][w])
    known = lex["lemmas"]
    if w.endswith(("ss", "us", "is", "er", "est")) and w in known:
        return w  # "worker", "supplier" are words of their own, not "work" + "-er"
    found = _base(w, known, lex["verbs"])
    if found is not None:
        return found
    if w in known:
        return w
    return _crude(w)


# Endings of a verb form: the base they come off must be a verb ("passed" is "pass", not the adjective
# "passé"; "need" is itself, not "née" + "d"), as WordNet's morphy applies them to verbs only.
_VERB_ENDINGS = frozenset({"ed", "ing"})


def _base(w: str, known: frozenset[str], verbs: frozenset[str]) -> str | None:
    """The WordNet lemma `w` is an inflection of, by the most specific suffix rule that gives one."""
    for end, rep in _DETACH:
        if w.endswith(end) and len(w) - len(end) >= 2:
            lemmas = verbs if end in _VERB_ENDINGS else known
            stem = w[: -len(end)] + rep
            if stem in lemmas:
                return stem
            if end in ("ed", "ing", "er", "est") and len(stem) > 3 and stem[-1] == stem[-2]:
                if stem[:-1] in lemmas:  # "stopped" -> "stop"
                    return stem[:-1]
    return None


def _crude(w: str) -> str:
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


@functools.cache
def _clusters() -> dict[str, str]:
    """Hand-written near-synonyms by base form (built on first use: it needs the lemmatiser)."""
    out: dict[str, str] = {}
    for word, head in SYNONYM.items():
        out.setdefault(word if "_" in word else lemma(word), head if "_" in head else lemma(head))
    return out


@short_memo(maxsize=65536)
def canon(word: str) -> str:
    """The shared form of a word and its hand-listed near-synonyms."""
    word = _CALENDAR_SHORT.get(word, word)
    if negative_prefix(word):
        word = word[2:]  # "unpaid" shares "paid"'s form; the negation is read by the caller
    lem = word if "_" in word else lemma(word)
    if lem in _NOUN_SYNONYMS and (word.endswith(("ed", "ing")) or word in IRREGULAR):
        return lem  # "issued a remote wipe" gives it out, the noun "issue" is a problem; "led to" is no boss
    return _clusters().get(lem, lem)


# Short forms of months and weekdays that are no other word ("Tue 14 Apr" for "Tuesday 14 April"; not "mar",
# "may", "wed", "sat", "sun").
_CALENDAR_SHORT = {
    short: full
    for full in "january february april june july august september october november december monday tuesday "
    "thursday friday".split()
    for short in {full[:3], full[:4]} - {"marc", "june", "july"}
} | {"sept": "september", "tues": "tuesday", "thur": "thursday", "thurs": "thursday"}
# Hand-listed synonyms of a noun whose verb means something else.
_NOUN_SYNONYMS = frozenset({"issue", "lead"})


def senses(form: str) -> frozenset[str]:
    """WordNet sense numbers of a canonical form: two words sharing one are near-synonyms."""
    syn = _SYN if _SYN is not None else _load_syn()
    found: frozenset[str] = syn.get(form, _NONE)
    return found


# wordnet()["syn"] once loaded: `senses` runs for every word of every fact, without a call and two lookups.
_SYN: dict[str, frozenset[str]] | None = None


def _load_syn() -> dict[str, frozenset[str]]:
    global _SYN
    syn: dict[str, frozenset[str]] = wordnet()["syn"]
    _SYN = syn
    return syn


_NONE: frozenset[str] = frozenset()


def negative_prefix(word: str) -> bool:
    """ "unpaid", "unacceptable": a negated word, not a word of its own."""
    return word.startswith("un") and len(word) > 6 and word not in _UN_WORDS


_UN_WORDS = frozenset(
    "until under understand understood understanding unit units united unique universal union unanimous underway "
    "undertake undertook underlying".split()
)


# Stop words plus punctuation and the prepositions claims do not turn on.
STOPISH = (
    STOP
    | frozenset(
        "'s ' \" - – — , . ; : ! ? ( ) [ ] instead also before after until till since during within without about "
        "against between through across per via among upon onto toward towards whether either another".split()
    )
    | frozenset(  # a pronoun with its verb ("It's 11 years old"): no word of the claim (wave 19)
        "it's that's there's here's he's she's what's who's let's they're we're you're i'm they've we've i've "
        "you've it'll they'll we'll i'll he'll she'll".split()
    )
)


class Tok:
    """A token: `text` as written, `low` lower-cased (phrases joined with "_"), `canon`, and flags computed
    once per spelling (every reader of every sentence reads them instead of testing the text again): `capital`,
    `content` (a word a claim turns on), `negator` ("not", "never", "n't"), `prefixed` ("unpaid"), `negates`
    (either), `numeric` (may start or be part of a figure), `alpha` and `lead_alpha` (all or the first of
    `text` letters)."""

    __slots__ = (
        "alpha", "canon", "capital", "content", "lead_alpha", "low", "negates", "negator", "numeric", "prefixed", "text"
    )  # fmt: skip

    def __init__(self, text: str, low: str, canon_form: str) -> None:
        self.text = text
        self.low = low
        self.canon = canon_form
        self.capital = text[:1].isupper()
        self.alpha = text.isalpha()  # letters only ("Dana", not "Dana's" or "B12")
        self.lead_alpha = text[:1].isalpha()
        self.negator = low in NEGATORS or low.endswith("n't") or low == "nobody"
        self.prefixed = negative_prefix(low)  # "unpaid"
        self.negates = self.negator or self.prefixed  # what `_reading.negated_words` reads
        written = "-" in low and numbers.hyphenated(low) is not None  # "twenty-five"
        # may start or be part of a figure ("12-hour", "three-day" too)
        self.numeric = (
            low[:1].isdigit() or low in numbers.TRIGGERS or written or ("-" in low and numbers.unit_compound(low))
        )
        self.content = (
            not written
            and low not in STOPISH
            and low[:1].isalnum()
            and not low[:1].isdigit()
            and low not in numbers.WORDS
            and low not in numbers.UNIT_WORDS
            and low not in numbers.CLOCK_WORDS
            and canon_form not in LIGHT_VERBS
            and low not in numbers.ARITHMETIC_CUES
            and low not in numbers.APPROX
            and not self.negator
        )

    def __repr__(self) -> str:
        return f"Tok({self.text!r})"


_PHRASE_FIRST = frozenset(p[0] for p in PHRASES)
# The lengths of the phrases each first word opens, longest first: the merge tries only those.
_PHRASE_SIZES = {
    w: tuple(sorted({len(p) for p in PHRASES if p[0] == w and len(p) > 1}, reverse=True)) for w in _PHRASE_FIRST
}
_CACHE: dict[str, Tok] = {}
_CACHE_MAX = 50_000


def _tok(raw: str) -> Tok:
    """One shared (read-only) Tok per spelling: most words recur across calls."""
    t = _CACHE.get(raw)
    if t is None:
        low = raw.lower()
        t = keep(_CACHE, raw, Tok(raw, low, canon(low)), len(raw), _CACHE_MAX)  # a long token is made each time
    return t


_RANGE = re.compile(r"(\d[\d,.]*)-(\d[\d,.]*)$")
# A figure written with its unit or scale ("150kg", "£1.2m", "2.5k", "24h"): the number and the unit apart.
_GLUED = re.compile(
    r"(?<![\d,.])(\d[\d,]*+(?:\.\d++)?)(k|m|bn|kg|km|cm|mm|ml|kw|kwh|mb|gb|tb|h|hrs|mins?)$", re.IGNORECASE
)
# A date in digits, day first as in British writing unless the first part cannot be a month ("14/04/2026",
# "14.04.2026"), or ISO ("2026-04-14"): as the day, the month's name and the year.
_SLASH_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})$")
# What `_figure_parts` may take apart; starts only where a run of digits starts (linear on "1.1.1...").
_SPLITTABLE = re.compile(r"(?<![\d,.])\d[\d,.]*+[-/a-zA-Z]")
# A digit followed by a hyphen, slash, letter, dot or comma: without one no token of the text is `_SPLITTABLE` (most
# sentences: one scan of the text instead of a test per token).
_NO_FIGURE = re.compile(r"\d[-/a-zA-Z.,]").search
_MONTH_NAMES = "january february march april may june july august september october november december".split()


def _ranges(raw: list[str], text: str) -> list[str]:
    """ "24-25" and "65,000-75,000" as two figures with a dash between them; glued units and dates in
    digits as their parts (see `_GLUED`, `_SLASH_DATE`, `_ISO_DATE`); `raw` are the tokens of `text`."""
    if _NO_FIGURE(text) is None or not any(r[:1].isdigit() and _SPLITTABLE.match(r) for r in raw):
        return raw  # most sentences: no figure to take apart
    out: list[str] = []
    for r in raw:
        out += _figure_parts(r) if r[:1].isdigit() else [r]
    return out


def _figure_parts(r: str) -> list[str]:
    m = _RANGE.match(r)
    if m:
        return [m.group(1), "-", m.group(2)]
    m = _GLUED.match(r)
    if m:
        return [m.group(1), m.group(2).lower()]
    m = _ISO_DATE.match(r)
    if m:
        return _date_parts(int(m.group(3)), int(m.group(2)), m.group(1)) or [r]
    m = _SLASH_DATE.match(r)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        day, month = (b, a) if b > 12 else (a, b)  # "04/14/2026" can only be month first
        year = m.group(3) if len(m.group(3)) == 4 else "20" + m.group(3)
        return _date_parts(day, month, year) or [r]
    return [r]


def _date_parts(day: int, month: int, year: str) -> list[str]:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return []
    return [str(day), _MONTH_NAMES[month - 1], year]


def tokens(text: str) -> list[Tok]:
    """Tokens with known phrases ("call off", "no one") merged into one."""
    raw = _ranges(_raw_tokens(text), text)
    cached = _CACHE.get
    out = [cached(r) or _tok(r) for r in raw]
    lows = [t.low for t in out]
    if _PHRASE_FIRST.isdisjoint(lows):
        return out
    merged: list[Tok] = []
    i, n = 0, len(out)
    while i < n:
        if lows[i] in _PHRASE_FIRST:
            for size in _PHRASE_SIZES[lows[i]]:
                if size > n - i:
                    continue
                key = tuple(lows[i : i + size])
                if key in PHRASES:
                    joined = PHRASES[key]
                    merged.append(Tok(" ".join(raw[i : i + size]), joined, canon(joined)))
                    i += size
                    break
            else:
                merged.append(out[i])
                i += 1
            continue
        merged.append(out[i])
        i += 1
    return merged
