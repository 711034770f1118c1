"""Prompt shaping every integration shares: the rules a policy asks the model to follow, put first.

Imports no SDK, so the evaluator's live model (`evaluation.live`) and the OpenAI wrappers send
the model the same system text.
"""

from __future__ import annotations

from typing import Any

from guardrails_lite.policy import Policy

__all__ = ["system_rules", "with_system"]


def system_rules(policy: Policy) -> str:
    """The policy's ``instructions`` and each output validator's rule, one per line ("" if none)."""
    rules = [policy.instructions.strip()] if policy.instructions else []
    rules += [r for s in policy.output if (r := s.instructions())]
    return "\n".join(rules)


def with_system(messages: list[dict[str, Any]], system: str) -> list[dict[str, Any]]:
    """Put `system` first: merged into a leading system message, else a new one."""
    if messages and messages[0].get("role") in ("system", "developer") and isinstance(messages[0].get("content"), str):
        first = dict(messages[0])
        first["content"] = f"{system}\n\n{first['content']}"
        return [first, *messages[1:]]
    return [{"role": "system", "content": system}, *messages]
