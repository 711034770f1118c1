"""A live model for `eval --model`: any OpenAI-compatible chat endpoint, configured by environment.

``OPENAI_API_KEY`` and ``OPENAI_BASE_URL`` (for vLLM, Ollama, llama.cpp, LM Studio) are read by
the `openai` client itself. The policy's rules go in the system message, as the wrappers send them.
"""

from __future__ import annotations

from typing import Any

from guardrails_lite.evaluation.runner import LiveModel
from guardrails_lite.guard import Prompt
from guardrails_lite.integrations.shaping import system_rules, with_system
from guardrails_lite.policy import Policy

__all__ = ["openai_model"]


def openai_model(model: str, policy: Policy, client: Any = None) -> LiveModel:
    """A `LiveModel` calling `model`; `client` defaults to ``openai.OpenAI()``.

    The model gets the system text the OpenAI wrappers would send (`integrations.shaping`).
    """
    if client is None:
        import openai  # imported here: only live runs need it

        client = openai.OpenAI()
    system = system_rules(policy)

    def call(prompt: Prompt) -> str:
        messages = [{"role": "user", "content": prompt}] if isinstance(prompt, str) else list(prompt)
        if system:
            messages = with_system(messages, system)
        response = client.chat.completions.create(model=model, messages=messages)
        return str(response.choices[0].message.content or "")

    return call
