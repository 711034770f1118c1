"""`speculation`: flag sentences that guess, or that guess about people.

Rules over the lower-cased tokens of each sentence (`guardrails_lite.text`: sentences and
`word_tokens`), phrase lists and structural rules alike:

* hedge — a claim the writer is not sure of ("probably", "my guess is", "chances are");
* attribution — blame, motive or feelings read into people ("must be furious", "hidden agenda",
  "whoever … was careless");
* unverifiable — assertions about people nobody can check ("nobody says it, but", "everyone knows").

Reported or quoted hedges are the source's, not the writer's, and are not flagged ("Dana wrote
that the date will probably move"); with context documents, a trigger that a matching source
sentence also uses is not flagged either, and a confident fault pinned on a named doer ("Cal fitted a
faulty motor") is flagged unless a document states it (`_fault`: "cause or blame not stated in the
sources"). Repair drops flagged sentences if enough is left.
"""

from __future__ import annotations

import bisect
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from guardrails_lite import text as _text
from guardrails_lite.spec import ValidatorSpec
from guardrails_lite.text import SENTENCES, fold_apostrophes
from guardrails_lite.validators._shared.per_call import (
    PerSentence,
    checked_sentences,
    max_chars_field,
    per_documents,
    unchecked_finding,
)
from guardrails_lite.validators.speculation._blame import blame, only_duties
from guardrails_lite.validators.speculation._counterfactual import CUES as COUNTERFACTUAL_CUES
from guardrails_lite.validators.speculation._counterfactual import counterfactual_hits
from guardrails_lite.validators.speculation._fault import FaultSources, faults
from guardrails_lite.validators.speculation._feelings import CUES as FEELING_CUES
from guardrails_lite.validators.speculation._feelings import feeling_hits
from guardrails_lite.validators.speculation._hearsay import CUES as HEARSAY_CUES
from guardrails_lite.validators.speculation._hearsay import hearsay_hits
from guardrails_lite.validators.speculation._hit import RuleHit as Hit
from guardrails_lite.validators.speculation._insinuation import CUES as INSINUATION_CUES
from guardrails_lite.validators.speculation._insinuation import insinuation_hits
from guardrails_lite.validators.speculation._kinds import kind_hits
from guardrails_lite.validators.speculation._kinds_lexicon import ANONYMOUS, HEARSAY_NOUN, PEOPLE_NOUN
from guardrails_lite.validators.speculation._learned import learned_model
from guardrails_lite.validators.speculation._lexicon import (
    COGNITION,
    EVIDENTIAL,
    INTENT_BEHAVIOUR,
    MENTAL_ADJ,
    MENTAL_VERBS,
)
from guardrails_lite.validators.speculation._links import CUES as LINK_CUES
from guardrails_lite.validators.speculation._links import cause_links
from guardrails_lite.validators.speculation._motive import CUES as MOTIVE_CUES
from guardrails_lite.validators.speculation._motive import MINIMISER as MINIMISERS
from guardrails_lite.validators.speculation._motive import motive_hits
from guardrails_lite.validators.speculation._opinion import OPINION_PHRASES, opinion_hits
from guardrails_lite.validators.speculation._prediction import PREDICTION_CUES, planned, prediction
from guardrails_lite.validators.speculation._questions import CUES as QUESTION_CUES
from guardrails_lite.validators.speculation._questions import question_hits
from guardrails_lite.validators.speculation._roles import role_statement
from guardrails_lite.validators.speculation._rules import general_hits, plan
from guardrails_lite.validators.speculation._terms import (
    ATTRIBUTIONS,
    BLAME,
    CONTRAST,
    EMOTIONS,
    EPISTEMIC,
    FIRST_PERSON,
    HEDGES,
    IRREGULAR,
    MOTIVE_VERBS,
    PRONOUNS,
    QUOTES,
    REPORTING,
    TECHNICAL,
    UNVERIFIABLE,
)
from guardrails_lite.validators.speculation._wordclasses import verb_base, wordclasses
from guardrails_lite.verdict import Context, Document, Finding, Validator, Verdict, check_deadline

Category = Literal["hedge", "attribution", "unverifiable", "opinion"]
_ALL: tuple[Category, ...] = ("hedge", "attribution", "unverifiable", "opinion")
# A fault pinned on a doer that no document states (an attribution, under its own finding message).
_UNSTATED_FAULT = "unstated_fault"

_DESCRIBE: dict[str, str] = {
    _UNSTATED_FAULT: "states a cause or blame not stated in the sources",
    "hedge": "makes a hedged, speculative claim",
    "attribution": "speculates about blame, motives or feelings",
    "unverifiable": "makes an unverifiable assertion about people",
    "opinion": "states an opinion or a verdict as fact",
}


class SpeculationSpec(ValidatorSpec):
    """Fail on sentences that speculate; repair drops them."""

    use: Literal["speculation"] = "speculation"
    categories: list[Category] = Field(
        default_factory=lambda: list(_ALL),
        min_length=1,
        description="Which kinds of speculation to flag.",
    )
    extra_phrases: list[str] = Field(
        default_factory=list, description="More trigger phrases, counted as hedges (case-insensitive, whole tokens)."
    )
    allow_phrases: list[str] = Field(
        default_factory=list, description="Built-in trigger phrases to ignore (e.g. 'likely' for forecasts)."
    )
    respect_sources: bool = Field(
        True, description="Do not flag a trigger that a matching sentence of the context documents also uses."
    )
    allow_reported: bool = Field(
        True, description="Do not flag hedges inside quotes or reported speech ('Dana wrote that ... probably')."
    )
    source_overlap: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="Share of a sentence's content words a source sentence must hold to count as its origin.",
    )
    learned: bool = Field(
        True,
        description="Also flag sentences the shipped classifier scores as speculative (class-level cues: motives, "
        "predictions, bare opinions, hearsay); its hits pass the same quoted/reported/source filters. Used only "
        "when every category is selected.",
    )
    min_remaining_words: int = Field(
        2, ge=1, description="Repair only if at least this many content words remain after dropping sentences."
    )
    max_chars: int = max_chars_field()

    stages = frozenset({"output"})
    streaming = "sentence"

    def build(self) -> Validator:
        return SpeculationValidator(self)

    def instructions(self) -> str | None:
        where = f" in {', '.join(self.fields)}" if self.fields else ""
        return (
            f"State only what the sources say{where}: no guesses or hedged claims (probably, presumably, it seems), "
            "and no speculation about people's blame, motives or feelings."
        )


#: Trigger phrases by their first two tokens ("" as the second: the one-token phrases only); each list keeps
#: the order of the phrase lists, one-token phrases included, so a hostile run of a common first word ("a a a")
#: costs a dictionary look-up per token, not a pass over every phrase that starts with it.
Phrases = dict[tuple[str, str], list[tuple[tuple[str, ...], str]]]


def _by_two(by_first: dict[str, list[tuple[tuple[str, ...], str]]]) -> Phrases:
    index: Phrases = {}
    for first, entries in by_first.items():
        index[(first, "")] = [e for e in entries if len(e[0]) == 1]
        for second in {key[1] for key, _ in entries if len(key) > 1}:
            index[(first, second)] = [e for e in entries if len(e[0]) == 1 or e[0][1] == second]
    return index


class SpeculationValidator:
    def __init__(self, spec: SpeculationSpec) -> None:
        self.spec = spec
        self._lock = threading.Lock()
        self._phrases: Phrases | None = None
        self._firsts: frozenset[str] | None = None
        self._allowed = frozenset(p.lower().strip() for p in spec.allow_phrases)
        # The classifier's category is a best guess (most of its hits are filed as hedges): it runs only for a
        # policy that asks for every category, so a narrowed policy gets the rules' exact categories alone.
        self._learned = spec.learned and set(spec.categories) == set(_ALL)

    def warm(self) -> None:
        self._index()
        wordclasses()
        if self._learned:
            learned_model()

    def _index(self) -> Phrases:
        """Trigger phrases by their first token (tokenized like the answer), built once."""
        if self._phrases is None:
            with self._lock:
                if self._phrases is None:
                    lists = {
                        "hedge": (*HEDGES, *EVIDENTIAL),
                        "attribution": (*ATTRIBUTIONS, *INTENT_BEHAVIOUR),
                        "unverifiable": UNVERIFIABLE,
                        "opinion": OPINION_PHRASES,
                    }
                    extra = [("hedge", p.lower()) for p in self.spec.extra_phrases if p.strip()]
                    pairs = [(c, p) for c in self.spec.categories for p in lists[c] if p not in self._allowed]
                    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
                    for category, phrase in pairs + extra:
                        key = tuple(w.lower() for w, _ in _text.word_tokens(phrase))
                        if key and (key, category) not in by_first.get(key[0], []):
                            by_first.setdefault(key[0], []).append((key, category))
                    self._firsts = frozenset(by_first)
                    self._phrases = _by_two(by_first)
        return self._phrases

    def __call__(self, text: str, ctx: Context) -> Verdict:
        index = self._index()
        # Digested only when a sentence has a speculation to check against the documents (most have none).
        sources = _LazySources(ctx, self.spec.source_overlap) if self.spec.respect_sources and ctx.documents else None
        judged = PerSentence(lambda sentence: self._category(sentence, index, sources))
        spans, rest = checked_sentences(text, self.spec.max_chars, ctx.state)
        flagged: list[tuple[int, int, str]] = []
        for a, b in spans:
            check_deadline(ctx.deadline)
            if (c := judged(text[a:b])) is not None:
                flagged.append((a, b, c))
        if not flagged and rest is None:
            return Verdict.ok()
        # Numbered like grounding's findings: the position among the answer's sentences.
        starts = [a for a, _ in spans]
        findings = [
            Finding(f"sentence {max(1, bisect.bisect_right(starts, s))} {_DESCRIBE[c]}", score=1.0, start=s, end=e)
            for s, e, c in flagged
        ]
        drop = [(s, e) for s, e, _ in flagged]
        if rest is not None:  # fail closed on what was not read; a repair drops it
            findings.append(unchecked_finding(rest, text, self.spec.max_chars))
            drop.append((rest, len(text)))
        rest_text = _text.drop_spans(text, drop)
        keep = len(_text.content_words(rest_text)) >= self.spec.min_remaining_words
        return Verdict.fail(*findings, repaired=rest_text if keep else None)

    def _category(self, sentence: str, index: Phrases, sources: _LazySources | None) -> str | None:
        """The category of the first speculation in `sentence` that stands, or None."""
        toks = _text.word_strings(sentence)  # never empty strings: each token's first character is there
        lowers = list(map(str.lower, toks))
        capitals = [w[0].isupper() for w in toks]
        phrased = _phrase_hits(index, lowers, self._firsts)
        hits = [h for h in phrased if not _label(capitals, lowers, h)]
        rules = self._sentence_rules(lowers, capitals)
        kept = [h for h in rules if not _capital_modal(capitals, lowers, h)]
        # A Title-Case sentence ("The Supplier Could Be Hiding Something") capitalises every word: its capitals name
        # nothing, so no trigger is excused as a name (read only when a hit was excused: most sentences have none).
        if (len(hits) < len(phrased) or len(kept) < len(rules)) and _title_case(lowers, capitals):
            hits, kept = phrased, rules
        hits += kept
        if "opinion" in self.spec.categories:
            allowed = self._allowed
            hits += [
                h
                for h in opinion_hits(lowers, capitals)
                if not allowed.intersection(lowers[h.start : h.end]) and not _named(capitals, lowers, h)
            ]
        found = self._first_standing(sentence, lowers, capitals, hits, sources) if hits else None
        if found is None and sources is not None and "attribution" in self.spec.categories:
            if any(not sources.faults().stated(f) for f in faults(lowers, capitals)):
                found = _UNSTATED_FAULT
            elif not LINK_CUES.isdisjoint(lowers) and any(
                not sources.faults().link_stated(*link) for link in cause_links(lowers)
            ):
                found = _UNSTATED_FAULT  # "The cracked ignition lead made the heater fail": a link no source makes
        if found is None and self._learned and (h := learned_model().hit(lowers, capitals)) is not None:
            # The classifier's cue goes through the rules' filters (quoted, reported, stated by a source).
            # A cue word written as a name ("the farrier is Perry Perhaps") is one for the classifier too.
            # A cue the rules found and excused (reported, stated by a source: "may refuse" for a source's "the
            # right to refuse") is not the classifier's to flag again through one of its words ("may").
            excused = any(r.start < h.end and h.start < r.end for r in hits)
            # A role the blame rule read as a duty ("responsible for locking the gates") is no blame to learn.
            excused = excused or ("responsible" in lowers and only_duties(lowers))
            # A doer's stated plan ("Nina will ask for a dedicated line next year") is no forecast to learn.
            excused = excused or planned(lowers, [c and k > 0 for k, c in enumerate(capitals)])
            # ... nor is a named role ("Faith Morgan is the new facilities manager") a verdict.
            excused = excused or role_statement(lowers, capitals)
            if (
                not excused
                and not self._allowed.intersection(lowers[h.start : h.end])
                and not _label(capitals, lowers, h)
            ):
                cues = _CAUSE_CUES if sources is None else _BECAUSE_ONLY
                cause = not cues.isdisjoint(lowers) and _stated_cause(lowers, capitals, sources is None)
                if not cause and not (sources is not None and _source_gives_cause(lowers, sources)):
                    found = self._first_standing(sentence, lowers, capitals, [h], sources)
        return found

    def _first_standing(
        self, sent: str, lowers: list[str], capitals: list[bool], hits: list[Hit], sources: _LazySources | None
    ) -> str | None:
        """The most serious category among hits that are neither reported nor the source's own; None if none."""
        # Quote parity before each token, computed once: a hit after an odd number of quotes is quoted.
        quotes = [0]
        for w in lowers:
            quotes.append(quotes[-1] + (w in QUOTES or w in ("''", "``")))
        if "'" in lowers:
            _single_quotes(lowers, quotes)
        hits.sort(key=lambda h: _ORDER[h.category])
        conditional = any(w in ("if", "unless") for w in lowers)
        tail = _Tail.of(lowers)
        checked: dict[str, bool] = {}
        for h in hits:
            i, j = h.start, h.end
            if j < len(lowers) and (lowers[j - 1], lowers[j]) in TECHNICAL:
                continue
            person = i > 0 and capitals[i - 1]
            if h.category == "hedge" and _plain_reading(lowers, i, j, conditional, person):
                continue
            if h.category == "opinion" and conditional and _in_condition(lowers, i):
                continue  # "If the weather is bad on 18 June, the shoot moves": a condition asserts nothing
            if self.spec.allow_reported and (quotes[i] % 2 == 1 or _reported(lowers, i, j, tail)):
                named = None if quotes[i] % 2 == 1 else _named_source(lowers, i, j, tail)
                if named is None or _attribution_holds(h, lowers, named, sources):
                    continue
            if sources is not None:
                trigger = " ".join(lowers[i:j])
                if trigger not in checked:
                    checked[trigger] = sources.get().supports(sent, trigger)
                if checked[trigger]:
                    continue
            return h.category
        return None

    def _sentence_rules(self, lowers: list[str], capitals: list[bool]) -> list[Hit]:
        """Rules needing more than a phrase: feeling words under an epistemic cue, `whoever` + blame."""
        hits: list[Hit] = []
        cats = self.spec.categories
        words = frozenset(lowers)  # each rule below runs only if its cue word is in the sentence
        if "attribution" in cats:
            if not words.isdisjoint(EMOTIONS) and not words.isdisjoint(EPISTEMIC):
                i = next(i for i, w in enumerate(lowers) if w in EMOTIONS)
                hits.append(Hit("attribution", i, i + 1))
            elif not words.isdisjoint(FEELING_CUES):  # "must be mortified", "sounds utterly exasperated"
                hits.extend(feeling_hits(lowers, capitals))
            if "whoever" in words and any(w in BLAME or _text.stem(w) in BLAME for w in lowers):
                i = lowers.index("whoever")
                hits.append(Hit("attribution", i, i + 1))
            if (span := blame(lowers, capitals)) is not None:  # "It was Kwame who ...", "the supplier's doing"
                hits.append(Hit("attribution", *span))
            if (
                "because" in words
            ):  # a motive read into someone: "because he never liked ...", "because they don't trust ..."
                hits.extend(_because_motive(lowers))
            if not words.isdisjoint(_KNEW):
                hits.extend(_cornered(lowers))
                hits.extend(_knew_of(lowers))
        if "hedge" in cats:
            if "be" in words and not words.isdisjoint(("may", "might", "could")):
                hits.extend(_may_be(lowers))
            if not words.isdisjoint(_GUESSING_MODALS):
                hits.extend(_perfect_guesses(lowers))
            if lowers[-1] == "?" and lowers[0] in QUESTION_CUES:  # "Did the night shift leave the valve open?"
                hits.extend(question_hits(lowers))
            if not PREDICTION_CUES.isdisjoint(words):
                names = [c and k > 0 for k, c in enumerate(capitals)]
                if (span := prediction(lowers, names)) is not None:  # "Mei will turn the offer down"
                    hits.append(Hit("hedge", *span))
        hits.extend(h for h in general_hits(lowers, capitals) if h.category in cats)
        hits.extend(h for h in kind_hits(lowers, capitals) if h.category in cats)
        if "attribution" in cats:
            if not words.isdisjoint(MOTIVE_CUES) or ("for" in words and not words.isdisjoint(MINIMISERS)):
                hits.extend(motive_hits(lowers, capitals))
        if not words.isdisjoint(HEARSAY_CUES) or lowers[0] in (
            "one",
            "a",
        ):  # "Folk around the harbour claim", "One user"
            hits.extend(h for h in hearsay_hits(lowers, capitals) if h.category in cats)
        if not words.isdisjoint(INSINUATION_CUES):
            hits.extend(h for h in insinuation_hits(lowers) if h.category in cats)
        if not words.isdisjoint(COUNTERFACTUAL_CUES):
            hits.extend(h for h in counterfactual_hits(lowers) if h.category in cats)
        return hits


def _in_condition(lowers: list[str], i: int) -> bool:
    """Token i stands in an "if"/"unless" clause: after the conjunction, with no comma or semicolon between
    ("If you ask me, the plan is useless" judges after the comma). Reads back at most `_LOOKBACK` tokens."""
    for k in range(i - 1, max(-1, i - 1 - _LOOKBACK), -1):
        if lowers[k] in ("if", "unless"):
            return True
        if lowers[k] in (",", ";", ":"):
            return False
    return False


def _single_quotes(lowers: list[str], quotes: list[int]) -> None:
    """Count words between single quotes as quoted (`quotes[k]` odd before token k): "the report's 'likely cause'
    section", "called it 'probably fine'". An opening quote after a word in -s is a plural's possessive
    ("the drivers' union"); a span runs at most `_SINGLE_QUOTED` tokens to its closing quote. One pass."""
    k = 0
    while k < len(lowers):
        before = lowers[k - 1] if k else ""
        if lowers[k] == "'" and not (before.isalpha() and before.endswith("s")):
            end = next((m for m in range(k + 2, min(len(lowers), k + 2 + _SINGLE_QUOTED)) if lowers[m] == "'"), 0)
            if end:
                for m in range(k + 1, end + 1):
                    quotes[m] += 1  # odd inside, even again after the closing quote
                k = end
        k += 1


_SINGLE_QUOTED = 6  # tokens: a quoted word or phrase, not a stretch of text between two possessives


def _stated_cause(lowers: list[str], capitals: list[bool], finite: bool = False) -> bool:
    """A cause given as an event of its own that no rule found guessed: "because of a port strike", "because the
    tension spring had snapped", "because its seal had a crack" (an earlier event or a state of a thing). The
    classifier's cue words alone do not make it a guess. Left to the classifier: a person's act or reason
    ("because Tom had not greased it", "because she had been passed over", "because players had forced the door":
    blame or a motive) and a cause of something foretold ("Because of the rejection, Farida will postpone ...").
    `finite` (no documents to check it against): any finite verb of a thing's own states its cause too ("because
    it shifted on a single strap", "since its door would not close"); with documents the classifier's hit on such
    a cause stays, for the document rules and grounding to judge."""
    if not _FORETOLD.isdisjoint(lowers):
        return False
    b = next(k for k, w in enumerate(lowers) if w in (_CAUSE_CUES if finite else _BECAUSE_ONLY))
    if _ahead(lowers, b + 1) == "of":
        return lowers[b] == "because"
    k = next((k for k in range(b + 2, min(len(lowers), b + 6)) if lowers[k] in ("had", "'d")), 0)
    if not k and finite:
        k = next((k for k in range(b + 2, min(len(lowers), b + 6)) if _finite_verb(lowers[k])), 0)
        return bool(k) and _thing(lowers[b + 1 : k], capitals[b + 1 : k]) and _no_mind(lowers, b, k)
    if not k or not _thing(lowers[b + 1 : k], capitals[b + 1 : k]):
        return False
    nxt = _ahead(lowers, k + 1)  # "had snapped", "had not been rinsed", "had run out", "had a cracked seal"
    return nxt in _NEGATIONS or _perfect_participle(nxt) or nxt in wordclasses().verbs or nxt in _NOUN_BEFORE


def _thing(subject: list[str], capitals: list[bool]) -> bool:
    """A cause clause's subject names a thing: no person, pronoun for people, name or plural that may be people
    ("players", "the builders")."""
    if not subject or not _REASONERS.isdisjoint(subject) or any(capitals):
        return False
    return not (subject[-1].endswith("s") and not subject[-1].endswith("ss"))


