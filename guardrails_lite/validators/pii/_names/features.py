"""Features of a token for the name tagger: the word, its shape, its neighbours, list membership.

Only "candidate" tokens are scored: capitalised words, and name particles ("van", "de", "-")
between capitalised words. Every other token is outside any name, which keeps the tagger at a few
microseconds per kilobyte of ordinary prose.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from guardrails_lite.validators.pii._names.lexicon import (
    CITY_BIG,
    CONTINENT,
    COUNTRY,
    DICT,
    FIRST,
    FLAG_NAMES,
    LAST,
    MAX_PHRASE,
    PLACE,
    REGION,
    Lexicon,
)
from guardrails_lite.validators.pii._names.tokens import Tokens

LABELS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
# Closed-class words: never the start of a name (modal "May"/"Will" are names too, so they are not here).
FUNCTION_WORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being it its this that
    these those he she they we you i me him her them us my our your their his hers theirs what which who whom
    whose when where why how not no so than then there here also just only very too can could would should shall
    might must do does did has have had about into over under again once all any both each few more most other
    some such own same now up down out off please thanks thank hi hello dear yes ok okay""".split()
)
PARTICLES = frozenset("de del della da di du dos das van von der den ter la le al el bin ibn of - & ' y st".split())
_LOWER_OK = CITY_BIG | COUNTRY | REGION | CONTINENT  # lists whose entries are candidates even in lower case
_COMMON_ZIPF2 = 9  # twice the Zipf frequency above which a sentence-opening word on no list is skipped
SENTENCE_END = frozenset('.!?:;"“”(*>|•')


@dataclass(slots=True)
class Prepared:
    """Per-token facts computed once per text."""

    low: list[str]
    shape: list[str]
    lex: list[str]  # "F|LT|..." list flags, "" when on no list
    coarse: list[str]  # "N" name list, "P" place list, "D" ordinary word: e.g. "NPD", "" when on none
    zipf: list[int]
    candidate: list[bool]
    initial: list[bool]  # first token of a sentence or line
    line_len: list[int]  # tokens on this token's line
    phrase: list[str]  # "B-C", "I-CO", ...: inside a multi-word place from the lexicon


_SHAPES: dict[str, str] = {}
_SHAPES_MAX = 50_000


def shape(w: str) -> str:
    """The word's shape ("Xx", "XX", "x", "d", "X.", ...), cached: most tokens repeat."""
    got = _SHAPES.get(w)
    if got is None:
        got = _shape(w)
        if len(_SHAPES) >= _SHAPES_MAX:
            _SHAPES.clear()
        _SHAPES[w] = got
    return got


def _shape(w: str) -> str:
    if len(w) == 2 and w[1] == "." and w[0].isalpha():
        return "X." if w[0].isupper() else "x."
    if w.isalpha():
        if w.islower():
            return "x"
        if w.isupper():
            return "X" if len(w) == 1 else "XX"
        return "Xx" if w[0].isupper() and w[1:].islower() else "XxX" if w[0].isupper() else "xX"
    if w.isdigit():
        return "d"
    if "@" in w:
        return "@"
    if any(c.isalpha() for c in w):
        return "Xx'" if w[0].isupper() else "x'"
    return w if len(w) == 1 else "p"


