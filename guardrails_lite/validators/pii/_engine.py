"""The PII detector behind the `pii` validator: Presidio's recognizers, run cheaply and offline.

Stock `AnalyzerEngine.analyze` runs every recognizer over the whole text and a spaCy pipeline
first. Here an engine holds only the recognizers for the requested entities (`_recognizers`: one
per file, Presidio's patterns, context words and checks, without importing presidio_analyzer, whose
package imports spaCy), and each one runs only on short windows around cheap anchors (an ``@`` for
e-mail, a run of digits for phone numbers, ...): text without anchors costs one linear scan per
entity, and the regexes never see long inputs whole. PERSON, LOCATION and ORGANIZATION come from
the builtin names tier (`_names`: lists, a small tagger, e-mail rules); spaCy runs only when a
trained pipeline is installed and an NER entity is requested (its findings are added). Engines are
built lazily, once per process and configuration, under a lock.

Offline: e-mail domains are checked against the public-suffix list bundled with tldextract, never
a fetched one.
"""

from __future__ import annotations

import operator
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain, compress
from typing import Any, TypeAlias

from guardrails_lite.validators._shared.patterns import compile_all
from guardrails_lite.validators.pii._helpers.context import ContextBefore, scored
from guardrails_lite.validators.pii._helpers.patterns import Pattern, PatternSet
from guardrails_lite.validators.pii._helpers.spans import Span, resolve_overlaps
from guardrails_lite.validators.pii._helpers.windows import windows
from guardrails_lite.validators.pii._recognizers import ANCHORS, Part, PhoneRecognizer, parts
from guardrails_lite.validators.pii._recognizers.phone import SCORE as PHONE_SCORE
from guardrails_lite.verdict import check_deadline

__all__ = [
    "NAMES_ENTITIES",
    "NER_ENTITIES",
    "PATTERN_ENTITIES",
    "CustomPattern",
    "EngineConfig",
    "PiiEngine",
    "Span",
    "SpanTuple",
    "get_engine",
    "resolve_overlaps",
    "undetectable",
]

