"""guardrails-lite: runtime guardrails around any LLM call.

    policy = load_policy("policies/email-summary.yaml")
    result = Guard(policy).run(call_my_llm, prompt)      # or: @guarded(policy)

Importing this package loads no model: engines load on a validator's first use.
"""

from guardrails_lite.errors import Blocked, GuardrailsError, PolicyError, RetriesExhausted
from guardrails_lite.guard import Guard, GuardResult, guarded
from guardrails_lite.pipeline import Action, StageResult
from guardrails_lite.policy import Policy, load_policy, parse_policy, policy_json_schema
from guardrails_lite.spec import ValidatorSpec, known_validators, validator
from guardrails_lite.verdict import Context, Document, Finding, Stage, Validator, Verdict

__version__ = "0.1.0"

__all__ = [
    "Action",
    "Blocked",
    "Context",
    "Document",
    "Finding",
    "Guard",
    "GuardResult",
    "GuardrailsError",
    "Policy",
    "PolicyError",
    "RetriesExhausted",
    "Stage",
    "StageResult",
    "Validator",
    "ValidatorSpec",
    "Verdict",
    "__version__",
    "guarded",
    "known_validators",
    "load_policy",
    "parse_policy",
    "policy_json_schema",
    "validator",
]
