"""Features of a token for the name tagger: the word, its shape, its neighbours, list membership.

Only "candidate" tokens are scored: capitalised words, and name particles ("van", "de", "-")
between capitalised words. Every other token is outside any name, which keeps the tagger at a few
microseconds per kilobyte of ordinary prose.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from guardrails_lite.validators.pii._names.lexicon import (
    DICT,
    FIRST,
    FLAG_NAMES,
    LAST,
    MAX_PHRASE,
    PLACE,
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
_COMMON_ZIPF2 = 9  # twice the Zipf frequency above which a sentence-opening word on no list is skipped
SENTENCE_END = frozenset('.!?:;"“”(*>|•')


@dataclass(slots=True)
class Prepared:
    """What the tagger needs of a text: every token's word, and the facts about candidates only."""

    words: list[str]
    low: list[str]
    breaks: list[bool]  # a line break before the token
    cands: list[int]  # candidate token indices, ascending
    initial: dict[int, bool]  # candidate opens a sentence or line
    lex: dict[int, str]  # candidate's list flags "F|LT|..." (absent: on no list)
    coarse: dict[int, str]  # "N" name list, "P" place list, "D" ordinary word: e.g. "NPD"
    zipf: dict[int, int]
    line_len: dict[int, int]  # tokens on the candidate's line
    phrase: dict[int, str]  # "B-C", "I-CO", ...: inside a multi-word place from the lexicon
    shapes: dict[int, str]

    def shape(self, i: int) -> str:
        got = self.shapes.get(i)
        if got is None:
            got = self.shapes[i] = shape(self.words[i])
        return got

    def is_initial(self, i: int) -> bool:
        return i == 0 or self.breaks[i] or self.words[i - 1] in SENTENCE_END


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
    n = len(words)
    low = [w.lower() for w in words]
    p = Prepared(words, low, tokens.newline_before, [], {}, {}, {}, {}, {}, {}, {})
    lower_ok = lex.lower_places
    raw = sorted({i for i, w in enumerate(words) if w[0].isupper()} | {i for i, w in enumerate(low) if w in lower_ok})
    mask = (1 << lex.zipf_shift) - 1
    get = lex.words.get
    cands = p.cands
    for i in raw:
        w = low[i]
        code = get(w, 0)
        bits = code & mask
        initial = p.is_initial(i)
        if words[i][0].isupper():
            if (w in FUNCTION_WORDS or _contraction(w)) and p.shape(i) != "XX":
                continue  # "US" is a place, "us" a pronoun: only title-case function words are skipped
            if initial and not bits and code >> lex.zipf_shift >= _COMMON_ZIPF2:
                continue  # "Please", "Looking", "Attached" opening a sentence: on no list, and very common
        elif w in FUNCTION_WORDS:
            continue
        # (lower case on a place list: web text writes "france", "kerala")
        cands.append(i)
        p.initial[i] = initial
        p.zipf[i] = code >> lex.zipf_shift
        if bits:
            p.lex[i] = "|".join(name for bit, name in FLAG_NAMES if bits & bit)
            p.coarse[i] = _coarse(bits)
    # Name particles between a candidate and a capitalised word: "Ludwig van Beethoven", "Bank of America".
    taken = set(cands)
    particles = [
        i + 1
        for i in cands
        if i + 2 < n and i + 1 not in taken and low[i + 1] in PARTICLES and words[i + 2][0].isupper()
    ]
    if particles:
        for i in particles:
            p.initial[i] = p.is_initial(i)
            p.zipf[i] = 0
        cands[:] = sorted(taken | set(particles))
    line_starts = [i for i, b in enumerate(tokens.newline_before) if b] + [n]
    for i in cands:
        k = bisect.bisect_right(line_starts, i)
        p.line_len[i] = line_starts[k] - line_starts[k - 1]
    skip_to = -1
    for i in cands:
        if i < skip_to:
            continue
        for k in range(min(MAX_PHRASE, n - i), 1, -1):
            code = lex.phrases.get(" ".join(low[i : i + k]), 0)
            if code:
                tag = _place_tag(code & mask)
                p.phrase[i] = "B-" + tag
                for j in range(i + 1, i + k):
                    p.phrase[j] = "I-" + tag
                skip_to = i + k
                break
    return p


def _contraction(w: str) -> bool:
    """ "I'm", "We'll", "It's": a function word with a clitic."""
    head = w.replace("’", "'").partition("'")[0]
    return head != w and head in FUNCTION_WORDS


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
    return ["pl=" + prev_label, "pl_s=" + prev_label + "_" + p.shape(i), "pl_lex=" + prev_label + p.coarse.get(i, "")]


def static_features(p: Prepared, i: int) -> list[str]:
    """The features that do not depend on other labels (scored for all candidates at once)."""
    low, shape_, coarse = p.low, p.shape, p.coarse
    n = len(low)
    w, s, c = low[i], shape_(i), coarse.get(i, "")
    pw = low[i - 1] if i > 0 else "<s>"
    nw = low[i + 1] if i + 1 < n else "</s>"
    ps = shape_(i - 1) if i > 0 else "<s>"
    ns = shape_(i + 1) if i + 1 < n else "</s>"
    pc = coarse.get(i - 1, "")
    nc = coarse.get(i + 1, "")
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
        "lex=" + p.lex.get(i, ""),
        "c=" + c,
        "c_in=" + c + init,
        "c_z=" + c + zb,
        "z=" + zb + init,
        "pc=" + pc,
        "nc=" + nc,
        "c_nc=" + c + "_" + nc,
        "ph=" + p.phrase.get(i, ""),
        "ll=" + (str(ll) if ll < 5 else "5+"),
        "ll_c=" + (str(ll) if ll < 4 else "4+") + c,
        "pw_s=" + pw + "_" + s,
        "pw_c=" + pw + "_" + c,
        "nw_c=" + nw + "_" + c,
    ]
    if i in p.lex:
        out += ["lx=" + flag for flag in p.lex[i].split("|")]
    return out