#: Entities found by patterns and checksums; no NLP model needed.
PATTERN_ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS")
#: spaCy labels behind each NER entity (Presidio's mapping).
NER_LABELS: dict[str, tuple[str, ...]] = {
    "PERSON": ("PERSON", "PER"),
    "LOCATION": ("GPE", "LOC", "FAC"),
    "ORGANIZATION": ("ORG",),
    "NRP": ("NORP",),
    "DATE_TIME": ("DATE", "TIME"),
}
NER_ENTITIES = tuple(NER_LABELS)
#: Found by the builtin names recognizer (lists, tagger, e-mail rules) without spaCy.
NAMES_ENTITIES = ("PERSON", "LOCATION", "ORGANIZATION")
_DEFAULT_NER = ("PERSON", "LOCATION")
_NER_SCORE = 0.85
_TRAINED_PIPELINES = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_trf")
# Text made only of these (digits, ASCII punctuation, whitespace, zero-width and joiner characters, variation
# selectors, lone surrogates, pictographs) holds no word a name could be made of: no letter, nothing `isupper`
# or `islower` ("Ⓐ", "Ⅻ" and the squared letters U+1F130-1F189 are left out). The names tier finds nothing
# there, so it is not run: a log of addresses or digits costs no tokenizing (tests/validators/test_pii_fast_paths).
_NO_NAME_TEXT = re.compile(
    r"[\s0-9!-/:-@\[-`{-~\u200b-\u200f\u2060-\u2064\ufe00-\ufe0f\ufeff\ud800-\udfff\U0001f300-\U0001faff]*"
)
# Gates: a cheap search that every match of an anchor contains, tried before the anchor's own scan of the whole
# text and before its finder's `needs` (a text where the gate finds nothing cuts no window for that anchor, so the
# finder is skipped as when its anchor finds nothing). An anchor whose first character is no single class scans
# at every position ("[A-Za-z]{2}\d{2}" on prose: each letter; IPv6's optional hex digits: every character);
# its gate starts with a literal or a digit class, which the engine skips to at C speed. Phone's anchor gates
# cards and SSNs: each of their anchors' matches is a run of digits and separators the phone anchor matches a
# prefix of (seven digits or more). Keyed by the anchor's pattern: an anchor changed elsewhere loses its gate
# instead of keeping a wrong one. tests/validators/test_pii_fast_paths.py: no gate hides an anchor's match.
_PHONE_GATE = re.compile(r"\d(?:[ ().\-/]{1,3}\d|\d){6,}")  # = the phone recognizer's anchor
GATES: dict[str, re.Pattern[str]] = {
    r"\d(?:[ \-]?\d){11,}": _PHONE_GATE,  # CREDIT_CARD
    r"\d(?:[ .\-]?\d){8,}": _PHONE_GATE,  # US_SSN
    r"[A-Za-z]{2}\d{2}": re.compile(r"\d\d(?<=[A-Za-z]{2}\d\d)"),  # IBAN_CODE
    r"\d{1,3}(?:\.\d{1,3}){3}": re.compile(r"\.\d{1,3}\."),  # IPv4
    r"[0-9A-Fa-f]{0,4}::?[0-9A-Fa-f]{0,4}:": re.compile(r"::?[0-9A-Fa-f]{0,4}:"),  # IPv6
}
_ENTITY = operator.itemgetter(2)  # of a span tuple, read in C
#: A finding inside the engine: a `Span` or the same fields as a plain tuple (the names finder's: a text of names
#: makes tens of thousands, and plain tuples of numbers and strings are untracked by the cyclic collector, named
#: ones are not). `analyze` gives `Span`s; the pii validator reads `spans`' tuples by position.
SpanTuple: TypeAlias = tuple[int, int, str, float]
_as_span = partial(tuple.__new__, Span)  # a `Span` of a plain tuple, made in C
# What a first call meets: every region's phone metadata ("Phone:" tries them all), the suffix list.
_WARM_UP = (
    "mail a.b@example.com or call 212-555-0100, 4111 1111 1111 1111, 10.0.0.1, GB82WEST12345698765432, "
    "Phone: 0490 75 40 81, 536-80-4398"
)


@dataclass(frozen=True, slots=True)
class CustomPattern:
    name: str
    regex: str
    entity: str
    score: float
    context: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EngineConfig:
    entities: tuple[str, ...] | None
    language: str
    spacy_model: str
    custom: tuple[CustomPattern, ...]
    names: str = "auto"  # PiiSpec.names: builtin, spacy, both, auto


#: What builds the finders of a pattern entity; tests build the same engine on Presidio's objects.
PartsFactory = Callable[[str], list[Part]]

_LOCK = threading.Lock()
_ENGINES: dict[EngineConfig, PiiEngine] = {}


def get_engine(config: EngineConfig) -> PiiEngine:
    """The engine for `config`, built on first use and shared by every thread after that."""
    engine = _ENGINES.get(config)
    if engine is not None:
        return engine
    with _LOCK:
        engine = _ENGINES.get(config)
        if engine is None:
            engine = PiiEngine(config)
            _ENGINES[config] = engine
        return engine


def _pipeline_candidates(name: str) -> tuple[str, ...]:
    """The spaCy packages a `spacy_model` setting may mean: any trained English one, none, or that one."""
    return _TRAINED_PIPELINES if name == "auto" else () if name == "blank" else (name,)


def _installed_pipeline(name: str) -> str | None:
    import spacy.util

    for candidate in _pipeline_candidates(name):
        if spacy.util.is_package(candidate):
            return candidate
    return None


def _pipeline_importable(name: str) -> bool:
    """Whether a spaCy pipeline package `name` (or, for 'auto', any trained English one) is installed.

    Looked up without importing spaCy, so policies can be checked at load time cheaply.
    """
    import importlib.util

    return any(importlib.util.find_spec(c) is not None for c in _pipeline_candidates(name))


