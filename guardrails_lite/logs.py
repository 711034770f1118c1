"""The log events guardrails-lite emits, through the standard `logging` module, never configured here.

The logger is ``guardrails_lite`` (and ``guardrails_lite.pii`` for the PII engine) with a
`logging.NullHandler`, the usual library convention: nothing is printed until the application
configures logging, e.g. ``logging.basicConfig(level=logging.INFO)`` (decisions) or
``logging.DEBUG`` (every call). Each event is one record whose message reads
``"<event> key=value ..."`` and whose attributes carry the same fields (``record.event``,
``record.call_id``, ...) for structured handlers (structlog's ``ExtraAdder``, JSON formatters).

Events, each with ``policy`` and ``call_id``:

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

Without ``policy``/``call_id`` (logger ``guardrails_lite.pii``): ``pii_ner_unavailable`` (info, or
warning when the policy names the entities) with ``spacy_model``, ``entities_off``.

Texts appear only as lengths and keyed digests (``*_sha``: HMAC-SHA256 under a secret key, 16 hex
digits): never prompts, answers, matched values or finding messages. The key is random per process,
so a digest cannot be reversed by hashing guesses (an SSN has only 10⁹ values); set
``GUARDRAILS_LITE_LOG_KEY`` (or call `set_digest_key`) to the same secret in every process whose
logs you want to correlate. Events below the configured level cost nothing: callers check
`enabled` before computing digests or binding fields.

`capture_events` collects events as dicts, for tests.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import os
import re
import threading
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = [
    "DIGEST_KEY_VARIABLE",
    "EventLogger",
    "LogEvent",
    "capture_events",
    "check_digest_key",
    "digest",
    "enabled",
    "event_of",
    "get_logger",
    "logger",
    "redacted",
    "set_digest_key",
]

LOGGER_NAME = "guardrails_lite"


_PLAIN = re.compile(r"[A-Za-z0-9_.:/+@-]+")


class LogEvent:
    """What an `EventLogger` record carries as its one argument: the event's name and its fields (lengths,
    digests, ids and labels; never text), rendered as ``event key=value ...`` only if a handler formats
    the record. Structured handlers read `event_of` instead."""

    __slots__ = ("event", "fields")

    def __init__(self, event: str, fields: Mapping[str, Any]) -> None:
        self.event = event
        self.fields = fields

    def __str__(self) -> str:
        parts = [self.event]
        for key, value in self.fields.items():
            plain = isinstance(value, (int, float)) and not isinstance(value, bool)
            plain = plain or (isinstance(value, str) and _PLAIN.fullmatch(value) is not None)
            # Anything else is quoted: a value must never end the line or pose as another key=value.
            parts.append(f"{key}={value if plain else json.dumps(value)}")
        return " ".join(parts)


class EventLogger:
    """``logger.info(event, **fields)`` and the other levels, onto one standard-library logger."""

    __slots__ = ("_log",)

    def __init__(self, name: str) -> None:
        self._log = logging.getLogger(name)

    def _emit(self, level: int, event: str, fields: dict[str, Any]) -> None:
        if self._log.isEnabledFor(level):
            self._log.log(level, "%s", LogEvent(event, fields), extra={"event": event, **fields}, stacklevel=3)

    def debug(self, event: str, **fields: Any) -> None:
        self._emit(logging.DEBUG, event, fields)

    def info(self, event: str, **fields: Any) -> None:
        self._emit(logging.INFO, event, fields)

    def warning(self, event: str, **fields: Any) -> None:
        self._emit(logging.WARNING, event, fields)

    def error(self, event: str, **fields: Any) -> None:
        self._emit(logging.ERROR, event, fields)


#: The library's logger object, held: `logging.getLogger` takes the logging module's lock on every
#: call, and `enabled` runs several times per guarded call (eight threads queued on that lock).
_LOGGER = logging.getLogger(LOGGER_NAME)
_LOGGER.addHandler(logging.NullHandler())
logger = EventLogger(LOGGER_NAME)


def event_of(record: logging.LogRecord) -> LogEvent | None:
    """The event a record logged by an `EventLogger` carries (None for any other record): for handlers that
    render events from their fields rather than from the record's attributes."""
    args = record.args
    event = args[0] if type(args) is tuple and len(args) == 1 else None
    return event if type(event) is LogEvent and record.msg == "%s" else None


