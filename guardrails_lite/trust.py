"""What a policy file may refer to: chosen by the application in code, never by the file.

Policy files are untrusted input. A name in one (a pydantic model, a spaCy pipeline, a judge's
endpoint) resolves only against a `Trusted` the application passes to `load_policy`,
`parse_policy` or `Guard`; nothing a file says is imported, loaded or contacted otherwise.

    policy = load_policy("policy.yaml", trusted=Trusted(models=[Invoice]))   # model: myapp.models:Invoice

Specs read it from pydantic's validation context (`trusted_of`); without one they get `DEFAULT`,
which allows the stock spaCy pipelines and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

from pydantic import BaseModel, ValidationInfo

__all__ = [
    "DEFAULT",
    "JUDGE_KEY_VARIABLES",
    "STOCK_SPACY_PIPELINES",
    "JudgeKeyVariable",
    "Trusted",
    "trusted_judge_url",
    "trusted_model_dir",
    "trusted_of",
    "trusted_spacy_model",
]

#: spaCy's official English pipelines: `spacy_model` may name these (or 'auto'/'blank') by default.
STOCK_SPACY_PIPELINES = frozenset({"en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_trf"})
#: Environment variables an LLM judge may take its API key from, in this order of preference.
JUDGE_KEY_VARIABLES = ("GUARDRAILS_LITE_JUDGE_API_KEY", "OPENAI_API_KEY")
#: A policy's ``llm_api_key_env`` may only name one of these: a file never chooses which secret is sent.
JudgeKeyVariable: TypeAlias = Literal["GUARDRAILS_LITE_JUDGE_API_KEY", "OPENAI_API_KEY"]


def _model_table(models: Mapping[str, type[BaseModel]] | Iterable[type[BaseModel]]) -> dict[str, type[BaseModel]]:
    items = models.items() if isinstance(models, Mapping) else ((f"{m.__module__}:{m.__qualname__}", m) for m in models)
    table: dict[str, type[BaseModel]] = {}
    for name, model in items:
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            raise TypeError(f"Trusted.models: {name!r} is not a pydantic model class")
        table[str(name)] = model
    return table


@dataclass(frozen=True, init=False)
class Trusted:
    """The application's allow-lists for names a policy file may use.

    `models`: pydantic models a ``json_schema`` entry may name in ``model:``, as a mapping of
    names to classes or a list of classes (named ``module:QualName``). `spacy_models`: spaCy
    packages a ``pii`` entry may load besides the stock English ones. `judge_urls`: endpoints an
    LLM judge may be pointed at with ``llm_base_url`` (its default endpoint is always allowed).
    `model_dirs`: local model directories for the ``transformers``/``embeddings`` backends.
    """

    models: Mapping[str, type[BaseModel]] = field(default_factory=dict)
    spacy_models: frozenset[str] = frozenset()
    judge_urls: frozenset[str] = frozenset()
    model_dirs: frozenset[str] = frozenset()

    def __init__(
        self,
        *,
        models: Mapping[str, type[BaseModel]] | Iterable[type[BaseModel]] = (),
        spacy_models: Iterable[str] = (),
        judge_urls: Iterable[str] = (),
        model_dirs: Iterable[str] = (),
    ) -> None:
        if isinstance(spacy_models, str) or isinstance(judge_urls, str) or isinstance(model_dirs, str):
            raise TypeError("Trusted: spacy_models, judge_urls and model_dirs take collections of strings")
        object.__setattr__(self, "models", _model_table(models))
        object.__setattr__(self, "spacy_models", frozenset(spacy_models))
        object.__setattr__(self, "judge_urls", frozenset(u.rstrip("/") for u in judge_urls))
        object.__setattr__(self, "model_dirs", frozenset(model_dirs))

    def allows_spacy(self, name: str) -> bool:
        return name in ("auto", "blank") or name in STOCK_SPACY_PIPELINES or name in self.spacy_models

    def allows_judge_url(self, url: str | None) -> bool:
        return url is None or url.rstrip("/") in self.judge_urls

    def allows_model_dir(self, path: str | None) -> bool:
        return path is None or path in self.model_dirs

    def __hash__(self) -> int:
        return hash((tuple(sorted(self.models)), self.spacy_models, self.judge_urls, self.model_dirs))


DEFAULT = Trusted()

_KEY = "guardrails_lite.trusted"


def context(trusted: Trusted | None) -> dict[str, Any]:
    """The pydantic validation context carrying `trusted`."""
    return {_KEY: trusted or DEFAULT}


def trusted_of(info: ValidationInfo) -> Trusted:
    """The `Trusted` of the validation under way (`DEFAULT` when the caller passed none)."""
    ctx = info.context
    value = ctx.get(_KEY) if isinstance(ctx, Mapping) else None
    return value if isinstance(value, Trusted) else DEFAULT


def trusted_judge_url(url: str | None, info: ValidationInfo) -> str | None:
    """Field check: an LLM judge endpoint other than the client's default must be trusted in code."""
    if not trusted_of(info).allows_judge_url(url):
        raise ValueError(
            f"{url!r} is not an endpoint the application trusts: it lists judge endpoints in code, "
            "as Trusted(judge_urls=[...]) passed to load_policy or Guard"
        )
    return url


def trusted_model_dir(path: str | None, info: ValidationInfo) -> str | None:
    """Field check: a local model directory (its files may hold pickled code) must be trusted in code."""
    if not trusted_of(info).allows_model_dir(path):
        raise ValueError(
            f"{path!r} is not a model directory the application trusts: it lists them in code, "
            "as Trusted(model_dirs=[...]) passed to load_policy or Guard"
        )
    return path


def trusted_spacy_model(name: str, info: ValidationInfo) -> str:
    """Field check: loading a spaCy package imports it, so only stock or trusted pipelines load."""
    if not trusted_of(info).allows_spacy(name):
        raise ValueError(
            f"{name!r} is not a spaCy pipeline the application trusts: 'auto', 'blank', the stock "
            "en_core_web_* pipelines, or one listed in code as Trusted(spacy_models=[...])"
        )
    return name
