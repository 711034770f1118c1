"""guardrails-lite: runtime guardrails around any LLM call.

    policy = load_policy("policies/email-summary.yaml")
    result = Guard(policy).run(call_my_llm, prompt)      # or: @guarded(policy)

Importing this package loads no model: engines load on a validator's first use. The OpenAI
wrappers (`GuardedOpenAI`, `GuardedAsyncOpenAI`) import the SDK on first access.
"""

import typing as _typing

from guardrails_lite.errors import Blocked, GuardrailsError, PluginError, PolicyError, RetriesExhausted
from guardrails_lite.guard import Guard, GuardResult, guarded
from guardrails_lite.integrations.shaping import Shaping, current_shaping
from guardrails_lite.pipeline import Action, StageResult
from guardrails_lite.policy import Policy, load_policy, parse_policy, policy_json_schema
from guardrails_lite.spec import ValidatorSpec, known_validators, validator
from guardrails_lite.trust import Trusted
from guardrails_lite.verdict import Context, Document, Finding, Stage, Validator, Verdict

if _typing.TYPE_CHECKING:
    from guardrails_lite.integrations.openai import GuardedAsyncOpenAI, GuardedOpenAI

__version__ = "0.1.0"

_LAZY = {"GuardedOpenAI", "GuardedAsyncOpenAI"}


def __getattr__(name: str) -> _typing.Any:
    if name in _LAZY:
        from guardrails_lite.integrations import openai as integration

        return getattr(integration, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _LAZY)


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
    "current_shaping",
    "guarded",
    "known_validators",
    "load_policy",
    "parse_policy",
    "policy_json_schema",
    "validator",
]
