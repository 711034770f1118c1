"""The trained lexical injection classifier: features, the shipped weights, scoring.

A logistic regression over word unigrams, word bigrams and character 3-5-grams of each word,
on text already passed through `_normalize.normalize`. Two heads share the features: ``prompt``
(a user's message) and ``document`` (a passage of untrusted context, where a plain question or
order is itself the attack). `scripts/train_injection.py` writes the weights; both heads are
calibrated so that 0.5 is the operating threshold chosen on held-out training data.

The weights load on first use, once per process, under a lock: importing this module is cheap.
"""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from guardrails_lite._memo import keep, short_memo
from guardrails_lite.validators._shared.need_spans import SpacedText
from guardrails_lite.validators._shared.patterns import Prefiltered, gated
from guardrails_lite.validators.injection import _artefact
from guardrails_lite.validators.injection._firstwords import FirstWords
from guardrails_lite.verdict import check_budget

__all__ = [
    "AIM_WORDS",
    "ALL_FLAG_PATTERNS",
    "FLAG_PATTERNS",
    "TOPIC_GATE",
    "TOPIC_MIN_WORDS",
    "Head",
    "HeadWeights",
    "LexicalModel",
    "addressee",
    "content_counts",
    "features",
    "flags",
    "human_role_before",
    "load_model",
    "loaded",
    "may_match",
    "off_topic_share",
    "topic_share",
]

Head = Literal["prompt", "document"]

# The training tokenizer: `features` and `content_counts` define what the shipped weights mean, so they
# keep their own patterns and stop words instead of the library's text rules (`guardrails_lite.text`);
# changing any of them means retraining (scripts/train_injection.py).
_TRAINING_TOKEN = re.compile(r"\w+|[^\w\s]")
# Scripts written without spaces (Chinese, Japanese): a run of them is one \w+ token, so it is cut
# into overlapping character pairs, which act as its words.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


# Whom a sentence addresses. The assistant or model reading it (any language; the lexical n-grams
# carry the rest) or the people on the mail ("Sam, ...", "Hi team", "your team").
_TO_AI = gated(
    "abcgiklstwyиша\u30a2\u52a9\uc5b4\u0627\u0938",
    "i.shoalpufr\u0438\u0456\u0441\u30b7\u624b\uc2dc\u0644\u0939",
    r"\b(?:ai|a\.i\.|assistant|chat\s?bot|bot|language\s+model|llm|gpt|chatgpt|copilot|summari[sz]er|ki|ia|"
    r"assistente|asistente|assistent|asystent|yapay\s+zek\w*|trợ\s+lý|asisten|ии|ші|ассистент\w*|асистент\w*)\b"
    r"|アシスタント|助手|어시스턴트|المساعد|सहायक|\bwhoever\s+(?:reads|processes|summari[sz]es)\b"
    r"|\b(?:if|when)\s+you\s+(?:are\s+)?(?:summari[sz]|process|read)\w*\s+(?:this|the)\b",
    re.IGNORECASE,
)
_HUMAN_ROLE = gated(
    "epartldmsvo",
    "xedahifrs",
    r"\b(?:executive|personal|administrative|research|teaching|legal|dental|marketing|sales|shop|lab|medical|"
    r"virtual|office|program|project)\s+assistants?\b|\bai\s+(?:researchers?|engineers?|developers?|experts?|"
    r"students?|teams?|ethics|policy|safety|conference|course|startups?|companies|company|act)\b|"
    # "Dear assistant professor Lee": the job title comes after the word too (wave-8 review)
    r"\bassistants?\s+(?:professors?|principals?|managers?|directors?|editors?|coach(?:es)?|head|librarians?|"
    r"secretar(?:y|ies)|registrars?|curators?|producers?|attorneys?|dean|lecturers?|coordinators?|buyers?|"
    r"accountants?|teachers?|nurses?|superintendents?|referees?|vicars?)\b",
    re.IGNORECASE,
)
# A greeting or a name opening the sentence ("Hi team,", "Sam:"), tried at its start only. The spaces are
# possessive: a letter or punctuation follows each run, so giving spaces back never helps, and a prompt of
# spaces does not backtrack over all of them. The "^" keeps a search (not only .match) linear: without it a
# search would retry the space runs from every position.
_TO_PEOPLE_START = re.compile(
    r"^\W{0,3}(?i:hi|hello|dear|hey)?\s*+(?:[A-Z][a-z]{2,15}|(?i:team|all|everyone|colleagues|folks))\s*+[,:!]"
)
# Or words for the people on the mail anywhere in it (each starts with one of these letter pairs).
_TO_PEOPLE_WORDS = Prefiltered(
    re.compile(r"(?=[yteac][ohvl])(?:\b(?:your|the)\s+teams?\b|\beveryone\b|\ball\s+staff\b|\bcolleagues\b)")
)


