"""Features of a token for the name tagger: the word, its shape, its neighbours, list membership.

Only "candidate" tokens are scored: capitalised words, lower-case words on a place list, and name
particles ("van", "de", "-") between capitalised words. Every other token is outside any name.

The features are defined once, as strings, by the functions below (training uses them as they are).
They come in groups that depend on one token only: the candidate's own (`own_keys`, given whether it
opens a sentence), its neighbours' (`prev_keys`, `next_keys`, ...), and a few pairs (`pair_keys`).
At run time the tagger caches the weight rows of each group per word, so a word seen before costs a
dictionary look-up instead of building strings.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
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
from guardrails_lite.validators.pii._names.memo import keep
from guardrails_lite.validators.pii._names.tokens import NEWLINE, Tokens, positions
from guardrails_lite.verdict import check_deadline

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
SENTENCE_END = frozenset([".", "!", "?", ":", ";", '"', "“", "”", "(", "*", ">", "|", "•", NEWLINE])
_CACHE_MAX = 100_000  # distinct words whose facts are kept; cleared when full (hostile text: many words)
_REPEATS = 4  # `caps_after`/`caps_where` filter when the words repeat this often on average ...
_FILTER_MIN = 256  # ... among this many capitalised tokens or more (an e-mail has ~40: a plain walk is cheaper)
CHECK_EVERY = 63  # the clock is read every 64 tokens of a cheap long loop (a mask: k & 63 == 0)


@dataclass(frozen=True, slots=True)
class Word:
    """What the features use of one token text."""

    low: str
    shape: str
    flags: int  # list membership bits (lexicon)
    zipf2: int  # twice the Zipf frequency
    coarse: str  # "N" name list, "P" place list, "D" ordinary word: e.g. "NPD"
    lex: str  # list flags "F|LT|..." ("" on no list)
    capital: bool  # starts with a capital letter
    closed: bool  # a function word ("The", "I'm"; not "US"): never a candidate
    common: bool  # on no list and very common: no candidate when it opens a sentence ("Please")


def bare(f: Word) -> Word:
    """`f` as a word on no list (how a name particle is scored)."""
    return Word(f.low, f.shape, 0, 0, "", "", f.capital, f.closed, False)


def _boundary(w: str) -> Word:
    return Word(w, w, 0, 0, "", "", False, True, False)


BOUNDARY = {"<s>": _boundary("<s>"), "</s>": _boundary("</s>")}
_NEWLINE_WORD = _boundary("<nl>")


def shape(w: str) -> str:
    """The word's shape: "Xx", "XX", "x", "d", "X.", ..."""
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


class Facts(dict[str, Word]):
    """`Word` per token text (`facts[text]`), for one lexicon; a bounded cache filled on a miss."""

    def __init__(self, lex: Lexicon) -> None:
        super().__init__()
        self.lex = lex

    def __missing__(self, w: str) -> Word:
        return keep(self, w, self._make(w), len(w), _CACHE_MAX)

    def _make(self, w: str) -> Word:
        if w == NEWLINE:
            return _NEWLINE_WORD
        if w in BOUNDARY:  # never a token: "<" starts a token of its own unless a capital follows
            return BOUNDARY[w]
        low = w.lower()
        code = self.lex.words.get(low, 0)
        bits = code & ((1 << self.lex.zipf_shift) - 1)
        zipf2 = code >> self.lex.zipf_shift
        listed = bits & _FLAG_BITS
        named = _BIT_NAMES.get(listed)
        if named is None:
            named = _BIT_NAMES[listed] = _bit_names(listed)
        coarse, lex = named
        s = shape(w)
        capital = w[0].isupper()
        # "US" is a place, "us" a pronoun: only title-case function words are skipped
        closed = (low in FUNCTION_WORDS or _contraction(low)) and s != "XX" if capital else low in FUNCTION_WORDS
        common = not bits and zipf2 >= _COMMON_ZIPF2
        return Word(low, s, bits, zipf2, coarse, lex, capital, closed, common)


#: (coarse class, list names) per list flags: a text of new words (names) has only a few distinct patterns of them,
#: so each is spelled once; keyed by the flags' bits alone (ten), it holds at most 1,024 entries.
_FLAG_BITS = sum(bit for bit, _ in FLAG_NAMES)
_BIT_NAMES: dict[int, tuple[str, str]] = {}


