"""The structured log events guardrails-lite emits, through structlog, never configured here.

Events (logger name ``guardrails_lite``), each with ``policy`` and ``call_id``:

=====================  =======  ==============================================================
event                  level    extra keys
=====================  =======  ==============================================================
``call_started``       debug    ``prompt_chars``, ``prompt_sha``, ``documents``
``validator_failed``   info     ``stage``, ``validator``, ``id``, ``action``, ``findings``,
                                ``kinds``, ``duration_ms``, ``text_chars``, ``text_sha``
``repaired``           info     ``stage``, ``id``, ``chars_before``, ``chars_after``
``retried``            info     ``attempt``, ``ids``
``blocked``            warning  ``stage``, ``ids``, ``findings``
``shadow``             info     ``stage``, ``id``, ``would``, ``findings``
``call_finished``      debug    ``action``, ``attempts``, ``findings``, ``duration_ms``,
                                ``answer_chars``
=====================  =======  ==============================================================

Texts appear only as lengths and short SHA-256 prefixes (``*_sha``): never prompts, answers,
matched values or finding messages.

Nothing is emitted until the application configures structlog: unconfigured, structlog's default
prints every event to stdout, and a library must print nothing of its own accord.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import structlog

__all__ = ["digest", "logger"]

_LOG = structlog.get_logger("guardrails_lite")


def _drop(*args: Any, **kwargs: Any) -> None:
    return None


class _Logger:
    """``logger.info(event, **fields)`` and the other levels, silent while structlog is unconfigured."""

    __slots__ = ()

    def __getattr__(self, level: str) -> Callable[..., Any]:
        return getattr(_LOG, level) if structlog.is_configured() else _drop


logger = _Logger()


def digest(text: str) -> str:
    """A short, non-reversible fingerprint for correlating texts across log lines."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