# Most text lacks the words a job title needs ("executive ... assistant", "ai ... researcher"): a few
# substring tests then stand in for trying the pattern at every character (same results, see Prefiltered).
_HUMAN_ROLE_WORDS = Prefiltered(_HUMAN_ROLE)
_TO_AI_WORDS = Prefiltered(_TO_AI)
#: `may` for a text whose words were not looked at: every keyword pattern may match.
ALL_FLAG_PATTERNS = frozenset({"human", "ai", "people", "rules", "secrets", "escape"})


def human_role_before(text: str) -> bool:
    """Whether `text` names a person's job that contains an AI word ("executive assistant", "AI researcher")."""
    return bool(_HUMAN_ROLE_WORDS.search(text))


def addressee(text: str, may: Container[str] | None = None) -> str | None:
    """ "ai" if the sentence speaks to the assistant/model, "people" if to named people or teams, else None.

    `may`: the names (`FLAG_PATTERNS`) of the keyword patterns whose words `text` holds (`may_match`, the
    default); the others are skipped."""
    may = may_match(text) if may is None else may
    # Job titles ("executive assistant") are blanked only for the AI-word search, so only when that one runs.
    if "ai" in may and _TO_AI.search(_HUMAN_ROLE.sub(" ", text) if "human" in may else text):
        return "ai"
    if _TO_PEOPLE_START.match(text) or ("people" in may and _to_people_words(text)):
        return "people"
    return None


# `_TO_PEOPLE_WORDS` but "your/the team(s)", which needs "team": ordinary prose has "the" everywhere, and the
# pattern's gate let it try most positions (~50 ns a character); these are rare words, found with `str.find`.
_PEOPLE_OTHER = re.compile(r"\beveryone\b|\ball\s+staff\b|\bcolleagues\b")
_PEOPLE_OTHER_WORDS = ("everyone", "staff", "colleagues")
_TEAM_REACH = 64  # characters of whitespace looked back over from "team"; a longer run: the pattern decides


def _to_people_words(text: str) -> bool:
    """`bool(_TO_PEOPLE_WORDS.pattern.search(text))`, each "team" checked where it is: "your" or "the" as a word,
    then whitespace, then "team" or "teams" as a word (the pattern is case-sensitive). Linear: a few characters
    per "team", and the pattern itself once if a whitespace run before one is longer than `_TEAM_REACH`."""
    at = text.find("team")
    while at != -1:
        if _ends_word(text, at + 4) or (text[at + 4 : at + 5] == "s" and _ends_word(text, at + 5)):
            before = _owner_before(text, at)
            if before is None:
                return _TO_PEOPLE_WORDS.pattern.search(text) is not None
            if before:
                return True
        at = text.find("team", at + 1)
    return any(w in text for w in _PEOPLE_OTHER_WORDS) and _PEOPLE_OTHER.search(text) is not None


def _ends_word(text: str, end: int) -> bool:
    """A word (`\\w`) ending at `end` ends there: `\\b` after it."""
    return end >= len(text) or not (text[end].isalnum() or text[end] == "_")


def _owner_before(text: str, at: int) -> bool | None:
    """Whether `\\b(?:your|the)\\s+` ends at `at`; None when the whitespace before `at` is too long to look over."""
    lo = max(0, at - _TEAM_REACH)
    end = lo + len(text[lo:at].rstrip())  # where the whitespace run just before `at` starts
    if end == at:
        return False
    if end == lo and lo > 0:
        return None
    return any(
        end >= len(word) and text.startswith(word, end - len(word)) and _starts_word(text, end - len(word))
        for word in ("your", "the")
    )


