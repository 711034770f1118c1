"""Guarded ``chat.completions``: plain calls through `Guard.run`/`arun`, streams through `Core.stream`."""

from __future__ import annotations

from typing import Any, Literal, overload

from openai import APIResponseValidationError
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from openai.types.chat.chat_completion_chunk import Choice as ChunkChoice
from openai.types.chat.chat_completion_chunk import ChoiceDelta
from pydantic import Field

from guardrails_lite.integrations.openai._core import Core, GuardInfo, Request, Tally, chat_response_format
from guardrails_lite.integrations.openai._stream_io import AsyncGuardedStream, GuardedStream


class GuardedChatCompletion(ChatCompletion):
    """A `ChatCompletion` whose message content is the validated answer, plus ``.guard``.

    ``guard`` is excluded from ``model_dump``/``to_json``, which stay shaped like the API's.
    """

    guard: GuardInfo = Field(exclude=True)


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


def guarded_completion(completion: ChatCompletion, text: str, info: GuardInfo) -> GuardedChatCompletion:
    first = completion.choices[0]
    content = None if text == "" and first.message.content is None else text  # a pure tool call stays one
    message = first.message.model_copy(update={"content": content})
    choices = [first.model_copy(update={"message": message}), *completion.choices[1:]]
    fields = {name: getattr(completion, name) for name in type(completion).model_fields}
    fields.update(choices=choices, guard=info)
    return GuardedChatCompletion.model_construct(**fields)


def _prepare(core: Core, kwargs: dict[str, Any]) -> Request:
    request = core.prepare(kwargs, "messages")
    fmt = chat_response_format(core)
    if fmt is not None and "response_format" not in request.kwargs:
        request.kwargs["response_format"] = fmt
    return request


class _Chunks:
    """Turns released text and held upstream chunks into the chunks the caller sees."""

    def __init__(self) -> None:
        self.template: ChatCompletionChunk | None = None
        self.usage: ChatCompletionChunk | None = None
        self.started = False
        self.held: list[ChatCompletionChunk] = []  # tool-call deltas, released after validation
        self.finish: ChatCompletionChunk | None = None

    def take(self, chunk: ChatCompletionChunk) -> str:
        """Remember what `chunk` carries besides text; return its text."""
        if chunk.usage is not None and not chunk.choices:
            self.usage = chunk
            return ""
        if not chunk.choices:
            return ""
        self.template = chunk
        choice = chunk.choices[0]
        delta = choice.delta
        if delta.tool_calls or delta.function_call:
            self.held.append(
                chunk.model_copy(
                    update={
                        "choices": [choice.model_copy(update={"delta": delta.model_copy(update={"content": None})})]
                    }
                )
            )
        if choice.finish_reason is not None:
            self.finish = chunk
        return delta.content or ""

    def text(self, out: str) -> list[ChatCompletionChunk]:
        return [self._chunk(out)]

    def _chunk(self, text: str) -> ChatCompletionChunk:
        t = self.template
        assert t is not None
        delta = ChoiceDelta(content=text, role=None if self.started else "assistant")
        self.started = True
        return ChatCompletionChunk(
            id=t.id,
            object="chat.completion.chunk",
            created=t.created,
            model=t.model,
            system_fingerprint=t.system_fingerprint,
            choices=[ChunkChoice(index=0, delta=delta, finish_reason=None)],
        )

    def tail(self, rest: str, final: str) -> list[ChatCompletionChunk]:
        out = [self._chunk(rest)] if rest and self.template is not None else []
        out += self.held
        if self.finish is not None:
            choice = self.finish.choices[0]
            out.append(
                self.finish.model_copy(
                    update={
                        "choices": [
                            choice.model_copy(update={"delta": ChoiceDelta(role=None if self.started else "assistant")})
                        ]
                    }
                )
            )
        if self.usage is not None:
            out.append(self.usage)
        return out


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
            return GuardedStream(session, lambda p: create(messages=p, **request.kwargs), _Chunks)
        if stream is not None:
            kwargs["stream"] = stream
        request = _prepare(self._core, kwargs)
        tally = Tally()

        def call(prompt: Any) -> str:
            raw = create(messages=prompt, **request.kwargs)
            completion = parse(raw)
            tally.add(completion, raw.retries_taken)
            return answer_text(completion, raw)

        result = self._core.guard.run(call, request.messages, context=request.context, metadata=request.metadata)
        return guarded_completion(tally.last, result.text, GuardInfo.of(result, tally))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client.chat.completions, name)


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
            session = self._core.stream(request)
            return await AsyncGuardedStream(session, lambda p: create(messages=p, **request.kwargs), _Chunks).start()
        if stream is not None:
            kwargs["stream"] = stream
        request = _prepare(self._core, kwargs)
        tally = Tally()

        async def call(prompt: Any) -> str:
            raw = await create(messages=prompt, **request.kwargs)
            completion = parse(raw)
            tally.add(completion, raw.retries_taken)
            return answer_text(completion, raw)

        result = await self._core.guard.arun(call, request.messages, context=request.context, metadata=request.metadata)
        return guarded_completion(tally.last, result.text, GuardInfo.of(result, tally))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client.chat.completions, name)


class Chat:
    def __init__(self, client: Any, core: Core) -> None:
        self._client = client
        self.completions = Completions(client, core)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client.chat, name)


class AsyncChat:
    def __init__(self, client: Any, core: Core) -> None:
        self._client = client
        self.completions = AsyncCompletions(client, core)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client.chat, name)