def _bit_names(bits: int) -> tuple[str, str]:
    """The coarse list class ("NPD": a name, a place, a dictionary word) and the "|"-joined list names of `bits`."""
    coarse = ("N" if bits & (FIRST | LAST) else "") + ("P" if bits & PLACE else "") + ("D" if bits & DICT else "")
    return coarse, "|".join(name for bit, name in FLAG_NAMES if bits & bit)


_FACTS: dict[int, Facts] = {}
_FACTS_LOCK = threading.Lock()


def facts_of(lex: Lexicon) -> Facts:
    """The one `Facts` of a lexicon (shared by every finder, so the tagger's caches are too)."""
    got = _FACTS.get(id(lex))
    if got is None:
        with _FACTS_LOCK:  # a `Facts` holds its lexicon, so the id is never reused while the entry lives
            got = _FACTS.setdefault(id(lex), Facts(lex))
    return got


@dataclass(slots=True)
class Prepared:
    """What the tagger needs of a text: every token's text, and the facts about candidates."""

    words: list[str]
    ends: list[int]
    facts: Facts
    caps: list[int]  # tokens that start with a capital letter
    newlines: list[int]  # line-break tokens
    cands: list[int]  # candidate token indices, ascending
    particles: set[int]  # candidates that are name particles ("van", "of"): scored as a word on no list
    initial: dict[int, bool]  # candidate opens a sentence or line
    line_len: dict[int, int]  # tokens on the candidate's line
    phrase: dict[int, str]  # "B-C", "I-CO", ...: inside a multi-word place from the lexicon
    hosts: frozenset[str] | None = None  # e-mail domain words (`context.firm_words`); empty when no "@"
    befores: set[str] | None = None  # the distinct tokens right before a capitalised token (`caps_after`)
    cap_words: set[str] | None = None  # the distinct capitalised tokens (`caps_where`)
    lower_words: set[str] | None = None  # the distinct tokens, lower-cased (`may_hold`)
    # the closing lines' tokens and the name lines' under them (`context._closing_lines`: read by two stages)
    closing: tuple[frozenset[int], frozenset[int]] | None = None

    def may_hold(self, cues: frozenset[str]) -> bool:
        """Whether a token of the text, lower-cased, may be one of `cues` (lower case): a rule whose cue word is
        missing cannot fire. A short text is not read for it (that pass would cost what the rule's walk does)."""
        if len(self.caps) < _FILTER_MIN:
            return True
        if self.lower_words is None:
            self.lower_words = set(map(str.lower, set(self.words)))
        return not cues.isdisjoint(self.lower_words)

    def caps_where(self, wanted: Callable[[str], bool]) -> list[int]:
        """The capitalised tokens that pass `wanted`, ascending; `wanted` is asked once per distinct word (as
        `caps_after`: all capitalised tokens when they are mostly distinct, the caller checks each itself)."""
        words, caps = self.words, self.caps
        if len(caps) < _FILTER_MIN:
            return caps
        if self.cap_words is None:
            self.cap_words = {words[i] for i in caps}
        if len(self.cap_words) * _REPEATS > len(caps):
            return caps
        ok = {w for w in self.cap_words if wanted(w)}
        return [i for i in caps if words[i] in ok] if ok else []

    def caps_after(self, wanted: Callable[[str], bool]) -> list[int]:
        """The capitalised tokens (not the first) whose token before passes `wanted`, ascending: `wanted` is asked
        once per distinct word, so a stage that looks only where a cue word comes first skips the rest in one
        pass of set look-ups (hostile or long text repeats a few words many thousand times). When the words
        are mostly distinct, all capitalised tokens but the first: the caller checks each one itself anyway."""
        words, caps = self.words, self.caps
        if len(caps) < _FILTER_MIN:
            return caps[1:] if caps and caps[0] == 0 else caps
        if self.befores is None:
            self.befores = {words[i - 1] for i in caps if i}
        if len(self.befores) * _REPEATS > len(caps):
            # mostly distinct words (most texts): asking each would cost what it saves
            return caps[1:] if caps and caps[0] == 0 else caps
        ok = {w for w in self.befores if wanted(w)}
        return [i for i in caps if i and words[i - 1] in ok] if ok else []

    def text(self, i: int) -> str:
        """Token `i`'s text; "<s>"/"</s>" before the first and after the last token."""
        if i < 0:
            return "<s>"
        if i >= len(self.words):
            return "</s>"
        return self.words[i]

    def word(self, i: int) -> Word:
        """The facts of `text(i)` (written out: the rules call this for every token they look at)."""
        if 0 <= i < len(self.words):
            return self.facts[self.words[i]]
        return self.facts["<s>" if i < 0 else "</s>"]

    def step(self, i: int, by: int) -> int:
        """The token `by` (1 or -1) from token `i`, line breaks skipped: the tagger was trained on sentences
        without them, so a line's first word sees the last word of the line before as its neighbour."""
        i += by
        words, n = self.words, len(self.words)
        while 0 <= i < n and words[i] == NEWLINE:
            i += by
        return i

    def listed(self, i: int) -> bool:
        """Whether token `i`'s list class counts as a neighbour's: it is a candidate and no particle."""
        return i in self.initial and i not in self.particles

    def cand_word(self, i: int) -> Word:
        """Candidate `i` as its own features see it: a particle's list flags are ignored."""
        f = self.word(i)
        return bare(f) if i in self.particles else f

    def is_initial(self, i: int) -> bool:
        return i == 0 or self.words[i - 1] in SENTENCE_END