def _starts_word(text: str, start: int) -> bool:
    """`\\b` before the word character at `start`."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")


def may_match(text: str) -> frozenset[str]:
    """The names of the `FLAG_PATTERNS` whose needed words `text` holds (`Prefiltered.may_match` for each, from one
    spaced view of the text); every name for a short text, whose scans cost less than the word tests."""
    if len(text) < _WORD_TESTS_FROM:
        return ALL_FLAG_PATTERNS
    if len(text) < _DISTINCT_WORDS_FROM:
        from guardrails_lite.validators.injection._flagscan import flag_words  # imports this module

        return flag_words().may_match(text)
    words = SpacedText(text)
    return frozenset(name for name, pattern in FLAG_PATTERNS.items() if words.anywhere(pattern))


_WORD_TESTS_FROM = 150  # characters: under this, the patterns' own scans cost less than the word tests
_DISTINCT_WORDS_FROM = 16_000  # from here `SpacedText` looks each literal up among the text's distinct words


_MODEL_FILE = "lexical.bin"
_MAX_TOKENS = 4000
_WORD_CACHE = 200_000
TOPIC_GATE = -1.5  # logit (before calibration) under which a sentence gets no off-topic bonus
# Fewest content words for the off-topic bonus: the share of one word is 0 or 1, so "Thank you for your
# cooperation." in a short e-mail counted as wholly off-topic and a bare sign-off could block the e-mail.
TOPIC_MIN_WORDS = 2


@short_memo(maxsize=50_000)  # a long word's n-grams are many: kept for the running call only (_memo)
def _word_features(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    grams = {f"c:{padded[i : i + n]}" for n in (3, 4, 5) for i in range(len(padded) - n + 1)}
    grams.add(f"w:{word}")
    return tuple(grams)


_TRAINING_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_TRAINING_STOP = frozenset(
    "this that with from have will your about there their what which when would could should been were them "
    "then than they also into more some only just like here please thank thanks regards dear best".split()
)


def content_counts(text: str) -> Counter[str]:
    """Content words of a document, for `features(..., document=...)`."""
    return Counter(itertools.filterfalse(_TRAINING_STOP.__contains__, _TRAINING_CONTENT_WORD.findall(text.lower())))


def topic_share(text: str, document: Counter[str], min_words: int = 1) -> float | None:
    """Share of the sentence's content words found elsewhere in its document (None: fewer than
    `min_words` content words).

    A planted instruction is usually off-topic for the e-mail or page it was pasted into.
    """
    return _share(content_counts(text), document, min_words)


def _share(own: Counter[str], document: Counter[str], min_words: int = 1) -> float | None:
    if len(own) < max(1, min_words):
        return None
    seen = document.get  # dict.get: Counter's item lookup runs __missing__ in Python for every absent word
    return sum(1 for w, n in own.items() if seen(w, 0) > n) / len(own)


def _own_counts(text: str, tokens: list[str]) -> Counter[str]:
    """`content_counts(text)`, read off `_tokens(text)` when that holds all of it: a content word is a run of
    letters, so within one token; an all-letter ASCII token is one (four letters or more) or none."""
    if len(tokens) >= _MAX_TOKENS or not text.isascii():
        return content_counts(text)
    words = [tok for tok in tokens if len(tok) > 3]
    if not all(map(str.isalpha, words)):
        words = [w for tok in words for w in (_TRAINING_CONTENT_WORD.findall(tok) if not tok.isalpha() else (tok,))]
    return Counter(itertools.filterfalse(_TRAINING_STOP.__contains__, words))


# A metadata line: one short "Field: value" line (e-mail and ticket headers, calendar fields, "Customer: ...",
# "Attendees: ..."). Its names and addresses occur nowhere else in the document, so it always looks
# off-topic; what it says is scored by the model like any sentence, it only gets no off-topic bonus.
_METADATA_LINE = re.compile(r"[^\S\n]*+[^\s:]{1,24}(?: [^\s:]{1,24}){0,2}[^\S\n]*+:[^\n]{0,160}\n?")
_METADATA_MAX_WORDS = 12
# A fake turn ("System: ...", "User: ...", "Instructions: ...") is shaped like a metadata line: a role or
# instruction field name keeps the bonus.
_ROLE_FIELD = re.compile(
    r"\W{0,3}(?:system|user|human|assistant|admin(?:istrator)?|developer|operator|model|ai|bot|instructions?)\b",
    re.IGNORECASE,
)


def off_topic_share(text: str, document: Counter[str], own: Counter[str] | None = None) -> float | None:
    """`topic_share` as the off-topic bonus uses it: None (no bonus) for a sentence with fewer than
    TOPIC_MIN_WORDS content words and for a metadata line that neither addresses the assistant nor is
    named for a role. `own`: the sentence's `content_counts`, if already computed."""
    if _metadata_line(text):
        return None
    return _share(content_counts(text) if own is None else own, document, TOPIC_MIN_WORDS)


