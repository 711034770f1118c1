"""Server-sent events out of a guarded stream, and a response that always cleans up behind it.

Chat Completions streams are ``data: <chunk>`` lines closed by ``data: [DONE]``; Responses
streams name each event (``event: response.output_text.delta``). A failure after the stream
started (a block, an upstream error) becomes one error event and the stream ends: for Chat
Completions ``data: {"error": {...}}`` (the SDK raises `APIError` on it), for Responses the API's
own ``error`` event. Either way nothing follows it, and no ``[DONE]`` marks it complete.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import anyio
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from guardrails_lite.server.calls import Endpoint
from guardrails_lite.server.errors import GatewayError

__all__ = ["DONE", "EventStream", "encode", "error_event"]

DONE = b"data: [DONE]\n\n"
HEADERS = {"cache-control": "no-cache", "x-accel-buffering": "no"}


def _json(event: Any) -> str:
    return str(event.model_dump_json(exclude_unset=True, by_alias=True, warnings=False))


def encode(endpoint: Endpoint, event: Any) -> bytes:
    if endpoint == "chat.completions":
        return f"data: {_json(event)}\n\n".encode()
    return f"event: {event.type}\ndata: {_json(event)}\n\n".encode()


def error_event(endpoint: Endpoint, error: GatewayError, sequence: int) -> bytes:
    if endpoint == "chat.completions":
        return f"data: {json.dumps(error.body())}\n\n".encode()
    body = {"type": "error", "code": error.code, "message": error.message, "param": None, "sequence_number": sequence}
    return f"event: error\ndata: {json.dumps(body)}\n\n".encode()


class EventStream(StreamingResponse):
    """A `StreamingResponse` whose `close` runs once however the response ends.

    Ending normally, on a client disconnect (Starlette cancels the stream), on shutdown or before
    the first event was sent: `close` still runs, shielded from cancellation, so the upstream
    connection is released and the request is accounted for.
    """

    def __init__(self, events: AsyncIterator[bytes], close: Callable[[], Awaitable[None]], headers: dict[str, str]):
        super().__init__(events, media_type="text/event-stream", headers={**HEADERS, **headers})
        self._close = close

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            with anyio.CancelScope(shield=True):
                await self._close()
