"""guardrails-lite: runtime guardrails around any LLM call.

    policy = load_policy("policies/email-summary.yaml")
    result = Guard(policy).run(call_my_llm, prompt)      # or: @guarded(policy)

Importing this package loads no model and no policy machinery: each public name is imported on
first access (pydantic and PyYAML with the first policy, the OpenAI SDK with the OpenAI wrappers,
engines on a validator's first use), so an application that imports it pays for what it uses.
"""

import importlib as _importlib
import typing as _typing

from guardrails_lite.errors import Blocked, GuardrailsError, PluginError, PolicyError, RetriesExhausted
from guardrails_lite.verdict import Context, Document, Finding, Stage, Validator, Verdict, check_budget

if _typing.TYPE_CHECKING:
    from guardrails_lite.guard import Guard, GuardResult, guarded
    from guardrails_lite.integrations.openai import GuardedAsyncOpenAI, GuardedOpenAI
    from guardrails_lite.integrations.shaping import Shaping, current_shaping
    from guardrails_lite.pipeline import Action, StageResult
    from guardrails_lite.policy import Policy, load_policy, parse_policy, policy_json_schema
    from guardrails_lite.spec import ValidatorSpec, known_validators, validator
    from guardrails_lite.trust import Trusted

__version__ = "0.1.0"

#: Public name -> the module that defines it, imported on first access.
_LAZY = {
    "Action": "guardrails_lite.pipeline",
    "Guard": "guardrails_lite.guard",
    "GuardResult": "guardrails_lite.guard",
    "GuardedAsyncOpenAI": "guardrails_lite.integrations.openai",
    "GuardedOpenAI": "guardrails_lite.integrations.openai",
    "Policy": "guardrails_lite.policy",
    "Shaping": "guardrails_lite.integrations.shaping",
    "StageResult": "guardrails_lite.pipeline",
    "Trusted": "guardrails_lite.trust",
    "ValidatorSpec": "guardrails_lite.spec",
    "current_shaping": "guardrails_lite.integrations.shaping",
    "guarded": "guardrails_lite.guard",
    "known_validators": "guardrails_lite.spec",
    "load_policy": "guardrails_lite.policy",
    "parse_policy": "guardrails_lite.policy",
    "policy_json_schema": "guardrails_lite.policy",
    "validator": "guardrails_lite.spec",
}


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value  # later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Action",
    "Blocked",
    "Context",
    "Document",
    "Finding",
    "Guard",
    "GuardResult",
    "GuardedAsyncOpenAI",
    "GuardedOpenAI",
    "GuardrailsError",
    "PluginError",
    "Policy",
    "PolicyError",
    "RetriesExhausted",
    "Shaping",
    "Stage",
    "StageResult",
    "Trusted",
    "Validator",
    "ValidatorSpec",
    "Verdict",
    "__version__",
    "check_budget",
    "current_shaping",
    "guarded",
    "known_validators",
    "load_policy",
    "parse_policy",
    "policy_json_schema",
    "validator",
]
