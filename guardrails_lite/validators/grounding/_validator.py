"""`grounding`: every sentence of the answer must be supported by the context documents.

A sentence is split into claims (clauses, with "Dana said that ..." set aside) and each claim needs
one source sentence, of any document, that holds its names and figures (normalised: "two weeks" is
"14 days"), ``min_support`` of its content words (base forms and WordNet senses) and its polarity,
with the writer of an e-mail standing for its "I" (see `_claims`). A sentence that links two facts
(because, so, which is why, blame, responsible for the outage) also needs a source that states the
link (see `_causes`): "cause or blame not stated in the sources". Quoted phrases must occur verbatim.
Unsupported sentences are findings with their spans (the retry feedback quotes them; finding
messages do not). The best-matching source
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

import dataclasses
import functools
import json
import re
from collections.abc import Sequence
from typing import Any

from guardrails_lite import text as _text
from guardrails_lite.pipeline import json_path
from guardrails_lite.text import fold_apostrophes
from guardrails_lite.validators._shared.per_call import (
    PerSentence,
    checked_sentences,
    per_documents,
    unchecked_finding,
)
from guardrails_lite.validators.grounding import _accusations, _causes, _claims, _decide, _facts, _support
from guardrails_lite.validators.grounding._lexicon import IRREGULAR
from guardrails_lite.validators.grounding._reading import NOT_NAMES, UNIT_LETTERS
from guardrails_lite.validators.grounding._recent import recent
from guardrails_lite.validators.grounding._spec import GroundingSpec
from guardrails_lite.validators.grounding._words import Tok, tokens, wordnet
from guardrails_lite.verdict import Context, Document, Finding, Verdict, check_deadline

_MARKER = re.compile(r"\[([^\[\]\n]{1,80})\](?!\()")
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{3,300})[\"”]")
_CAP = re.compile(r"(?<![\w'’°])[A-Z][\w'’-]*")  # not the C of "4°C"
_SPACE = re.compile(r"\s+")
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]{0,40}\d{0,6}>|\[[A-Z][A-Z_]{2,40}\d{0,6}\]")
_FIRST_LETTER = re.compile(r"[^\W\d_]")
_TRAILING_NUMBER = re.compile(r"\d{1,6}$")
_PUNCT = re.compile(r"[^\w\s]")
_ALNUM = re.compile(r"[^\W_]")
# Codes of the sources as written, for `_identifier_problems`: runs joined by punctuation ("20-45-67", "12-4471-03A",
# words too), digit groups joined by spaces ("123 45 6789") and digit groups joined by either ("+1 415-555-0134"). Each
# form is read on its own: one pattern's match would swallow the start of another's ("1 415" of a phone number).
_JOINED = (
    re.compile(r"[^\W_]+(?:[-‐‑/.][^\W_]+)*"),
    re.compile(r"\d+(?: \d+)+"),
    re.compile(r"\d+(?:[ \-‐‑/.]\d+)+"),
)
_NOT_ALNUM = re.compile(r"[\W_]+")
# Digits joined by spaces, hyphens, slashes or dots (a bounded run: linear on any input), for `_stated_codes`.
_DIGIT_RUN = re.compile(r"\d[\d \-‐‑/.]{5,40}\d")
# A run read as a date or a thousands-grouped amount is a figure, checked like one, whatever digits the sources'
# codes hold ("ships on 2026-07-14" for "Order 20260714", "4 500 120 EUR" for "Invoice no. 4500120": review r14a M5).
_DATE = re.compile(r"\d{4}([-/.])\d{1,2}\1\d{1,2}|\d{1,2}([-/.])\d{1,2}\2\d{4}")
_GROUPED = re.compile(r"\d{1,3}(?:([ .,])\d{3})(?:\1\d{3})*")
# A grouped run is an amount only beside a currency or an amount word ("4 500 120 EUR", "total 4,500,120"); "order
# 123 456 789" is a code grouped for reading (review r15a L5).
_AMOUNT_WORDS = re.compile(
    r"[$£€¥]|\b[A-Z]{3}\b|\b(?i:euros?|dollars?|pounds?|francs?|total|paid|pay|price|cost|costs|fee|amount|sum|budget)\b"
)
_AMOUNT_REACH = 16  # characters either side of the run: about two words
_CODE_DIGITS = 7
_DIGIT = re.compile(r"\d")
_DASHED_DATE = re.compile(r"(\d{1,2})-(\d{1,2})-(?:\d{2}|\d{4})$")
# Capitalised words that are not names: pronouns and the like, plus words capitalised in titles.
_NOT_NAMES = frozenset({"i", "i'm", "i've", "i'd", "i'll", "ok", "okay", "re", "fw", "fwd", "cc", "ps"})


class Sources:
    """The context documents, pre-digested once per call."""

    def __init__(self, documents: Sequence[Document], deadline: float | None = None) -> None:
        self.names = [d.name or f"context[{i}]" for i, d in enumerate(documents)]
        self._texts = [d.text for d in documents]
        self.claims = _facts.digest(self._texts, deadline)

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Every word of the documents, lower-cased, and each possessive's owner ("Mira's": "mira") (built when a
        sentence has a capitalised word)."""
        found: set[str] = set()
        for text in self._texts:
            found.update(_text.words(text))
        # Only a word ending in an apostrophe or "'s" has an owner other than itself.
        return frozenset(found | {_possessive(w) for w in found if w.endswith(_POSSESSIVE_ENDS)})

    @functools.cached_property
    def known(self) -> frozenset[str]:
        """Every word and name of the documents (built once, not per sentence)."""
        return self.words | self.claims.names

    @functools.cached_property
    def name_parts(self) -> frozenset[str]:
        """The parts of an organisation named by its e-mail domain ("halden-foods"); not of any hyphenated
        name ("Jean-Luc" states no "Luc")."""
        firms = self.claims.domains & self.claims.names
        return frozenset(p for n in firms if "-" in n for p in n.split("-") if len(p) > 1)

    @functools.cached_property
    def joins(self) -> _support.Joins:
        """The names of the sources written as one, for `_entity_problems` (built once, not per sentence)."""
        return _support.Joins(self.claims.names)

    @functools.cached_property
    def identifiers(self) -> frozenset[str]:
        """Runs of letters and digits joined by hyphens, slashes, dots (or spaces between digits) in the documents,
        lower-cased and without the joins (built when an answer has a code in digits)."""
        runs = (m.group() for text in self._texts for form in _JOINED for m in form.finditer(text))
        return frozenset(_NOT_ALNUM.sub("", run.lower()) for run in runs)

    @functools.cached_property
    def flat(self) -> str:
        """The documents without punctuation, for quoted phrases (built when an answer quotes)."""
        return "\n".join(_flatten(text) for text in self._texts)

    def looks_cited(self, ref: str) -> bool:
        """True if a bracketed `ref` is meant as a citation: a number, a document name, or ends in a number."""
        ref = ref.strip().strip("#").lower()
        return bool(_TRAILING_NUMBER.search(ref)) or any(ref == n.lower() for n in self.names)

    def resolve(self, ref: str) -> bool:
        """True if `ref` names a supplied document: by name, or by 1-based number ("2", "email-2", "doc 2")."""
        return self.index(ref) is not None

    def index(self, ref: str) -> int | None:
        """The position of the document `ref` names (see `resolve`), or None."""
        ref = ref.strip().strip("#").lower()
        for i, n in enumerate(self.names):
            if ref == n.lower():
                return i
        digits = _TRAILING_NUMBER.search(ref)
        return int(digits.group()) - 1 if digits is not None and 1 <= int(digits.group()) <= len(self.names) else None


