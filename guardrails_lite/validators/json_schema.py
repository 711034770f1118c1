"""`json_schema`: the answer must be JSON valid against a JSON Schema or a pydantic model.

The JSON is found in the raw answer (fences, prose around it) and common breakage is fixed
deterministically first; a valid answer comes out as canonical JSON. Each schema error is one
finding naming its JSON path, so retry feedback lists only the failing fields.

The answer is hostile input. Finding messages say which rule failed, never the value that failed
it (a path segment the schema does not name shows as ``*``). Schema ``pattern``s run on the
`regex` engine within one time budget per answer (`pattern_timeout_ms`); running out of it is an
``error`` finding, so the call fails closed. ``NaN`` and ``Infinity`` are not JSON numbers.
A ``model:`` names a pydantic model the application trusts (`Trusted`); nothing is imported.
"""

from __future__ import annotations

import contextvars
import itertools
import json
import math
import time
from collections.abc import Iterator
from typing import Any, Literal, Self, get_args

import regex
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import core_schema

from guardrails_lite.spec import ValidatorSpec
from guardrails_lite.trust import trusted_of
from guardrails_lite.validators._shared import bounded_regex
from guardrails_lite.validators._shared.compile_cost import check_compile_cost
from guardrails_lite.validators._shared.jsonfix import NotJSON, loads
from guardrails_lite.verdict import Context, Finding, Validator, Verdict

_MAX_ERRORS = 20


class JsonSchemaSpec(ValidatorSpec):
    """The answer must be JSON matching `schema` (JSON Schema) or `model` (a trusted pydantic model)."""

    model_config = ConfigDict(populate_by_name=True)

    use: Literal["json_schema"] = "json_schema"
    schema_: dict[str, Any] | None = Field(None, alias="schema", description="A JSON Schema (any draft).")
    model: str | None = Field(
        None,
        description="Name of a pydantic model the application trusts (passed in code as `Trusted(models=...)`; "
        "a class listed there is named 'package.module:Name').",
    )
    max_depth: int = Field(64, gt=0, le=1000, description="Deeper nesting is a finding.")
    pattern_timeout_ms: float = Field(
        100.0, gt=0, le=10_000, description="Time for every schema `pattern` of one answer together; then an error."
    )
    stages = frozenset({"output"})
    _model: type[BaseModel] | None = PrivateAttr(None)

    @field_validator("schema_")
    @classmethod
    def _check_schema(cls, schema: dict[str, Any] | None) -> dict[str, Any] | None:
        if schema is not None:
            import jsonschema

            try:
                jsonschema.validators.validator_for(schema).check_schema(schema)
            except jsonschema.SchemaError as e:
                raise ValueError(f"not a valid JSON Schema: {_short(e.message)}") from None
            except RecursionError:
                raise ValueError("the JSON Schema nests too deep") from None
            _check_patterns(schema)
            _check_refs(schema)
        return schema

    @field_validator("model")
    @classmethod
    def _check_model(cls, model: str | None, info: ValidationInfo) -> str | None:
        if model is not None and model not in trusted_of(info).models:
            raise ValueError(
                f"{model!r} is not a model the application trusts: it lists its models in code, "
                "as load_policy(path, trusted=Trusted(models=[...])) or Guard(path, trusted=...)"
            )
        return model

    @model_validator(mode="after")
    def _exactly_one(self, info: ValidationInfo) -> Self:
        if (self.schema_ is None) == (self.model is None):
            raise ValueError("set exactly one of schema and model")
        if self.model is not None:
            self._model = trusted_of(info).models[self.model]
        return self

    def json_schema_dict(self) -> dict[str, Any]:
        if self.schema_ is not None:
            return self.schema_
        assert self._model is not None
        return dict(self._model.model_json_schema())

    def build(self) -> Validator:
        return JsonSchemaValidator(self.schema_, self._model, self.max_depth, self.pattern_timeout_ms / 1000.0)

    def instructions(self) -> str | None:
        schema = json.dumps(self.json_schema_dict(), separators=(",", ":"))
        return f"Reply with one JSON value only, no prose or markdown, matching this JSON Schema: {schema}"


