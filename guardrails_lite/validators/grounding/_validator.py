"""`grounding`: every sentence of the answer must be supported by the context documents.

A sentence is supported when (1) its numbers, its names (capitalised words after the first) and
its quoted phrases all occur in the sources, and (2) enough of its content words (crudely
stemmed) occur in one source: ``min_support`` of them. Unsupported sentences are findings with
their spans (the retry feedback quotes them; finding messages do not). The best-matching source
of each sentence is recorded in ``ctx.state["<entry id>:grounding"]`` as
``(start, end, source name, support)`` so a caller driving `Guard.flow` with its own `state` can
show attributions.

Citations: with ``citations: check`` (default) a citation marker (``[1]``, ``[email-2]``) or, in a
JSON answer, an entry of the ``sources`` field must name a supplied document (by its name, or by
a 1-based number, alone or ending the reference: ``2``, ``email-2``); ``required`` also fails an
answer that cites nothing. On a JSON answer without
``fields`` only the citations are checked: point ``fields: [summary]`` at the prose.
Without documents the check passes (nothing to ground against) unless ``without_documents: fail``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import Field

from guardrails_lite.spec import ValidatorSpec
from guardrails_lite.validators._shared import nlp as _nlp
from guardrails_lite.validators.grounding import _relations
from guardrails_lite.verdict import Context, Document, Finding, Validator, Verdict

_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_MARKER = re.compile(r"\[([^\[\]\n]{1,80})\](?!\()")
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{3,300})[\"”]")
_CAP = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*")
_SPACE = re.compile(r"\s+")
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]{0,40}\d{0,6}>|\[[A-Z][A-Z_]{2,40}\d{0,6}\]")
_FIRST_LETTER = re.compile(r"[^\W\d_]")
_TRAILING_NUMBER = re.compile(r"\d{1,6}$")
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_COMPARATIVES = frozenset({"later", "earlier", "sooner", "more", "less", "fewer", "longer", "doubt"})
_NOT_NEGATING = frozenset({("not", "only"), ("not", "just")})
_NEGATIONS = frozenset({"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot"})
_PUNCT = re.compile(r"[^\w\s]")
# Capitalised words that are not names: pronouns and the like, plus words capitalised in titles.
_NOT_NAMES = frozenset({"i", "i'm", "i've", "i'd", "i'll", "ok", "okay", "re", "fw", "fwd", "cc", "ps"})


class GroundingSpec(ValidatorSpec):
    """Fail on answer sentences the context documents do not support; repair drops them."""

    use: Literal["grounding"] = "grounding"
    min_support: float = Field(
        0.5, ge=0.0, le=1.0, description="Share of a sentence's content words that must occur in one source."
    )
    check_entities: bool = Field(
        True, description="Numbers, names and quoted phrases of a sentence must occur in the sources."
    )
    citations: Literal["off", "check", "required"] = Field(
        "check",
        description="check: citation markers / the sources field must name supplied documents; required: and "
        "the answer must cite at least one; off: ignore citations.",
    )
    sources_field: str = Field("sources", min_length=1, description="Field of a JSON answer listing its sources.")
    check_relations: bool = Field(
        True,
        description="Names and numbers must occur together in one source passage, quantities keep their units, "
        "negated words keep their negation and named agents match the sources'.",
    )
    without_documents: Literal["pass", "fail"] = Field(
        "pass", description="What to do when the call has no context documents."
    )
    min_remaining_words: int = Field(
        2, ge=1, description="Repair only if at least this many content words remain after dropping sentences."
    )

    stages = frozenset({"output"})

    def build(self) -> Validator:
        return GroundingValidator(self)

    def instructions(self) -> str | None:
        rule = "Use only facts stated in the provided documents; do not add names, numbers or claims they lack."
        if self.citations == "required":
            rule += " Cite the documents you use by their name or number in square brackets, e.g. [1]."
        return rule


class Sources:
    """The context documents, pre-digested once per call."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.names = [d.name or f"context[{i}]" for i, d in enumerate(documents)]
        self.bags: list[frozenset[str]] = []
        words: set[str] = set()
        numbers: set[str] = set()
        flat: list[str] = []
        for d in documents:
            ws = _nlp.words(d.text)
            self.bags.append(frozenset(_nlp.stem(w) for w in ws))
            words.update(ws)
            numbers.update(_num(m) for m in _NUMBER.findall(d.text))
            flat.append(_flatten(d.text))
        self._texts = [d.text for d in documents]
        self._relations: _relations.Relations | None = None
        self.words = frozenset(words)
        self.numbers = frozenset(numbers)
        self.flat = "\n".join(flat)
        # Content-word sets of the source sentences that contain a negation.
        self.negated: list[frozenset[str]] = [
            frozenset(_nlp.stem(w) for w in _nlp.content_words(sent))
            for d in documents
            for sent in _SENT_SPLIT.split(d.text.replace("’", "'"))
            if _negated(sent)
        ]

    @property
    def relations(self) -> _relations.Relations:
        """Built on first use only: `check_relations: false` does not pay for it."""
        if self._relations is None:
            self._relations = _relations.Relations(self._texts)
        return self._relations

    def looks_cited(self, ref: str) -> bool:
        """True if a bracketed `ref` is meant as a citation: a number, a document name, or ends in a number."""
        ref = ref.strip().strip("#").lower()
        return bool(_TRAILING_NUMBER.search(ref)) or any(ref == n.lower() for n in self.names)

    def resolve(self, ref: str) -> bool:
        """True if `ref` names a supplied document: by name, or by 1-based number ("2", "email-2", "doc 2")."""
        ref = ref.strip().strip("#").lower()
        if any(ref == n.lower() for n in self.names):
            return True
        digits = _TRAILING_NUMBER.search(ref)
        return digits is not None and 1 <= int(digits.group()) <= len(self.names)


