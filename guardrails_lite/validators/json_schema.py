"""`json_schema`: the answer must be JSON valid against a JSON Schema or a pydantic model.

The JSON is found in the raw answer (fences, prose around it) and common breakage is fixed
deterministically first; a valid answer comes out as canonical JSON. Each schema error is one
finding naming its JSON path, so retry feedback lists only the failing fields.
"""

from __future__ import annotations

import importlib
import json
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator, model_validator

from guardrails_lite.spec import ValidatorSpec
from guardrails_lite.validators._shared.jsonfix import NotJSON, loads
from guardrails_lite.verdict import Context, Finding, Validator, Verdict

_MAX_ERRORS = 20


def _import(path: str) -> Any:
    module, _, name = path.partition(":")
    if not module or not name:
        raise ValueError(f"model must be 'package.module:Name', got {path!r}")
    try:
        obj: Any = importlib.import_module(module)
    except ImportError as e:
        raise ValueError(f"cannot import {module!r}: {e}") from None
    for part in name.split("."):
        if not hasattr(obj, part):
            raise ValueError(f"{module!r} has no attribute {name!r}")
        obj = getattr(obj, part)
    return obj


class JsonSchemaSpec(ValidatorSpec):
    """The answer must be JSON matching `schema` (JSON Schema) or `model` (a pydantic model)."""

    model_config = ConfigDict(populate_by_name=True)

    use: Literal["json_schema"] = "json_schema"
    schema_: dict[str, Any] | None = Field(None, alias="schema", description="A JSON Schema (any draft).")
    model: str | None = Field(None, description="Import path of a pydantic model, 'package.module:Name'.")
    max_depth: int = Field(64, gt=0, le=1000, description="Deeper nesting is a finding.")
    stages = frozenset({"output"})

    @field_validator("schema_")
    @classmethod
    def _check_schema(cls, schema: dict[str, Any] | None) -> dict[str, Any] | None:
        if schema is not None:
            import jsonschema

            try:
                jsonschema.validators.validator_for(schema).check_schema(schema)
            except jsonschema.SchemaError as e:
                raise ValueError(f"not a valid JSON Schema: {e.message}") from None
        return schema

    @field_validator("model")
    @classmethod
    def _check_model(cls, model: str | None) -> str | None:
        if model is not None:
            obj = _import(model)
            if not (isinstance(obj, type) and issubclass(obj, BaseModel)):
                raise ValueError(f"{model!r} is not a pydantic model class")
        return model

    @model_validator(mode="after")
    def _exactly_one(self) -> Self:
        if (self.schema_ is None) == (self.model is None):
            raise ValueError("set exactly one of schema and model")
        return self

    def json_schema_dict(self) -> dict[str, Any]:
        if self.schema_ is not None:
            return self.schema_
        assert self.model is not None
        return dict(_import(self.model).model_json_schema())

    def build(self) -> Validator:
        if self.schema_ is not None:
            return JsonSchemaValidator(self.schema_, None, self.max_depth)
        assert self.model is not None
        return JsonSchemaValidator(None, _import(self.model), self.max_depth)

    def instructions(self) -> str | None:
        schema = json.dumps(self.json_schema_dict(), separators=(",", ":"))
        return f"Reply with one JSON value only, no prose or markdown, matching this JSON Schema: {schema}"


def _json_path(parts: Any) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


class JsonSchemaValidator:
    def __init__(self, schema: dict[str, Any] | None, model: type[BaseModel] | None, max_depth: int) -> None:
        self.model = model
        self.max_depth = max_depth
        self.adapter: TypeAdapter[Any] | None = TypeAdapter(model) if model is not None else None
        if schema is not None:
            import jsonschema

            cls = jsonschema.validators.validator_for(schema)
            self.checker: Any = cls(schema, format_checker=cls.FORMAT_CHECKER)
        else:
            self.checker = None

    def _errors(self, value: Any) -> list[Finding]:
        if self.checker is not None:
            errors = sorted(self.checker.iter_errors(value), key=lambda e: list(e.absolute_path))
            return [Finding(f"{_json_path(e.absolute_path)}: {_short(e.message)}") for e in errors[:_MAX_ERRORS]]
        assert self.adapter is not None
        try:
            self.adapter.validate_python(value)
        except ValidationError as e:
            return [Finding(f"{_json_path(err['loc'])}: {_short(err['msg'])}") for err in e.errors()[:_MAX_ERRORS]]
        return []

    def __call__(self, text: str, ctx: Context) -> Verdict:
        try:
            value, exact = loads(text, self.max_depth)
        except NotJSON as e:
            return Verdict.fail(Finding(f"$: {e}"))
        except RecursionError:
            return Verdict.fail(Finding(f"$: JSON nests deeper than {self.max_depth} levels"))
        errors = self._errors(value)
        if errors:
            return Verdict.fail(*errors)
        if exact:
            return Verdict.ok()
        return Verdict(True, repaired=json.dumps(value, ensure_ascii=False))


def _short(msg: str, limit: int = 200) -> str:
    return msg if len(msg) <= limit else msg[: limit - 3] + "..."
