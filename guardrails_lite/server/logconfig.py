"""Logging for `serve`: one JSON object per line on stderr, ours and uvicorn's alike.

The gateway is an application, so it configures structlog (the library never does). Events
carry lengths, counts, ids and labels, never prompt, answer or PII text; uvicorn's access log is
off (the gateway's own ``request`` event replaces it) and so is its colouring.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import structlog

__all__ = ["configure_structlog", "uvicorn_log_config"]

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
_SHARED: list[Any] = [structlog.processors.add_log_level, structlog.processors.TimeStamper(fmt="iso")]


def configure_structlog(level: str) -> None:
    structlog.configure(
        processors=[*_SHARED, structlog.processors.JSONRenderer()],
        wrapper_class=structlog.make_filtering_bound_logger(_LEVELS[level]),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
        cache_logger_on_first_use=True,
    )


def json_formatter() -> logging.Formatter:
    """uvicorn's records (start-up, shutdown, errors) rendered like structlog's events."""
    return structlog.stdlib.ProcessorFormatter(
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, structlog.processors.JSONRenderer()],
        foreign_pre_chain=_SHARED,
    )


def uvicorn_log_config(level: str) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for uvicorn (picklable: it travels to worker processes)."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "guardrails_lite.server.logconfig.json_formatter"}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": level.upper(), "propagate": False},
            "uvicorn.error": {"level": level.upper()},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }
