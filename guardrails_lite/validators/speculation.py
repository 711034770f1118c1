"""`speculation`: flag sentences that guess, or that guess about people.

Three kinds of rule, all spaCy token patterns over lower-cased tokens (they work on the blank
English pipeline; a trained pipeline only improves sentence boundaries):

* hedge — a claim the writer is not sure of ("probably", "my guess is", "chances are");
* attribution — blame, motive or feelings read into people ("must be furious", "hidden agenda",
  "whoever … was careless");
* unverifiable — assertions about people nobody can check ("nobody says it, but", "everyone knows").

Reported or quoted hedges are the source's, not the writer's, and are not flagged ("Dana wrote
that the date will probably move"); with context documents, a trigger that a matching source
sentence also uses is not flagged either. Repair drops flagged sentences if enough is left.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import Field

from guardrails_lite.spec import ValidatorSpec
from guardrails_lite.validators import _nlp
from guardrails_lite.verdict import Context, Document, Finding, Validator, Verdict

Category = Literal["hedge", "attribution", "unverifiable"]
_ALL: tuple[Category, ...] = ("hedge", "attribution", "unverifiable")

HEDGES = (
    "probably|presumably|perhaps|maybe|possibly|conceivably|supposedly|seemingly|plausibly|apparently|"
    "in all likelihood|in all probability|most likely|more than likely|very likely|quite likely|likely|"
    "it seems|seems|seemed|seem to|appears to|appear to|it appears|it looks like|looks like|"
    "my guess is|my guess|i guess|if i had to guess|i suspect|i think|i believe|i imagine|i bet|i reckon|"
    "i would guess|i'd guess|i would say|i'd say|my hunch|hunch|gut feeling|my sense is|i assume|"
    "i presume|chances are|odds are|there's a chance|there is a chance|a good chance|it's possible that|"
    "it is possible that|no doubt|doubtless|surely|it is safe to assume|safe to assume|safe to say|"
    "one can assume|we can assume|it is fair to assume|one would think|you would think|might have|"
    "may have|could have|would have|might be|could be|might well|may well|could well|bound to|"
    "speculate|speculating|presumed|suspect|suspects|suspected|it stands to reason"
).split("|")
ATTRIBUTIONS = (
    "hidden agenda|an agenda|own agenda|ulterior motive|ulterior motives|real reason|true reason|real motive|"
    "reading between the lines|read between the lines|between the lines|secretly|deep down|covering up|"
    "cover up|cover-up|cover his tracks|cover her tracks|cover their tracks|dropped the ball|to blame|"
    "at fault|'s fault|his fault|her fault|their fault|blame lies|scapegoat|passive-aggressive|"
    "passive aggressive|under the bus|doesn't care|does not care|didn't care|did not care|couldn't care less|"
    "can't be trusted|cannot be trusted|not to be trusted|out to get|trying to undermine|undermining|"
    "sabotage|sabotaging|incompetent|incompetence|careless|carelessness|sloppy|lazy|negligent|negligence|"
    "to save face|save face|to look good|protect himself|protect herself|protect themselves|avoid blame|"
    "avoid responsibility|power play|office politics|playing politics|implying|insinuating|resentment|"
    "holds a grudge|holding a grudge|grudge against|jealous|spiteful|vindictive|pretending|feigning"
).split("|")
UNVERIFIABLE = (
    "nobody says it|no one says it|nobody will say it|no one will say it|nobody will admit|no one will admit|"
    "everyone knows|everybody knows|we all know|it's no secret|it is no secret|open secret|between you and me|"
    "rumour has it|rumor has it|word is|the word is|people are saying|people say|i hear|i've heard|"
    "off the record|let's be honest|let's face it|truth be told|the truth is|in truth|if we're honest|"
    "if we are honest|nobody believes|no one believes|everyone thinks|everybody thinks"
).split("|")
EMOTIONS = frozenset(
    "furious angry upset frustrated annoyed embarrassed livid resentful bitter ashamed worried nervous afraid "
    "scared unhappy disappointed hurt offended irritated fuming humiliated panicking panicked stressed "
    "defensive insecure anxious relieved thrilled delighted desperate guilty mad irate sulking exhausted "
    "overwhelmed tired miserable hostile bored confused demoralised demoralized burned".split()
)
# Epistemic cues that turn a feeling word into a guess about someone's state of mind.
EPISTEMIC = frozenset("must probably clearly obviously surely likely bet seems seemed secretly definitely".split())
# `whoever` + one of these in the same sentence assigns blame to an unknown person.
BLAME = frozenset("careless responsible messed screwed dropped forgot broke sloppy fault blame lazy negligent".split())
REPORTING = frozenset(
    "said says wrote writes mentioned mentions noted notes told tells according reported reports estimated "
    "estimates expects expected thinks thought believes believed warned warns stated states added adds "
    "replied replies explained explains confirmed confirms suggested suggests predicted predicts asked asks "
    "cautioned cautions feared fears hoped hopes".split()
)
CONTRAST = frozenset({"but", "though", "although", "however", "yet", ";", "while"})
FIRST_PERSON = frozenset({"i", "my", "me", "i'd", "i've"})
QUOTES = '"“”«»'

_DESCRIBE: dict[str, str] = {
    "hedge": "makes a hedged, speculative claim",
    "attribution": "speculates about blame, motives or feelings",
    "unverifiable": "makes an unverifiable assertion about people",
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
        default_factory=list, description="More trigger phrases (matched case-insensitively, whole tokens)."
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
    min_remaining_words: int = Field(
        2, ge=1, description="Repair only if at least this many content words remain after dropping sentences."
    )

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


@dataclass(frozen=True, slots=True)
class Hit:
    category: str
    start: int  # token indices within the Doc
    end: int


class SpeculationValidator:
    def __init__(self, spec: SpeculationSpec) -> None:
        self.spec = spec
        self._lock = threading.Lock()
        self._matcher: Any = None

    def warm(self) -> None:
        self._get_matcher()

    def _get_matcher(self) -> Any:
        if self._matcher is None:
            with self._lock:
                if self._matcher is None:
                    from spacy.matcher import PhraseMatcher

                    nlp = _nlp.nlp()
                    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
                    allowed = {p.lower().strip() for p in self.spec.allow_phrases}
                    lists = {"hedge": HEDGES, "attribution": ATTRIBUTIONS, "unverifiable": UNVERIFIABLE}
                    for cat in self.spec.categories:
                        phrases = [p for p in lists[cat] if p not in allowed]
                        if cat == "hedge":
                            phrases += [p.lower() for p in self.spec.extra_phrases if p.strip()]
                        if phrases:
                            matcher.add(cat, [nlp.make_doc(p) for p in phrases])
                    if "hedge" not in self.spec.categories and self.spec.extra_phrases:
                        matcher.add("hedge", [nlp.make_doc(p.lower()) for p in self.spec.extra_phrases if p.strip()])
                    self._matcher = matcher
        return self._matcher

    def __call__(self, text: str, ctx: Context) -> Verdict:
        matcher = self._get_matcher()
        vocab = _nlp.nlp().vocab
        norm = text.replace("’", "'")  # same length: offsets stay valid
        sources = _source_index(ctx, self.spec.source_overlap) if self.spec.respect_sources else None
        flagged: list[tuple[int, int, str]] = []
        n_sent = 0
        for offset, doc in _nlp.docs(norm):
            hits_by_sent: dict[int, list[Hit]] = {}
            for match_id, s, e in matcher(doc):
                sent_start = doc[s].sent.start
                hits_by_sent.setdefault(sent_start, []).append(Hit(vocab.strings[match_id], s, e))
            for sent in doc.sents:
                n_sent += 1
                hits = hits_by_sent.get(sent.start, [])
                hits += self._sentence_rules(sent)
                if not hits:
                    continue
                hits = [h for h in hits if not (self.spec.allow_reported and _reported(doc, sent, h))]
                if hits and sources is not None:
                    hits = [h for h in hits if not sources.supports(sent.text, doc[h.start : h.end].text)]
                if not hits:
                    continue
                raw = norm[offset + sent.start_char : offset + sent.end_char]
                s0 = offset + sent.start_char + (len(raw) - len(raw.lstrip()))
                e0 = offset + sent.start_char + len(raw.rstrip())
                cats = sorted({h.category for h in hits}, key=list(_DESCRIBE).index)
                flagged.append((s0, e0, cats[0]))
        if not flagged:
            return Verdict.ok()
        flagged = _merge_fragments(flagged)
        findings = [
            Finding(f"sentence {_ordinal(norm, s)} {_DESCRIBE[c]}", score=1.0, start=s, end=e) for s, e, c in flagged
        ]
        rest = _nlp.drop_spans(text, [(s, e) for s, e, _ in flagged])
        keep = len(_nlp.content_words(rest)) >= self.spec.min_remaining_words
        return Verdict.fail(*findings, repaired=rest if keep else None)

    def _sentence_rules(self, sent: Any) -> list[Hit]:
        """Rules needing more than a phrase: feeling words under an epistemic cue, `whoever` + blame."""
        lowers = [t.lower_ for t in sent]
        hits: list[Hit] = []
        cats = self.spec.categories
        if "attribution" in cats:
            if any(w in EMOTIONS for w in lowers) and any(w in EPISTEMIC for w in lowers):
                i = next(i for i, w in enumerate(lowers) if w in EMOTIONS)
                hits.append(Hit("attribution", sent.start + i, sent.start + i + 1))
            if "whoever" in lowers and any(w in BLAME or _nlp.stem(w) in BLAME for w in lowers):
                i = lowers.index("whoever")
                hits.append(Hit("attribution", sent.start + i, sent.start + i + 1))
        if "hedge" in cats:
            # Epistemic "must have <participle>" ("must have forgotten"); obligations ("must have a badge") pass.
            hits.extend(
                Hit("hedge", sent.start + i, sent.start + i + 3)
                for i in range(len(lowers) - 2)
                if lowers[i] == "must" and lowers[i + 1] in ("have", "'ve") and _participle(lowers[i + 2])
            )
        return hits


def _participle(word: str) -> bool:
    return word in _IRREGULAR or (word.endswith("ed") and len(word) > 3)


_IRREGULAR = frozenset(
    "been known forgotten seen thought felt had got gotten taken given made lost told heard left missed sent "
    "written done gone meant read understood overlooked".split()
)


def _reported(doc: Any, sent: Any, hit: Hit) -> bool:
    """A hedge inside quotes, or after a reporting verb with no contrast in between, is the source's."""
    if hit.category != "hedge":
        return _inside_quotes(doc, sent, hit)
    if _inside_quotes(doc, sent, hit):
        return True
    words = [t.lower_ for t in doc[hit.start : hit.end]]
    if any(w in FIRST_PERSON for w in words):
        return False
    for j in range(hit.start - 1, sent.start - 1, -1):
        w = doc[j].lower_
        if w in CONTRAST:
            return False
        if w in REPORTING:
            return True
    return False