def _no_mind(lowers: list[str], b: int, k: int) -> bool:
    """The cause clause (cue at b, finite verb at k) states an event, not a mind: no feeling, wish or trait
    ("because it wanted to rebook", "because it didn't trust him", "because the night shift was careless"), no
    "only because", no guess anywhere in the sentence."""
    if _at_or(lowers, b - 1) in MINIMISERS or not _GUESSED.isdisjoint(lowers):
        return False
    wc = wordclasses()
    # A passive ("because it was overloaded by the crew", "because it was driven too hard") implies a doer: a
    # person's act, which stays the classifier's to judge.
    nxt = _ahead(lowers, k + 1)
    if (lowers[k] in _BE_FINITE and (_participle(nxt) or nxt in wc.past)) or "by" in lowers[k:]:
        return False
    for w in lowers[k : k + 4]:
        base = verb_base(w, wc) or w
        if base in wc.feeling_verbs or base in _WISHES or w in MENTAL_VERBS or w in MENTAL_ADJ or w in _TRAITS:
            return False
    return True


_BE_FINITE = frozenset("was were is are".split())
_WISHES = frozenset("want wish hope need prefer trust fear intend plan refuse".split())
# Failings of character a cause clause can pin on people ("the night shift was careless").
_TRAITS = frozenset("careless lazy sloppy negligent incompetent reckless greedy dishonest rushed".split())


def _finite_verb(word: str) -> bool:
    """A finite verb form a cause clause turns on: an auxiliary or a past form ("shifted", "was", "would")."""
    if word in _FINITE:
        return True
    return word.isalpha() and (word.endswith("ed") or word in wordclasses().past) and _perfect_participle(word)


_CAUSE_CUES = frozenset({"because", "since"})
_BECAUSE_ONLY = frozenset({"because"})
_FINITE = frozenset("was were is are has have would could did does".split())


def _cause_after(lowers: list[str]) -> int:
    """Where the cause a sentence gives starts ("because", "due to", "was traced to", "put it down to", ", as it
    ..."): the index after its cue, or 0 when it gives none."""
    for k, w in enumerate(lowers):
        if w in _BECAUSE:
            return k + 2 if _at_or(lowers, k + 1) in ("to", "of") else k + 1
        if k and ((w == "to" and lowers[k - 1] in ("down", "traced")) or (w == "as" and lowers[k - 1] == ",")):
            return k + 1
    return 0


def _source_gives_cause(lowers: list[str], sources: _LazySources) -> bool:
    """The sentence gives a cause and one document sentence holds that cause ("The chairs were held back because
    the factory ran out of fabric" for the e-mail's "the factory ran out of the charcoal fabric"): the sources' own
    cause, which the classifier cannot see, is no guess of the answer's (review r19-s95-1: a cause no document
    states, "Omar is leaving, as he never got on with Ines", stays the classifier's to judge)."""
    k = _cause_after(lowers)
    return bool(k) and sources.get().holds(" ".join(lowers[k:]))


_BECAUSE = frozenset("because due owing".split())


# Subjects whose reasons are motives or blame, not events: people, and the writer or the reader.
_REASONERS = PRONOUNS | PEOPLE_NOUN | frozenset("someone somebody nobody everyone i we you".split())
_FORETOLD = frozenset({"will", "'ll", "going", "wo"})


def _may_be(lowers: list[str]) -> list[Hit]:
    """A guess at what someone is up to ("may be angling / trying / hoping ...") or at a culprit ("The printer in
    room 4 may be the one that jammed")."""
    hits = []
    for i in range(len(lowers) - 2):
        if lowers[i] in ("may", "might", "could") and lowers[i + 1] == "be":
            nxt = lowers[i + 2]
            if nxt.endswith("ing") and len(nxt) > 5:
                hits.append(Hit("hedge", i, i + 3))
            elif nxt == "the" and i + 3 < len(lowers) and lowers[i + 3] in _CULPRIT:
                hits.append(Hit("hedge", i, i + 4))
    return hits


def _perfect_guesses(lowers: list[str]) -> list[Hit]:
    """A guess about the past through a modal's perfect: "must have forgotten", "could have overbooked", "may
    not have read", "might well have left"; obligations and plans ("must have a badge", "may have to wait")
    pass, as the word after "have" is no participle."""
    hits = []
    reason = _stated_reason(lowers)
    for i, w in enumerate(lowers):
        if w in _GUESSING_MODALS:
            k = i + 1
            while k < len(lowers) and k < i + 3 and lowers[k] in _BEFORE_HAVE:
                k += 1
            # "can already have submitted": an ability; only a negation rules a past out ("can't have received").
            negated = w == "cannot" or not _NEGATIONS.isdisjoint(lowers[i + 1 : k])
            if w in _CAN and not negated:
                continue  # "can have": a permission
            if k + 1 < len(lowers) and lowers[k] in ("have", "'ve") and _perfect_participle(lowers[k + 1]):
                if w in _CAN and reason > k:
                    continue  # "can't have been signed before 3 May, because the company was founded then"
                hits.append(Hit("hedge", i, k + 2))
    return hits


def _stated_reason(lowers: list[str]) -> int:
    """Where the sentence's last "because" stands when the reason after it states a fact, else -1. A past ruled
    out before such a reason ("can't have been signed before 3 May, because the company was founded then") is
    a deduction, not a guess; a reason that is itself a guess ("because he might have ...") is none. One pass."""
    if "because" not in lowers:
        return -1
    b = len(lowers) - 1 - lowers[::-1].index("because")
    reason = lowers[b + 1 :]
    return b if _GUESSING_MODALS.isdisjoint(reason) and _GUESS_WORDS.isdisjoint(reason) else -1


def _perfect_participle(word: str) -> bool:
    """A participle after a modal's "have": regular, irregular (WordNet's forms: "sold", "stolen"), or one
    with a prefix ("misread", "overpaid", "undersold")."""
    if _participle(word) or word in wordclasses().past:
        return True
    prefix = next((p for p in _VERB_PREFIXES if word.startswith(p)), "")
    return bool(prefix) and (word[len(prefix) :] in IRREGULAR or word[len(prefix) :] in wordclasses().past)


_VERB_PREFIXES = ("mis", "over", "under", "re", "out", "fore")


_CAN = frozenset({"can", "ca", "cannot"})  # "ca" of "ca n't"
_GUESSING_MODALS = frozenset({"must", "may", "might", "could"}) | _CAN
_BEFORE_HAVE = frozenset("not n't never well already easily just all both".split())
_NEGATIONS = frozenset({"not", "n't", "never"})
_GUESS_WORDS = frozenset("probably perhaps maybe possibly presumably likely apparently guess suppose".split())
_GUESSED = _GUESS_WORDS | frozenset("surely doubt doubtless undoubtedly evidently certainly must may might".split())


# What someone stands to gain, read in as their reason: "because he earns commission on every part".
_SLIGHTED = frozenset("sidelined snubbed slighted undervalued underappreciated unappreciated humiliated".split())
_GAINS = frozenset("commission commissions bonus bonuses kickback kickbacks backhander perks".split())


_KNEW = frozenset({"knew", "knowing", "knows"})
# Knowledge or a realisation given as someone's reason: what they knew is read into their act.
_KNOWING = frozenset("knew knows realised realized realises realizes figured assumed".split())
_FORESEEN = frozenset("would could 'd might".split())
_NO_WAY_OUT = frozenset({("nowhere", "else"), ("no", "other"), ("no", "choice"), ("no", "alternative")})


