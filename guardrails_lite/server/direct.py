"""The two upstream calls of the guarded endpoints, without the SDK's parameter transform.

`GuardedAsyncOpenAI` sends each attempt with ``client.chat.completions.with_raw_response.create``
or ``client.responses.with_raw_response.create``. The SDK's ``create`` first runs
``async_maybe_transform`` over the parameters: a walk of them against the TypedDict annotations
that renames aliased keys and encodes files and dates. On what the gateway sends, parameters that
came from a JSON body, it changes nothing (a test checks so with the SDK's own transform), yet it
cost 0.6 ms of CPU per call, about 15% of the gateway's own work (benchmarks/results/gateway.md).

`DirectClient` hands the integration the same two methods, sent through the SDK's generic
``post`` with the arguments its ``create`` gives it (path, body, headers, extra body, the bearer
security option, the reply and stream classes), and its own raw-response wrapper: authentication,
retries, errors, SSE and reply parsing stay the SDK's. Everything else is the wrapped client's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openai import AsyncOpenAI, AsyncStream
from openai._legacy_response import async_to_raw_response_wrapper  # what ``with_raw_response`` wraps with
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from openai.types.responses import Response, ResponseStreamEvent

__all__ = ["DirectClient"]


class _Create:
    """``<resource>.with_raw_response.create`` of one endpoint, posting the parameters as they are."""

    def __init__(self, client: AsyncOpenAI, path: str, reply: type[Any], events: type[Any]) -> None:
        self._client, self._path, self._reply, self._events = client, path, reply, events
        self.with_raw_response = self
        self.create = async_to_raw_response_wrapper(self._post)

    async def _post(
        self, *, extra_headers: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None,
        **params: Any,
    ) -> Any:  # fmt: skip
        stream = bool(params.get("stream"))
        options: Any = {"headers": extra_headers or {}, "security": {"bearer_auth": True}}
        if extra_body is not None:
            options["extra_json"] = extra_body
        return await self._client.post(
            self._path, cast_to=self._reply, body=params, options=options, stream=stream, stream_cls=self._events
        )


class _Chat:
    def __init__(self, client: AsyncOpenAI) -> None:
        self.completions = _Create(client, "/chat/completions", ChatCompletion, AsyncStream[ChatCompletionChunk])


class DirectClient:
    """An ``AsyncOpenAI`` whose ``chat.completions`` and ``responses`` create calls skip the transform."""

    def __init__(self, client: AsyncOpenAI) -> None:
        self._client = client
        self.chat = _Chat(client)
        self.responses = _Create(client, "/responses", Response, AsyncStream[ResponseStreamEvent])

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)