def prepare(tokens: Tokens, lex: Lexicon) -> Prepared:
    words = tokens.text
    breaks = tokens.newline_before
    n = len(words)
    low = [w.lower() for w in words]
    shapes = [shape(w) for w in words]
    initial = [True] + [breaks[i] or words[i - 1] in SENTENCE_END for i in range(1, n)]
    lexf = [""] * n
    coarse = [""] * n
    zipf = [0] * n
    candidate = [False] * n
    mask = (1 << lex.zipf_shift) - 1
    get = lex.words.get
    for i in range(n):
        w = low[i]
        code = get(w, 0)
        bits = code & mask
        if shapes[i][0] == "X":
            if w in FUNCTION_WORDS and shapes[i] != "XX":
                continue  # "US" is a place, "us" a pronoun: only title-case function words are skipped
            if initial[i] and not bits and code >> lex.zipf_shift >= _COMMON_ZIPF2:
                continue  # "Please", "Looking", "Attached" opening a sentence: on no list, and very common
        elif not (bits & _LOWER_OK) or w in FUNCTION_WORDS:
            continue
        # (lower case on a place list: web text writes "france", "kerala")
        candidate[i] = True
        if bits:
            lexf[i] = "|".join(name for bit, name in FLAG_NAMES if bits & bit)
            coarse[i] = _coarse(bits)
        zipf[i] = code >> lex.zipf_shift
    for i in range(1, n - 1):
        if not candidate[i] and low[i] in PARTICLES and candidate[i - 1] and shapes[i + 1][0] == "X":
            candidate[i] = True
    line_len = [0] * n
    starts = [i for i in range(n) if breaks[i]] + [n]
    for a, b in pairwise(starts):
        line_len[a:b] = [b - a] * (b - a)
    phrase = [""] * n
    i = 0
    while i < n:
        if candidate[i]:
            for k in range(min(MAX_PHRASE, n - i), 1, -1):
                code = lex.phrases.get(" ".join(low[i : i + k]), 0)
                if code:
                    tag = _place_tag(code & mask)
                    phrase[i] = "B-" + tag
                    phrase[i + 1 : i + k] = ["I-" + tag] * (k - 1)
                    i += k - 1
                    break
        i += 1
    return Prepared(low, shapes, lexf, coarse, zipf, candidate, initial, line_len, phrase)


_COARSE: dict[int, str] = {}


def _coarse(bits: int) -> str:
    got = _COARSE.get(bits)
    if got is None:
        got = _COARSE[bits] = (
            ("N" if bits & (FIRST | LAST) else "") + ("P" if bits & PLACE else "") + ("D" if bits & DICT else "")
        )
    return got


def _place_tag(bits: int) -> str:
    return next((name for bit, name in FLAG_NAMES if bits & bit and name in ("C", "CO", "R", "CT")), "P")


def features(p: Prepared, i: int, prev_label: str) -> list[str]:
    """The feature strings of candidate token `i`, given the label chosen for the token before it."""
    return static_features(p, i) + label_features(p, i, prev_label)


def label_features(p: Prepared, i: int, prev_label: str) -> list[str]:
    """The features that depend on the previous token's label (scored one token at a time)."""
    return ["pl=" + prev_label, "pl_s=" + prev_label + "_" + p.shape[i], "pl_lex=" + prev_label + p.coarse[i]]


def static_features(p: Prepared, i: int) -> list[str]:
    """The features that do not depend on other labels (scored for all candidates at once)."""
    low, shape_, coarse = p.low, p.shape, p.coarse
    n = len(low)
    w, s, c = low[i], shape_[i], coarse[i]
    pw = low[i - 1] if i > 0 else "<s>"
    nw = low[i + 1] if i + 1 < n else "</s>"
    ps = shape_[i - 1] if i > 0 else "<s>"
    ns = shape_[i + 1] if i + 1 < n else "</s>"
    pc = coarse[i - 1] if i > 0 else ""
    nc = coarse[i + 1] if i + 1 < n else ""
    init = "I" if p.initial[i] else "M"
    z = p.zipf[i]
    zb = "0" if z == 0 else "lo" if z < 7 else "mid" if z < 9 else "hi" if z < 11 else "top"
    ll = p.line_len[i]
    out = [
        "b",
        "w=" + w,
        "s=" + s,
        "s3=" + w[-3:],
        "p3=" + w[:3],
        "pw=" + pw,
        "nw=" + nw,
        "pw2=" + (low[i - 2] if i > 1 else "<s>"),
        "nw2=" + (low[i + 2] if i + 2 < n else "</s>"),
        "ps=" + ps,
        "ns=" + ns,
        "psns=" + ps + "_" + ns,
        "in=" + init,
        "in_s=" + init + s,
        "lex=" + p.lex[i],
        "c=" + c,
        "c_in=" + c + init,
        "c_z=" + c + zb,
        "z=" + zb + init,
        "pc=" + pc,
        "nc=" + nc,
        "c_nc=" + c + "_" + nc,
        "ph=" + p.phrase[i],
        "ll=" + (str(ll) if ll < 5 else "5+"),
        "ll_c=" + (str(ll) if ll < 4 else "4+") + c,
        "pw_s=" + pw + "_" + s,
        "pw_c=" + pw + "_" + c,
        "nw_c=" + nw + "_" + c,
    ]
    out += ["lx=" + flag for flag in p.lex[i].split("|") if flag]
    return out
