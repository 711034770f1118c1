"""A guarded call's JSON answer, sent as two ASGI messages.

Starlette's ``Response`` gives the same two messages; building it (its headers lower-cased and
encoded one by one, the length and type appended) and sending it cost about as much Python as
the gateway's own dispatch of the call. The answer's headers are all the gateway's own (names
fixed, values labels, ids and numbers).
"""

from __future__ import annotations

from starlette.types import Receive, Scope, Send

__all__ = ["JsonAnswer"]

_JSON = (b"content-type", b"application/json")


class JsonAnswer:
    """An ASGI app sending `body` (JSON) with status 200 and `headers` (names in lower case)."""

    __slots__ = ("body", "headers")

    def __init__(self, body: bytes, headers: dict[str, str]) -> None:
        self.body = body
        raw = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()]
        raw += [(b"content-length", str(len(body)).encode("latin-1")), _JSON]
        self.headers = raw

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": self.headers})
        await send({"type": "http.response.body", "body": self.body})
