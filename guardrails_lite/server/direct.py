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
import uuid
from collections.abc import Mapping
from typing import Any

import httpx2
import pydantic
from openai import APIConnectionError, APITimeoutError, AsyncOpenAI, AsyncStream, Omit
from openai._models import construct_type  # the SDK's lenient reply builder (no validation)
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from openai.types.responses import Response, ResponseStreamEvent

__all__ = ["DirectClient", "Reply"]

_ALWAYS = {"content-type": "application/json", "accept": "application/json", "user-agent": "guardrails-lite-gateway"}
#: Statuses the SDK retries (and any >= 500).
_RETRIED = frozenset({408, 409, 429})
_MAX_RETRY_AFTER = 60.0


class Reply:
    """What ``with_raw_response.create`` hands back: the HTTP response, read by `parse`."""

    __slots__ = ("_call", "_stream", "http_response", "retries_taken")

    def __init__(self, call: _Create, stream: bool, response: httpx2.Response, retries: int) -> None:
        self._call, self._stream = call, stream
        self.http_response = response
        self.retries_taken = retries

    def parse(self) -> Any:
        """The SDK's object of the reply: its stream class, or its reply model (a body that is not
        JSON raises `ValueError`, which the integration reports as an unreadable reply)."""
        call = self._call
        if self._stream:
            return AsyncStream(cast_to=call.chunk, response=self.http_response, client=call.owner.sdk)
        content = self.http_response.content
        try:
            return call.reply.model_validate_json(content)
        except pydantic.ValidationError:
            data = json.loads(content)  # not JSON: ValueError
        return data if not isinstance(data, dict) else construct_type(type_=call.reply, value=data)


class _Create:
    """``<resource>.with_raw_response.create`` of one endpoint, posting the parameters as they are."""

    def __init__(self, owner: DirectClient, path: str, reply: type[Any], chunk: Any) -> None:
        self.owner = owner
        self.url = httpx2.URL(str(owner.sdk.base_url).rstrip("/") + path)
        self.reply, self.chunk = reply, chunk
        self.with_raw_response = self

    async def create(
        self, *, extra_headers: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None,
        **params: Any,
    ) -> Reply:  # fmt: skip
        body = {**params, **extra_body} if extra_body else params
        content = json.dumps(body, separators=(",", ":"), allow_nan=False).encode()
        stream = params.get("stream") is True
        headers = dict(_ALWAYS)  # the SDK's Accept, streams included
        headers.update({k: v for k, v in (extra_headers or {}).items() if not isinstance(v, Omit)})
        return await self.owner.send(self, stream, headers, content)


class DirectClient:
    """An ``AsyncOpenAI`` whose ``chat.completions`` and ``responses`` create calls go straight to its
    HTTP client (`http`); everything else is the wrapped client's."""

    def __init__(self, sdk: AsyncOpenAI, http: httpx2.AsyncClient) -> None:
        self.sdk, self.http = sdk, http
        self.retries = sdk.max_retries
        self.timeout = httpx2.Timeout(sdk.timeout) if not isinstance(sdk.timeout, httpx2.Timeout) else sdk.timeout
        self.chat = _Chat(self)
        self.responses = _Create(self, "/responses", Response, ResponseStreamEvent)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.sdk, name)

    async def send(self, call: _Create, stream: bool, headers: dict[str, str], content: bytes) -> Reply:
        if self.retries:
            headers["idempotency-key"] = f"guardrails-retry-{uuid.uuid4()}"  # one per call, kept across attempts
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            request = self.http.build_request("POST", call.url, headers=headers, content=content, timeout=self.timeout)
            try:
                response = await self._send(request, stream)
            except httpx2.TimeoutException as e:
                if last:
                    raise APITimeoutError(request=request) from e
                await asyncio.sleep(_backoff(attempt, None))
                continue
            except httpx2.RequestError as e:
                if last:
                    raise APIConnectionError(request=request) from e
                await asyncio.sleep(_backoff(attempt, None))
                continue
            if response.status_code < 400:
                return Reply(call, stream, response, attempt)
            if not last and _should_retry(response):
                await response.aclose()
                await asyncio.sleep(_backoff(attempt, response.headers))
                continue
            await response.aread()
            raise self.sdk._make_status_error_from_response(response) from None
        raise AssertionError("unreachable")  # the last attempt returns or raises

    async def _send(self, request: httpx2.Request, stream: bool) -> httpx2.Response:
        """One attempt: the response once its headers are in (and, unless it streams, its body)."""
        response = await self.http.send(request, stream=True)
        if not stream:
            try:
                await response.aread()
            finally:
                await response.aclose()
        return response


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
