"""Validator specs: the declared, typed form of one policy entry, and the registry of names.

A spec is a pydantic model (unknown keys forbidden) whose `use` field is a ``Literal`` of its
name. Defining the subclass registers it. `build()` turns the spec into a `Validator` and must
stay cheap: heavy engines (spaCy, Presidio, models) load on first use, not at build time.

Two ways to add a validator::

    @validator("no_bananas")                      # a plain function; keyword-only
    def no_bananas(text: str, ctx: Context, *, limit: int = 0) -> Verdict: ...   # params become fields

    class TopicSpec(ValidatorSpec):               # a spec class for anything richer
        use: Literal["topic"] = "topic"
        words: list[str]
        def build(self) -> Validator: ...
"""

from __future__ import annotations

import importlib
import inspect
import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, TypeAlias, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema, create_model

from guardrails_lite.errors import PluginError
from guardrails_lite.verdict import Context, Stage, Validator, Verdict

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

OnFail: TypeAlias = Literal["block", "repair", "retry", "warn", "shadow"]
OnError: TypeAlias = Literal["block", "allow"]
_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")  # fullmatch: "$" would let a final newline through


def _label(value: str) -> str:
    if _LABEL.fullmatch(value) is None:
        raise ValueError(
            "use letters, digits, '_', '-' and '.', starting with a letter or digit (at most 64): "
            "it is written into log lines as it is"
        )
    return value


#: A policy name or entry id: a plain label, so a policy file cannot forge or split log lines.
Label: TypeAlias = Annotated[
    str, AfterValidator(_label), WithJsonSchema({"type": "string", "pattern": f"^{_LABEL.pattern}$"})
]


def _field_path(value: str) -> str:
    if not value or len(value) > 500 or "" in value.split("."):
        raise ValueError("a dotted path into the JSON answer (summary, items.0.name) with no empty part")
    return value


#: A dotted path into a JSON answer (``summary``, ``items.0.name``): an empty part would match nothing.
FieldPath: TypeAlias = Annotated[str, AfterValidator(_field_path)]

__all__ = [
    "ENTRY_POINT_GROUP",
    "Label",
    "OnError",
    "OnFail",
    "ValidatorSpec",
    "known_validators",
    "spec_class",
    "validator",
]

#: Entry-point group read on the first lookup of a name that is not built in (and by `known_validators`):
#: installed distributions list the modules that define their validators there, e.g.
#: ``[project.entry-points."guardrails_lite.validators"]`` ``acme = "acme_guards.validators"``.
#: Policy files name validators, never modules.
ENTRY_POINT_GROUP = "guardrails_lite.validators"

_REGISTRY: dict[str, type[ValidatorSpec]] = {}
_BUILTINS_LOADED = False
_PLUGINS_LOADED = False
_LOCK = threading.RLock()  # re-entrant: a plugin may look names up while it is being imported


