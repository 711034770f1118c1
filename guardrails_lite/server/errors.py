"""Errors in the OpenAI shape ``{"error": {"message", "type", "code", "param"}}``, and what each failure maps to.

A block names validator ids only (`Blocked`'s own message); an upstream error keeps the
upstream's status and its error fields (strings, cut to 1,000 characters), never a traceback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import openai
from starlette.responses import Response

from guardrails_lite.errors import Blocked, RetriesExhausted

__all__ = [
    "GatewayError",
    "bad_response",
    "blocked",
    "client_gone",
    "from_upstream",
    "payload",
    "unavailable",
    "upstream_kind",
    "upstream_timeout",
    "upstream_unreachable",
]

_MAX_FIELD = 1000
_PASSED_HEADERS = ("retry-after", "retry-after-ms")


@dataclass(eq=False)
class GatewayError(Exception):
    """A request the gateway answers with an error; `outcome` labels it in metrics and logs."""

    status: int
    message: str
    type: str
    code: str | None
    outcome: str
    headers: dict[str, str] = field(default_factory=dict)
    validators: tuple[str, ...] = ()

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"message": self.message, "type": self.type, "code": self.code, "param": None}
        if self.validators:
            error["validators"] = list(self.validators)
        return {"error": error}

    def json(self) -> bytes:
        return json.dumps(self.body()).encode()

    def response(self, **headers: str) -> Response:
        return Response(self.json(), self.status, {**self.headers, **headers}, media_type="application/json")


def payload(status: int, message: str, type_: str, code: str | None, outcome: str, **headers: str) -> GatewayError:
    return GatewayError(status, message, type_, code, outcome, dict(headers))


def blocked(e: Blocked) -> GatewayError:
    """HTTP 400 naming the stage and the validator ids that stopped the call."""
    code = "retries_exhausted" if isinstance(e, RetriesExhausted) else f"{e.stage}_blocked"
    ids = tuple(sorted({f.id for f in e.findings}))
    return GatewayError(400, e.reason, "guardrails_blocked", code, "blocked", validators=ids)


def _text(value: Any) -> str | None:
    return value[:_MAX_FIELD] if isinstance(value, str) else None


def bad_response(message: str) -> GatewayError:
    return payload(502, message, "server_error", "upstream_bad_response", "upstream_error")


def client_gone() -> GatewayError:
    """The client left before its answer was ready (499, as nginx logs it): the answer reaches no one."""
    return payload(499, "the client closed the connection", "invalid_request_error", "client_disconnected",
                   "disconnected")  # fmt: skip


def unavailable(message: str, code: str) -> GatewayError:
    """HTTP 503 with Retry-After: the client's SDK retries it by itself."""
    return payload(503, message, "server_error", code, code, **{"retry-after": "1"})


def upstream_timeout() -> GatewayError:
    return payload(504, "the upstream did not answer in time", "server_error", "upstream_timeout", "upstream_timeout")


def upstream_unreachable() -> GatewayError:
    return payload(502, "the upstream could not be reached", "server_error", "upstream_unreachable", "upstream_error")


def from_upstream(e: openai.APIError) -> GatewayError:
    """An SDK error of the upstream call, as the gateway's answer."""
    if isinstance(e, openai.APITimeoutError):
        return upstream_timeout()
    if isinstance(e, openai.APIConnectionError):
        return upstream_unreachable()
    if isinstance(e, openai.APIStatusError):
        body = e.body if isinstance(e.body, dict) else {}
        headers = {k: v for k in _PASSED_HEADERS if (v := e.response.headers.get(k)) is not None}
        return GatewayError(
            e.status_code,
            _text(body.get("message")) or f"the upstream answered HTTP {e.status_code}",
            _text(body.get("type")) or ("server_error" if e.status_code >= 500 else "invalid_request_error"),
            _text(body.get("code")),
            "upstream_error",
            headers,
        )
    event = _error_event(e)
    if event is not None:
        message = _text(event.get("message")) or "the upstream's stream ended with an error"
        return GatewayError(502, message, _text(event.get("type")) or "server_error", _text(event.get("code")),
                            "upstream_error")  # fmt: skip
    # A reply the SDK could not read (not JSON, no choices, cut short): the upstream is at fault.
    return bad_response("the upstream's reply could not be read")


def upstream_kind(e: openai.APIError) -> str | None:
    """The ``kind`` label of an upstream failure; None for HTTP statuses (counted as they arrive)."""
    if isinstance(e, openai.APITimeoutError):
        return "timeout"
    if isinstance(e, openai.APIConnectionError):
        return "connection"
    if isinstance(e, openai.APIStatusError):
        return None
    return "bad_response" if _error_event(e) is None else "stream_error"


def _error_event(e: openai.APIError) -> dict[str, Any] | None:
    """The fields of an error event in the middle of a stream (its status was 200), if `e` is one."""
    if isinstance(e, openai.APIResponseValidationError) or not isinstance(e.body, dict):
        return None
    return e.body
