"""The two upstream calls of the guarded endpoints, sent on the shared HTTP client without the SDK's request path.

`GuardedAsyncOpenAI` sends each attempt with ``client.chat.completions.with_raw_response.create``
or ``client.responses.with_raw_response.create`` and reads the reply with ``raw.parse()``. Through
the SDK, one such call cost the gateway about 2 ms of CPU of its 3.6 (benchmarks/results/gateway.md,
round 3): the parameter transform, request options copied and rebuilt per attempt, the URL and
headers assembled anew, and the reply built field by field in Python (``construct_type``: 0.24 ms
for a small chat completion, 0.01 ms with pydantic's own JSON validator).

`DirectClient` hands the integration the same two methods, posting the parameters (a JSON body's,
so nothing to transform) as one JSON document on the shared ``httpx`` client, with the caller's
headers. What the integration and the gateway rely on stays the SDK's: its exception classes (a
status error is built by the SDK's own ``_make_status_error_from_response``, a timeout is
``APITimeoutError``, a failed connection ``APIConnectionError``), its reply models and its stream
class (SSE parsing, error events). A reply is validated by pydantic from its JSON bytes; one that
does not validate is built the SDK's lenient way (``construct_type``), so what reaches the
integration is what the SDK would have handed it. Retries (``--upstream-retries``, off by
default) follow the SDK's rules: timeouts, failed connections, 408, 409, 429 and 5xx, the
upstream's ``Retry-After`` (up to a minute) or an exponential back-off.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import httpx2
import pydantic
from openai import APIConnectionError, APITimeoutError, AsyncOpenAI, AsyncStream, Omit
from openai._models import construct_type  # the SDK's lenient reply builder (no validation)
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from openai.types.responses import Response, ResponseStreamEvent

from guardrails_lite.server.connections import ConnectionPool, origin_of
from guardrails_lite.server.jsontext import encoder

__all__ = ["DirectClient", "Reply"]

_ALWAYS = {"content-type": "application/json", "accept": "application/json", "user-agent": "guardrails-lite-gateway"}
_FORBIDDEN = ("\r", "\n", "\0")
#: Statuses the SDK retries (and any >= 500).
_RETRIED = frozenset({408, 409, 429})
_MAX_RETRY_AFTER = 60.0

#: A request body on the wire: ``json.dumps(body, separators=(",", ":"), allow_nan=False)``.
_ENCODE = encoder(separators=(",", ":"), allow_nan=False)
#: Called when the headers of an upstream response sent on the pool arrive: (path, seconds, status).
Observe = Callable[[str, float, int], None]


class Reply:
    """What ``with_raw_response.create`` hands back: the upstream's answer, read by `parse`.

    A plain answer that came straight off a `ConnectionPool` connection holds its status, headers
    and body; its httpx ``http_response`` (read by the integration only to report an unreadable
    reply) is built when first asked for.
    """

    __slots__ = ("_body", "_call", "_headers", "_response", "_sent", "_status", "_stream", "retries_taken")

    def __init__(self, call: _Create, retries: int, response: httpx2.Response | None = None, stream: bool = False,
                 answer: tuple[int, Any, bytes, Sent] | None = None) -> None:  # fmt: skip
        self._call, self._stream, self._response = call, stream, response
        self.retries_taken = retries
        if answer is not None:
            self._status, self._headers, self._body, self._sent = answer
        else:
            assert response is not None
            self._body = b"" if stream else response.content

    @property
    def http_response(self) -> httpx2.Response:
        if self._response is None:
            request = self._call.request(*self._sent)
            self._response = httpx2.Response(self._status, headers=self._headers, content=self._body, request=request)
        return self._response

    def parse(self) -> Any:
        """The SDK's object of the reply: its stream class, or its reply model (a body that is not
        JSON raises `ValueError`, which the integration reports as an unreadable reply)."""
        call = self._call
        if self._stream:
            return AsyncStream(cast_to=call.chunk, response=self.http_response, client=call.owner.sdk)
        try:
            return call.reply.model_validate_json(self._body)
        except pydantic.ValidationError:
            data = json.loads(self._body)  # not JSON: ValueError
        return data if not isinstance(data, dict) else construct_type(type_=call.reply, value=data)


#: What was sent: the caller's headers and the JSON body.
Sent = tuple[dict[str, str], bytes]


class _Create:
    """``<resource>.with_raw_response.create`` of one endpoint, posting the parameters as they are."""

    def __init__(self, owner: DirectClient, path: str, reply: type[Any], chunk: Any) -> None:
        self.owner = owner
        self.url = httpx2.URL(str(owner.sdk.base_url).rstrip("/") + path)
        self.path = path
        self.origin = origin_of(self.url)
        fixed = {"host": self.url.netloc.decode("ascii"), **_ALWAYS}
        self.head = (
            b"POST %s HTTP/1.1\r\n" % self.url.raw_path + "".join(f"{k}: {v}\r\n" for k, v in fixed.items()).encode()
        )
        self.reply, self.chunk = reply, chunk
        self.with_raw_response = self

    async def create(
        self, *, extra_headers: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None,
        **params: Any,
    ) -> Reply:  # fmt: skip
        body = {**params, **extra_body} if extra_body else params
        content = _ENCODE(body).encode()
        headers = {k: v for k, v in (extra_headers or {}).items() if not isinstance(v, Omit)}
        return await self.owner.send(self, params.get("stream") is True, headers, content)

    def message(self, headers: dict[str, str], content: bytes) -> bytes:
        """The request on the wire (HTTP/1.1): the fixed head, the caller's headers, the body."""
        lines = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        if any(c in lines.replace("\r\n", "") for c in _FORBIDDEN):
            raise httpx2.LocalProtocolError("a request header holds a line break or NUL")
        try:
            caller = lines.encode("latin-1")  # as Starlette decoded them
        except UnicodeEncodeError:
            raise httpx2.LocalProtocolError("a request header is not Latin-1 text") from None
        return b"%s%scontent-length: %d\r\n\r\n%s" % (self.head, caller, len(content), content)

    def request(self, headers: dict[str, str], content: bytes) -> httpx2.Request:
        """The request as httpx's object (sent by httpx, or named by an error or a stream)."""
        timeout = self.owner.timeout.as_dict()
        return httpx2.Request("POST", self.url, headers={**_ALWAYS, **headers}, content=content,
                              extensions={"timeout": timeout})  # fmt: skip


