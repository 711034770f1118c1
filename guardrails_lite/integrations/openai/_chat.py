"""Guarded ``chat.completions``: plain calls through `Core.screen` and `Guard.drive`, streams through `Core.stream`.

What the caller gets back is built in `_chat_reply`.
"""

from __future__ import annotations

import functools
from typing import Any, Literal, overload

from openai import APIResponseValidationError
from openai.types.chat import ChatCompletionChunk

from guardrails_lite._offload import run_checks
from guardrails_lite.guard import output_chars
from guardrails_lite.integrations.openai._chat_reply import Chunks, GuardedChatCompletion, completion, side_chars
from guardrails_lite.integrations.openai._core import (
    Core,
    GuardInfo,
    Request,
    Tally,
    chat_response_format,
    not_forwarded,
)
from guardrails_lite.integrations.openai._stream_io import AsyncGuardedStream, GuardedStream


def parse(raw: Any) -> Any:
    """The SDK object of a raw reply; a body that is not JSON is an API error, not a crash."""
    try:
        return raw.parse()
    except ValueError as e:  # the SDK lets json.JSONDecodeError through
        raise APIResponseValidationError(raw.http_response, None, message="the server's reply is not valid JSON") from e


def answer_text(completion: Any, raw: Any) -> str:
    choices = getattr(completion, "choices", None)
    if not choices:
        raise APIResponseValidationError(raw.http_response, None, message="the server's reply has no choices")
    content = choices[0].message.content
    return content if isinstance(content, str) else ""


def _prepare(core: Core, kwargs: dict[str, Any]) -> Request:
    request = core.prepare(kwargs, "messages")
    fmt = chat_response_format(core)
    if fmt is not None and "response_format" not in request.kwargs:
        request.kwargs["response_format"] = fmt
    return request


class Completions:
    """``chat.completions`` of a `GuardedOpenAI`; other methods are the wrapped client's."""

    def __init__(self, client: Any, core: Core) -> None:
        self._client = client
        self._core = core

    @overload
    def create(self, *, stream: Literal[True], **kwargs: Any) -> GuardedStream[ChatCompletionChunk]: ...
    @overload
    def create(self, *, stream: Literal[False] | None = None, **kwargs: Any) -> GuardedChatCompletion: ...
    def create(
        self, *, stream: bool | None = None, **kwargs: Any
    ) -> GuardedChatCompletion | GuardedStream[ChatCompletionChunk]:
        """``chat.completions.create`` under the policy; ``guard_context=`` adds untrusted documents."""
        create = self._client.chat.completions.with_raw_response.create
        if stream:
            request = _prepare(self._core, {**kwargs, "stream": True})
            session = self._core.stream(request)  # the input stage runs here
            return GuardedStream(session, lambda p: create(messages=p, **request.kwargs), Chunks)
        if stream is not None:
            kwargs["stream"] = stream
        request = _prepare(self._core, kwargs)
        tally = Tally()

        def call(prompt: Any) -> str:
            raw = create(messages=prompt, **request.kwargs)
            reply = parse(raw)
            tally.add(reply, raw.retries_taken)
            return answer_text(reply, raw)

        state = self._core.screen(request)
        result = self._core.guard.drive(state, call)
        side = self._core.side(state)
        return completion(tally.last, result.text, side, lambda: GuardInfo.of(result, tally, side))

    def __getattr__(self, name: str) -> Any:
        raise not_forwarded("chat.completions", name)


class AsyncCompletions:
    """``chat.completions`` of a `GuardedAsyncOpenAI`."""

    def __init__(self, client: Any, core: Core) -> None:
        self._client = client
        self._core = core

    @overload
    async def create(self, *, stream: Literal[True], **kwargs: Any) -> AsyncGuardedStream[ChatCompletionChunk]: ...
    @overload
    async def create(self, *, stream: Literal[False] | None = None, **kwargs: Any) -> GuardedChatCompletion: ...
    async def create(
        self, *, stream: bool | None = None, **kwargs: Any
    ) -> GuardedChatCompletion | AsyncGuardedStream[ChatCompletionChunk]:
        """``chat.completions.create`` under the policy; ``guard_context=`` adds untrusted documents."""
        create = self._client.chat.completions.with_raw_response.create
        if stream:
            request = _prepare(self._core, {**kwargs, "stream": True})
            session = await self._core.astream(request)
            return await AsyncGuardedStream(session, lambda p: create(messages=p, **request.kwargs), Chunks).start()
        if stream is not None:
            kwargs["stream"] = stream
        request = _prepare(self._core, kwargs)
        tally = Tally()

        async def call(prompt: Any) -> str:
            raw = await create(messages=prompt, **request.kwargs)
            reply = parse(raw)
            tally.add(reply, raw.retries_taken)
            return answer_text(reply, raw)

        state = await self._core.ascreen(request)
        result = await self._core.guard.adrive(state, call)
        side = self._core.side(state)
        info = functools.partial(GuardInfo.of, result, tally, side)
        # Tool arguments and refusals are checked while the reply is built: off the loop when long.
        chars = output_chars(state, side_chars(tally.last))
        return await run_checks(chars, completion, tally.last, result.text, side, info)

    def __getattr__(self, name: str) -> Any:
        raise not_forwarded("chat.completions", name)


class Chat:
    def __init__(self, client: Any, core: Core) -> None:
        self._client = client
        self.completions = Completions(client, core)

    def __getattr__(self, name: str) -> Any:
        raise not_forwarded("chat", name)


class AsyncChat:
    def __init__(self, client: Any, core: Core) -> None:
        self._client = client
        self.completions = AsyncCompletions(client, core)

    def __getattr__(self, name: str) -> Any:
        raise not_forwarded("chat", name)