_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


def _possessive(word: str) -> str:
    if not word.endswith(("s", "'", "’")):
        return word  # every suffix below ends so: most words skip the loop
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _flatten(text: str) -> str:
    return _SPACE.sub(" ", _PUNCT.sub(" ", fold_apostrophes(text).lower())).strip()


def _sources(ctx: Context) -> Sources:
    key = f"{ctx.entry_id}:grounding_sources"
    return per_documents(ctx.state, key, ctx.documents, lambda: recent(ctx.documents, Sources, ctx.deadline))


class GroundingValidator:
    def __init__(self, spec: GroundingSpec) -> None:
        self.spec = spec
        self.options = _support.Options(spec.min_support, spec.check_entities, spec.check_relations)
        # The model weighs the default checks' evidence (see `_decide`): other settings get the rules alone.
        defaults = GroundingSpec.model_fields
        self.learned = spec.decision == "learned" and all(
            getattr(spec, k) == defaults[k].default
            for k in ("min_support", "check_entities", "check_relations", "check_causes")
        )

    def warm(self) -> None:
        tokens("warm")  # loads the WordNet lexicon
        if self.learned:
            _decide.decider()  # and the model: a broken file shows at start-up, not in the first call

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
        options = dataclasses.replace(self.options, deadline=ctx.deadline)
        judged = PerSentence(lambda body: self._judge(body, sources, options))
        spans, rest = checked_sentences(text, self.spec.max_chars, ctx.state)
        for n, (start, end) in enumerate(spans, 1):
            check_deadline(ctx.deadline)
            body = text[start:end]
            if self.spec.citations != "off":
                body, good, bad = _citations(body, sources)
                cited += good
                if bad:
                    findings.append(
                        Finding(f"sentence {n} cites {bad} source(s) that were not supplied", start=start, end=end)
                    )
            # Placeholders left by earlier repairs ("[REDACTED]", "<PERSON_1>") are not claims.
            if "<" in body or "[" in body:  # every placeholder opens with one of them
                body = _PLACEHOLDER.sub(" ", body)
            if not _ALNUM.search(body):
                continue  # punctuation only: no claim
            problems, best, support = judged(body)
            if problems:
                findings.append(
                    Finding(
                        f"sentence {n} is not supported by the context documents ({'; '.join(problems)}); "
                        f"nearest source: {sources.names[best]}",
                        score=round(support, 3),
                        start=start,
                        end=end,
                    )
                )
                drop.append((start, end))
            elif support >= 0:
                attributions.append((start, end, sources.names[best], round(support, 3)))
        if rest is not None:  # fail closed on what was not read; a repair drops it
            findings.append(unchecked_finding(rest, text, self.spec.max_chars))
            drop.append((rest, len(text)))
        ctx.state[f"{ctx.entry_id}:grounding"] = attributions
        citation_missing = self.spec.citations == "required" and cited == 0
        if citation_missing:
            findings.append(Finding("the answer cites none of the supplied documents"))
        if not findings:
            return Verdict.ok()
        unrepairable = citation_missing or len(drop) < sum(1 for f in findings if f.start is not None)
        kept = _text.drop_spans(text, drop)
        keep = not unrepairable and len(_text.content_words(kept)) >= self.spec.min_remaining_words
        return Verdict.fail(*findings, repaired=kept if keep else None)

    def _judge(self, sentence: str, sources: Sources, options: _support.Options) -> tuple[list[str], int, float]:
        """(problems, index of the best source, its support); support is -1 for a sentence with no content."""
        problems, doc, score, checked, cause = self.evidence(sentence, sources, options)
        if self.learned:
            problems = _decide.decide(problems, checked, cause)
        return problems, max(doc, 0), score

    def evidence(
        self, sentence: str, sources: Sources, options: _support.Options
    ) -> tuple[list[str], int, float, list[_support.Checked], _decide.Cause]:
        """What the rules find in one sentence: (problems, best source, its support, each claim's check, the
        cause check's findings)."""
        problems: list[str] = []
        if self.spec.check_entities and _DIGIT.search(sentence):
            sentence = _stated_codes(sentence, sources)
        toks = tokens(sentence)
        if self.spec.check_entities:
            problems += _entity_problems(sentence, sources) + _identifier_problems(toks, sources)
            if _accusations.unstated(toks, sources.claims):
                problems.append(_accusations.ACCUSATION)
        cause = _decide.Cause(None, False, None)
        if self.spec.check_causes:
            content = _claims.strip_report(toks)[0]
            link = _causes.find_link(content)
            harm = _causes.harm_blamed(content, sources.claims)
            if (link is not None and not _causes.stated(link, sources.claims)) or harm:
                problems.append(_causes.MESSAGE)
            cause = _decide.Cause(link, harm, sources.claims)
        found, doc, score, checked = _support.judge(toks, sources.claims, options)
        problems += [p for p in found if p not in problems]
        return problems, doc, score, checked, cause

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
        if findings or not self.spec.cited_in:
            return Verdict.fail(*findings) if findings else Verdict.ok()
        return _match_cited(doc, listed, sources, self.spec)