def prepare(tokens: Tokens, facts: Facts, deadline: float | None = None) -> Prepared:
    """The candidates of `tokens` and their facts; stops past `deadline` (`verdict.check_deadline`)."""
    words = tokens.words
    n = len(words)
    caps = [i for i, w in enumerate(words) if w[0].isupper()]
    p = Prepared(words, tokens.ends, facts, caps, positions(words, NEWLINE), [], set(), {}, {}, {})
    if not tokens.at:
        p.hosts = frozenset()  # no "@": no e-mail address
    lex = facts.lex
    raw = caps
    lower = lex.lower_places.intersection(words)  # web text writes "france", "kerala"
    if lower:
        raw = sorted(caps + [i for w in lower for i in positions(words, w)])
    cands = p.cands
    for k, i in enumerate(raw):
        if not k & CHECK_EVERY:
            check_deadline(deadline)
        f = facts[words[i]]
        if f.closed:
            continue
        initial = i == 0 or words[i - 1] in SENTENCE_END
        if initial and f.common and f.capital:
            continue  # "Please", "Looking", "Attached" opening a sentence: on no list, and very common
        cands.append(i)
        p.initial[i] = initial
    _add_particles(p, n)
    newlines = p.newlines
    line_len = p.line_len
    k, breaks = 0, len(newlines)
    for i in cands:  # both ascend: k = the line breaks before candidate i
        while k < breaks and newlines[k] < i:
            k += 1
        line_len[i] = (newlines[k] if k < breaks else n) - (newlines[k - 1] + 1 if k else 0)
    _phrases(p, lex)
    return p


def _add_particles(p: Prepared, n: int) -> None:
    """Name particles between a candidate and a capitalised word: "Ludwig van Beethoven", "Bank of America"."""
    words, cands = p.words, p.cands
    if not p.may_hold(PARTICLES):
        return
    taken = set(cands)
    particles = [
        i + 1
        for i in cands
        if i + 2 < n and i + 1 not in taken and words[i + 1].lower() in PARTICLES and words[i + 2][0].isupper()
    ]
    if particles:
        for i in particles:
            p.initial[i] = p.is_initial(i)
        p.particles.update(particles)
        cands[:] = sorted(taken | set(particles))


def _phrases(p: Prepared, lex: Lexicon) -> None:
    skip_to = -1
    heads = lex.phrase_heads
    mask = (1 << lex.zipf_shift) - 1
    facts, words = p.facts, p.words
    n = len(words)
    # `phrase_at` by the words it reads (repeated text repeats them): most heads stop after the next word, so the
    # two words decide it unless they begin a longer place's name; then the most it may read does
    pairs: dict[tuple[str, str], tuple[int, int]] = {}
    seen: dict[tuple[str, ...], tuple[int, int]] = {}
    for i in p.cands:
        if i < skip_to or facts[words[i]].low not in heads:
            continue
        pair = (words[i], words[i + 1] if i + 1 < n else "")
        got = pairs.get(pair)
        if got is None:
            read = tuple(words[i : i + MAX_PHRASE])
            got = seen.get(read)
            if got is None:
                got = seen[read] = lex.phrase_at(words, i)
            if not pair[1] or pair[0].lower() + " " + pair[1].lower() not in lex.phrase_stems:
                pairs[pair] = got
        k, code = got
        if k:
            tag = _place_tag(code & mask)
            p.phrase[i] = "B-" + tag
            for j in range(i + 1, i + k):
                p.phrase[j] = "I-" + tag
            skip_to = i + k


def _contraction(w: str) -> bool:
    """ "I'm", "We'll", "It's": a function word with a clitic."""
    head = w.replace("’", "'").partition("'")[0]
    return head != w and head in FUNCTION_WORDS