def _metadata_line(text: str) -> bool:
    """A metadata line that neither addresses the assistant nor is named for a role: no off-topic bonus."""
    return bool(
        _METADATA_LINE.fullmatch(text)
        and text.count(" ") < _METADATA_MAX_WORDS
        and addressee(text) != "ai"
        and not _ROLE_FIELD.match(text)
    )


def _topic_features(own: Counter[str], document: Counter[str], shared: float | bool | None = False) -> frozenset[str]:
    """`own`: the sentence's `content_counts`; `shared`: `_share(own, document)`, if already computed."""
    if shared is False:
        shared = _share(own, document)
    if shared is None:
        return _topic_set(-1, 0)
    return _topic_set(0 if shared == 0 else 1 if shared < 0.25 else 2 if shared < 0.5 else 3, min(len(own), 6))


@lru_cache(maxsize=32)
def _topic_set(level: int, words: int) -> frozenset[str]:
    """The topic features of a sentence at overlap `level` (-1: no content words) with `words` content words
    (at most 6): 25 sets in all, each built once."""
    if level < 0:
        return frozenset({"x:ctx", "x:ctx-empty"})
    return frozenset({"x:ctx", f"x:ctx-ov{level}", f"x:ctx-ov{level}-n{words}"})


def _tokens(text: str) -> list[str]:
    """The training tokenizer (see `_TRAINING_TOKEN`)."""
    lowered = text.lower()
    if text.isascii() or not _CJK.search(lowered):
        # No CJK run anywhere, so no token is split: the loop below would return the tokens as found.
        return _TRAINING_TOKEN.findall(lowered)[:_MAX_TOKENS]
    out: list[str] = []
    for tok in _TRAINING_TOKEN.findall(lowered):
        if len(tok) > 2 and not tok.isascii() and _CJK.search(tok):
            out += _cjk_split(tok)
        else:
            out.append(tok)
        if len(out) >= _MAX_TOKENS:
            break
    return out[:_MAX_TOKENS]


def _cjk_split(tok: str) -> list[str]:
    out: list[str] = []
    last = 0
    for m in _CJK.finditer(tok):
        if m.start() > last:
            out.append(tok[last : m.start()])
        run = m.group()
        out += [run[i : i + 2] for i in range(len(run) - 1)]
        last = m.end()
    if last < len(tok):
        out.append(tok[last:])
    return out


# What an imperative is aimed at (English; the n-grams carry other languages): instructions of higher
# priority than the user's, hidden instructions or secrets, the rules themselves. "Ignore the newsletter
# ones" and "forget the formal tone" aim at ordinary things. Bounded gaps keep matching linear.
_AT_RULES = gated(
    "idfobsac",
    "giovykrba",
    r"\b(?:ignore|disregard|forget|override|bypass|overrule|skip|drop|abandon|cancel)\b[^.!?\n]{0,40}?"
    r"\b(?:instructions?|rules|prompts?|guidelines|directives|polic(?:y|ies)|restrictions|programming|constraints|"
    r"guardrails|filters|safeguards|system\s+message|previous\s+(?:text|messages?|context))\b",
    re.IGNORECASE,
)
_AT_SECRETS = gated(
    "rpsotldw",
    "erhupi",
    r"\b(?:reveal|print|show|repeat|output|tell|spell|translate|leak|dump|display|list|write\s+out)\b[^.!?\n]{0,40}?"
    r"\b(?:system\s+prompt|initial\s+(?:prompt|instructions)|hidden\s+\w+|your\s+instructions|(?:api|secret)\s+keys?|"
    r"passwords?|configuration|confidential|everything\s+above|text\s+above)\b",
    re.IGNORECASE,
)
_ESCAPE = gated(
    "nwfirdbgjus",
    "oirgeyant",
    r"\b(?:no|without|free\s+(?:of|from)|ignore|remove|removed|disable|bypass)\s+(?:any\s+|all\s+|your\s+|its\s+|the\s+)?(?:restrictions|rules|filters|limits|"
    r"guidelines|censorship|ethics|ethical\s+guidelines|content\s+polic(?:y|ies)|safety)\b"
    r"|\b(?:developer|god|jailbreak|unrestricted|dan)\s+mode\b|\bdo\s+anything\s+now\b|\bstay\s+in\s+character\b",
    re.IGNORECASE,
)


# Prefiltered like _HUMAN_ROLE_WORDS: ordinary prose rarely has both words of "ignore ... rules".
_AIMS = tuple(
    (name, Prefiltered(p)) for name, p in (("rules", _AT_RULES), ("secrets", _AT_SECRETS), ("escape", _ESCAPE))
)
#: ... each searched only where one of its first words starts (`FirstWords`; same truth value).
AIM_WORDS = tuple((name, FirstWords(p.pattern)) for name, p in _AIMS)
#: The keyword patterns `flags` runs, by name (for `flags(..., may=...)`).
FLAG_PATTERNS: dict[str, Prefiltered] = {
    "human": _HUMAN_ROLE_WORDS,
    "ai": _TO_AI_WORDS,
    "people": _TO_PEOPLE_WORDS,
    **dict(_AIMS),
}


def flags(text: str, target: str, may: Container[str] | None = None) -> frozenset[str]:
    """Features of role, target and intent: where the text sits (prompt / document / tool result), whom it
    addresses, and whether its imperatives aim at the rules, at hidden instructions or secrets, or at
    escaping the rules (rather than at ordinary things).

    `may`: the names of the `FLAG_PATTERNS` whose needed words `text` holds (`_flagscan` finds them for all
    of a document's sentences at once; `may_match` by default); a pattern left out cannot match and is not run."""
    may = may_match(text) if may is None else may
    aims = tuple(name for name, pattern in AIM_WORDS if name in may and pattern.found(text))
    return _flag_set(target, addressee(text, may), aims)


@lru_cache(maxsize=256)
def _flag_set(target: str, who: str | None, aims: tuple[str, ...]) -> frozenset[str]:
    """The flags of a text in `target` that addresses `who` and whose imperatives aim at `aims` (few kinds)."""
    out = {f"x:t-{target}"}
    if who:
        out.add(f"x:to-{who}")
        out.add(f"x:t-{target}-to-{who}")
    for name in aims:
        out.add(f"x:at-{name}")
        out.add(f"x:t-{target}-at-{name}")
    return frozenset(out)


def _bigrams(tokens: list[str]) -> set[str]:
    # Start/end markers: how a text opens ("<s> write", "<s> ignore") says a lot about who it addresses.
    # Distinct pairs first: a token never holds a space, so distinct pairs give distinct names, and
    # repetitive text (the same few tokens 4,000 times) formats a handful of names instead of thousands.
    pairs = itertools.pairwise(["<s>", *tokens, "</s>"])
    return {f"b:{a} {b}" for a, b in (set(pairs) if len(tokens) > _FEW_TOKENS else pairs)}


# Up to this many tokens (a sentence), pairs are formatted as they come: finding the distinct ones first costs more.
_FEW_TOKENS = 64


def features(text: str, document: Counter[str] | None = None, extra: frozenset[str] = frozenset()) -> Counter[str]:
    """Feature counts of `text`: each distinct word's own n-grams once (so a character n-gram shared
    by two words counts twice), each distinct bigram once; `document`: counts of the enclosing document.

    Counting per word lets the scorer cache a word's contribution, which keeps long prompts fast.
    """
    tokens = _tokens(text)
    feats: Counter[str] = Counter()
    for tok in set(tokens):
        feats.update(_word_features(tok))
    feats.update(_bigrams(tokens))
    if document is not None:
        feats.update(_topic_features(content_counts(text), document))
    feats.update(extra)
    return feats


@dataclass(frozen=True, slots=True)
class HeadWeights:
    weights: dict[str, float]
    bias: float
    topic_weight: float = 0.0  # logit bonus for an off-topic sentence (document head), fitted by CV
    topic_gate: float = 0.0  # calibrated logit under which a sentence gets no bonus
    # Set when `weights` is filled from the model file on demand: `lazy.need(names)` before reading them.
    lazy: _artefact.Weights | None = None