def _negated(text: str) -> bool:
    ws = _nlp.words(text.replace("’", "'"))
    for i, w in enumerate(ws):
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        if (w, nxt) in _NOT_NEGATING or (w == "no" and nxt in _COMPARATIVES):
            continue  # "no later than", "not only": limits and emphasis, not negations
        if w in _NEGATIONS or w.endswith("n't"):
            return True
    return False


def _possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _num(s: str) -> str:
    return s.replace(",", "")


def _flatten(text: str) -> str:
    return _SPACE.sub(" ", _PUNCT.sub(" ", text.replace("’", "'").lower())).strip()


def _sources(ctx: Context) -> Sources:
    key = f"{ctx.entry_id}:grounding_sources"
    return _nlp.per_documents(ctx.state, key, ctx.documents, lambda: Sources(ctx.documents))


class GroundingValidator:
    def __init__(self, spec: GroundingSpec) -> None:
        self.spec = spec

    def warm(self) -> None:
        _nlp.nlp()

    def __call__(self, text: str, ctx: Context) -> Verdict:
        if not ctx.documents:
            if self.spec.without_documents == "fail":
                return Verdict.fail(Finding("no context documents to ground the answer in"))
            return Verdict.ok()
        sources = _sources(ctx)
        parsed = _json_object(text)
        if parsed is not None:
            return self._check_json(parsed, sources)
        findings: list[Finding] = []
        drop: list[tuple[int, int]] = []
        attributions: list[tuple[int, int, str, float]] = []
        cited = 0
        for n, sent in enumerate(_nlp.sentences(text, ctx.state), 1):
            body = sent.text
            if self.spec.citations != "off":
                refs = [r for m in _MARKER.finditer(body) for r in m.group(1).split(",") if sources.looks_cited(r)]
                bad = [r for r in refs if not sources.resolve(r)]
                cited += len(refs) - len(bad)
                if bad:
                    findings.append(
                        Finding(
                            f"sentence {n} cites {len(bad)} source(s) that were not supplied",
                            start=sent.start,
                            end=sent.end,
                        )
                    )
                body = _MARKER.sub(" ", body)
            # Placeholders left by earlier repairs ("[REDACTED]", "<PERSON_1>") are not claims.
            body = _PLACEHOLDER.sub(" ", body)
            problems, best, support = self._judge(body, sources)
            if problems:
                findings.append(
                    Finding(
                        f"sentence {n} is not supported by the context documents ({'; '.join(problems)}); "
                        f"nearest source: {sources.names[best]}",
                        score=round(support, 3),
                        start=sent.start,
                        end=sent.end,
                    )
                )
                drop.append((sent.start, sent.end))
            elif support >= 0:
                attributions.append((sent.start, sent.end, sources.names[best], round(support, 3)))
        ctx.state[f"{ctx.entry_id}:grounding"] = attributions
        citation_missing = self.spec.citations == "required" and cited == 0
        if citation_missing:
            findings.append(Finding("the answer cites none of the supplied documents"))
        if not findings:
            return Verdict.ok()
        unrepairable = citation_missing or len(drop) < sum(1 for f in findings if f.start is not None)
        rest = _nlp.drop_spans(text, drop)
        keep = not unrepairable and len(_nlp.content_words(rest)) >= self.spec.min_remaining_words
        return Verdict.fail(*findings, repaired=rest if keep else None)

    def _judge(self, sentence: str, sources: Sources) -> tuple[list[str], int, float]:
        """(problems, index of the best source, its support); support is -1 for a sentence with no content."""
        problems: list[str] = []
        if self.spec.check_entities:
            nums = {_num(m) for m in _NUMBER.findall(sentence)} - sources.numbers
            if nums:
                problems.append(f"{len(nums)} number(s) not in the sources")
            # The sentence's first word is capitalised anyway (also after a bullet or a number).
            lead = _FIRST_LETTER.search(sentence)
            first = lead.start() if lead else 0
            names = {_possessive(m.group().lower()) for m in _CAP.finditer(sentence) if m.start() > first}
            names = {w for w in names if w and w not in _NOT_NAMES and w not in sources.words}
            opener = _unknown_opener(sentence[first:], sources.words)
            if opener:
                names.add(opener)
            if names:
                problems.append(f"{len(names)} name(s) not in the sources")
            quotes = [q for q in _QUOTED.findall(sentence) if len(_nlp.words(q)) >= 2]
            missing = sum(1 for q in quotes if _flatten(q) not in sources.flat)
            if missing:
                problems.append(f"{missing} quoted phrase(s) not in the sources")
        if self.spec.check_relations and not problems:
            problems += _relation_problems(sentence, sources.relations)
        words = {_nlp.stem(p) for w in _nlp.content_words(sentence) for p in _parts(w)}
        if not words:
            return problems, 0, -1.0
        scores = [len(words & bag) / len(words) for bag in sources.bags]
        best = max(range(len(scores)), key=scores.__getitem__)
        if scores[best] < self.spec.min_support:
            problems.append(f"word support {scores[best]:.2f} < {self.spec.min_support:.2f}")
        elif _negated(sentence) and not any(len(words & neg) * 2 >= len(words) for neg in sources.negated):
            # A negation the sources do not make flips the meaning of otherwise supported words.
            problems.append("a negation not found in the sources")
        return problems, best, scores[best]

    def _check_json(self, doc: dict[str, Any], sources: Sources) -> Verdict:
        if self.spec.citations == "off":
            return Verdict.ok()
        refs = doc.get(self.spec.sources_field)
        listed = [str(r) for r in refs] if isinstance(refs, list) else []
        bad = [r for r in listed if not sources.resolve(r.removeprefix("context[").removesuffix("]"))]
        findings: list[Finding] = []
        if bad:
            findings.append(Finding(f"{self.spec.sources_field} names {len(bad)} document(s) that were not supplied"))
        if self.spec.citations == "required" and len(listed) == len(bad):
            findings.append(Finding(f"{self.spec.sources_field} names none of the supplied documents"))
        return Verdict.fail(*findings) if findings else Verdict.ok()