def _cornered(lowers: list[str]) -> list[Hit]:
    """Knowledge of someone's weak spot read in as the reason for an act: "raised the price because it knew the
    choir had nowhere else to go", "pushed the price up knowing Quill had no other option"."""
    return [
        Hit("attribution", i, i + 1)
        for i, w in enumerate(lowers)
        if w in _KNEW
        and (w == "knowing" or "because" in lowers[max(0, i - 3) : i])  # "Dana knew the venue had ...": a fact
        and any(pair in _NO_WAY_OUT for pair in zip(lowers[i + 1 : i + 9], lowers[i + 2 : i + 10], strict=False))
    ]


def _knew_of(lowers: list[str]) -> list[Hit]:
    """Knowledge of a flaw read into an act: "fed the horses from a bale she knew was mouldy", "sold a van he knew
    had a cracked chassis" (the known thing stands before "knew", a gap after it); "Dana knew the venue was shut"
    (a clause after "knew") states what Dana knew and passes."""
    return [
        Hit("attribution", i - 1, i + 2)
        for i, w in enumerate(lowers)
        if w == "knew"
        and i > 1
        and (
            (lowers[i - 1] in _KNOWER and _at_or(lowers, i + 1) in _GAP_VERB)
            # "sold Sanjay a faulty bike and knew it": the knowledge added to an act
            or (lowers[i - 1] == "and" and _at_or(lowers, i + 1) in ("it", "this") and _at_or(lowers, i + 2) in _END)
        )
    ]


def _at_or(lowers: list[str], k: int) -> str:
    return lowers[k] if k < len(lowers) else ""


_KNOWER = frozenset("he she they it".split())
_CULPRIT = frozenset("one ones culprit cause reason source".split())
_END = frozenset({"", ".", "!", ",", ";"})
_GAP_VERB = frozenset("was were had would could".split())


def _because_motive(lowers: list[str]) -> list[Hit]:
    return [
        Hit("attribution", i, i + 2)
        for i in range(len(lowers) - 2)
        if lowers[i] == "because"
        and lowers[i + 1] in PRONOUNS
        and any(
            _text.stem(w) in MOTIVE_VERBS
            or w in MENTAL_ADJ
            or w in MENTAL_VERBS
            or w in COGNITION
            or w in _GAINS
            or w in _SLIGHTED  # "is leaving because she had been passed over / sidelined": a grievance read in
            or (w == "passed" and lowers[k + 1 : k + 2] == ["over"])
            # "quoted a high price because she knew the fund would pay half": an outcome foreseen and used;
            # "because she knew the deadline was Friday" gives a fact of the case (review r17 M3)
            or (w in _KNOWING and k == i + 2 and not _FORESEEN.isdisjoint(lowers[k + 1 : k + 9]))
            for k, w in enumerate(lowers[i + 2 : i + 6], i + 2)
        )
    ]


def _label(capitals: list[bool], lowers: list[str], h: Hit) -> bool:
    """A trigger word used as a name or an option, not a hedge: "the Maybe type", "the Doubtful Debts
    account", "options: yes, no and maybe"."""
    if h.end - h.start != 1:
        # "The Could Be Worse Café": every word of the phrase capitalised inside a sentence is a name's
        return h.start > 0 and all(capitals[h.start : h.end]) and _names_a_thing(capitals, lowers, h.start)
    if h.end + 1 < len(lowers) and lowers[h.end] in ("-", "(") and lowers[h.end + 1] not in ("-", "("):
        return True  # "the likely-cause field", "the maybe() helper": a name, not a hedge
    if h.start > 0 and capitals[h.start] and lowers[h.start - 1] not in _OPENERS:
        return True
    if h.start == 0 and _opens_a_name(capitals, lowers):
        return True  # "Maybe Later Productions hired ...", "Seemingly Simple Software runs ..."
    return any(w in ("yes", "no") for w in lowers[max(0, h.start - 4) : h.start])


def _title_case(lowers: list[str], capitals: list[bool]) -> bool:
    """Every word of three letters or more but Title Case's minor words is capitalised."""
    return all(c for w, c in zip(lowers, capitals, strict=True) if len(w) > 2 and w.isalpha() and w not in _MINOR_WORDS)


# Words Title Case leaves in lower case ("Lost in the Post"): the rest of a titled sentence is capitalised.
_MINOR_WORDS = frozenset("the and but for nor yet off out per via from into onto with over upon than that".split())


def _capital_modal(capitals: list[bool], lowers: list[str], h: Hit) -> bool:
    """A rule's modal written with a capital inside a sentence is a name's word: "The Might Have Been Café",
    "Will Moss will ..." (the first "Will")."""
    if not (h.start > 0 and capitals[h.start] and lowers[h.start] in _MODALS):
        return False
    return _names_a_thing(capitals, lowers, h.start)


def _names_a_thing(capitals: list[bool], lowers: list[str], k: int) -> bool:
    """Token k opens a title right after an article or a single quote: the name of a place or a work ("The
    Might Have Been Café", "sang 'Might and Mercy'"). After a name or a noun ("Tom May Have Been Drinking",
    "The Driver May Have Been ...") the capitals may be the writer's, and the modal stands."""
    before = lowers[k - 1] if k > 0 else ""
    return before in _ARTICLES or before in ("'", "‘")


_ARTICLES = frozenset("the a an".split())


_MODALS = frozenset("might may could must should would will can".split())


def _opens_a_name(capitals: list[bool], lowers: list[str]) -> bool:
    """The sentence's first word opens a firm's name: capitalised words follow it and end in a word that names a
    business, and the first of them is an ordinary word, not a name ("Maybe Later Productions", "Seemingly Simple
    Software"). "Perhaps Dana booked ..." and "Supposedly Tallis Software is raising prices" hedge."""
    second = _ahead(lowers, 1)
    if second in _FAMILY_FIRM and capitals[1]:
        return True  # "Surely Brothers supplied the timber": the hedge word is the family's name
    if not (second in _PLAIN_ADVERBS or second in wordclasses().adjectives or second in wordclasses().verbs):
        return False
    k = 1
    while k < min(len(lowers), 5) and capitals[k] and lowers[k].isalpha():
        if k > 1 and lowers[k] in _FIRM_WORDS:
            return True
        k += 1
    return False


_FAMILY_FIRM = frozenset("brothers bros sons daughters".split())
_PLAIN_ADVERBS = frozenset("later sooner soon now never always ever still just today tomorrow here there".split())
# Last words of a business's name (the pii recognizer has the full list; these cover a name opened by a hedge).
_FIRM_WORDS = frozenset(
    """productions software studios studio ltd limited inc llc plc gmbh group company co media films pictures
    records labs systems solutions services partners holdings press books games design designs events agency
    consulting collective ventures works""".split()
)


def _named(capitals: list[bool], lowers: list[str], h: Hit) -> bool:
    """A one-word judgement written with a capital inside a sentence is part of a name: "the Awful Pike inn"."""
    return h.end - h.start == 1 and h.start > 0 and capitals[h.start] and lowers[h.start - 1] not in _OPENERS


# Tokens after which a capitalised trigger opens a sentence, a bullet or a label ("- Likely cause: ...").
_OPENERS = frozenset({".", ":", '"', "(", "-", "*", "•", "–", "—"})