# -- walking schemas and values without recursion ------------------------------------------------
def _walk(value: Any) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """(path, value) of `value` and everything inside it, depth first."""
    stack: list[tuple[tuple[Any, ...], Any]] = [((), value)]
    while stack:
        path, v = stack.pop()
        yield path, v
        if isinstance(v, dict):
            stack.extend(((*path, k), x) for k, x in v.items())
        elif isinstance(v, list):
            stack.extend(((*path, i), x) for i, x in enumerate(v))


def _schema_patterns(schema: Any) -> Iterator[str]:
    for _, node in _walk(schema):
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                yield node["pattern"]
            if isinstance(node.get("patternProperties"), dict):
                yield from (p for p in node["patternProperties"] if isinstance(p, str))


def _check_refs(schema: dict[str, Any]) -> None:
    """Only references into the schema itself ("#/$defs/x"): jsonschema would fetch any other by URL or read it
    from a file at call time, so a policy file could make the process contact a host or read a local file
    (review r16a H5). The validator refuses to retrieve anything as well (`_REGISTRY`)."""
    for path, node in _walk(schema):
        if isinstance(node, dict):
            for key in ("$ref", "$dynamicRef"):
                ref = node.get(key)
                if isinstance(ref, str) and not ref.startswith("#"):
                    where = "/".join(str(p) for p in path) or "the schema's root"
                    raise ValueError(f"{key} at {where} names a document outside the schema; only '#...' is allowed")


def _refuse(uri: str) -> Any:
    from referencing.exceptions import NoSuchResource

    raise NoSuchResource(ref=uri)  # type: ignore[call-arg]  # attrs class: mypy reads no __init__


def _check_patterns(schema: dict[str, Any]) -> None:
    for p in _schema_patterns(schema):
        try:
            check_compile_cost(p)
        except ValueError as e:
            raise ValueError(f"pattern {p[:60]!r}: {e}") from None
        try:
            regex.compile(p)
        except regex.error as e:
            raise ValueError(f"pattern {p[:60]!r} does not compile: {e}") from None
    keys = {k for _, node in _walk(schema) if isinstance(node, dict) for k in node}
    if "unevaluatedProperties" in keys and "patternProperties" in keys:
        # jsonschema matches patternProperties for unevaluatedProperties with unbounded `re`.
        raise ValueError("unevaluatedProperties together with patternProperties is not supported")


def _schema_names(schema: Any) -> frozenset[str]:
    """Property names a schema spells out: path segments that may be shown in findings."""
    names: set[str] = set()
    for _, node in _walk(schema):
        if not isinstance(node, dict):
            continue
        for key in ("properties", "dependentRequired", "dependentSchemas", "dependencies"):
            if isinstance(node.get(key), dict):
                names.update(k for k in node[key] if isinstance(k, str))
        if isinstance(node.get("required"), list):
            names.update(k for k in node["required"] if isinstance(k, str))
    return frozenset(names)


def _json_path(parts: Any, names: frozenset[str]) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}" if p in names else ".*"
    return out


def _non_finite(value: Any) -> tuple[Any, ...] | None:
    """The path of the first NaN or infinity in `value` (json.loads makes them of NaN, 1e999, ...)."""
    stack = [value]
    while stack:  # no paths on the way: they are only needed when something is found
        v = stack.pop()
        if type(v) is float and not math.isfinite(v):
            return next(path for path, x in _walk(value) if x is v)
        if type(v) is dict:
            stack.extend(v.values())
        elif type(v) is list:
            stack.extend(v)
    return None


# -- bounded pattern matching inside jsonschema --------------------------------------------------
class PatternTimeout(Exception):
    """The answer's schema patterns ran out of their time budget."""


class _Budget:
    def __init__(self, patterns: dict[str, Any], seconds: float) -> None:
        self.patterns = patterns
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def search(self, pattern: str, text: str) -> bool:
        compiled = self.patterns.get(pattern)
        if compiled is None:
            compiled = self.patterns[pattern] = regex.compile(pattern)
        try:
            return bounded_regex.search(compiled, text, self.seconds, self.deadline) is not None
        except TimeoutError:
            raise PatternTimeout from None


_BUDGET: contextvars.ContextVar[_Budget] = contextvars.ContextVar("json_schema_budget")


def _search(pattern: str, text: str) -> bool:
    return _BUDGET.get().search(pattern, text)


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[Any]:
    from jsonschema import ValidationError as SchemaError

    if validator.is_type(instance, "string") and not _search(pattern, instance):
        yield SchemaError("does not match the pattern")


def _pattern_properties(validator: Any, patterns: dict[str, Any], instance: Any, schema: Any) -> Iterator[Any]:
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in patterns.items():
        for k, v in instance.items():
            if _search(pattern, k):
                yield from validator.descend(v, subschema, path=k, schema_path=pattern)


def _additional_properties(validator: Any, allowed: Any, instance: Any, schema: Any) -> Iterator[Any]:
    from jsonschema import ValidationError as SchemaError

    if not validator.is_type(instance, "object"):
        return
    properties = schema.get("properties", {})
    patterns = list(schema.get("patternProperties", {}))
    extras = [k for k in instance if k not in properties and not any(_search(p, k) for p in patterns)]
    if validator.is_type(allowed, "object"):
        for extra in extras:
            yield from validator.descend(instance[extra], allowed, path=extra)
    elif not allowed and extras:
        yield SchemaError("has properties the schema does not allow")


def _canonical(value: Any) -> str:
    """Equal JSON values (1 and 1.0, key order) give equal strings; true and 1 do not."""

    def norm(v: Any) -> Any:
        if isinstance(v, float) and v.is_integer():
            return int(v)
        if isinstance(v, dict):
            return {k: norm(x) for k, x in v.items()}
        if isinstance(v, list):
            return [norm(x) for x in v]
        return v

    return json.dumps(norm(value), sort_keys=True)


def _unique_items(validator: Any, unique: Any, instance: Any, schema: Any) -> Iterator[Any]:
    # jsonschema's own check falls back to comparing every pair: quadratic on a long array.
    from jsonschema import ValidationError as SchemaError

    if unique and validator.is_type(instance, "array"):
        seen: set[str] = set()
        for item in instance:
            key = _canonical(item)
            if key in seen:
                yield SchemaError("has non-unique elements")
                return
            seen.add(key)


_OVERRIDES = {
    "pattern": _pattern,
    "patternProperties": _pattern_properties,
    "additionalProperties": _additional_properties,
    "uniqueItems": _unique_items,
}


# -- messages that never quote the answer --------------------------------------------------------
def _value(v: Any) -> str:
    """A value taken from the schema (never from the answer), shortened."""
    return _short(json.dumps(v, ensure_ascii=False, default=str), 80)


_BOUNDS = {
    "minimum": "must be >= {}",
    "maximum": "must be <= {}",
    "exclusiveMinimum": "must be > {}",
    "exclusiveMaximum": "must be < {}",
    "multipleOf": "must be a multiple of {}",
    "minLength": "must be at least {} characters long",
    "maxLength": "must be at most {} characters long",
    "minItems": "must have at least {} items",
    "maxItems": "must have at most {} items",
    "minProperties": "must have at least {} properties",
    "maxProperties": "must have at most {} properties",
    "minContains": "must contain at least {} matching items",
    "maxContains": "must contain at most {} matching items",
}


def _schema_message(error: Any) -> str:
    keyword, rule = error.validator, error.validator_value
    if keyword is None:  # a `false` schema
        return "is not allowed here"
    if keyword == "type":
        kinds = rule if isinstance(rule, list) else [rule]
        return "must be of type " + " or ".join(str(k) for k in kinds)
    if keyword == "required" and isinstance(rule, list) and isinstance(error.instance, dict):
        missing = [k for k in rule if k not in error.instance]
        return ("missing required property " if len(missing) == 1 else "missing required properties ") + ", ".join(
            _value(k) for k in missing
        )
    if keyword in _BOUNDS:
        return _BOUNDS[keyword].format(_value(rule))
    fixed = {
        "enum": f"must be one of {_value(rule)}",
        "const": f"must be {_value(rule)}",
        "pattern": f"does not match the pattern {_value(rule)}",
        "format": f"is not a valid {_value(rule)}",
        "additionalProperties": "has properties the schema does not allow",
        "unevaluatedProperties": "has properties the schema does not allow",
        "additionalItems": "has more items than the schema allows",
        "unevaluatedItems": "has more items than the schema allows",
        "items": "has more items than the schema allows",
        "uniqueItems": "has non-unique elements",
        "anyOf": "matches none of the allowed alternatives",
        "oneOf": "must match exactly one of the alternatives",
        "not": "matches a schema it must not match",
        "contains": "contains no matching item",
        "dependentRequired": "lacks a property that another one requires",
        "dependencies": "lacks a property that another one requires",
    }
    return fixed.get(keyword, f"fails the schema's {_value(keyword)} rule")


