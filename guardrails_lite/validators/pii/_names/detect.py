"""Names and places in a text: the tagger's entities, corrected by the e-mail context rules.

1. The tagger labels candidate tokens (PER, LOC, ORG).
2. Streets and venues (`places`), then the rules' person and company spans, win over whatever the tagger said
   there; a tagger "company" made only of listed place names is a place.
3. A single word that is usually something else (a code name, a product, a month) is dropped
   unless context backs it: a rule, a title, a surname beside it, "in"/"from" before a place.
4. A name found once by a rule or as a full name is a name in its other places in the text too.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from guardrails_lite.validators.pii._names import chat, context, cues, gazetteer, links, lower, places, rules
from guardrails_lite.validators.pii._names.features import PARTICLES, Prepared, facts_of, prepare
from guardrails_lite.validators.pii._names.lexicon import DICT, PLACE, Lexicon, lexicon
from guardrails_lite.validators.pii._names.tagger import Tagger, tagger
from guardrails_lite.validators.pii._names.tokens import NEWLINE, Tokens, tokenize
from guardrails_lite.validators.pii._names.wordlists import (
    AFTER_NAME,
    CLOSINGS,
    CODE_NAMES,
    HOLIDAYS,
    MONTHS,
    PLACE_CUES,
    PRODUCTS,
)
from guardrails_lite.verdict import check_deadline

KINDS = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}
RULE_SCORE = 0.9
MIN_CONFIDENCE = 0.5
PROPAGATED = -2  # group id of mentions found by `_propagate`
PROPAGATED_CONFIDENCE = 0.8


class NameSpan(NamedTuple):  # a tuple: made several times per text, cheaper than a frozen dataclass
    start: int
    end: int
    entity_type: str  # PERSON, LOCATION, ORGANIZATION
    score: float


class NameFinder:
    def __init__(self, lex: Lexicon | None = None, model: Tagger | None = None) -> None:
        self.lex = lex or lexicon()
        self.model = model or tagger()
        self.facts = facts_of(self.lex)

    def find(self, text: str, deadline: float | None = None) -> list[NameSpan]:
        """The names and places in `text`. Past `deadline` (a `time.monotonic()` value) the work stops with
        `verdict.BudgetExceeded`: the clock is read inside every loop whose length the text decides."""
        toks = tokenize(text)
        if not toks.words:
            return []
        check_deadline(deadline)
        p = prepare(toks, self.facts, deadline)
        # token index -> [kind, confidence, entity id]; only labelled tokens are kept
        label: dict[int, list[Any]] = {}
        members: dict[int, list[int]] = {}
        gid = 0
        backed: set[int] = set()  # entities a rule found
        for t in self.model.tag(p, deadline):
            if t.score < MIN_CONFIDENCE:
                continue
            # A name never runs on over a line break: the tagger skips line breaks, so it may carry an entity
            # on into the next line ("Ana Costa\nApprover: ..."); only the part on the entity's first line is kept.
            members[gid] = _first_line(p, t.first, t.last)
            for i in members[gid]:
                label[i] = [t.kind, t.score, gid]
            gid += 1
        found = self._overrides(text, toks, p, label, members, deadline)
        taken = set(label).union(*(range(a, b + 1) for a, b, _ in found))
        found += [(a, b, "LOC") for a, b in cues.places_after_in(p, taken, deadline)]
        found += [(a, b, "LOC") for a, b in cues.places_before_noun(p, taken, deadline)]
        found += [(a, b, "PER") for a, b in chat.find(p, taken, deadline)]
        found += lower.find(p, taken, deadline)
        for first, last, kind in found:
            if first > last:
                continue
            idx = range(first, last + 1)
            # The rule's span wins; a tagger entity it cuts through is dropped whole.
            for g in {label[i][2] for i in idx if i in label}:
                for i in members.pop(g, ()):
                    label.pop(i, None)
            members[gid] = list(idx)
            for i in idx:
                label[i] = [kind, RULE_SCORE, gid]
            backed.add(gid)
            gid += 1
        spans = [self._place_not_org(p, s, backed) for s in _groups(label)]
        spans = [s for s in spans if s[3] in backed or self._plausible(p, *s)]
        check_deadline(deadline)
        spans += self._propagate(p, label, spans, backed)
        spans = context.not_names(p, spans, backed)
        spans = links.retyped(p, spans, backed)
        spans += links.joined(p, spans, PROPAGATED)
        out = []
        for first, last, k, g in spans:
            if g == PROPAGATED:
                conf = PROPAGATED_CONFIDENCE
            else:
                scores = [label[i][1] for i in range(first, last + 1)]
                conf = max(scores) if g in backed else min(scores)
            out.append(NameSpan(toks.start(first), toks.ends[last], KINDS[k], round(0.5 + 0.5 * conf, 3)))
        return sorted(out, key=lambda s: s.start)

    def _overrides(
        self,
        text: str,
        toks: Tokens,
        p: Prepared,
        label: dict[int, list[Any]],
        members: dict[int, list[int]],
        deadline: float | None,
    ) -> list[tuple[int, int, str]]:
        """(first, last, kind) of the spans that win over the tagger's, each later one over the earlier ones:
        listed places, streets and venues, people by their context, then the e-mail rules."""
        found = [
            (a, b, "LOC")
            for a, b, kind in gazetteer.find(p, deadline)
            if self._gazetteer_wins(p, a, b, kind, label, members)
        ]
        streets = places.find(p, deadline)
        found += [(first, last, "LOC") for first, last in streets + places.towns(p, streets)]
        found += [(first, last, "LOC") for first, last in cues.streets(p, deadline)]
        by_rule = [
            (toks.first_ending_after(r.start), toks.last_starting_before(r.end), r.kind)
            for r in rules.find(text, p, self.lex, deadline)
        ]
        firms = context.firm_words(p, [(a, b, k, 0) for a, b, k in by_rule if k == "ORG"], {0})
        found += [(a, b, "PER") for a, b in cues.find(p, deadline) if p.words[a].lower() not in firms]
        return found + by_rule

    def _place_not_org(
        self, p: Prepared, span: tuple[int, int, str, int], backed: set[int]
    ) -> tuple[int, int, str, int]:
        """A tagger "organisation" made only of listed place names is the place ("flights from Frankfurt")."""
        first, last, k, g = span
        if k != "ORG" or g in backed:
            return span
        words = [p.word(i) for i in range(first, last + 1) if p.words[i].lower() not in PARTICLES]
        if words and all(f.flags & PLACE and not f.flags & DICT and f.shape != "XX" for f in words):
            return first, last, "LOC", g  # (not "University", "Mobile", "UN": ordinary words, abbreviations)
        return span

    def _plausible(self, p: Prepared, first: int, last: int, k: str, g: int) -> bool:
        """A tagger entity of one word that is usually no name needs context."""
        word = p.word
        if first != last:
            return k == "ORG" or not any(word(i).low in PRODUCTS for i in range(first, last + 1))
        f = word(first)
        w = f.low
        if w in PRODUCTS:
            return k == "ORG"
        if w in CLOSINGS:
            return False
        if w in CODE_NAMES or w in MONTHS or w in HOLIDAYS:
            return k == "LOC" and word(first - 1).low in PLACE_CUES
        if p.initial[first] and k != "ORG" and f.flags & DICT:
            # "Mark the date", "Grace period", "Will you": an ordinary word opening a sentence, unless
            # what follows is what follows a name ("Mark said", "Grace will").
            after = word(first + 1)
            return after.shape != "x" or after.low in AFTER_NAME
        return True

    def _gazetteer_wins(
        self, p: Prepared, first: int, last: int, kind: int, label: dict[int, list[Any]], members: dict[int, list[int]]
    ) -> bool:
        """Whether a gazetteer place replaces what the tagger said there. Not where the tagger knows all its
        words from training ("Hamas", "Iraqi": it learned what they are; "Hai Phong" has one new word), nor where
        a tagger entity runs on beyond it ("Lisboa" of a person "Ana Lisboa"); a town's name (often a surname
        too: "Nasrallah", "Addo") needs a place's context unless the tagger took it for a place or a firm."""
        if all(self.model.knows(w.lower()) for w in p.words[first : last + 1] if w[0].isupper()):
            return False
        kinds = set()
        for g in {label[i][2] for i in range(first, last + 1) if i in label}:
            if members[g][0] < first or members[g][-1] > last:
                return False
            kinds.add(label[members[g][0]][0])
        if kind == gazetteer.WELL_KNOWN or (kinds and "PER" not in kinds):
            return True
        return gazetteer.cued(p, first, last)

    def _propagate(
        self, p: Prepared, label: dict[int, list[Any]], spans: list[tuple[int, int, str, int]], backed: set[int]
    ) -> list[tuple[int, int, str, int]]:
        """Other mentions of a person named by a rule or in full ("Mark Lee" ... "Mark said")."""
        words = p.words
        known: set[str] = set()
        for first, last, k, g in spans:
            if k == "PER" and (g in backed or last > first):
                known.update(words[i] for i in range(first, last + 1) if len(words[i]) > 1 and words[i][0].isupper())
        if not known:
            return []
        taken = {i for first, last, _, _ in spans for i in range(first, last + 1)}
        extra: list[tuple[int, int, str, int]] = []
        end = -1
        for i in p.cands:
            if i <= end or i in taken or words[i] not in known or label.get(i, ["PER"])[0] != "PER":
                continue
            end = i
            while end + 1 < len(words) and end + 1 not in taken and words[end + 1] in known:
                end += 1
            extra.append((i, end, "PER", PROPAGATED))
        return extra


def _first_line(p: Prepared, first: int, last: int) -> list[int]:
    """Tokens first..last up to the first line break."""
    words = p.words
    end = first
    while end < last and words[end + 1] != NEWLINE:
        end += 1
    return list(range(first, end + 1))


def _groups(label: dict[int, list[Any]]) -> list[tuple[int, int, str, int]]:
    """Runs of tokens with the same entity id: (first, last, kind, id)."""
    out: list[tuple[int, int, str, int]] = []
    for i in sorted(label):
        kind, _, g = label[i]
        if out and out[-1][3] == g and out[-1][1] == i - 1:
            out[-1] = (out[-1][0], i, kind, g)
        else:
            out.append((i, i, kind, g))
    return out