def _phrase_hits(index: Phrases, lowers: list[str], firsts: frozenset[str] | None = None) -> list[Hit]:
    """Every occurrence of an indexed phrase (overlapping ones too), as token spans of the sentence;
    `firsts` (the phrases' first tokens), when given, skips the look-ups of the other tokens."""
    hits: list[Hit] = []
    n = len(lowers)
    for i in range(n) if firsts is None else [k for k, w in enumerate(lowers) if w in firsts]:
        w = lowers[i]
        entries = index.get((w, lowers[i + 1]), None) if i + 1 < n else None
        for key, category in entries if entries is not None else index.get((w, ""), ()):
            k = len(key)
            if i + k <= n and (k == 1 or tuple(lowers[i : i + k]) == key):
                hits.append(Hit(category, i, i + k))
    return hits


def _participle(word: str) -> bool:
    return word in IRREGULAR or (word.endswith("ed") and len(word) > 3)


_ORDER = {"attribution": 0, "unverifiable": 1, "hedge": 2, "opinion": 3}
# Verbs that end a sentence as its reporting clause (", HR confirmed."); "found" there is the main verb.
_TAIL_REPORTING = (REPORTING - {"found", "finds"}) | {"show", "shows", "showed", "indicate", "indicates"}
_LOOKBACK = 40  # tokens: a reporting verb further back than this no longer governs the hedge
_TAIL = 6  # tokens: a trailing reporting clause (", the manager confirmed.") is this short
_NOT_A_REPORT = frozenset(
    "because to on before after with by in at for since and yesterday today suggest indicate imply show within "
    "quickly promptly immediately late early twice once".split()
)
_NOT_A_REPORTER = frozenset("n't not never".split())
_NOUN_BEFORE = frozenset("the a an his her their its our my your these those two several 's".split())


@dataclass(frozen=True, slots=True)
class _Tail:
    """Where the last comma, contrast word and "according" of a sentence are, and whether it ends in a
    reporting clause: computed once per sentence so each hit's check is constant-time."""

    comma: int
    contrast: int
    according: int
    reports: bool
    opened: int = -1  # after an opening "In Tom's words," / "In the auditor's view," / "As Dana put it,"

    @classmethod
    def of(cls, lowers: list[str]) -> _Tail:
        last = {",": -1, "contrast": -1, "according": -1}
        for k, w in enumerate(lowers):
            if w == "," or w == "according":
                last[w] = k
            elif w == "per" and k > 0 and lowers[k - 1] == ",":
                last["according"] = k  # a closing ", per its website": the source of what comes before
            elif w in CONTRAST:
                last["contrast"] = k
        reports = any(w in _TAIL_REPORTING for w in lowers[-_TAIL:]) or _found_by(lowers, last[","])
        return cls(last[","], last["contrast"], last["according"], reports, _opened_by(lowers))


def _opened_by(lowers: list[str]) -> int:
    """The index after an opening that names whose words follow ("In Tom's words,", "In the auditor's view,",
    "As Dana put it,"), or -1."""
    comma = next((k for k in range(min(len(lowers), 9)) if lowers[k] == ","), -1)
    if comma < 3:
        return -1
    head = lowers[:comma]
    if not _VAGUE_OWNER.isdisjoint(head):
        return -1  # "In some people's view,", "As one insider put it,": nobody to check, as "Some people said"
    if head[0] == "in" and head[-1] in _WHOSE_WORDS and not _OWNER_OF_WORDS.isdisjoint(head):
        return comma + 1
    if head[0] == "as" and head[-2:] == ["put", "it"]:
        return comma + 1
    return -1


_WHOSE_WORDS = frozenset("words view opinion eyes estimate assessment judgement judgment reading".split())
_OWNER_OF_WORDS = frozenset("'s ' his her their its".split())
# Owners of words nobody can check: a quantifier, an indefinite or an anonymous speaker, talk itself.
_VAGUE_SPEAKER = ANONYMOUS | HEARSAY_NOUN | frozenset("some many most few several".split())
_VAGUE_OWNER = _VAGUE_SPEAKER | frozenset("one a an insider source".split())


def _found_by(lowers: list[str], comma: int) -> bool:
    """A closing ", the survey found." or ", an audit finds": a study named as the finder reports what comes
    before ("Many customers feel the layout is confusing, the survey found"); ", and never found" does not."""
    end = len(lowers) - 1 if lowers and not lowers[-1].isalnum() else len(lowers)
    return (
        0 <= comma < end - 2
        and end - comma <= _TAIL
        and lowers[end - 1] in ("found", "finds")
        and lowers[comma + 1] in _FINDER_OPENS
    )


_FINDER_OPENS = frozenset("the a an our their his her its this that last".split())


def _reported(lowers: list[str], i: int, j: int, tail: _Tail | None = None) -> bool:
    """A trigger under a reporting verb is the source's, not the writer's, if no contrast comes between:
    "Dana wrote that ... probably", or a trailing ", Dana said" / ", HR confirmed"."""
    t = tail or _Tail.of(lowers)
    if t.comma >= j and t.contrast < j and (t.reports or t.according >= j):
        return True
    if 0 <= t.opened <= i and not t.opened <= t.contrast < i:
        return True  # "In Tom's words, the rollout was a mess": Tom's verdict, reported
    if any(w in FIRST_PERSON for w in lowers[i:j]):
        return False
    for k in range(i - 1, max(-1, i - 1 - _LOOKBACK), -1):
        w = lowers[k]
        if w in CONTRAST and (w == ";" or _ahead(lowers, k + 1) in _NEW_SUBJECT):
            return False  # "Bob said yes, but he probably regrets it"; not "wrote it is tight but probably fine"
        if w == "according" and _ahead(lowers, k + 1) == "to":
            # "according to office gossip", "according to some people" name no one
            return _VAGUE_SPEAKER.isdisjoint(lowers[k + 2 : k + 5])
        if w == "per" and (k == 0 or lowers[k - 1] in (",", "(")):
            return True  # "Per Anna, ...", "per the IT ticket"
        if w in REPORTING or w == "according":
            # "hasn't replied because ...", "wrote on Monday": the verb reports nothing here.
            # A determiner before it makes "replies"/"notes" a noun ("the notes suggest ..."): look further.
            before = lowers[k - 1] if k > 0 else ""
            if before in _NOUN_BEFORE or _ahead(lowers, k + 1) in _COPULA:
                continue  # "the notes suggest", "the meeting notes are probably ...": a noun
            if lowers[i] == "to" and _object_then_purpose(lowers, k, i):
                continue  # a purpose after the verb's object: "announced the layoffs on a Friday to bury the news"
            if _adjunct_after_object(lowers, k, i, j):
                continue  # "mentioned the cat because she ...", "admitted his part so Harriet would not ask ..."
            if lowers[i] in MINIMISERS and _ahead(lowers, k + 1) in _NOUN_BEFORE and "that" not in lowers[k:i]:
                continue  # "admitted the fault only because ...": the verb's object, then the writer's reason
            if i > 0 and lowers[i - 1] in MINIMISERS and lowers[i] == "to" and _ahead(lowers, k + 1) in _NOUN_BEFORE:
                continue  # "mentioned its letter purely to shift the blame": a purpose read in, not reported
            if (
                w in _PROPOSING
                and "that" not in lowers[k:i]
                and (lowers[i] == "because" or (lowers[i] in ("so", "to") and _ahead(lowers, k + 1) in _NOUN_BEFORE))
            ):
                continue  # a reason for a proposal, not its content: "suggested new burrs because he earns ...",
                # "suggested the two-colour mode so it could put off the repair"
            if i > 0 and lowers[i - 1] in MINIMISERS and lowers[i] == "to" and "into" in lowers[i + 3 : i + 5]:
                continue  # "said she would drop them just to pressure Luis into paying": the writer's sneer
            return before not in _NOT_A_REPORTER and (k + 1 >= len(lowers) or lowers[k + 1] not in _NOT_A_REPORT)
    return False