def undetectable(entities: Sequence[str] | None, names: str, spacy_model: str) -> list[str]:
    """The explicitly requested entity types that no installed detector can find (fail closed at load)."""
    wanted = [e for e in (entities or ()) if e in NER_LABELS]
    builtin = names in ("auto", "builtin", "both")
    covered = set(NAMES_ENTITIES) if builtin else set()
    if names != "builtin" and (names == "spacy" or any(e not in covered for e in wanted)):
        if _pipeline_importable(spacy_model):
            covered |= set(NER_LABELS)
        elif names == "spacy":
            return sorted(set(wanted) or set(NAMES_ENTITIES[:2]))
    return sorted(e for e in wanted if e not in covered)


def _load_spacy(name: str) -> Any:
    """A trained spaCy pipeline with NER, or None. Never downloads anything.

    spaCy itself (about 1.4 s to import) is imported only when some candidate package is there.
    """
    if not _pipeline_importable(name):
        return None
    package = _installed_pipeline(name)
    if package is None:
        return None
    import spacy

    nlp = spacy.load(package)
    # Only NER is needed; its tok2vec/transformer stays on because NER listens to it.
    unused = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer", "textcat")
    nlp.select_pipes(disable=[name for name in unused if name in nlp.pipe_names])
    return nlp


def custom_part(c: CustomPattern) -> Part:
    """A recognizer declared in the policy: one pattern, Presidio's PatternRecognizer semantics."""
    finder = PatternSet([Pattern(c.name, c.regex, c.score)])
    _ = finder.compiled  # the policy's own pattern: a bad one fails the build, not a call
    return Part(c.entity, finder, None, frozenset(w.lower() for w in c.context))