def _place_tag(bits: int) -> str:
    return next((name for bit, name in FLAG_NAMES if bits & bit and name in ("C", "CO", "R", "CT")), "P")


def _zipf_band(z: int) -> str:
    return "0" if z == 0 else "lo" if z < 7 else "mid" if z < 9 else "hi" if z < 11 else "top"


# -- the features, by group ----------------------------------------------------------------------------


def own_keys(f: Word, initial: bool, line_len: int, phrase: str) -> list[str]:
    """The candidate's own features (with "b", the bias), given whether it opens a sentence or line, the
    number of tokens on its line (5 or more: 5) and its place in a multi-word place name ("B-C", ...)."""
    return own_word_keys(f.low) + own_class_keys(f, initial, line_len, phrase)


def own_word_keys(low: str) -> list[str]:
    """The candidate's own features that name the word or its affixes."""
    return ["w=" + low, "s3=" + low[-3:], "p3=" + low[:3]]


def own_class_keys(f: Word, initial: bool, line_len: int, phrase: str) -> list[str]:
    """The rest of the candidate's own features: its shape, list flags and frequency, and its place."""
    init = "I" if initial else "M"
    zb = _zipf_band(f.zipf2)
    c = f.coarse
    out = [
        "b",
        "s=" + f.shape,
        "in=" + init,
        "in_s=" + init + f.shape,
        "lex=" + f.lex,
        "c=" + c,
        "c_in=" + c + init,
        "c_z=" + c + zb,
        "z=" + zb + init,
        "ph=" + phrase,
        "ll=" + (str(line_len) if line_len < 5 else "5+"),
        "ll_c=" + (str(line_len) if line_len < 4 else "4+") + c,
    ]
    if f.lex:
        out += ["lx=" + flag for flag in f.lex.split("|")]
    return out


def prev_keys(pf: Word, shape_: str, coarse: str, listed: bool) -> list[str]:
    """The token before the candidate, alone and with the candidate's shape and list class (the token's own
    list class counts only if it is a candidate itself, see `Prepared.listed`)."""
    pc = pf.coarse if listed else ""
    return [
        "pw=" + pf.low,
        "ps=" + pf.shape,
        "pc=" + pc,
        "pw_s=" + pf.low + "_" + shape_,
        "pw_c=" + pf.low + "_" + coarse,
    ]


def next_keys(nf: Word, coarse: str, prev_shape: str, listed: bool) -> list[str]:
    """The token after the candidate, alone, with the candidate's list class and with the shape before it."""
    nc = nf.coarse if listed else ""
    return [
        "nw=" + nf.low,
        "ns=" + nf.shape,
        "nc=" + nc,
        "nw_c=" + nf.low + "_" + coarse,
        "c_nc=" + coarse + "_" + nc,
        "psns=" + prev_shape + "_" + nf.shape,
    ]


def prev2_keys(f: Word) -> list[str]:
    return ["pw2=" + f.low]


def next2_keys(f: Word) -> list[str]:
    return ["nw2=" + f.low]


def label_keys(f: Word, prev_label: str) -> list[str]:
    """The features that depend on the previous token's label (decoded one token at a time)."""
    return ["pl=" + prev_label, "pl_s=" + prev_label + "_" + f.shape, "pl_lex=" + prev_label + f.coarse]


def own_class(p: Prepared, i: int) -> tuple[bool, int, str]:
    """What `own_keys` needs besides the word: (opens a sentence, tokens on the line up to 5, phrase tag)."""
    return p.initial[i], min(p.line_len[i], 5), p.phrase.get(i, "")


def static_features(p: Prepared, i: int) -> list[str]:
    """Every feature of candidate `i` that does not depend on other labels."""
    before, after = p.step(i, -1), p.step(i, 1)
    f, pf, nf = p.cand_word(i), p.word(before), p.word(after)
    return [
        *own_keys(f, *own_class(p, i)),
        *prev_keys(pf, f.shape, f.coarse, p.listed(before)),
        *next_keys(nf, f.coarse, pf.shape, p.listed(after)),
        *prev2_keys(p.word(p.step(before, -1) if before >= 0 else before - 1)),
        *next2_keys(p.word(p.step(after, 1) if after < len(p.words) else after + 1)),
    ]


def features(p: Prepared, i: int, prev_label: str) -> list[str]:
    """The feature strings of candidate token `i`, given the label chosen for the token before it."""
    return static_features(p, i) + label_keys(p.cand_word(i), prev_label)