def get_logger(name: str) -> EventLogger:
    """The event logger `name`, a child of ``guardrails_lite`` (``"guardrails_lite.pii"``)."""
    if name != LOGGER_NAME and not name.startswith(LOGGER_NAME + "."):
        raise ValueError(f"guardrails-lite loggers live under {LOGGER_NAME!r}")
    return EventLogger(name)


def enabled(level: int) -> bool:
    """Whether an event at `level` (``logging.INFO``, ...) would be emitted under the current configuration."""
    return _LOGGER.isEnabledFor(level)  # a dict lookup, no lock, once the level's answer is cached


#: Environment variable holding the digest key shared by processes (any string; at least 16 characters).
DIGEST_KEY_VARIABLE = "GUARDRAILS_LITE_LOG_KEY"
_MIN_KEY = 16
_DIGEST_HEX = 16

_lock = threading.Lock()
_key: list[bytes] = []
_explicit: list[bool] = [False]  # set_digest_key gave the key: the environment is not read


def set_digest_key(key: bytes | str | None) -> None:
    """Use `key` for every digest from now on; None goes back to the environment or a random key."""
    with _lock:
        checked = _checked(key, "set_digest_key") if key is not None else None
        _key.clear()
        _explicit[0] = checked is not None
        if checked is not None:
            _key.append(checked)


def check_digest_key() -> None:
    """Raise `ValueError` now if `DIGEST_KEY_VARIABLE` is set but too short to be a key.

    `Guard()` and the CLI call it before any work: a logging setting must never make a call fail
    half-way (after the model was paid for), and `digest` itself never raises.
    """
    shared = os.environ.get(DIGEST_KEY_VARIABLE)
    if shared and not _explicit[0]:
        _checked(shared, DIGEST_KEY_VARIABLE)


def _checked(key: bytes | str, where: str) -> bytes:
    raw = key.encode("utf-8", "surrogatepass") if isinstance(key, str) else bytes(key)
    if len(raw) < _MIN_KEY:
        raise ValueError(f"{where}: a digest key needs at least {_MIN_KEY} bytes")
    return raw


def _current_key() -> bytes:
    if _key:
        return _key[0]
    with _lock:
        if not _key:
            shared = os.environ.get(DIGEST_KEY_VARIABLE, "").encode("utf-8", "surrogatepass")
            # A key too short was refused by check_digest_key up front; here, mid-call, never raise.
            _key.append(shared if len(shared) >= _MIN_KEY else os.urandom(32))
        return _key[0]


def digest(text: str) -> str:
    """A keyed, non-reversible fingerprint for correlating texts across log lines."""
    data = text.encode("utf-8", "surrogatepass")
    # The one-shot form (OpenSSL's HMAC in one C call): the same value as ``hmac.new(...).hexdigest()``
    # without building the HMAC object and its two hash copies in Python.
    return hmac.digest(_current_key(), data, "sha256").hex()[:_DIGEST_HEX]


def redacted(value: object) -> str:
    """How a repr shows a prompt, answer or document: its size, never its text (reprs end up in logs
    and error reports)."""
    if isinstance(value, str):
        return f"<{len(value)} chars>"
    if isinstance(value, (list, tuple)):
        return f"<{len(value)} messages>"
    return "None" if value is None else f"<{type(value).__name__}>"


class _Collect(logging.Handler):
    def __init__(self, into: list[dict[str, Any]]) -> None:
        super().__init__(logging.DEBUG)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        message = record.msg if isinstance(record.msg, LogEvent) else None
        if message is None and record.args and isinstance(record.args, tuple):
            message = next((a for a in record.args if isinstance(a, LogEvent)), None)
        if message is not None:
            self.into.append({"event": message.event, "log_level": record.levelname.lower(), **message.fields})


@contextlib.contextmanager
def capture_events(level: int = logging.DEBUG) -> Iterator[list[dict[str, Any]]]:
    """Collect every guardrails-lite event at `level` or above as a dict (``event``, ``log_level``, fields).

    For tests: lowers the ``guardrails_lite`` logger's level for the duration, then restores it.
    """
    events: list[dict[str, Any]] = []
    log = logging.getLogger(LOGGER_NAME)
    handler = _Collect(events)
    before = log.level
    log.addHandler(handler)
    log.setLevel(level)
    try:
        yield events
    finally:
        log.removeHandler(handler)
        log.setLevel(before)
