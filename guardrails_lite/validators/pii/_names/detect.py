"""Names and places in a text: the tagger's entities, corrected by the e-mail context rules.

1. The tagger labels candidate tokens (PER, LOC, ORG).
2. The rules' person spans win over whatever the tagger said there.
3. A single word that is usually something else (a code name, a product, a month) is dropped
   unless context backs it: a rule, a title, a surname beside it, "in"/"from" before a place.
4. A name found once by a rule or as a full name is a name in its other places in the text too.
"""

from __future__ import annotations

from dataclasses import dataclass

from guardrails_lite.validators.pii._names import rules
from guardrails_lite.validators.pii._names.features import Prepared, prepare
from guardrails_lite.validators.pii._names.lexicon import DICT, FIRST, LAST, Lexicon, lexicon
from guardrails_lite.validators.pii._names.tagger import Tagger, tagger
from guardrails_lite.validators.pii._names.tokens import tokenize
from guardrails_lite.validators.pii._names.wordlists import (
    AFTER_NAME,
    CLOSINGS,
    CODE_NAMES,
    MONTHS,
    PLACE_CUES,
    PRODUCTS,
)

KINDS = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}
RULE_SCORE = 0.9
MIN_CONFIDENCE = 0.5
PROPAGATED = -2  # group id of mentions found by `_propagate`
PROPAGATED_CONFIDENCE = 0.8


@dataclass(frozen=True, slots=True)
class NameSpan:
    start: int
    end: int
    entity_type: str  # PERSON, LOCATION, ORGANIZATION
    score: float


class NameFinder:
    def __init__(self, lex: Lexicon | None = None, model: Tagger | None = None) -> None:
        self.lex = lex or lexicon()
        self.model = model or tagger()

    def find(self, text: str) -> list[NameSpan]:
        toks = tokenize(text)
        if not toks.text:
            return []
        p = prepare(toks, self.lex)
        n = len(toks.text)
        kind: list[str] = ["O"] * n
        score: list[float] = [0.0] * n
        group: list[int] = [-1] * n  # entity id per token, so adjacent entities stay apart
        gid = 0
        backed: set[int] = set()  # groups a rule found
        for t in self.model.tag(p):
            if t.score < MIN_CONFIDENCE:
                continue
            for i in range(t.first, t.last + 1):
                kind[i], score[i], group[i] = t.kind, t.score, gid
            gid += 1
        for r in rules.find(text, self.lex):
            idx = [i for i in range(n) if toks.start[i] < r.end and r.start < toks.end[i]]
            if not idx:
                continue
            # The rule's span wins; a tagger entity it cuts through is dropped whole.
            cut = {group[i] for i in idx if group[i] >= 0}
            for i in range(n):
                if group[i] in cut and i not in idx:
                    kind[i], group[i] = "O", -1
            for i in idx:
                kind[i], score[i], group[i] = r.kind, RULE_SCORE, gid
            backed.add(gid)
            gid += 1
        spans = _groups(kind, group)
        spans = [s for s in spans if s[3] in backed or self._plausible(p, *s)]
        spans += self._propagate(toks.text, p.low, kind, spans, backed)
        out = []
        for first, last, k, g in spans:
            if g == PROPAGATED:
                conf = PROPAGATED_CONFIDENCE
            else:
                conf = max(score[first : last + 1]) if g in backed else min(score[first : last + 1])
            out.append(NameSpan(toks.start[first], toks.end[last], KINDS[k], round(0.5 + 0.5 * conf, 3)))
        return sorted(out, key=lambda s: s.start)

    def _plausible(self, p: Prepared, first: int, last: int, k: str, g: int) -> bool:
        """A tagger entity of one word that is usually no name needs context."""
        low = p.low
        if first != last:
            return k == "ORG" or not any(low[i] in PRODUCTS for i in range(first, last + 1))
        w = low[first]
        if w in PRODUCTS:
            return k == "ORG"
        if w in CLOSINGS:
            return False
        before = low[first - 1] if first > 0 else ""
        if w in CODE_NAMES or w in MONTHS:
            return k == "LOC" and before in PLACE_CUES
        if p.initial[first] and k != "ORG" and self.lex.flags(w) & DICT:
            # "Mark the date", "Grace period", "Will you": an ordinary word opening a sentence, unless
            # what follows is what follows a name ("Mark said", "Grace will").
            after = low[first + 1] if first + 1 < len(low) else ""
            nxt_lower = first + 1 < len(low) and p.shape[first + 1] == "x"
            return not nxt_lower or after in AFTER_NAME
        return True

    def _propagate(
        self,
        words: list[str],
        low: list[str],
        kind: list[str],
        spans: list[tuple[int, int, str, int]],
        backed: set[int],
    ) -> list[tuple[int, int, str, int]]:
        """Other mentions of a person named by a rule or in full ("Mark Lee" ... "Mark said")."""
        known: set[str] = set()
        for first, last, k, g in spans:
            if k == "PER" and (g in backed or last > first):
                known.update(words[i] for i in range(first, last + 1) if len(words[i]) > 1 and words[i][0].isupper())
        if not known:
            return []
        taken = {i for first, last, _, _ in spans for i in range(first, last + 1)}
        extra: list[tuple[int, int, str, int]] = []
        i = 0
        while i < len(words):
            if i not in taken and words[i] in known and kind[i] in ("O", "PER"):
                j = i
                while j + 1 < len(words) and j + 1 not in taken and words[j + 1] in known:
                    j += 1
                extra.append((i, j, "PER", PROPAGATED))
                i = j + 1
            else:
                i += 1
        return extra


def _groups(kind: list[str], group: list[int]) -> list[tuple[int, int, str, int]]:
    out: list[tuple[int, int, str, int]] = []
    i = 0
    n = len(kind)
    while i < n:
        if kind[i] == "O":
            i += 1
            continue
        j = i
        while j + 1 < n and group[j + 1] == group[i] and kind[j + 1] == kind[i]:
            j += 1
        out.append((i, j, kind[i], group[i]))
        i = j + 1
    return out


__all__ = ["DICT", "FIRST", "LAST", "NameFinder", "NameSpan"]