class LexicalModel:
    def __init__(
        self, heads: dict[str, HeadWeights], meta: dict[str, object], packed: _artefact.Packed | None = None
    ) -> None:
        """`packed`: a read model file whose heads not in `heads` are built on their first use."""
        self._heads = dict(heads)
        self.meta = meta
        self._packed = packed
        self._lock = threading.Lock()
        names = [*heads, *(h for h in packed.heads if h not in heads)] if packed is not None else list(heads)
        # head -> word -> (sum of the word's feature weights, number of its features). Plain dict
        # operations are atomic under the GIL; a race only computes an entry twice.
        self._words: dict[str, dict[str, tuple[float, int]]] = {head: {} for head in names}

    def head(self, head: str) -> HeadWeights:
        """`head`'s weights, read from the model file on first use (KeyError: no such head)."""
        got = self._heads.get(head)
        if got is not None:
            return got
        with self._lock:
            got = self._heads.get(head)
            if got is None:
                if self._packed is None or head not in self._packed.heads:
                    raise KeyError(head)
                lazy = self._packed.lazy(head)
                got = HeadWeights(lazy.weights, **self._packed.params(head), lazy=lazy)
                self._heads[head] = got
        return got

    def heads_read(self) -> tuple[str, ...]:
        """The heads read so far (their weights are read from the file as texts need them)."""
        return tuple(self._heads)

    def warm(self) -> None:
        """Read every head's header now (the validator's warm-up); weights are read as texts need them."""
        for head in self._words:
            self.head(head)

    def read_whole(self, head: str) -> None:
        """Read `head`'s weights whole now, not as texts need them."""
        lazy = self.head(head).lazy
        if lazy is not None:
            lazy.read_all()

    def _word(self, head: str, word: str, h: HeadWeights) -> tuple[float, int]:
        feats = _word_features(word)
        if h.lazy is not None and not h.lazy.complete:
            h.lazy.need(feats)  # mostly read already by `score`; a word's cache entry may have been dropped since
        hit = (sum(map(h.weights.get, feats, itertools.repeat(0.0))), len(feats))
        return keep(self._words[head], word, hit, len(word), _WORD_CACHE)

    def score(
        self,
        text: str,
        head: Head = "prompt",
        document: Counter[str] | None = None,
        extra: frozenset[str] = frozenset(),
    ) -> float:
        """Probability-like score; must equal the training script's dot product over `features`.

        Called once per window or sentence: stops with `BudgetExceeded` once the running entry's
        time budget is spent (`check_budget`)."""
        check_budget()
        h = self._heads.get(head) or self.head(head)
        w = h.weights
        tokens = _tokens(text)
        distinct = set(tokens)
        cached = self._words[head].get
        grams = _bigrams(tokens) | extra
        own = _own_counts(text, tokens) if document is not None else Counter[str]()
        shared = _share(own, document) if document is not None else None
        if document is not None:
            grams |= _topic_features(own, document, shared)
        lazy = h.lazy
        if lazy is not None and not lazy.complete:  # read the weights of this text's features from the file
            fresh = (_word_features(tok) for tok in distinct if cached(tok) is None)
            lazy.need(itertools.chain(grams, itertools.chain.from_iterable(fresh)))
        total, n = 0.0, 0
        for tok in distinct:
            s, c = cached(tok) or self._word(head, tok, h)
            total += s
            n += c
        total += sum(map(w.get, grams, itertools.repeat(0.0)))  # C-level; the same order as a generator
        n += len(grams)
        z = h.bias + total / math.sqrt(n)
        # Off-topic only counts for a sentence that already reads somewhat like an instruction
        # (an address line in a footer is off-topic too).
        if document is not None and h.topic_weight and z > h.topic_gate:
            # off_topic_share(text, document, own), its share already known
            if shared is not None and len(own) >= TOPIC_MIN_WORDS and not _metadata_line(text):
                z += h.topic_weight * (0.5 - shared)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


_MODEL: LexicalModel | None = None
_LOCK = threading.Lock()


def load_model() -> LexicalModel:
    """The shipped model, loaded once per process."""
    global _MODEL
    if _MODEL is not None:
        return _MODEL
    with _LOCK:
        if _MODEL is None:
            ref = resources.files("guardrails_lite").joinpath("data", "injection", _MODEL_FILE)
            packed = _artefact.Packed(_artefact.read(ref))
            _MODEL = LexicalModel({}, packed.meta, packed)
    return _MODEL


def loaded() -> bool:
    """Whether the weights are in memory (tests check that importing loads nothing)."""
    return _MODEL is not None