def _match_cited(doc: dict[str, Any], listed: list[str], sources: Sources, spec: GroundingSpec) -> Verdict:
    """The sources field must list exactly the documents the `cited_in` field cites; repair rewrites it."""
    assert spec.cited_in is not None
    located = json_path(doc, spec.cited_in)
    if located is None or not isinstance(located[2], str):
        return Verdict.ok()  # absence and type are json_schema's business
    cited: dict[int, str] = {}
    for m in _MARKER.finditer(located[2]):
        for ref in m.group(1).split(","):
            i = sources.index(ref) if sources.looks_cited(ref) else None
            if i is not None:
                cited.setdefault(i, ref.strip())
    listed_at = {sources.index(r.removeprefix("context[").removesuffix("]")) for r in listed}
    if listed_at == set(cited):
        return Verdict.ok()
    findings = []
    if extra := len(listed_at - set(cited)):
        findings.append(Finding(f"{spec.sources_field} lists {extra} document(s) that {spec.cited_in} does not cite"))
    if missing := len(set(cited) - listed_at):
        findings.append(Finding(f"{spec.cited_in} cites {missing} document(s) missing from {spec.sources_field}"))
    if not cited and spec.citations == "required":
        return Verdict.fail(*findings, Finding(f"{spec.cited_in} cites none of the supplied documents"))
    repaired = {**doc, spec.sources_field: list(cited.values())}
    return Verdict.fail(*findings, repaired=json.dumps(repaired, ensure_ascii=False))