class PiiEngine:
    """Recognizers for one configuration. `analyze` is thread-safe once constructed."""

    def __init__(self, config: EngineConfig, make_parts: PartsFactory = parts) -> None:
        self.config = config
        requested = config.entities
        ner_wanted = [e for e in (requested or _DEFAULT_NER) if e in NER_LABELS]
        builtin = config.names in ("auto", "builtin", "both")
        self.name_entities = frozenset(e for e in ner_wanted if builtin and e in NAMES_ENTITIES)
        self.names: Any = None
        if self.name_entities:
            from guardrails_lite.validators.pii._names.detect import NameFinder

            self.names = NameFinder()
        self.nlp = _load_spacy(config.spacy_model) if ner_wanted and config.names != "builtin" else None
        self.ner_labels = {
            label: entity for entity in (ner_wanted if self.nlp is not None else ()) for label in NER_LABELS[entity]
        }
        # Requested, but nothing here can find it: the spec checks this at load; a pipeline uninstalled
        # since then must not turn into silently missed names.
        found_by = self.name_entities | set(self.ner_labels.values())
        missing = [e for e in (requested or ()) if e in NER_LABELS and e not in found_by]
        if missing:
            raise RuntimeError(f"no detector available for entity types {missing}")
        patterned = [e for e in (requested or PATTERN_ENTITIES) if e in ANCHORS]
        # Phone last: it skips digit runs the other recognizers already claimed.
        patterned.sort(key=lambda e: e == "PHONE_NUMBER")
        self.parts = [part for entity in patterned for part in make_parts(entity)]
        self.parts += [custom_part(c) for c in config.custom]
        self.gates = [None if part.anchor is None else GATES.get(part.anchor.pattern.pattern) for part in self.parts]
        self.entities = tuple(sorted({p.entity for p in self.parts} | found_by))

    def preload(self) -> None:
        """Compile every recognizer's patterns, read the suffix list and libphonenumber's metadata now
        (`Guard.warm`); otherwise each loads on the first text that needs it, inside that call."""
        self.analyze(_WARM_UP)
        for part in self.parts:
            _ = getattr(part.finder, "compiled", None)  # also the patterns whose anchors the sample lacks (IPv6)
        compile_all()  # the names rules' patterns, compiled on first use (`patterns.lazy_regex`)

    def analyze(self, text: str, doc: Any = None, deadline: float | None = None) -> list[Span]:
        """Every span found (overlaps resolved), with Presidio's scores plus context boosts.

        Past `deadline` (a `time.monotonic()` value, e.g. `Context.deadline`) the work stops with
        `BudgetExceeded`: checked per recognizer, per candidate and per match.
        """
        return list(map(_as_span, self.spans(text, doc, deadline)))

    def spans(self, text: str, doc: Any = None, deadline: float | None = None) -> list[SpanTuple]:
        """`analyze`'s spans, the names finder's as plain tuples (`SpanTuple`)."""
        found: list[SpanTuple] = []
        context_of = ContextBefore(text)
        shut: dict[re.Pattern[str], bool] = {}  # gate -> found nothing in this text (asked once per gate)
        for (entity, finder, anchor, context), gate in zip(self.parts, self.gates, strict=True):
            check_deadline(deadline)
            if isinstance(finder, PhoneRecognizer):
                hits = finder.analyze(text, self._mask_claimed(text, found), deadline)
                found += scored(entity, hits, 0, context, context_of, deadline)
                continue
            if gate is not None:
                closed = shut.get(gate)
                if closed is None:
                    closed = shut[gate] = gate.search(text) is None
                if closed:
                    continue  # no anchor match, so no window (`GATES`)
            needs = getattr(finder, "needs", None)
            if needs is not None and not needs.search(text):
                continue  # no window could hold a match (`PatternSet.needs`): none are cut
            segments = windows(text, anchor) if anchor is not None else [(0, len(text))] if text else []
            for s, e in segments:
                hits = finder.analyze(text[s:e], deadline)
                found += scored(entity, hits, s, context, context_of, deadline)
        check_deadline(deadline)
        if self.names is not None and text and not _NO_NAME_TEXT.fullmatch(text):
            found += self._name_spans(self.names.spans(text, deadline))
        if self.nlp is not None and text:
            for ent in (doc if doc is not None else self.nlp(text)).ents:
                mapped = self.ner_labels.get(ent.label_)
                if mapped is not None:
                    found.append(Span(ent.start_char, ent.end_char, mapped, _NER_SCORE))
        check_deadline(deadline)
        return resolve_overlaps(found)

    def _name_spans(self, names: Sequence[SpanTuple]) -> list[SpanTuple]:
        """The names finder's spans (plain tuples, `NameFinder.spans`) of the requested entities.

        A text full of names makes tens of thousands: filtered in C (`compress`, `map`), each tuple kept as it is."""
        return list(compress(names, map(self.name_entities.__contains__, map(_ENTITY, names))))

    @staticmethod
    def _mask_claimed(text: str, found: list[SpanTuple]) -> str:
        """`text` with spans of surer detections blanked out, for finding phone candidates.

        The phone recognizer (libphonenumber, several regions) is by far the costliest. Its score
        (0.4) is below every other pattern entity's, so digits that already belong to a card, IBAN,
        SSN or IP span would lose the overlap anyway and need not be parsed as phone numbers.
        """
        surer = sorted([(s[0], s[1]) for s in found if s[3] > PHONE_SCORE])  # (start, end) of each, by index
        if not surer:
            return text
        starts, ends = [a for a, _ in surer], [b for _, b in surer]
        if all(map(operator.le, ends, starts[1:])):  # apart (the usual case): cut in list comprehensions
            gaps = [text[a:b] for a, b in zip([0, *ends[:-1]], starts, strict=True)]
            blanks = ["\0" * (b - a) for a, b in surer]
            return "".join([*chain.from_iterable(zip(gaps, blanks, strict=True)), text[ends[-1] :]])
        return _blank(text, surer)

    def analyze_many(self, texts: Sequence[str], batch_size: int = 64) -> list[list[Span]]:
        """`analyze` over many texts; spaCy (when used) runs batched through `nlp.pipe`."""
        if self.nlp is None:
            return [self.analyze(t) for t in texts]
        docs = self.nlp.pipe(texts, batch_size=batch_size)
        return [self.analyze(t, doc) for t, doc in zip(texts, docs, strict=True)]


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the (start, end) `spans`, sorted by start and perhaps overlapping, blanked out one by one."""
    pieces: list[str] = []
    last = 0
    for a, b in spans:
        if b <= last:
            continue
        a = max(a, last)
        pieces += [text[last:a], "\0" * (b - a)]
        last = b
    pieces.append(text[last:])
    return "".join(pieces)
