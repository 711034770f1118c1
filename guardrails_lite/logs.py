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

Texts appear only as lengths and keyed digests (``*_sha``: HMAC-SHA256 under a secret key, 16 hex
digits): never prompts, answers, matched values or finding messages. The key is random per process,
so a digest cannot be reversed by hashing guesses (an SSN has only 10⁹ values); set
``GUARDRAILS_LITE_LOG_KEY`` (or call `set_digest_key`) to the same secret in every process whose
logs you want to correlate. Events below the configured level cost nothing: callers check
`enabled` before computing digests or binding fields.

Nothing is emitted until the application configures structlog: unconfigured, structlog's default
prints every event to stdout, and a library must print nothing of its own accord.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import threading
from collections.abc import Callable
from typing import Any

import structlog

__all__ = ["DIGEST_KEY_VARIABLE", "digest", "enabled", "logger", "set_digest_key"]

_LOG = structlog.get_logger("guardrails_lite")


def _drop(*args: Any, **kwargs: Any) -> None:
    return None


class _Logger:
    """``logger.info(event, **fields)`` and the other levels, silent while structlog is unconfigured."""

    __slots__ = ()

    def __getattr__(self, level: str) -> Callable[..., Any]:
        return getattr(_LOG, level) if structlog.is_configured() else _drop


logger = _Logger()

#: Environment variable holding the digest key shared by processes (any string; at least 16 characters).
DIGEST_KEY_VARIABLE = "GUARDRAILS_LITE_LOG_KEY"
_MIN_KEY = 16
_DIGEST_HEX = 16

_lock = threading.Lock()
_key: list[bytes] = []

# structlog's filtering wrappers are one fixed class per level: their floor tells what is emitted.
_FILTER_FLOOR = {
    structlog.make_filtering_bound_logger(level): level
    for level in (logging.NOTSET, logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
}


def set_digest_key(key: bytes | str | None) -> None:
    """Use `key` for every digest from now on; None goes back to the environment or a random key."""
    with _lock:
        _key.clear()
        if key is not None:
            _key.append(_checked(key, "set_digest_key"))


def _checked(key: bytes | str, where: str) -> bytes:
    raw = key.encode() if isinstance(key, str) else bytes(key)
    if len(raw) < _MIN_KEY:
        raise ValueError(f"{where}: a digest key needs at least {_MIN_KEY} bytes")
    return raw


def _current_key() -> bytes:
    if _key:
        return _key[0]
    with _lock:
        if not _key:
            shared = os.environ.get(DIGEST_KEY_VARIABLE)
            _key.append(_checked(shared, DIGEST_KEY_VARIABLE) if shared else os.urandom(32))
        return _key[0]


def digest(text: str) -> str:
    """A keyed, non-reversible fingerprint for correlating texts across log lines."""
    data = text.encode("utf-8", "surrogatepass")
    return hmac.new(_current_key(), data, hashlib.sha256).hexdigest()[:_DIGEST_HEX]


def enabled(level: int) -> bool:
    """Whether an event at `level` (``logging.INFO``, ...) can be emitted under the current configuration.

    Exact for structlog's filtering loggers and its standard-library wrapper; True when unsure.
    """
    if not structlog.is_configured():
        return False
    wrapper = structlog.get_config()["wrapper_class"]
    floor = _FILTER_FLOOR.get(wrapper)
    if floor is not None:
        return level >= floor
    if isinstance(wrapper, type) and issubclass(wrapper, structlog.stdlib.BoundLogger):
        return logging.getLogger("guardrails_lite").isEnabledFor(level)
    return True