class ValidatorSpec(BaseModel):
    """Fields every policy entry has; subclasses add the validator's own parameters."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    use: str = Field(description="Name of the validator.")
    id: Label | None = Field(None, description="Entry id used in findings and logs; defaults to `use`.")
    on_fail: OnFail = Field(
        "block",
        description="block: stop the call; repair: continue with the fixed text (escalates to block on "
        "input, retry on output, when the validator cannot fix it); retry: re-ask the model with "
        "feedback (output only); warn: record and continue; shadow: log what would have happened.",
    )
    on_error: OnError | None = Field(
        None, description="When the validator crashes or exceeds its time budget; defaults to the policy's."
    )
    timeout_ms: float | None = Field(
        None,
        gt=0,
        allow_inf_nan=False,
        description="Time budget per text; defaults to the policy's validator_timeout_ms.",
    )
    fields: list[FieldPath] | None = Field(
        None,
        min_length=1,
        description="Output stage: check these fields of a JSON answer (dotted paths) instead of the "
        "whole text; put a json_schema entry first. A field that is absent or not a string is a finding.",
    )

    #: Stages this validator may be used on. Narrow it in subclasses.
    stages: ClassVar[frozenset[str]] = frozenset({"input", "output"})
    #: True if the validator also screens untrusted context documents on the input stage
    #: (``ctx.target`` is then ``"context[i]"``); repairs of documents are not possible.
    screens_documents: ClassVar[bool] = False
    #: True if the validator also runs on untrusted documents the guard itself forwards to the
    #: model (``role: "tool"`` messages) and may repair them there (PII scrubbing). Documents passed
    #: with ``context=`` are the caller's to send, so they can be screened but never rewritten.
    scrubs_documents: ClassVar[bool] = False
    #: How a stream can be checked before the answer is complete: "incremental" if a verdict on a
    #: prefix cut at a word boundary stays right for any continuation (patterns, PII, canary);
    #: "sentence" if that holds for prefixes cut after a sentence; None if only the whole answer
    #: can be judged (the policy's ``stream`` setting then decides).
    streaming: ClassVar[Literal["incremental", "sentence"] | None] = None

    def longest_match(self) -> int:
        """For an "incremental" entry: the most characters one finding can span (0: a bounded window the stream's
        holdback covers). A stream checks the entry on prefixes only while this fits in the holdback; a longer
        match would be released in part before it is seen whole (review r16a M2)."""
        return 0

    def build(self) -> Validator:
        raise NotImplementedError(f"{type(self).__name__}.build")

    def instructions(self) -> str | None:
        """A rule to tell the model up front (prompt shaping), or None."""
        return None

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        names = get_args(cls.model_fields["use"].annotation)
        if len(names) != 1 or not isinstance(names[0], str):
            return  # an abstract intermediate base
        _register(names[0], cls)


def _where(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _register(name: str, cls: type[ValidatorSpec]) -> None:
    """Register `cls` under `name`; a name is never taken over, whatever the order modules load in.

    Only the same class defined again (its module re-imported) replaces an entry: a look-alike (a
    plugin's ``PromptInjectionSpec``, a subclass keeping ``use: "pii"``) would otherwise swap the
    built-in check out of every policy in the process without a word.
    """
    builtin = BUILTIN_MODULES.get(name)
    if builtin is not None:
        home = f"guardrails_lite.validators.{builtin}"
        if cls.__module__ != home and not cls.__module__.startswith(home + "."):
            raise ValueError(
                f"validator name {name!r} is a built-in validator: {_where(cls)} cannot replace it; give it a name "
                "of its own (use: Literal[...]) and name that in your policies"
            )
    existing = _REGISTRY.get(name)
    if existing is not None and _where(existing) != _where(cls):
        raise ValueError(f"validator name {name!r} is already registered by {_where(existing)}, not {_where(cls)}")
    _REGISTRY[name] = cls


#: The module of validators/ that defines each built-in validator: looking one name up imports only
#: its module (a policy naming two validators does not import the other seven, nor jsonschema).
#: tests/test_policy.py checks this table against importing every module.
BUILTIN_MODULES = {
    "canary": "canary",
    "grounding": "grounding",
    "json_schema": "json_schema",
    "max_length": "length",
    "pii": "pii",
    "prompt_injection": "injection",
    "regex": "regex",
    "scope": "scope",
    "speculation": "speculation",
}


def _load_builtins() -> None:
    global _BUILTINS_LOADED
    if _BUILTINS_LOADED:
        return
    with _LOCK:
        if _BUILTINS_LOADED:
            return
        import pkgutil  # here: a policy of built-in validators never lists the folder

        import guardrails_lite.validators as pkg

        # Every public module in validators/ defines specs; importing them is cheap by contract.
        for mod in pkgutil.iter_modules(pkg.__path__):
            if not mod.name.startswith("_"):
                importlib.import_module(f"{pkg.__name__}.{mod.name}")
        _load_plugins()
        _BUILTINS_LOADED = True


def _load_plugins() -> None:
    """Import every installed plugin's validators, once (a broken plugin fails every policy load that reads them)."""
    global _PLUGINS_LOADED
    if _PLUGINS_LOADED:
        return
    with _LOCK:
        if _PLUGINS_LOADED:
            return
        from importlib.metadata import entry_points  # with the first policy, not with the package

        for ep in entry_points(group=ENTRY_POINT_GROUP):
            _load_entry_point(ep)
        _PLUGINS_LOADED = True


def _load_entry_point(ep: EntryPoint) -> None:
    """Import one installed distribution's validators; a broken one is a `PluginError` naming it."""
    try:
        ep.load()  # defining a spec class (or a @validator function) registers it
    except Exception as e:  # whatever the plugin raises: report the plugin, not a traceback
        dist = f" of {ep.dist.name}" if ep.dist is not None else ""
        raise PluginError(
            f"validator plugin {ep.name!r}{dist} (entry point {ep.value!r} in group {ENTRY_POINT_GROUP!r}) "
            f"cannot be loaded: {type(e).__name__}: {e}"
        ) from e


def known_validators() -> list[str]:
    """Names usable in `use:`, sorted: the built-in validators, those of installed plugins (the
    `ENTRY_POINT_GROUP` entry points) and any the application has defined or imported."""
    _load_builtins()
    return sorted(_REGISTRY)


def spec_class(name: str) -> type[ValidatorSpec] | None:
    builtin = BUILTIN_MODULES.get(name)
    if builtin is not None:
        importlib.import_module(f"guardrails_lite.validators.{builtin}")
        cls = _REGISTRY.get(name)
        if cls is not None:  # no plugin may take a built-in's name: the installed distributions need not be read
            return cls
    _load_plugins()
    cls = _REGISTRY.get(name)
    if cls is None:
        _load_builtins()
        cls = _REGISTRY.get(name)
    return cls


def validator(
    name: str, *, stages: tuple[Stage, ...] = ("input", "output")
) -> Callable[[Callable[..., Verdict]], Callable[..., Verdict]]:
    """Register a function ``(text, ctx, *, param=default, ...) -> Verdict`` under `name`.

    Keyword-only parameters become typed policy fields (annotations are required).
    """

    def register(fn: Callable[..., Verdict]) -> Callable[..., Verdict]:
        sig = inspect.signature(fn, eval_str=True)
        params: dict[str, Any] = {}
        for p in sig.parameters.values():
            if p.kind is not inspect.Parameter.KEYWORD_ONLY:
                continue
            if p.annotation is inspect.Parameter.empty:
                raise TypeError(f"{fn.__qualname__}: parameter {p.name!r} needs a type annotation")
            default = ... if p.default is inspect.Parameter.empty else p.default
            params[p.name] = (p.annotation, default)

        def build(self: ValidatorSpec) -> Validator:
            kwargs = {k: getattr(self, k) for k in params}
            if not kwargs:
                return fn

            def bound(text: str, ctx: Context) -> Verdict:
                return fn(text, ctx, **kwargs)

            return bound

        use: Any = (Literal[name], name)
        model = create_model(
            f"{fn.__name__}_spec",
            __base__=ValidatorSpec,
            __doc__=fn.__doc__,
            __module__=fn.__module__,
            use=use,
            **params,
        )
        model.build = build  # type: ignore[method-assign]
        model.stages = frozenset(stages)
        return fn

    return register