def _citations(body: str, sources: Sources) -> tuple[str, int, int]:
    """`body` without its citation markers, and how many of them name supplied documents and how many do not."""
    if "[" not in body:
        return body, 0, 0  # no marker: most sentences
    refs = [r for m in _MARKER.finditer(body) for r in m.group(1).split(",") if sources.looks_cited(r)]
    bad = sum(1 for r in refs if not sources.resolve(r))
    return _MARKER.sub(" ", body), len(refs) - bad, bad


def _entity_problems(sentence: str, sources: Sources) -> list[str]:
    """Names the sources never mention and quoted phrases they do not contain."""
    problems: list[str] = []
    # The sentence's first word is capitalised anyway (also after a bullet or a number).
    lead = _FIRST_LETTER.search(sentence)
    first = lead.start() if lead else 0
    caps = [m for m in _CAP.finditer(sentence) if not _unit_letters(sentence, m)]
    names = {_possessive(m.group().lower()) for m in caps if m.start() > first}
    names = {
        w
        for w in names
        if w and w not in NOT_NAMES and w not in _NOT_NAMES and w not in sources.words and w not in sources.claims.names
    }
    opener = _unknown_opener(sentence[first:], sources.known)
    if opener:
        names.add(opener)
    if names:  # "Halden Foods" for the firm whose e-mails come from halden-foods.example (or haldenfoods)
        # Every capitalised word of the sentence may be the other half, the first one and known words too
        # ("Shore Marine found ..." for shoremarine.example, "was Beacon Fire's error" for beaconfire.example).
        words = [_possessive(m.group().lower()) for m in caps]
        flat: dict[str, int] = {}
        for w in words:
            flat[w.replace("-", "")] = flat.get(w.replace("-", ""), 0) + 1
        joins = sources.joins
        firm = _firm_words(words, sources)
        names = {w for w in names if w not in sources.name_parts and w not in firm and not joins.joined(w, names, flat)}
    if names:
        problems.append(f"{len(names)} name(s) not in the sources")
    quotes = [q for q in _QUOTED.findall(sentence) if len(_text.words(q)) >= 2]
    missing = sum(1 for q in quotes if _flatten(q) not in sources.flat)
    if missing:
        problems.append(f"{missing} quoted phrase(s) not in the sources")
    return problems


_BEFORE_UNIT = re.compile(r"\d\s?$")


def _unit_letters(sentence: str, m: re.Match[str]) -> bool:
    return m.group() in UNIT_LETTERS and _BEFORE_UNIT.search(sentence, max(0, m.start() - 2), m.start()) is not None


_FIRM_PART = 4  # letters of a firm's name a domain may shorten ("sturdyscaff" for Sturdy Scaffolding)


def _firm_words(caps: list[str], sources: Sources) -> set[str]:
    """The capitalised words (`caps`, in order) that name a firm whose e-mail domain writes its name as one
    word: the first word alone ("Kestrel" for kestrelprint.example), or two words, the second cut short
    ("Sturdy Scaffolding" for sturdyscaff.example)."""
    found: set[str] = set()
    for k, first in enumerate(caps):
        if len(first) < _FIRM_PART:
            continue
        nxt = caps[k + 1] if k + 1 < len(caps) else ""
        for domain in sources.claims.domains:
            if len(domain) <= len(first) or not domain.startswith(first):
                continue
            rest = domain[len(first) :].lstrip("-")
            if len(rest) >= 3 and nxt.startswith(rest):
                found.update((first, nxt))
            elif len(rest) >= _FIRM_PART:
                found.add(first)
    return found


def _identifier_problems(toks: list[Tok], sources: Sources) -> list[str]:
    """Codes in digits with two or more hyphens ("sort code 20-45-67", "SSN 123-45-6789", "part 12-4471-03")
    the sources do not hold as written (separators aside): no figure check reads them, and a summary that
    swaps two of their digits invents a fact as much as a changed amount does."""
    codes = [t.text for t in toks if t.text.count("-") >= 2 and _code(t.text)]
    missing = sum(1 for c in codes if _NOT_ALNUM.sub("", c.lower()) not in sources.identifiers)
    return [f"{missing} code(s) or reference number(s) not in the sources"] if missing else []


def _stated_codes(sentence: str, sources: Sources) -> str:
    """`sentence` without the long digit runs (phone, account, reference numbers: seven digits or more) that the
    sources state with the same digits, separators and grouping aside ("4155550134" or "1 415 555 0134" for
    "+1 415-555-0134"): no figure check reads a phone number as an amount. A run whose digits differ (swapped,
    cut short) stays and is checked (review r13a L8)."""
    if not _DIGIT_RUN.search(sentence):
        return sentence
    known = sources.identifiers

    def blank(m: re.Match[str]) -> str:
        # A run glued to a letter is part of a code ("12-4471-03A" is not "12-4471-03"): left for the code check.
        glued = m.string[m.end() : m.end() + 1].isalpha() or m.string[max(0, m.start() - 1) : m.start()].isalpha()
        digits = _NOT_ALNUM.sub("", m.group())
        figure = _DATE.fullmatch(m.group()) is not None or (
            _GROUPED.fullmatch(m.group()) is not None and _beside_amount_word(m)
        )
        return " " if not glued and not figure and len(digits) >= _CODE_DIGITS and digits in known else m.group()

    return _DIGIT_RUN.sub(blank, sentence)


def _beside_amount_word(m: re.Match[str]) -> bool:
    text = m.string
    before = text[max(0, m.start() - _AMOUNT_REACH) : m.start()]
    after = text[m.end() : m.end() + _AMOUNT_REACH]
    return _AMOUNT_WORDS.search(before) is not None or _AMOUNT_WORDS.search(after) is not None


def _code(word: str) -> bool:
    """Two or more parts with digits ("20-45-67", not "11-year-old") and no date in digits ("10-12-2026")."""
    if sum(1 for part in word.split("-") if _DIGIT.search(part)) < 2:
        return False
    m = _DASHED_DATE.match(word)
    if m is None:
        return True
    a, b = int(m.group(1)), int(m.group(2))
    return not (1 <= min(a, b) and (max(a, b) <= 12 or (min(a, b) <= 12 and max(a, b) <= 31)))


_OPENER = re.compile(r"([A-Z][a-z]{2,30})\s+(?:will|has|had|is|was|would|[a-z]{2,30}ed)\b")
# A wider set of verbs after the opener, for words English does not have ("Priya did not ...", "Okonkwo pays"):
# a word WordNet lists ("Catering covers ...") may be a common noun, so only unlisted words are names here.
_OPENER_ANY = re.compile(r"([A-Z][a-z]{2,30})\s+([a-z]{2,30})\b")
_OPENER_VERBS = frozenset("did does do can could should must might may were are".split())
_COMMON_ENDINGS = ("s", "ing", "ion", "ment", "er", "or", "ity", "ance", "ence", "ness", "al", "ure", "ee", "ist")


def _unknown_opener(text: str, known: frozenset[str]) -> str | None:
    """A sentence-initial name the sources lack ("Contoso will deliver ..."): capitalised, straight before a
    verb, not a word of the sources and not shaped like a common noun ("Catering will ...")."""
    m = _OPENER.match(text)
    if not m:
        m = _OPENER_ANY.match(text)
        if not m or not _verb_after(m.group(2)) or m.group(1).lower() in wordnet()["lemmas"]:
            return None
    word = m.group(1).lower()
    if word in known or word in _text.STOP or word in NOT_NAMES or word.endswith(_COMMON_ENDINGS):
        return None
    return word


def _verb_after(word: str) -> bool:
    """An auxiliary, a past or present form ("withdrew", "paid", "pays"): the opener before it is its subject."""
    return word in _OPENER_VERBS or word in IRREGULAR or word.endswith(("ed", "s"))


def _json_object(text: str) -> dict[str, Any] | None:
    stripped = text.strip()
    if not stripped.startswith("{"):
        return None
    try:
        value = json.loads(stripped)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None
