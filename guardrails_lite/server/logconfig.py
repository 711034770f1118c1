"""Logging for `serve`: one JSON object per line on stderr, the library's events, ours and uvicorn's alike.

The gateway is an application, so it configures the standard `logging` module (the library never
does): the ``guardrails_lite`` loggers (the library's events and the gateway's ``request`` events)
and uvicorn's, all through the CLI's JSON formatter. Events carry lengths, counts, ids and labels,
never prompt, answer, PII or key text; uvicorn's access log is off (the ``request`` event replaces
it). uvicorn applies this configuration in the parent process and again in every worker.
"""

from __future__ import annotations

from typing import Any

from guardrails_lite.cli.main import JsonLines

__all__ = ["GatewayJson", "log_config"]


class GatewayJson(JsonLines):
    """The CLI's JSON lines, without uvicorn's coloured copy of each message."""

    _SKIP = JsonLines._SKIP | {"color_message"}


def log_config(level: str) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` (picklable: uvicorn sends it to each worker process)."""
    upper = level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "guardrails_lite.server.logconfig.GatewayJson"}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
        "loggers": {
            "guardrails_lite": {"handlers": ["stderr"], "level": upper, "propagate": False},
            "uvicorn": {"handlers": ["stderr"], "level": upper, "propagate": False},
            "uvicorn.error": {"level": upper},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }
