"""What a client asked for: the JSON body of a guarded endpoint, checked and split for the SDK.

Parameters the SDK's ``create`` knows go to it as keyword arguments; anything else (a vendor's
extension, with no text in it: `fields`) travels in ``extra_body``. The checks here are the HTTP
boundary's: JSON types, the fields the gateway needs, and parameters whose text it cannot screen
(`fields.refusal`); screening and validation are the integration's.
"""

from __future__ import annotations

import inspect
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from openai.resources.chat.completions import AsyncCompletions
from openai.resources.responses import AsyncResponses

from guardrails_lite.server.errors import GatewayError, payload
from guardrails_lite.server.fields import refusal

__all__ = ["Call", "Endpoint", "parse_call"]

Endpoint = Literal["chat.completions", "responses"]
#: SDK parameters a body may not set: they steer the SDK (headers, URL, timeout), not the model.
_RESERVED = frozenset({"extra_headers", "extra_query", "extra_body", "timeout"})


def _keywords(fn: Callable[..., Any]) -> frozenset[str]:
    params = inspect.signature(fn).parameters.values()
    return frozenset(p.name for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY) - _RESERVED


_KNOWN: dict[Endpoint, frozenset[str]] = {
    "chat.completions": _keywords(AsyncCompletions.create),
    "responses": _keywords(AsyncResponses.create),
}


@dataclass(frozen=True, slots=True)
class Call:
    """One guarded call: ``create(**kwargs)`` on `endpoint`."""

    endpoint: Endpoint
    stream: bool
    kwargs: dict[str, Any]


def _bad(message: str, code: str = "invalid_request") -> GatewayError:
    return payload(400, message, "invalid_request_error", code, "bad_request")


def _objects(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


def _check(endpoint: Endpoint, body: dict[str, Any]) -> None:
    if not isinstance(body.get("model"), str):
        raise _bad("'model' must be a string")
    if endpoint == "chat.completions":
        if not _objects(body.get("messages")) or not body["messages"]:
            raise _bad("'messages' must be a non-empty array of message objects")
    elif not (isinstance(body.get("input"), str) or _objects(body.get("input"))):
        raise _bad("'input' must be a string or an array of input items")
    if body.get("n") not in (None, 1):
        raise _bad("a guarded call validates one answer: 'n' must be 1")
    if body.get("stream") not in (None, True, False):
        raise _bad("'stream' must be a boolean")
    context = body.get("guard_context")
    if context is not None and not (isinstance(context, list) and all(isinstance(c, str) for c in context)):
        raise _bad("'guard_context' must be an array of strings (untrusted documents)")
    unknown = sorted(k for k in body if k.startswith("guard_") and k != "guard_context")
    if unknown:
        raise _bad(f"unknown guard parameter {unknown[0]!r}: only 'guard_context' is accepted")
    refused = refusal(endpoint, body)
    if refused is not None:
        raise _bad(refused, "unscreened_parameter")


_LONE_SURROGATE = re.compile("[\\ud800-\\udfff]")
#: Keys named in an error's path: API field names. Others are the client's text (metadata keys): ``*``.
_FIELD_NAME = re.compile(r"[a-z_]{1,40}")


class _Unsendable(ValueError):
    """A JSON value the parser accepts but that cannot be sent on as JSON text."""


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e309 parses as inf
        raise _Unsendable(text)
    return value


def _constant(name: str) -> float:  # NaN, Infinity, -Infinity: Python's extensions, not JSON
    raise _Unsendable(name)


#: ``json.loads(text, parse_constant=_constant, parse_float=_finite)``, its decoder built once.
_DECODE = json.JSONDecoder(parse_constant=_constant, parse_float=_finite).decode


def _first_unsendable(value: Any, path: str) -> str | None:
    """Where in a decoded body a string holds a lone surrogate (not encodable as UTF-8), if anywhere."""
    if isinstance(value, str):
        return path if _LONE_SURROGATE.search(value) else None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        if isinstance(key, int):
            where = f"{path}[{key}]"
        else:
            where = f"{path}.{key if _FIELD_NAME.fullmatch(key) else '*'}"
        if isinstance(key, str) and _LONE_SURROGATE.search(key):
            return where
        found = _first_unsendable(item, where)
        if found is not None:
            return found
    return None


def _decode(raw: bytes) -> Any:
    """The body as JSON, refusing (HTTP 400) what Python's parser accepts but no JSON encoder can send on:
    NaN and Infinity, numbers out of a double's range, and lone UTF-16 surrogates (a 500 otherwise, once
    the screened body was re-encoded for the upstream, and the SDKs retry a 500)."""
    try:
        # Strict UTF-8 (RFC 8259 for JSON on the network): json.loads on bytes would also take UTF-16 or
        # UTF-32, and let UTF-8-encoded surrogates through ("surrogatepass").
        text = raw.decode("utf-8")
        body = _DECODE(text)
    except _Unsendable:
        raise _bad("the request body holds a number JSON cannot carry (NaN, Infinity or out of range)",
                   "invalid_number") from None  # fmt: skip
    except UnicodeDecodeError:
        raise _bad("the request body is not UTF-8 text", "invalid_json") from None
    except (ValueError, RecursionError):
        raise _bad("the request body is not valid JSON", "invalid_json") from None
    # Now only a JSON escape can make a surrogate; a body holding "\ud" or "\uD" may have one (or a Hangul
    # letter, or an escaped backslash): walk it to be sure.
    if "\\ud" in text or "\\uD" in text:
        try:
            where = _first_unsendable(body, "")
        except RecursionError:
            raise _bad("the request body is nested too deeply", "invalid_json") from None
        if where is not None:
            message = f"{where.lstrip('.') or 'body'}: a string holds a lone UTF-16 surrogate (not valid Unicode text)"
            raise _bad(message, "invalid_text")
    return body


def parse_call(endpoint: Endpoint, raw: bytes) -> Call:
    """The call a request body asks for; `GatewayError` (HTTP 400) when it is malformed."""
    body = _decode(raw)
    if not isinstance(body, dict):
        raise _bad("the request body must be a JSON object", "invalid_json")
    _check(endpoint, body)
    known = _KNOWN[endpoint]
    kwargs = {k: v for k, v in body.items() if k in known or k == "guard_context"}
    extra = {k: v for k, v in body.items() if k not in kwargs}
    if extra:
        kwargs["extra_body"] = extra
    return Call(endpoint, bool(body.get("stream")), kwargs)