def _inside_quotes(doc: Any, sent: Any, hit: Hit) -> bool:
    before = sum(1 for t in doc[sent.start : hit.start] if t.text in QUOTES or t.text == "''" or t.text == "``")
    return before % 2 == 1


def _merge_fragments(flagged: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    flagged.sort()
    out: list[tuple[int, int, str]] = []
    for s, e, c in flagged:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]), out[-1][2])
        else:
            out.append((s, e, c))
    return out


def _ordinal(text: str, start: int) -> int:
    # 1-based position, counted by sentence-ending punctuation before `start` (good enough for a message).
    return 1 + sum(text.count(p, 0, start) for p in (". ", "! ", "? ", "\n\n"))


class SourceIndex:
    """Sentences of the context documents, as content-word sets, for "does the source say it too?"."""

    def __init__(self, documents: Sequence[Document], overlap: float) -> None:
        self.overlap = overlap
        self.sents: list[tuple[frozenset[str], str]] = []
        for doc in documents:
            for s in _split_plain(doc.text):
                self.sents.append((frozenset(_nlp.stem(w) for w in _nlp.content_words(s)), s.lower()))

    def supports(self, sentence: str, trigger: str) -> bool:
        trig = [_nlp.stem(w) for w in _nlp.words(trigger.replace("’", "'"))]
        words = {_nlp.stem(w) for w in _nlp.content_words(sentence)} - set(trig)
        if not trig:
            return False
        need = max(1, round(self.overlap * len(words)))
        for bag, low in self.sents:
            if len(words & bag) >= need and all(any(_nlp.stem(w) == t for w in _nlp.words(low)) for t in trig):
                return True
        return False


def _split_plain(text: str) -> list[str]:
    out: list[str] = []
    for line in text.replace("’", "'").splitlines():
        start = 0
        for i, ch in enumerate(line):
            if ch in ".!?" and (i + 1 == len(line) or line[i + 1] == " "):
                out.append(line[start : i + 1])
                start = i + 1
        if line[start:].strip():
            out.append(line[start:])
    return [s.strip() for s in out if s.strip()]


def _source_index(ctx: Context, overlap: float) -> SourceIndex | None:
    if not ctx.documents:
        return None
    key = f"{ctx.entry_id}:speculation_sources"
    fp = hashlib.sha256("\x00".join(d.text for d in ctx.documents).encode("utf-8", "surrogatepass")).hexdigest()
    cached = ctx.state.get(key)
    if isinstance(cached, tuple) and cached[0] == fp:
        index: SourceIndex = cached[1]
        return index
    index = SourceIndex(ctx.documents, overlap)
    ctx.state[key] = (fp, index)
    return index
