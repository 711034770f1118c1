"""Policies: YAML or JSON files parsed into typed, frozen pydantic models.

Every unknown key, unknown validator name or ill-typed parameter is a `PolicyError` naming the file
and the path of the field (``output[1].max_words``); nothing is silently skipped.

A policy file is untrusted input: reading one is bounded (file size, YAML alias expansion, nesting
depth) and runs no code; names it uses resolve only against the application's `Trusted`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal, Union

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    ValidationInfo,
    create_model,
    field_validator,
)

from guardrails_lite.errors import PolicyError
from guardrails_lite.spec import Label, OnError, ValidatorSpec, known_validators, spec_class
from guardrails_lite.trust import Trusted, context

__all__ = [
    "MAX_POLICY_BYTES",
    "DocumentsPolicy",
    "Policy",
    "Trusted",
    "load_policy",
    "parse_policy",
    "policy_json_schema",
]

#: Largest policy file read; a policy is a page or two of YAML.
MAX_POLICY_BYTES = 1 << 20
#: Most values (mappings, lists and scalars) a policy may hold, counted after YAML aliases expand.
MAX_POLICY_NODES = 100_000
#: Deepest nesting of mappings and lists in a policy file.
MAX_POLICY_DEPTH = 100


class DocumentsPolicy(BaseModel):
    """How untrusted documents (``context=``, ``guard_context=``) reach the model, spotlighted."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    send: Literal["auto", "always", "never"] = Field(
        "auto",
        description="auto: the OpenAI wrappers, `chat` and the gateway send the screened documents; Guard.run, arun "
        "and @guarded send them only with always (they may already be in your messages); never: screen only.",
    )
    marking: Literal["delimit", "datamark"] = Field(
        "delimit",
        description="delimit: each document between begin/end lines carrying a random per-call marker; datamark: "
        "also replace the whitespace inside documents with a marker character.",
    )
    id_prefix: str = Field(
        "doc",
        pattern=r"^[A-Za-z][A-Za-z0-9_]{0,23}$",
        description="Documents without a plain label as their name are cited as <id_prefix>-1, <id_prefix>-2, ...",
    )


