"""Model text outside the answer: the check of what a guarded reply keeps of it, and the reply builders' `built`.

The answer (``message.content``, the Responses ``output_text``) goes through the whole output
stage. Two other kinds of model text are kept because callers act on them: tool and function call
arguments (and custom tool input), and refusals. `SideText` checks them with the policy's entries
that judge any piece of text on its own (``streaming: incremental``: patterns, PII, the canary),
with their repairs (a redacted secret, restored placeholders); a failure there raises `Blocked`,
since a re-ask is no longer possible once the answer is accepted. It checks the identifiers a reply
keeps too (ids, the model's and tools' names: `_fields`).

Everything else that carries text is dropped: `_fields.kept` is the one rule, an allow-list of the
SDK's classes and of the strings that may pass (enums, identifiers).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from guardrails_lite.errors import Blocked
from guardrails_lite.pipeline import Action, worst
from guardrails_lite.text import well_formed
from guardrails_lite.verdict import Finding

if TYPE_CHECKING:
    from guardrails_lite.guard import CallState
    from guardrails_lite.integrations.openai._release import StreamPlan

B = TypeVar("B", bound=BaseModel)
_CONSTRUCT: Any = BaseModel.model_construct.__func__  # type: ignore[attr-defined]

__all__ = ["SideText", "built"]


class SideText:
    """Checks the model text of one call that is not its answer (see the module docstring).

    Calls with the same text share one check, so a value repeated by several events of a stream
    (deltas, done events, the final response) is checked once and comes out the same everywhere.
    """

    def __init__(self, plan: StreamPlan, call: CallState) -> None:
        self._pipeline = plan.incremental
        self._call = call
        self._seen: dict[str, str] = {}
        self.findings: list[Finding] = []
        self.action: Action = "allow"

    def __call__(self, text: str | None, where: str) -> str | None:
        """`text` as the policy lets it out; `where` names it in findings (``tool_calls[0].arguments``)."""
        if not text:
            return text
        text = well_formed(text)
        if self._pipeline is None:
            return text
        done = self._seen.get(text)
        if done is not None:
            return done
        ctx = self._call.ctx
        saved = ctx.target
        ctx.target = where
        try:
            r = self._pipeline.check("output", text, ctx, call_id=self._call.call_id)
        finally:
            ctx.target = saved
        self.findings.extend(r.findings)
        if r.text is None or r.action in ("block", "retry"):
            raise Blocked("output", r.findings, f"model text outside the answer ({where}) failed the policy's checks")
        self.action = worst(self.action, r.action)
        self._seen[text] = r.text
        return r.text


def built(cls: type[B], fields_set: set[str] | None = None, **fields: Any) -> B:
    """`cls` from `fields` as they are: what pydantic's own ``model_construct`` makes. The SDK's override
    coerces each value by its annotation (typing introspection, ~50 µs a model), needless for values
    already built; pydantic's walks every field in Python. For the SDK's plain models (`_template`: no
    aliases, constant defaults) the instance is set up here from a template of the defaults."""
    template = _template(cls)
    if template is None or not template.names.issuperset(fields) or not template.required <= fields.keys():
        return _CONSTRUCT(cls, fields_set, **fields)  # type: ignore[no-any-return]
    model = cls.__new__(cls)
    _SET(model, "__dict__", {**template.defaults, **fields})
    _SET(model, "__pydantic_fields_set__", set(fields) if fields_set is None else fields_set)
    _SET(model, "__pydantic_extra__", {} if template.extra else None)
    _SET(model, "__pydantic_private__", None)
    return model


_PLAIN = frozenset({str, int, float, bool, type(None)})
_SET = object.__setattr__


class _Template(NamedTuple):
    """A model class's fields for `built`: their names, the required ones, every field in the fields' order
    with its default (a required one's is given by every caller: `built` checks), extra fields allowed.
    Merged with the given values, the template gives ``__dict__`` in the fields' order, as pydantic
    builds it (its serializer writes fields in that order)."""

    names: frozenset[str]
    required: frozenset[str]
    defaults: dict[str, Any]
    extra: bool


def _fields(cls: type[BaseModel]) -> dict[str, FieldInfo]:
    """The declared fields of `cls`: ``model_fields`` read on the class works across pydantic 2.x
    (``__pydantic_fields__`` only exists from 2.10; reading ``model_fields`` on an instance is deprecated)."""
    return cls.model_fields


@functools.cache
def _template(cls: type[BaseModel]) -> _Template | None:
    """The `_Template` of `cls`, or None when ``model_construct`` does more than fill in defaults: aliases,
    default factories, a mutable default (copied per instance), a root model, ``model_post_init``."""
    if cls.__pydantic_root_model__ or cls.__pydantic_post_init__:
        return None
    defaults: dict[str, Any] = {}
    required = set()
    for name, field in _fields(cls).items():
        if field.alias not in (None, name) or field.validation_alias is not None or field.default_factory is not None:
            return None
        if field.is_required():
            required.add(name)
            defaults[name] = None  # always replaced
        elif type(field.default) in _PLAIN:
            defaults[name] = field.default
        else:
            return None
    return _Template(frozenset(defaults), frozenset(required), defaults, cls.model_config.get("extra") == "allow")