_OPENER = re.compile(r"([A-Z][a-z]{2,30})\s+(?:will|has|had|is|was|would|[a-z]{2,30}ed)\b")
_COMMON_ENDINGS = ("s", "ing", "ion", "ment", "er", "or", "ity", "ance", "ence", "ness", "al", "ure", "ee", "ist")


def _unknown_opener(text: str, known: frozenset[str]) -> str | None:
    """A sentence-initial name the sources lack ("Contoso will deliver ..."): capitalised, straight before a
    verb, not a word of the sources and not shaped like a common noun ("Catering will ...")."""
    m = _OPENER.match(text)
    if not m:
        return None
    word = m.group(1).lower()
    if word in known or word in _nlp.STOP or word.endswith(_COMMON_ENDINGS):
        return None
    return word


def _parts(word: str) -> list[str]:
    # "mid-september" supports like "september": hyphenated compounds count by their parts too.
    return [word, *word.split("-")] if "-" in word else [word]


def _relation_problems(sentence: str, rel: _relations.Relations) -> list[str]:
    toks = _relations.tokens(sentence)
    lows = [t.lower() for t in toks]
    lead = next((i for i, t in enumerate(toks) if t[:1].isalpha()), 0)
    entities: set[str] = set()
    quantities: list[tuple[str, str]] = []
    for i, t in enumerate(toks):
        num = _relations.number_of(t)
        if num is not None:
            entities.add(num)
            unit = next((w for w in lows[i + 1 : i + 3] if w in _relations.TIME_UNITS), None)
            if unit:
                quantities.append((num, unit.rstrip("s")))
        elif i > lead and t[:1].isupper() and t.lower() not in _NOT_NAMES:
            entities.add(_possessive(t.lower()))
    problems: list[str] = []
    if len(entities) >= 2 and not rel.together(entities):
        problems.append("its names and numbers are not stated together in one source passage")
    if rel.unit_mismatch(quantities):
        problems.append("a quantity with a different unit")
    if rel.wrong_agent(toks):
        problems.append("a name doing what the sources say someone else does")
    if not _negated(sentence):
        words = frozenset(_nlp.stem(w) for w in _nlp.content_words(sentence))
        if words and rel.dropped_negation(words):
            problems.append("drops a negation the sources make")
    return problems


def _json_object(text: str) -> dict[str, Any] | None:
    stripped = text.strip()
    if not stripped.startswith("{"):
        return None
    try:
        value = json.loads(stripped)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None
