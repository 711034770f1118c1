"""A live model for `eval --model`: any OpenAI-compatible chat endpoint, configured by environment.

``OPENAI_API_KEY`` and ``OPENAI_BASE_URL`` (for vLLM, Ollama, llama.cpp, LM Studio) are read by
the `openai` client itself. The policy's instructions go in the system message.
"""

from __future__ import annotations

from typing import Any

from guardrails_lite.evaluation.runner import LiveModel
from guardrails_lite.guard import Prompt
from guardrails_lite.policy import Policy

__all__ = ["openai_model", "system_prompt"]


def system_prompt(policy: Policy) -> str | None:
    rules = [policy.instructions] if policy.instructions else []
    rules += [r for spec in (*policy.input, *policy.output) if (r := spec.instructions())]
    return "\n".join(rules) or None


def openai_model(model: str, policy: Policy, client: Any = None) -> LiveModel:
    """A `LiveModel` calling `model`; `client` defaults to ``openai.OpenAI()``."""
    if client is None:
        import openai  # imported here: only live runs need it

        client = openai.OpenAI()
    system = system_prompt(policy)

    def call(prompt: Prompt) -> str:
        messages = [{"role": "user", "content": prompt}] if isinstance(prompt, str) else list(prompt)
        if system:
            messages = [{"role": "system", "content": system}, *messages]
        response = client.chat.completions.create(model=model, messages=messages)
        return str(response.choices[0].message.content or "")

    return call