# Pydantic error types whose message may quote the input (custom validators, discriminator tags).
_PYDANTIC_QUOTING = frozenset({"value_error", "assertion_error", "union_tag_invalid"})


_PYDANTIC_TYPES = frozenset(get_args(core_schema.ErrorType))


def _pydantic_message(err: Any) -> str:
    kind = err["type"]
    if kind in _PYDANTIC_QUOTING or kind not in _PYDANTIC_TYPES:
        return f"fails the model's validation ({kind})"
    return _short(str(err["msg"]))


class JsonSchemaValidator:
    def __init__(
        self, schema: dict[str, Any] | None, model: type[BaseModel] | None, max_depth: int, pattern_s: float = 0.1
    ) -> None:
        self.model = model
        self.max_depth = max_depth
        self.pattern_s = pattern_s
        self.adapter: TypeAdapter[Any] | None = TypeAdapter(model) if model is not None else None
        self.names = _schema_names(schema if schema is not None else _model_schema(model))
        self.patterns: dict[str, Any] = {}
        if schema is not None:
            import jsonschema

            base = jsonschema.validators.validator_for(schema)
            cls = jsonschema.validators.extend(base, _OVERRIDES)  # type: ignore[no-untyped-call]
            from referencing import Registry

            registry: Any = Registry(retrieve=_refuse)  # type: ignore[call-arg]  # nothing outside is fetched
            self.checker: Any = cls(schema, format_checker=base.FORMAT_CHECKER, registry=registry)
            self.patterns = {p: regex.compile(p) for p in _schema_patterns(schema)}
        else:
            self.checker = None

    def _errors(self, value: Any) -> list[Finding]:
        if self.checker is not None:
            token = _BUDGET.set(_Budget(self.patterns, self.pattern_s))
            try:
                errors = list(itertools.islice(self.checker.iter_errors(value), _MAX_ERRORS))
            finally:
                _BUDGET.reset(token)
            found = [(_json_path(e.absolute_path, self.names), _schema_message(e)) for e in errors]
        else:
            assert self.adapter is not None
            try:
                self.adapter.validate_python(value)
                return []
            except ValidationError as e:
                found = [(_json_path(err["loc"], self.names), _pydantic_message(err)) for err in e.errors()]
        return [Finding(f"{path}: {message}") for path, message in dict.fromkeys(found)]

    def __call__(self, text: str, ctx: Context) -> Verdict:
        try:
            value, exact = loads(text, self.max_depth)
        except NotJSON as e:
            return Verdict.fail(Finding(f"$: {e}"))
        except RecursionError:
            return Verdict.fail(Finding(f"$: JSON nests deeper than {self.max_depth} levels"))
        bad = _non_finite(value)
        if bad is not None:
            return Verdict.fail(Finding(f"{_json_path(bad, self.names)}: NaN and Infinity are not JSON numbers"))
        try:
            errors = self._errors(value)
        except RecursionError:
            return Verdict.fail(Finding(f"$: JSON nests deeper than {self.max_depth} levels"))
        except PatternTimeout:
            ms = self.pattern_s * 1000
            return Verdict.fail(Finding(f"schema patterns ran out of their time budget ({ms:.0f} ms)", kind="error"))
        if errors:
            return Verdict.fail(*errors)
        if exact:
            return Verdict.ok()
        return Verdict(True, repaired=json.dumps(value, ensure_ascii=False))


def _model_schema(model: type[BaseModel] | None) -> dict[str, Any]:
    try:
        return model.model_json_schema() if model is not None else {}
    except Exception:  # noqa: BLE001 - only names for messages; a model without a JSON Schema shows none
        return {}


def _short(msg: str, limit: int = 200) -> str:
    return msg if len(msg) <= limit else msg[: limit - 3] + "..."