def _adjunct_after_object(lowers: list[str], k: int, i: int, j: int) -> bool:
    """The hit at i..j is a purpose or a reason the writer adds to the reporting verb at k, after its object and
    no clause of its own: "mentioned the old base layer to get out of ...", "admitted his part so Harriet would
    not ...", "called the rack too heavy so he could ...". Reported words need a clause ("said (that) the hall
    closed to save money": a finite verb between) or the verb's own infinitive ("told Tom to ..."): those stay
    reported."""
    cue = lowers[i] if lowers[i] not in MINIMISERS else _ahead(lowers, i + 1)
    if cue not in _ADJUNCT_CUES or j - i < 2 or k + 1 >= i:
        return False
    between = lowers[k + 1 : i]
    if between[0] not in _NOUN_BEFORE and between[0] not in _OBJECT_PRONOUNS and not between[0].isalpha():
        return False
    return not any(_finite(w) for w in between)


def _finite(word: str) -> bool:
    """A word that opens or carries a clause: an auxiliary, a modal, "that", a past form (read generously: a
    participle used as an adjective counts, which keeps the report excused)."""
    if word in _CLAUSE_WORDS:
        return True
    classes = wordclasses()
    return word in classes.past or (word.endswith("ed") and verb_base(word, classes) is not None)


_ADJUNCT_CUES = frozenset("to because so".split())
_OBJECT_PRONOUNS = frozenset("it itself himself herself themselves him her them us".split())
_CLAUSE_WORDS = frozenset(
    """that is are was were am be been being has have had do does did will would can could may might must shall
    should 'd 'll 're 've wo ca if whether""".split()
)


def _named_source(lowers: list[str], i: int, j: int, tail: _Tail) -> list[str] | None:
    """The words naming the source when the hit at i..j is excused only by an "according to X" / "per X" phrase
    (closing: "..., per the report"; opening: "According to the log, ..."), else None (a reporting verb, "Dana
    wrote that ...", reports with its own clause)."""
    if tail.comma >= j and tail.contrast < j and tail.according == tail.comma + 1:
        start = tail.according + (2 if _ahead(lowers, tail.according + 1) == "to" else 1)
        return lowers[start:]
    for k in range(i - 1, max(-1, i - 1 - _LOOKBACK), -1):
        w = lowers[k]
        if w in CONTRAST or (w in REPORTING and w != "according"):
            return None
        if (w == "according" and _ahead(lowers, k + 1) == "to") or (w == "per" and (k == 0 or lowers[k - 1] in ",(")):
            start = k + (2 if w == "according" else 1)
            end = next((m for m in range(start, i) if lowers[m] in (",", ")")), i)
            return lowers[start:end]
    return None


def _attribution_holds(h: Hit, lowers: list[str], named: list[str], sources: _LazySources | None) -> bool:
    """Whether "per X" / "according to X" may carry the hit (review r16b L2). The answer's own attribution never
    carries a guess at what happened ("Tom may have been drinking, per the report": only a document stating it
    does, through the source check). With documents, X must be named in a document sentence that also holds the
    claim's words ("Tom was careless with the van, per the insurer" when the insurer's e-mail speaks only of the
    repair carries nothing); without, a named source's words are reported speech ("According to Ravi, the
    vendor is stalling")."""
    if _modal_perfect(lowers, h.start, h.end):
        return False
    if sources is None:
        return True
    source = {_text.stem(w) for w in named if w.isalpha() and w not in _NOT_A_NAME}
    claim = {_text.stem(w) for w in _text.content_words(" ".join(lowers[: h.start] + lowers[h.end :]))} - source
    return bool(source) and sources.get().names(source, claim)


def _modal_perfect(lowers: list[str], i: int, j: int) -> bool:
    """ "may have been drinking", "must have forgotten": a modal's perfect, a guess at a past event."""
    return lowers[i] in _GUESSING_MODALS and not _HAVE.isdisjoint(lowers[i + 1 : j])


_HAVE = frozenset({"have", "'ve"})
_NOT_A_NAME = frozenset("the a an its their his her our my your this that these those latest last new".split())


def _object_then_purpose(lowers: list[str], k: int, i: int) -> bool:
    """The reporting verb at k takes a plain object and a place or time ("announced the layoffs on a Friday"),
    and no "that" clause comes before the purpose at i ("told the team on Monday that ..." still reports)."""
    return (
        _ahead(lowers, k + 1) in _NOUN_BEFORE
        and not _AFTER_OBJECT.isdisjoint(lowers[k + 3 : k + 5])
        and "that" not in lowers[k:i]
    )


_COPULA = frozenset("is are was were".split())
_PROPOSING = frozenset("suggested suggests proposed proposes recommended recommends advised advises".split())
_AFTER_OBJECT = frozenset("on at in by to for during before after".split())
_NEW_SUBJECT = frozenset(
    "he she they it i we you there this that the a an his her their its our my your someone everyone".split()
)


def _ahead(lowers: list[str], k: int) -> str:
    return lowers[k] if k < len(lowers) else ""


def _plain_reading(lowers: list[str], i: int, j: int, conditional: bool, capitalised_before: bool) -> bool:
    """A hedge word in a non-guessing use: a modal in a conditional plan ("might have to ... if"; a
    counterfactual "would" still guesses), or "looks like" comparing things ("the logo looks like the old one")."""
    if conditional and lowers[i] in ("might", "may", "could") and plan(lowers, i, capitalised_before):
        return True
    if lowers[i] in ("suspects", "suspected") and (capitalised_before or (i > 0 and lowers[i - 1] in PEOPLE_NOUN)):
        return True  # "Ana suspects ...", "the engineer suspected ...": someone's belief, reported
    if _suggestion(lowers, i, j) or _passive_purpose(lowers, i):
        return True
    if lowers[i] in _SMELL and j < len(lowers) and lowers[j - 1] == "of" and _literal_smell(lowers[j]):
        return True  # "if the dryer smells of burning": a smell, not an insinuation ("smells of a cover-up")
    return (
        lowers[i] in ("looks", "look", "sounds", "sound")
        and j < len(lowers)
        and lowers[j] in ("the", "a", "an")
        and i > 0
        and lowers[i - 1] not in ("it", "this", "that")
    )


_SMELL = frozenset("smells smell smelled smelt smelling".split())
_ODOURS = frozenset("gas smoke damp mould mold fuel oil petrol diesel bleach sewage fish paint drains".split())


def _literal_smell(word: str) -> bool:
    return word in _ODOURS or (word.endswith("ing") and len(word) > 5)


def _passive_purpose(lowers: list[str], i: int) -> bool:
    """A "could/can be <participle>" in a purpose clause: "stopped loading so the floor could be resealed", "so that
    the pump can be replaced" says what an act was for, not a guess. Passive only (an active "so she could get
    out of the audit" reads a motive in) and never after a comma or at the start ("The van broke down, so the
    delivery could be delayed" guesses a consequence)."""
    if lowers[i] not in ("could", "can") or lowers[i + 1 : i + 2] != ["be"] or i + 2 >= len(lowers):
        return False
    if lowers[i + 2] not in _WORK_DONE:
        return False  # "so that the investigation could be dropped": not a step of work, a motive (review r13a L2)
    window = lowers[max(0, i - _PURPOSE_REACH) : i]
    if "so" not in window:
        return False
    k = i - 1 - window[::-1].index("so")  # the last "so" before the modal
    return k > 0 and "," not in lowers[k:i] and lowers[k - 1] not in _NOT_PURPOSE


