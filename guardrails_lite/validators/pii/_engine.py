"""The PII detector behind the `pii` validator: Presidio's recognizers, run cheaply and offline.

Stock `AnalyzerEngine.analyze` runs every recognizer over the whole text and a spaCy pipeline
first. Here an engine holds only the recognizers for the requested entities, and each one runs
only on short windows around cheap anchors (an ``@`` for e-mail, a run of digits for phone
numbers, ...): text without anchors costs one linear scan per entity, and Presidio's own regexes
never see long inputs whole. PERSON, LOCATION and ORGANIZATION come from the builtin names
recognizer (`_names_recognizer`: lists, a small tagger, e-mail rules); spaCy runs only when a
trained pipeline is installed and an NER entity is requested (its findings are added). Engines
are built lazily, once per process and configuration, under a lock.

Offline: Presidio's e-mail recognizer validates domains with `tldextract`, whose default
extractor fetches the public-suffix list; ours uses the snapshot bundled with tldextract.
"""

from __future__ import annotations

import bisect
import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, NamedTuple

from guardrails_lite.validators._shared.gil import release_gil
from guardrails_lite.verdict import check_deadline, seconds_left

__all__ = [
    "NAMES_ENTITIES",
    "NER_ENTITIES",
    "PATTERN_ENTITIES",
    "CustomPattern",
    "EngineConfig",
    "PiiEngine",
    "Span",
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
_REGISTRY_FLAGS = 26  # regex.DOTALL | regex.MULTILINE | regex.IGNORECASE, as in Presidio's default registry
_TRAINED_PIPELINES = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_trf")

# Anchors: linear scans that every true match of the entity's recognizer must touch. Margins
# (chars before, chars after) widen the window so the recognizer sees the whole candidate.
_ANCHORS: dict[str, tuple[re.Pattern[str], int, int]] = {
    "EMAIL_ADDRESS": (re.compile(r"@"), 64, 256),
    "PHONE_NUMBER": (re.compile(r"\d(?:[ ().\-/]{1,3}\d|\d){6,}"), 24, 8),
    "CREDIT_CARD": (re.compile(r"\d(?:[ \-]?\d){11,}"), 4, 4),
    "US_SSN": (re.compile(r"\d(?:[ .\-]?\d){8,}"), 4, 4),
    "IBAN_CODE": (re.compile(r"[A-Za-z]{2}\d{2}"), 2, 48),
    "IP_ADDRESS": (re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}::?[0-9A-Fa-f]{0,4}:"), 48, 48),
}
# IP addresses: Presidio's dotted-quad pattern and its colon patterns (IPv6, IPv4 inside IPv6) run
# apart, each on windows around its own anchor (every IPv6 match has two colons at most four hex digits
# apart), so a log of dotted quads never feeds the costly IPv6 alternation. Patterns by Presidio name.
_IP_PARTS: tuple[tuple[frozenset[str], tuple[re.Pattern[str], int, int]], ...] = (
    (frozenset({"IPv4"}), (re.compile(r"\d{1,3}(?:\.\d{1,3}){3}"), 48, 48)),
    (
        frozenset({"IPv4_mapped", "IPv4_embedded", "IPv6", "IPv6_unspecified"}),
        (re.compile(r"[0-9A-Fa-f]{0,4}::?[0-9A-Fa-f]{0,4}:"), 48, 48),
    ),
)
_CONTEXT_WORD = re.compile(r"\w+")  # context words as Presidio's context enhancer sees them (plain \w runs)
_PHONE_LEAD = 8  # "+44 ", "(0)": what may stand before a phone number's first digit, and a margin
_PHONE_TAIL = 12  # extensions ("x4587", "ext. 12") and time-stamp suffixes the matcher checks
# A date (2024-05-01, 01/05/2024, 1.5.2024), optionally with the hour of a time stamp after it.
_DATE_LIKE = re.compile(r"(?:[12]\d{3}([-/.])[0-3]?\d\1[0-3]?\d|[0-3]?\d([-/.])[0-3]?\d\2[12]\d{3})(?:[ T][0-2]?\d)?")
# Words that announce a phone number when they come right before it.
_PHONE_CUES = re.compile(
    r"(?i)\b(?:phone|telephone|tel|mobile|cell|cellphone|fax|call|ring|dial|text|sms|whatsapp|landline|desk)\b"
    r"[\s:.#\-]{0,3}(?:\w+\s){0,2}[\s:.#(+]*$"
)
_CUE_CHARS = 32
# ... or label it right after, as address books do: "555 0147 (mobile)", "555 0147-Office".
# Bare "home"/"work" only in brackets or hyphenated: "12345678 home delivery" is an order number.
_PHONE_LABEL_AFTER = re.compile(
    r"(?i)[ \t]{0,2}(?:[-(][ \t]?(?:home|work|desk)\b|[-(]?[ \t]?(?:mobile|cell|office|fax|landline)\b)"
)
_DIGITS = re.compile(r"\d+")
#: What the phone anchor allows between digits, dropped to count a candidate's digits in one call.
_SEPARATORS_DROPPED = str.maketrans(dict.fromkeys(" ().-/"))
# Where a run of digit groups holds several numbers: " / ", " - ", two spaces or more.
_WIDE_SEPARATOR = re.compile(r"\s*/\s*|\s+-\s+|\s{2,}")
# Words right before a match that make it something else: "version 10.2.3.4" is no IP address.
_NEGATIVE_CONTEXT: dict[str, frozenset[str]] = {
    "IP_ADDRESS": frozenset({"version", "ver", "v", "release", "build", "firmware", "patch", "update", "upgrade"}),
}
_CONTEXT_CHARS = 60  # Presidio looks at the 5 words before a match; 60 chars covers them
_CONTEXT_WORDS = 5
_CONTEXT_BOOST = 0.35  # Presidio's context_similarity_factor
_CONTEXT_FLOOR = 0.4  # Presidio's min_score_with_context_similarity
_PHONE_SCORE = 0.4  # PhoneRecognizer.SCORE
_EDGE_SLACK = 32  # how far a window edge may move outward to land on whitespace


@dataclass(frozen=True, slots=True)
class Span:
    """One detected entity: text[start:end] is `entity_type` with confidence `score`."""

    start: int
    end: int
    entity_type: str
    score: float


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
    """A trained spaCy pipeline with NER, or None. Never downloads anything."""
    package = _installed_pipeline(name)
    if package is None:
        return None
    import spacy

    nlp = spacy.load(package)
    # Only NER is needed; its tok2vec/transformer stays on because NER listens to it.
    unused = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer", "textcat")
    nlp.select_pipes(disable=[name for name in unused if name in nlp.pipe_names])
    return nlp


_PRIVATE_TLDS = frozenset(
    {"example", "test", "invalid", "localhost", "local", "internal", "intranet", "corp", "home", "lan", "private"}
)


def _offline_email_recognizer(language: str) -> Any:
    import tldextract
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    # suffix_list_urls=() makes tldextract use its bundled snapshot: no fetch, no cache dir.
    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    class OfflineEmailRecognizer(EmailRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            if extract(pattern_text).fqdn:
                return True
            # Reserved and internal top-level names (RFC 2606/6761, and common intranet ones) are on no
            # public-suffix list, yet "admin@corp.example" or "ops@build.internal" is an address.
            domain = pattern_text.rpartition("@")[2].rstrip(".").lower()
            label = domain.rpartition(".")[2]
            return "." in domain and label in _PRIVATE_TLDS

    return OfflineEmailRecognizer(supported_language=language)


class _Hit(NamedTuple):  # a tuple: a log of 25,000 IP addresses makes as many
    start: int
    end: int
    score: float


class _PhoneRecognizer:
    """Presidio's PhoneRecognizer (libphonenumber matcher per region), minus hopeless regions.

    The matcher parses and validates every candidate once per region, which is what makes stock
    Presidio slow. A region can only yield a match if some run of the candidate's digit groups,
    less the region's trunk prefix or country code, fits the region's general number pattern, a
    necessary condition of libphonenumber's own validity check; other regions are skipped. US and
    CA share calling code 1 and validate against the same plan, so one of them is enough.
    Numbers written with ``+`` parse the same in every region, so one region finds them.

    Bounded on hostile or bulk input: a run of digit groups with more digits than any phone number
    is split at wide separators (" / ", " - ", two spaces) and what is still too long is no phone
    number (libphonenumber finds none in "12-12-12-..."); repeated candidates are judged once; and
    only the first `_BUDGET` distinct candidates of a text go through libphonenumber (about a
    millisecond each): later ones are phone numbers when their digits fit some region's number
    pattern (or, after a cue word, have a plausible length), so a directory of ten thousand
    numbers is scrubbed in linear time, erring on the side of scrubbing.
    """

    _MAX_GROUPS = 6  # a phone number has at most this many digit groups ("+1 (212) 555 01 47")
    _MAX_DIGITS = 20  # more than any phone number: 17 national digits and a country code
    _BUDGET = 64

    def __init__(self, language: str) -> None:
        import phonenumbers
        from presidio_analyzer.predefined_recognizers import PhoneRecognizer

        self.base = PhoneRecognizer(supported_language=language)
        self.context = self.base.context
        self.leniency: int = self.base.leniency if self.base.leniency is not None else 1
        self.matcher = phonenumbers.PhoneNumberMatcher
        self.plans: list[tuple[str, re.Pattern[str], str, str]] = []
        codes: set[int] = set()
        for region in self.base.supported_regions:
            meta: Any = phonenumbers.PhoneMetadata.metadata_for_region(region)
            if meta is None or meta.country_code in codes:
                continue
            codes.add(meta.country_code)
            general = re.compile(str(meta.general_desc.national_number_pattern))
            self.plans.append((str(region), general, str(meta.national_prefix or ""), str(meta.country_code)))
        # Any region's plan at once: the same three tests as `_regions`, as one alternation.
        self.any_plan = re.compile(
            "|".join(
                f"(?:{re.escape(trunk)})?(?:{general.pattern})|{code}(?:{general.pattern})"
                for _, general, trunk, code in self.plans
            )
        )

    def _regions(self, candidate: str, plus: bool) -> list[str]:
        wanted: list[str] = [self.plans[0][0]] if plus else []
        groups = _DIGITS.findall(candidate)
        for i in range(len(groups)):
            if len(wanted) == len(self.plans):
                break  # every region is in: long digit runs (tables, hostile input) end early
            digits = ""
            for g in groups[i : i + self._MAX_GROUPS]:
                digits += g
                for region, general, trunk, code in self.plans:
                    if region in wanted:
                        continue
                    if (
                        general.fullmatch(digits)
                        or (trunk and digits.startswith(trunk) and general.fullmatch(digits[len(trunk) :]))
                        or (digits.startswith(code) and general.fullmatch(digits[len(code) :]))
                    ):
                        wanted.append(region)
        return wanted

    def analyze(
        self,
        text: str,
        entities: Sequence[str],
        nlp_artifacts: Any = None,
        masked: str | None = None,
        deadline: float | None = None,
    ) -> list[_Hit]:
        """Phone numbers in `text`; digit runs are looked for in `masked` (same length), if given."""
        seen: set[tuple[int, int]] = set()
        judged: dict[tuple[str, int, int, bool], list[tuple[int, int]]] = {}
        cued: dict[str, bool] = {}  # the words before a candidate repeat in tables and hostile input
        budget = self._BUDGET
        for start, end, lo, hi in self._candidates(text if masked is None else masked):
            check_deadline(deadline)
            # The matcher looks around a candidate (time stamps after it, extensions, letters glued on).
            s, e = max(lo, start - _PHONE_LEAD), min(hi, end + _PHONE_TAIL)
            before = text[max(0, start - _CUE_CHARS) : start]
            cue = cued.get(before)
            if cue is None:
                cue = cued[before] = _PHONE_CUES.search(before) is not None
            lenient = cue or _PHONE_LABEL_AFTER.match(text, end) is not None
            key = (text[s:e], start - s, end - s, lenient)
            found = judged.get(key)
            if found is None:
                if budget > 0:
                    budget -= 1
                    found = self._verify(text, s, e, start, end, lenient)
                else:
                    found = [(start - s, end - s)] if self._plausible(text[start:end], lenient) else []
                judged[key] = found
            seen.update((a + s, b + s) for a, b in found)
        return [_Hit(a, b, _PHONE_SCORE) for a, b in sorted(seen) if not _glued(text, a, b)]

    def _candidates(self, text: str) -> Iterator[tuple[int, int, int, int]]:
        """(start, end) of digit runs that may be one phone number each, and the bounds of their margins."""
        n = len(text)
        for m in _ANCHORS["PHONE_NUMBER"][0].finditer(text):
            if _DATE_LIKE.fullmatch(m.group()):
                continue  # libphonenumber rejects dates and time stamps too, after parsing them per region
            if len(m.group().translate(_SEPARATORS_DROPPED)) <= self._MAX_DIGITS:
                yield m.start(), m.end(), 0, n
                continue
            # Several numbers: each piece is judged alone, its margins stop at the separators.
            at = m.start()
            pieces = _WIDE_SEPARATOR.split(m.group())
            for i, piece in enumerate(pieces):
                if 7 <= len(piece.translate(_SEPARATORS_DROPPED)) <= self._MAX_DIGITS:
                    yield at, at + len(piece), 0 if i == 0 else at, n if i == len(pieces) - 1 else at + len(piece)
                at += len(piece)
                sep = _WIDE_SEPARATOR.match(text, at)
                at = sep.end() if sep else at

    def _verify(self, text: str, s: int, e: int, start: int, end: int, lenient: bool) -> list[tuple[int, int]]:
        """libphonenumber's matches in text[s:e] touching the candidate, relative to `s`."""
        if lenient:
            # Right after "phone:", "call", "fax" ... (or labelled "(mobile)", "-Office" after it, as
            # in address books): a number of plausible length is taken even if libphonenumber has
            # no such number range (fake and newly assigned numbers).
            regions, leniency = [p[0] for p in self.plans], 0
        else:
            regions, leniency = self._regions(text[start:end], "+" in text[s:start]), self.leniency
        found: list[tuple[int, int]] = []
        for region in regions:
            covered = False
            for match in self.matcher(text[s:e], region, leniency=leniency):
                if match.end + s <= start or match.start + s >= end:
                    continue  # a number in the margin (a postcode before it) has its own anchor, if any
                found.append((match.start, match.end))
                covered |= match.start + s <= start and match.end + s >= end
            if covered:
                break  # the whole run is one number; other regions could only repeat it
        return found

    def _plausible(self, candidate: str, lenient: bool) -> bool:
        """The cheap judgement past the budget: some run of groups fits a region's plan."""
        groups = _DIGITS.findall(candidate)
        if lenient:
            return 7 <= sum(len(g) for g in groups) <= 15
        for i in range(len(groups)):
            digits = ""
            for g in groups[i : i + self._MAX_GROUPS]:
                digits += g
                if self.any_plan.fullmatch(digits):
                    return True
        return False


def _glued(text: str, start: int, end: int) -> bool:
    """True if text[start:end] is the tail or head of a hyphenated identifier such as TCK-2024-000123."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    # A trailing "-Fax" (vCard labels) is fine; a trailing "-12" continues the identifier.
    return (len(before) == 2 and before[1] in "-_/" and before[0].isalnum()) or (
        len(after) == 2 and after[0] in "-_/" and after[1].isdigit()
    )


class _Patterns:
    """A Presidio PatternRecognizer's patterns and checks, run without its per-match overhead.

    Same matching, validation (checksums) and invalidation as `PatternRecognizer.analyze`, minus
    the explanation objects and timing it builds per match. Unlike Presidio, which logs and skips
    a pattern that times out (after 60 s by default), a timeout here raises: the validator then
    fails closed.
    """

    def __init__(self, rec: Any, timeout_s: float, only: frozenset[str] | None = None) -> None:
        import regex

        self.rec = rec
        self.context = rec.context
        self.timeout = timeout_s
        self.patterns = [
            (regex.compile(p.regex, rec.global_regex_flags), float(p.score))
            for p in rec.patterns
            if only is None or p.name in only
        ]

    def analyze(
        self, text: str, entities: Sequence[str], nlp_artifacts: Any = None, deadline: float | None = None
    ) -> list[_Hit]:
        hits: list[_Hit] = []
        validate, invalidate = self.rec.validate_result, self.rec.invalidate_result
        for compiled, base in self.patterns:
            checked: dict[str, float] = {}  # a repeated value is validated once (checksums, domain lists)
            # The regex module's timeout covers the whole iteration, validation included.
            timeout = seconds_left(deadline, self.timeout)
            for m in compiled.finditer(text, timeout=timeout, concurrent=release_gil(text)):
                start, end = m.span()
                if start == end:
                    continue
                value = text[start:end]
                score = checked.get(value, -1.0)
                if score < 0:
                    valid = validate(value)
                    score = base if valid is None else 1.0 if valid else 0.0
                    score = checked[value] = score if score > 0 and not invalidate(value) else 0.0
                if score > 0:
                    hits.append(_Hit(start, end, score))
        return hits


_PATTERN_TIMEOUT_S = 2.0
# Printed in groups of four, 13-19 digits; 12-digit numbers only for Maestro and unseparated.
_WIDE_CARD = r"\b(?:4\d{3}|5[0-8]\d{2}|2[1-7]\d{2}|1800|3[0-8]\d{2}|6\d{3})(?:[ -]?\d{4}){2,3}[ -]?\d{1,4}\b"
_MAESTRO_12 = r"\b(?:50|5[6-8]|6\d)\d{10}\b"


_SAMPLE_SSNS = frozenset({"123456789", "987654320", "078051120"})


def _ssn_recognizer(supported_language: str) -> Any:
    """Presidio's SSN recognizer, except that published sample numbers (078-05-1120) stay SSNs.

    Presidio invalidates them, and then the phone recognizer labels "SSN 078051120" a phone
    number. A guardrail reports the SSN-shaped value where the text says it is one; the patterns'
    scores and context words still decide, as for any other number.
    """
    from presidio_analyzer.predefined_recognizers import UsSsnRecognizer

    class SsnRecognizer(UsSsnRecognizer):
        def invalidate_result(self, pattern_text: str) -> bool:
            if "".join(c for c in pattern_text if c.isdigit()) in _SAMPLE_SSNS:
                return len({c for c in pattern_text if c in ".- "}) > 1  # mixed delimiters only
            return bool(super().invalidate_result(pattern_text))

    return SsnRecognizer(supported_language=supported_language)


def _recognizer(entity: str, language: str) -> Any:
    from presidio_analyzer import predefined_recognizers as pr

    if entity == "PHONE_NUMBER":
        return _PhoneRecognizer(language)
    if entity == "EMAIL_ADDRESS":
        rec = _offline_email_recognizer(language)
        rec.global_regex_flags = _REGISTRY_FLAGS
        return _Patterns(rec, _PATTERN_TIMEOUT_S)
    factories: dict[str, Callable[..., Any]] = {
        "PHONE_NUMBER": pr.PhoneRecognizer,
        "CREDIT_CARD": pr.CreditCardRecognizer,
        "US_SSN": _ssn_recognizer,
        "IBAN_CODE": pr.IbanRecognizer,
        "IP_ADDRESS": pr.IpRecognizer,
    }
    rec = factories[entity](supported_language=language)
    if entity == "CREDIT_CARD":
        from presidio_analyzer import Pattern

        # Presidio's pattern stops at 17 digits and misses 2-series Mastercard, 15-digit JCB (2131,
        # 1800), Maestro (50, 56-58, 12+ digits) and 19-digit Visa; Luhn still has the last word.
        wide = Pattern("Card numbers, wider IIN ranges, 13-19 digits", _WIDE_CARD, 0.3)
        maestro = Pattern("Maestro, 12 digits", _MAESTRO_12, 0.3)
        rec.patterns = [*rec.patterns, wide, maestro]  # a new list: the default one is the class's own
    if hasattr(rec, "global_regex_flags"):
        # What AnalyzerEngine's default registry sets; the constructors' default lacks IGNORECASE.
        rec.global_regex_flags = _REGISTRY_FLAGS
    # IbanRecognizer has its own matching loop (boundary handling), so it keeps it.
    return rec if entity == "IBAN_CODE" else _Patterns(rec, _PATTERN_TIMEOUT_S)


def _parts(entity: str, rec: Any) -> list[tuple[Any, tuple[re.Pattern[str], int, int]]]:
    """The recognizer of `entity` with its anchor, or (IP addresses) its pattern groups with theirs."""
    if entity != "IP_ADDRESS" or not isinstance(rec, _Patterns):
        return [(rec, _ANCHORS[entity])]
    names = {p.name for p in rec.rec.patterns}
    if names != set().union(*(only for only, _ in _IP_PARTS)):
        return [(rec, _ANCHORS[entity])]  # Presidio renamed or added a pattern: all of them, on all windows
    return [(_Patterns(rec.rec, rec.timeout, only), anchor) for only, anchor in _IP_PARTS]


def _custom_recognizer(c: CustomPattern, language: str) -> Any:
    from presidio_analyzer import Pattern, PatternRecognizer

    rec = PatternRecognizer(
        global_regex_flags=_REGISTRY_FLAGS,
        supported_entity=c.entity,
        name=c.name,
        supported_language=language,
        patterns=[Pattern(c.name, c.regex, c.score)],
        context=list(c.context),
    )
    return _Patterns(rec, _PATTERN_TIMEOUT_S)


def _windows(text: str, anchor: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged [start, end) windows around every anchor match, edges moved out to whitespace."""
    return _merge_widen(text, [m.span() for m in anchor.finditer(text)], before, after)


def _merge_widen(text: str, spans: Iterable[tuple[int, int]], before: int, after: int) -> list[tuple[int, int]]:
    n = len(text)
    out: list[tuple[int, int]] = []
    lo, hi = 0, -1  # the window being grown (none yet); plain comparisons: "a@a@a@..." makes 100,000 anchors
    for ms, me in spans:
        if hi >= 0 and ms - before <= hi:
            if me + after > hi:
                hi = me + after
            continue
        if hi >= 0:
            out.append((lo, hi if hi < n else n))
        lo, hi = (ms - before if ms > before else 0), me + after
    if hi >= 0:
        out.append((lo, hi if hi < n else n))
    widened: list[tuple[int, int]] = []
    for s, e in out:
        floor = max(0, s - _EDGE_SLACK)
        while s > floor and not text[s - 1].isspace():
            s -= 1
        ceil = min(n, e + _EDGE_SLACK)
        while e < ceil and not text[e].isspace():
            e += 1
        if widened and s <= widened[-1][1]:
            widened[-1] = (widened[-1][0], max(e, widened[-1][1]))
        else:
            widened.append((s, e))
    return widened


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Keep the best of overlapping spans (higher score, then longer), sorted by start."""
    by_start = sorted(spans, key=lambda s: (s.start, s.end))
    if all(a.end <= b.start for a, b in pairwise(by_start)):
        return by_start  # disjoint already (the usual case, and a log of thousands of addresses)
    ranked = sorted(by_start, key=lambda s: (-s.score, -(s.end - s.start), s.start))
    starts: list[int] = []
    kept: list[Span] = []  # sorted by start, pairwise disjoint
    for s in ranked:
        i = bisect.bisect_left(starts, s.start)
        if i < len(kept) and kept[i].start < s.end:
            continue
        if i > 0 and kept[i - 1].end > s.start:
            continue
        starts.insert(i, s.start)
        kept.insert(i, s)
    return kept


class PiiEngine:
    """Recognizers for one configuration. `analyze` is thread-safe once constructed."""

    def __init__(self, config: EngineConfig) -> None:
        _guard_presidio_logs()
        self.config = config
        requested = config.entities
        self.nlp = None
        ner_wanted = [e for e in (requested or _DEFAULT_NER) if e in NER_LABELS]
        builtin = config.names in ("auto", "builtin", "both")
        self.names: Any = None
        self.name_entities = frozenset(e for e in ner_wanted if builtin and e in NAMES_ENTITIES)
        if self.name_entities:
            from guardrails_lite.validators.pii._names_recognizer import NamesRecognizer

            self.names = NamesRecognizer(sorted(self.name_entities), config.language)
        if ner_wanted and config.names != "builtin":
            self.nlp = _load_spacy(config.spacy_model)
        self.ner_labels: dict[str, str] = {}
        if self.nlp is not None:
            for entity in ner_wanted:
                for label in NER_LABELS[entity]:
                    self.ner_labels[label] = entity
        # Requested, but nothing here can find it: the spec checks this at load; a pipeline uninstalled
        # since then must not turn into silently missed names.
        missing = [e for e in (requested or ()) if e in NER_LABELS and e not in self.name_entities]
        missing = [e for e in missing if e not in self.ner_labels.values()]
        if missing:
            raise RuntimeError(f"no detector available for entity types {missing}")
        patterned = [e for e in (requested or PATTERN_ENTITIES) if e in _ANCHORS]
        # Phone last: it skips digit runs the other recognizers already claimed.
        patterned.sort(key=lambda e: e == "PHONE_NUMBER")
        self.recognizers: list[tuple[str, Any, tuple[re.Pattern[str], int, int] | None, frozenset[str]]] = []
        for entity in patterned:
            rec = _recognizer(entity, config.language)
            context = frozenset(w.lower() for w in rec.context or ())
            self.recognizers += [(entity, part, anchor, context) for part, anchor in _parts(entity, rec)]
        for custom in config.custom:
            rec = _custom_recognizer(custom, config.language)
            self.recognizers.append((custom.entity, rec, None, frozenset(w.lower() for w in custom.context)))
        self.entities = tuple(
            sorted({r[0] for r in self.recognizers} | set(self.ner_labels.values()) | self.name_entities)
        )
        # Warm up under the build lock: tldextract reads its snapshot and libphonenumber loads each
        # region's metadata on first use ("Phone:" takes the path that tries every region).
        self.analyze(
            "mail a.b@example.com or call 212-555-0100, 4111 1111 1111 1111, 10.0.0.1, GB82WEST12345698765432, "
            "Phone: 0490 75 40 81, 536-80-4398"
        )

    def analyze(self, text: str, doc: Any = None, deadline: float | None = None) -> list[Span]:
        """Every span found (overlaps resolved), with Presidio's scores plus context boosts.

        Past `deadline` (a `time.monotonic()` value, e.g. `Context.deadline`) the work stops with
        `BudgetExceeded`: checked per recognizer, per candidate and per match.
        """
        found: list[Span] = []
        context_of = _ContextBefore(text)
        for entity, rec, anchor, context in self.recognizers:
            check_deadline(deadline)
            if entity == "PHONE_NUMBER":
                masked = self._mask_claimed(text, found)
                hits = rec.analyze(text, [entity], None, masked=masked, deadline=deadline)
                found += _scored(entity, hits, 0, context, context_of, deadline)
                continue
            segments = _windows(text, *anchor) if anchor is not None else [(0, len(text))] if text else []
            for s, e in segments:
                if isinstance(rec, _Patterns):
                    hits = rec.analyze(text[s:e], [entity], None, deadline=deadline)
                else:
                    hits = rec.analyze(text[s:e], [entity], None)
                found += _scored(entity, hits, s, context, context_of, deadline)
        check_deadline(deadline)
        if self.names is not None and text:
            found += [
                Span(s.start, s.end, s.entity_type, s.score)
                for s in self.names.finder.find(text)
                if s.entity_type in self.name_entities
            ]
        if self.nlp is not None and text:
            if doc is None:
                doc = self.nlp(text)
            for ent in doc.ents:
                mapped = self.ner_labels.get(ent.label_)
                if mapped is not None:
                    found.append(Span(ent.start_char, ent.end_char, mapped, _NER_SCORE))
        check_deadline(deadline)
        return resolve_overlaps(found)

    @staticmethod
    def _mask_claimed(text: str, found: list[Span]) -> str:
        """`text` with spans of surer detections blanked out, for finding phone candidates.

        The phone recognizer (libphonenumber, several regions) is by far the costliest. Its score
        (0.4) is below every other pattern entity's, so digits that already belong to a card, IBAN,
        SSN or IP span would lose the overlap anyway and need not be parsed as phone numbers.
        """
        surer = sorted((s.start, s.end) for s in found if s.score > _PHONE_SCORE)
        if not surer:
            return text
        pieces: list[str] = []
        last = 0
        for a, b in surer:
            if b <= last:
                continue
            a = max(a, last)
            pieces += [text[last:a], "\0" * (b - a)]
            last = b
        pieces.append(text[last:])
        return "".join(pieces)

    def analyze_many(self, texts: Sequence[str], batch_size: int = 64) -> list[list[Span]]:
        """`analyze` over many texts; spaCy (when used) runs batched through `nlp.pipe`."""
        if self.nlp is None:
            return [self.analyze(t) for t in texts]
        docs = self.nlp.pipe(texts, batch_size=batch_size)
        return [self.analyze(t, doc) for t, doc in zip(texts, docs, strict=True)]


def _scored(
    entity: str,
    hits: Iterable[Any],
    offset: int,
    context: frozenset[str],
    context_of: _ContextBefore,
    deadline: float | None,
) -> Iterator[Span]:
    """`hits` (offsets relative to `offset`) as spans, dropped or boosted by the words before them."""
    negative = _NEGATIVE_CONTEXT.get(entity)
    scores: dict[tuple[str, float], float] = {}  # (window before, base score) -> score; -1: dropped
    for r in hits:
        check_deadline(deadline)
        start = r.start + offset
        key = (context_of.window(start), float(r.score))
        score = scores.get(key)
        if score is None:
            score = key[1]
            if negative and context_of(start, negative, 2):
                score = -1.0
            elif context and context_of(start, context, _CONTEXT_WORDS):
                score = min(1.0, max(score + _CONTEXT_BOOST, _CONTEXT_FLOOR))
            scores[key] = score
        if score >= 0:
            yield Span(start, r.end + offset, entity, score)


class _ContextBefore:
    """Whether one of some context words is among the last `n` words of the `_CONTEXT_CHARS`
    characters before a position (as Presidio's context check sees them).

    Words are split once per distinct window: a log of 25,000 IP addresses repeats its windows.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: dict[str, list[str]] = {}

    def window(self, start: int) -> str:
        return self.text[max(0, start - _CONTEXT_CHARS) : start]

    def __call__(self, start: int, context: frozenset[str], n: int) -> bool:
        window = self.window(start)
        words = self.words.get(window)
        if words is None:
            words = self.words[window] = _CONTEXT_WORD.findall(window.lower())
        return any(w in context for w in words[-n:])


class _WithholdArguments(logging.Filter):
    """Presidio logs some matched values (e.g. "Failed to validate text %s" for IBANs): drop the arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.msg = f"{record.msg} [arguments withheld by guardrails-lite]"
            record.args = None
        return True


_FILTER = _WithholdArguments()


def _guard_presidio_logs() -> None:
    for name in ("presidio-analyzer", "presidio-anonymizer"):
        log = logging.getLogger(name)
        if _FILTER not in log.filters:
            log.addFilter(_FILTER)
