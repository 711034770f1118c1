"""A live model for `eval --model`: any OpenAI-compatible chat endpoint, configured by environment.

``OPENAI_API_KEY`` and ``OPENAI_BASE_URL`` (for vLLM, Ollama, llama.cpp, LM Studio) are read by
the `openai` client itself. The model gets what the wrappers would send: the call's system text
and marked documents (`current_shaping`).
"""

from __future__ import annotations

from typing import Any

from guardrails_lite.evaluation.runner import LiveModel
from guardrails_lite.guard import Prompt
from guardrails_lite.integrations.shaping import current_shaping
from guardrails_lite.policy import Policy

__all__ = ["openai_model"]


def openai_model(model: str, policy: Policy, client: Any = None) -> LiveModel:
    """A `LiveModel` calling `model`; `client` defaults to ``openai.OpenAI()``.

    A string prompt is shaped here as the guard shapes a messages prompt (system text first, the
    marked documents ahead of the prompt); a messages prompt arrives shaped.
    """
    if client is None:
        import openai  # imported here: only live runs need it

        client = openai.OpenAI()

    def call(prompt: Prompt) -> str:
        messages = [{"role": "user", "content": prompt}] if isinstance(prompt, str) else list(prompt)
        shaping = current_shaping()
        if isinstance(prompt, str) and shaping is not None:
            messages = shaping.apply(messages)
        response = client.chat.completions.create(model=model, messages=messages)
        return str(response.choices[0].message.content or "")

    return call