class DirectClient:
    """An ``AsyncOpenAI`` whose ``chat.completions`` and ``responses`` create calls go straight to the
    upstream: on the `ConnectionPool` that `http` would use for it, else (a proxy from the environment,
    another transport) through `http` itself; everything else is the wrapped client's."""

    def __init__(self, sdk: AsyncOpenAI, http: httpx2.AsyncClient, observe: Observe | None = None) -> None:
        self.sdk, self.http, self.observe = sdk, http, observe
        self.retries = sdk.max_retries
        self.timeout = httpx2.Timeout(sdk.timeout) if not isinstance(sdk.timeout, httpx2.Timeout) else sdk.timeout
        self.chat = _Chat(self)
        self.responses = _Create(self, "/responses", Response, ResponseStreamEvent)
        transport = http._transport_for_url(self.responses.url)  # proxies mounted from the environment
        self.pool = transport if isinstance(transport, ConnectionPool) else None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.sdk, name)

    async def send(self, call: _Create, stream: bool, headers: dict[str, str], content: bytes) -> Reply:
        if self.retries:
            headers["idempotency-key"] = f"guardrails-retry-{uuid.uuid4()}"  # one per call, kept across attempts
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                if self.pool is not None:
                    answer = await self._direct(self.pool, call, stream, headers, content, attempt)
                else:
                    answer = await self._via_httpx(call, stream, headers, content, attempt)
            except httpx2.TimeoutException as e:
                if last:
                    raise APITimeoutError(request=call.request(headers, content)) from e
                await asyncio.sleep(_backoff(attempt, None))
                continue
            except httpx2.RequestError as e:
                if last:
                    raise APIConnectionError(request=call.request(headers, content)) from e
                await asyncio.sleep(_backoff(attempt, None))
                continue
            if isinstance(answer, Reply):
                return answer
            if not last and _should_retry(answer):
                await answer.aclose()
                await asyncio.sleep(_backoff(attempt, answer.headers))
                continue
            await answer.aread()
            raise self.sdk._make_status_error_from_response(answer) from None  # the SDK's own errors
        raise AssertionError("unreachable")  # the last attempt returns or raises

    async def _direct(self, pool: ConnectionPool, call: _Create, stream: bool, headers: dict[str, str], content: bytes,
                      attempt: int) -> Reply | httpx2.Response:  # fmt: skip
        """One attempt on the pool: a `Reply`, or the error response (status >= 400, body unread)."""
        t = self.timeout
        started = time.perf_counter()
        conn, status, raw = await pool.exchange(call.origin, call.message(headers, content), t.connect, t.read)
        if self.observe is not None:
            self.observe(call.path, time.perf_counter() - started, status)
        if status < 400 and not stream:
            return Reply(call, attempt, answer=(status, raw, await pool.read_body(conn, t.read), (headers, content)))
        response = httpx2.Response(status, headers=raw, stream=pool.body(conn, t.read),
                                   request=call.request(headers, content))  # fmt: skip
        return Reply(call, attempt, response, stream=True) if status < 400 else response

    async def _via_httpx(self, call: _Create, stream: bool, headers: dict[str, str], content: bytes,
                         attempt: int) -> Reply | httpx2.Response:  # fmt: skip
        """One attempt through `http` (whose own event hooks time it): the same answers as `_direct`."""
        response = await self.http.send(call.request(headers, content), stream=True)
        if response.status_code >= 400:
            return response
        if not stream:
            try:
                await response.aread()
            finally:
                await response.aclose()
        return Reply(call, attempt, response, stream=stream)


class _Chat:
    def __init__(self, owner: DirectClient) -> None:
        self.completions = _Create(owner, "/chat/completions", ChatCompletion, ChatCompletionChunk)


def _should_retry(response: httpx2.Response) -> bool:
    """The SDK's rule: the upstream's ``x-should-retry`` if given, else 408, 409, 429 and 5xx (not a
    ``Retry-After`` beyond the most the gateway waits)."""
    wait = _retry_after(response.headers)
    if wait is not None and wait > _MAX_RETRY_AFTER:
        return False
    hint = response.headers.get("x-should-retry")
    if hint in ("true", "false"):
        return hint == "true"
    return response.status_code in _RETRIED or response.status_code >= 500


def _retry_after(headers: httpx2.Headers | None) -> float | None:
    if headers is None:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            return float(headers.get(name, "")) * scale
        except ValueError:
            continue
    return None


def _backoff(attempt: int, headers: httpx2.Headers | None) -> float:
    """Seconds before retry number `attempt` + 1: the upstream's wish (0-60 s), else 0.5 s doubling to
    8 s, less up to a quarter at random (the SDK's numbers)."""
    wait = _retry_after(headers)
    if wait is not None and 0 < wait <= _MAX_RETRY_AFTER:
        return wait
    return min(0.5 * 2.0 ** min(attempt, 10), 8.0) * (1 - 0.25 * random.random())