class Policy(BaseModel):
    """A guard policy: ordered validator entries per stage and what to do on failure."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = 1
    name: Label = Field(description="Names the policy in logs and metrics: a plain label.")
    description: str = ""
    max_retries: StrictInt = Field(2, ge=0, le=10, description="Re-asks allowed after the first answer.")
    on_error: OnError = Field("block", description="When a validator crashes or times out.")
    mode: Literal["enforce", "shadow"] = Field(
        "enforce", description="shadow: run and log every check but never change or stop a call."
    )
    max_input_chars: StrictInt = Field(200_000, gt=0, description="Longest text any stage accepts.")
    max_call_chars: StrictInt | None = Field(
        None,
        gt=0,
        description="Most text one call's input stage screens: prompt, messages and documents "
        "together (default: 4 x max_input_chars; none with oversize: window); a larger call is blocked before any "
        "check runs.",
    )
    max_texts: StrictInt = Field(
        1000, gt=0, description="Most messages and documents one call may hold; more are blocked before any check."
    )
    history: Literal["trusted", "screened"] = Field(
        "trusted",
        description="Earlier assistant turns in a messages prompt: trusted (scrubbed only: the application keeps "
        "the history) or screened like user messages (a client that sends the history could forge them).",
    )
    oversize: Literal["block", "window"] = Field(
        "block",
        description="Past max_input_chars: block, or scan in windows of max_input_chars (cut after whitespace; "
        "the text around each cut is checked too, so an entity or phrase across it is found whole).",
    )
    validator_timeout_ms: float = Field(
        2000.0, gt=0, allow_inf_nan=False, description="Default time budget per validator per text."
    )
    instructions: str | None = Field(None, description="Put first in the model's system message.")
    canary: StrictBool = Field(
        False, description="Plant a random token in the system message and block answers leaking it."
    )
    stream: Literal["buffer", "sentence"] = Field(
        "buffer",
        description="Streaming with output validators that need the whole answer: hold the answer until it is "
        "complete, or release complete sentences that pass every output check.",
    )
    structured_output: StrictBool = Field(
        False, description="Integrations send the output json_schema to the API as its response_format."
    )
    documents: DocumentsPolicy = Field(
        default_factory=DocumentsPolicy, description="How untrusted documents are sent to the model and marked."
    )
    input: tuple[ValidatorSpec, ...] = ()
    output: tuple[ValidatorSpec, ...] = ()

    @field_validator("input", "output", mode="before")
    @classmethod
    def _specs(cls, value: Any, info: ValidationInfo) -> Any:
        # Programmatic construction may pass dicts; files go through parse_policy for precise paths.
        if isinstance(value, (list, tuple)):
            return tuple(_entry(v, info.context) if isinstance(v, Mapping) else v for v in value)
        return value


def _entry(raw: Mapping[str, Any], ctx: Any) -> ValidatorSpec:
    name = raw.get("use")
    cls = spec_class(name) if isinstance(name, str) else None
    if cls is None:
        raise ValueError(f"unknown validator {name!r}; known: {', '.join(known_validators())}")
    return cls.model_validate(dict(raw), context=ctx)


def _path(prefix: str, loc: tuple[int | str, ...]) -> str:
    out = prefix
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _describe(err: Mapping[str, Any]) -> str:
    msg = str(err["msg"])
    if err["type"] == "extra_forbidden":
        return "unknown key"
    if err["type"] not in ("missing",) and "input" in err:
        shown = repr(err["input"])
        msg += f" (got {shown if len(shown) <= 60 else shown[:57] + '...'})"
    return msg


def parse_policy(data: Any, source: str | None = None, *, trusted: Trusted | None = None) -> Policy:
    """Validate already-parsed policy data; raise `PolicyError` listing every problem.

    `trusted` lists what the policy may name (models, spaCy pipelines, judge endpoints).
    """
    ctx = context(trusted)
    if not isinstance(data, Mapping):
        raise PolicyError([("", f"a policy must be a mapping, got {type(data).__name__}")], source)
    problems: list[tuple[str, str]] = []
    top = {k: v for k, v in data.items() if k not in ("input", "output")}
    stages: dict[str, list[ValidatorSpec]] = {}
    for stage in ("input", "output"):
        entries = data.get(stage, [])
        if entries is None:
            entries = []
        if not isinstance(entries, list):
            problems.append((stage, f"must be a list of validator entries, got {type(entries).__name__}"))
            continue
        specs: list[ValidatorSpec] = []
        for i, raw in enumerate(entries):
            here = f"{stage}[{i}]"
            if not isinstance(raw, Mapping):
                problems.append((here, f"must be a mapping with a 'use' key, got {type(raw).__name__}"))
                continue
            name = raw.get("use")
            if not isinstance(name, str):
                problems.append((f"{here}.use", "missing; name a validator: " + ", ".join(known_validators())))
                continue
            cls = spec_class(name)
            if cls is None:
                problems.append((f"{here}.use", f"unknown validator {name!r}; known: {', '.join(known_validators())}"))
                continue
            if stage not in cls.stages:
                problems.append((f"{here}.use", f"{name!r} cannot run on the {stage} stage"))
                continue
            try:
                spec = cls.model_validate(dict(raw), context=ctx)
            except ValidationError as e:
                problems.extend((_path(here, tuple(err["loc"])), _describe(err)) for err in e.errors())
                continue
            if stage == "input" and spec.on_fail == "retry":
                problems.append((f"{here}.on_fail", "retry is only possible on the output stage"))
            if stage == "input" and spec.fields:
                problems.append((f"{here}.fields", "fields apply to JSON answers on the output stage only"))
            specs.append(spec)
        ids = [s.id or s.use for s in specs]
        for j, s in enumerate(specs):
            if s.id is not None and ids.count(s.id) > 1:
                problems.append((f"{stage}[{j}].id", f"duplicate id {s.id!r}"))
        stages[stage] = specs
    try:
        # Top-level fields are checked even when entries failed, so every problem is reported at once.
        policy = Policy.model_validate({**top, **({} if problems else stages)}, context=ctx)
    except ValidationError as e:
        problems.extend((_path("", tuple(err["loc"])), _describe(err)) for err in e.errors())
    if problems:
        raise PolicyError(problems, source)
    return policy


def load_policy(path: str | Path, *, trusted: Trusted | None = None) -> Policy:
    """Read a policy from a ``.yaml``/``.yml`` or ``.json`` file.

    `trusted` lists what the file may name (see `Trusted`); by default it may name none of the
    application's models.
    """
    p = Path(path)
    source = str(path)
    try:
        with p.open("rb") as f:
            raw = f.read(MAX_POLICY_BYTES + 1)
    except OSError as e:
        raise PolicyError([("", f"cannot read policy: {e.strerror or e}")], source) from None
    if len(raw) > MAX_POLICY_BYTES:
        raise PolicyError([("", f"cannot read policy: larger than {MAX_POLICY_BYTES} bytes")], source)
    kind = "JSON" if p.suffix.lower() == ".json" else "YAML"
    try:
        text = raw.decode("utf-8-sig")  # a leading BOM (Windows editors) is not content, in JSON as in YAML
        data = _load_json(text) if kind == "JSON" else _load_yaml(text)
        _check_shape(data)
    except _TooBig as e:
        raise PolicyError([("", str(e))], source) from None
    except _Duplicates as e:
        raise PolicyError(e.problems, source) from None
    except UnicodeDecodeError as e:
        raise PolicyError([("", f"cannot read policy: not UTF-8 ({e.reason} at byte {e.start})")], source) from None
    except (ValueError, yaml.YAMLError) as e:  # json.JSONDecodeError is a ValueError, so is an over-long int
        raise PolicyError([("", f"not valid {kind}: {e}")], source) from None
    except RecursionError:
        raise PolicyError([("", f"nests deeper than {MAX_POLICY_DEPTH} levels")], source) from None
    return parse_policy(data, source, trusted=trusted)


class _TooBig(Exception):
    """The file's values nest too deep or, aliases expanded, are too many."""


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader with nesting depth bounded while composing (its composer recurses)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self._depth += 1
        if self._depth > MAX_POLICY_DEPTH:
            raise _TooBig(f"nests deeper than {MAX_POLICY_DEPTH} levels")
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _Duplicates(Exception):
    """Keys given twice in one mapping: (field path, message) for each."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("duplicate keys")
        self.problems = problems


def _load_yaml(text: str) -> Any:
    loader = _BoundedLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_expansion(node)
        _check_yaml_keys(node)
        return loader.construct_document(node)
    finally:
        loader.dispose()


class _JsonObject(dict[str, Any]):
    """A JSON object that remembers the keys it was given more than once (`json` keeps the last)."""

    repeated: tuple[str, ...] = ()


def _json_object(pairs: list[tuple[str, Any]]) -> _JsonObject:
    obj = _JsonObject(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        repeated: list[str] = []
        for key, _ in pairs:
            if key in seen:
                repeated.append(key)
            seen.add(key)
        obj.repeated = tuple(repeated)
    return obj


def _load_json(text: str) -> Any:
    data = json.loads(text, object_pairs_hook=_json_object)
    problems: list[tuple[str, str]] = []
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:  # linear: the file is at most MAX_POLICY_BYTES
        value, path = stack.pop()
        if isinstance(value, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(value))
        elif isinstance(value, _JsonObject):
            problems.extend((_path(path, (k,)), "duplicate key") for k in dict.fromkeys(value.repeated))
            stack.extend((v, _path(path, (k,))) for k, v in value.items())
    if problems:
        raise _Duplicates(problems)
    return data


_MERGE_TAG = "tag:yaml.org,2002:merge"


def _check_yaml_keys(root: yaml.Node) -> None:
    """Refuse a key given twice in one mapping: PyYAML keeps the last value, so the first entry (a whole
    ``input:`` list, an ``on_fail``) would vanish without a word. Keys a ``<<`` merge brings in may be
    overridden, as YAML intends; each node is walked once (aliases share theirs)."""
    problems: list[tuple[str, str]] = []
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, str]] = [(root, "")]
    while stack:
        node, path = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, f"{path}[{i}]") for i, child in enumerate(node.value))
        elif isinstance(node, yaml.MappingNode):
            lines: dict[tuple[str, str], int] = {}
            for key, value in node.value:
                name = str(key.value) if isinstance(key, yaml.ScalarNode) else f"<{key.tag}>"
                here = _path(path, (name,))
                if isinstance(key, yaml.ScalarNode) and key.tag != _MERGE_TAG:
                    line, ident = key.start_mark.line + 1, (key.tag, key.value)
                    if ident in lines:
                        problems.append((here, f"duplicate key (lines {lines[ident]} and {line})"))
                    lines.setdefault(ident, line)
                stack.append((value, here))
    if problems:
        raise _Duplicates(problems)


def _check_expansion(root: yaml.Node) -> None:
    """Count the values `root` stands for once every alias is expanded (an alias bomb has billions).

    Shared nodes are counted once per use without being walked again, so this is linear in the
    file; an alias to an enclosing node (a cycle) is refused outright.
    """
    sizes: dict[int, int] = {}
    open_: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = _children(node)
        if done:
            open_.discard(key)
            sizes[key] = 1 + sum(sizes[id(c)] for c in children)
            if sizes[key] > MAX_POLICY_NODES:
                raise _TooBig(f"holds more than {MAX_POLICY_NODES} values once YAML aliases are expanded")
            continue
        if key in sizes:
            continue
        if key in open_:
            raise _TooBig("a YAML alias refers to a value that contains it")
        open_.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _check_shape(data: Any) -> None:
    """Bound the nesting depth and the number of values of loaded (alias-free) policy data."""
    count = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        count += 1
        if count > MAX_POLICY_NODES:
            raise _TooBig(f"holds more than {MAX_POLICY_NODES} values")
        if isinstance(value, (dict, list)):
            if depth > MAX_POLICY_DEPTH:
                raise _TooBig(f"nests deeper than {MAX_POLICY_DEPTH} levels")
            items = value.values() if isinstance(value, dict) else value
            stack.extend((v, depth + 1) for v in items)


def policy_json_schema() -> dict[str, Any]:
    """JSON Schema of the policy file format, covering every registered validator.

    Each stage lists only the validators that run on it, and input entries cannot `retry` or name
    `fields`, as `parse_policy` rules, so an editor does not pass a file that `validate` refuses.
    """
    fields: dict[str, Any] = {
        name: (f.annotation, f) for name, f in Policy.model_fields.items() if name not in ("input", "output")
    }
    for stage in ("input", "output"):
        fields[stage] = (list[_stage_entry(stage)], Field(default_factory=list))  # type: ignore[misc]
    model = create_model("GuardrailsLitePolicy", __config__=ConfigDict(extra="forbid"), **fields)
    schema = model.model_json_schema()
    # Input entries: what the loader adds on top of each entry's own schema.
    schema["properties"]["input"]["items"] = {
        "allOf": [
            schema["properties"]["input"]["items"],
            {
                "properties": {
                    "on_fail": {"not": {"const": "retry"}},
                    "fields": {"type": ["null", "array"], "maxItems": 0},
                }
            },
        ]
    }
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "guardrails-lite policy"
    return schema


def _stage_entry(stage: str) -> Any:
    specs = tuple(c for c in (spec_class(n) for n in known_validators()) if c is not None and stage in c.stages)
    if len(specs) == 1:
        return specs[0]
    return Annotated[Union[specs], Field(discriminator="use")]  # noqa: UP007