_PURPOSE_REACH = 6  # tokens from "so" to the modal: "so that the window fitters could"
# Steps of work a passive purpose names ("so the floor could be resealed", "so the database could be migrated").
_WORK_DONE = frozenset(
    """replaced resealed sealed migrated repaired inspected cleaned emptied installed fitted tested serviced painted
    repainted delivered loaded unloaded checked updated upgraded restored cleared rebuilt relaid resurfaced treated
    fixed drained refilled reset rebooted patched moved removed dried aired mended swept printed signed scanned
    counted stored collected shipped built laid poured cured dismantled assembled calibrated vacuumed
    disinfected sanitised sanitized refurbished renovated decorated""".split()
)
_NOT_PURPOSE = frozenset({",", ";", "and", "but", "-", "–", "—"})  # "..., so it could": a consequence


def _suggestion(lowers: list[str], i: int, j: int) -> bool:
    """A proposal, not a guess: "Perhaps we could meet at the depot", "Maybe you can call him", "Might I
    suggest ..."; "maybe we could have avoided it" still guesses."""
    after = lowers[j : j + 3]
    if lowers[i] in ("perhaps", "maybe") and after[:1] and after[0] in _ASKERS:
        return len(after) > 1 and after[1] in ("could", "can", "should", "might") and after[2:] != ["have"]
    return lowers[i] in ("might", "may", "could") and i == 0 and after[:1] in (["i"], ["we"])


_ASKERS = frozenset({"we", "you", "i"})


class SourceIndex:
    """Sentences of the context documents, as content-word sets, for "does the source say it too?"."""

    def __init__(self, documents: Sequence[Document], overlap: float, deadline: float | None = None) -> None:
        self.overlap = overlap
        self.sents: list[tuple[frozenset[str], frozenset[str]]] = []
        # Per sentence, the word stems of its document's "From:" lines: whose words the sentence is.
        self.authors: list[frozenset[str]] = []
        for doc in documents:
            author = frozenset(
                _text.stem(w) for line in _FROM.findall(doc.text) for w in _text.words(line) if w != "from"
            )
            for s in SENTENCES.split(fold_apostrophes(doc.text)):
                check_deadline(deadline)
                words = _text.words(s)
                all_words = frozenset(_text.stem(w) for w in words)
                if any(w.endswith("'ll") or w == "won't" for w in words):
                    all_words |= _WILL  # "I'll send" is the source's "will send"
                self.sents.append((frozenset(_text.stem(w) for w in _text.content_words(s)), all_words))
                self.authors.append(author)

    def names(self, source: set[str], claim: set[str]) -> bool:
        """Some document sentence holds the claim's content words (the share `overlap` of them, at least one) and
        is the named source's: it names the source, or its e-mail is from the source ("according to Dana")."""
        need = max(1, math.ceil(self.overlap * len(claim)))  # "Tom was probably tired": both "tom" and "tired"
        return any(
            len(claim & bag) >= need and not (source.isdisjoint(all_words) and source.isdisjoint(author))
            for (bag, all_words), author in zip(self.sents, self.authors, strict=True)
        )

    def holds(self, clause: str) -> bool:
        """One document sentence holds three quarters of the clause's content words (at least one)."""
        words = {_text.stem(w) for w in _text.content_words(fold_apostrophes(clause))}
        need = max(1, math.ceil(0.75 * len(words)))
        return bool(words) and any(len(words & bag) >= need for bag, _ in self.sents)

    def supports(self, sentence: str, trigger: str) -> bool:
        # A person's pronoun in the trigger stands for anyone: the e-mail's "because I knew" is the answer's
        # "because she knew" (review r17 M3), as "I'll" is "will".
        trig = [_text.stem(w) for w in _text.words(fold_apostrophes(trigger)) if w not in _PERSONS]
        words = {_text.stem(w) for w in _text.content_words(sentence)} - set(trig)
        if not trig:
            return False
        need = max(1, round(self.overlap * len(words)))
        # A source states a cause in its own words ("the root cause was ..." for "caused").
        causal = set(trig) <= _CAUSAL
        # A judgement the source makes in its negated form: "unacceptable" for "not acceptable".
        plain = [_unprefixed(t) for t in trig]
        negative = plain != trig
        # "Tom may refuse overtime under his contract" for "Tom has the right to refuse overtime ...": a source
        # stating the right states the permission (review r15b L1); "may refuse if ..." stays a guess.
        granted = [t for t in trig if t != _MAY] if _MAY in trig and not _IF.intersection(_text.words(sentence)) else []
        for bag, all_words in self.sents:
            if len(words & bag) >= need and (
                all(t in all_words for t in trig)
                or (granted and all(t in all_words for t in granted) and not _RIGHTS.isdisjoint(all_words))
                or (causal and not _SOURCE_CAUSAL.isdisjoint(all_words))
                or (negative and all(p in all_words for p in plain) and not _NOTS.isdisjoint(all_words))
            ):
                return True
        return False


def _unprefixed(word: str) -> str:
    for prefix in ("un", "in", "im", "ir", "il", "dis"):
        if word.startswith(prefix) and len(word) > len(prefix) + 3:
            return word[len(prefix) :]
    return word


_WILL = frozenset({_text.stem("will"), _text.stem("wo")})
_PERSONS = frozenset("i we you he she they me us him her them".split())
_FROM = re.compile(r"(?im)^from:[^\n]{0,200}")
_MAY = _text.stem("may")
_IF = frozenset({"if", "unless"})
_RIGHTS = frozenset(_text.stem(w) for w in "right rights entitled allowed permitted may can".split())
_NOTS = frozenset({"not", "n't", "never", "no"})  # "wo" of "wo n't" in an answer
_CAUSAL = frozenset(
    _text.stem(w)
    for w in "cause caused causes causing led leads lead resulted results result triggered because due reason".split()
)
# A source states a cause with these too, effect after cause: "Tom did not book the crane, so the lift slipped",
# "..., which is why", "therefore" (review r18 M6); never an answer's trigger.
_SOURCE_CAUSAL = _CAUSAL | frozenset("so why therefore hence".split())


class _LazySources:
    """The call's `SourceIndex`, built on first use (kept in the call's state for retries and other entries)."""

    def __init__(self, ctx: Context, overlap: float) -> None:
        self._ctx, self._overlap = ctx, overlap
        self._made: SourceIndex | None = None
        self._faults: FaultSources | None = None

    def get(self) -> SourceIndex:
        if self._made is None:
            ctx = self._ctx
            key = f"{ctx.entry_id}:speculation_sources"
            build = lambda: SourceIndex(ctx.documents, self._overlap, ctx.deadline)  # noqa: E731
            self._made = per_documents(ctx.state, key, ctx.documents, build)
        return self._made

    def faults(self) -> FaultSources:
        """The documents read for `FaultSources.stated`, built on first use (kept like `get`'s index)."""
        if self._faults is None:
            ctx = self._ctx
            key = f"{ctx.entry_id}:speculation_faults"
            build = lambda: FaultSources([d.text for d in ctx.documents], ctx.deadline)  # noqa: E731
            self._faults = per_documents(ctx.state, key, ctx.documents, build)
        return self._faults
