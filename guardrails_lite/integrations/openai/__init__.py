"""Guarded OpenAI clients: wrap (never patch) an ``openai.OpenAI`` / ``AsyncOpenAI``.

    client = GuardedOpenAI(OpenAI(), "policies/default.yaml")
    completion = client.chat.completions.create(model="gpt-4o-mini", messages=[...],
                                                guard_context=["retrieved passage", ...])
    completion.choices[0].message.content   # the validated answer
    completion.guard                        # GuardInfo: action, attempts, findings, usage

``chat.completions.create`` and ``responses.create`` are guarded, with ``stream=True`` too;
``with_options``/``copy`` return a guarded client. Every other attribute is the wrapped client's,
unguarded (``with_raw_response``, ``beta``, ``embeddings``...). Blocked calls raise `Blocked`;
API errors are the SDK's own exceptions, after the SDK's own transport retries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

from guardrails_lite.integrations.openai._chat import AsyncChat, Chat
from guardrails_lite.integrations.openai._chat_reply import GuardedChatCompletion
from guardrails_lite.integrations.openai._core import Core, GuardInfo, PolicyArg, Usage
from guardrails_lite.integrations.openai._responses import AsyncResponses, Responses
from guardrails_lite.integrations.openai._responses_reply import GuardedResponse
from guardrails_lite.integrations.openai._stream_io import AsyncGuardedStream, GuardedStream

if TYPE_CHECKING:
    from openai import AsyncOpenAI, OpenAI

    from guardrails_lite.guard import Guard

__all__ = [
    "AsyncGuardedStream",
    "GuardInfo",
    "GuardedAsyncOpenAI",
    "GuardedChatCompletion",
    "GuardedOpenAI",
    "GuardedResponse",
    "GuardedStream",
    "Usage",
]

_HOLDBACK = 128


_Client = TypeVar("_Client", bound="OpenAI | AsyncOpenAI")


class _Wrapper(Generic[_Client]):
    """What both guarded clients share: the wrapped client, the policy's guard, every other attribute the client's."""

    def __init__(self, client: _Client, policy: PolicyArg | Core, holdback: int) -> None:
        self._client = client
        self._core = policy if isinstance(policy, Core) else Core(policy, holdback)

    @property
    def guard(self) -> Guard:
        return self._core.guard

    @property
    def client(self) -> _Client:
        return self._client

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


class GuardedOpenAI(_Wrapper["OpenAI"]):
    """An ``openai.OpenAI`` client whose chat completions and responses run under `policy`.

    `holdback` is how many characters of a stream stay unreleased until the text after them has
    arrived; it must cover the longest span a pattern validator can match.
    """

    def __init__(self, client: OpenAI, policy: PolicyArg | Core, *, holdback: int = _HOLDBACK) -> None:
        super().__init__(client, policy, holdback)
        self.chat = Chat(client, self._core)
        self.responses = Responses(client, self._core)

    def with_options(self, **options: Any) -> GuardedOpenAI:
        """The SDK's ``with_options``, still guarded by the same policy."""
        return GuardedOpenAI(self._client.with_options(**options), self._core)

    copy = with_options


class GuardedAsyncOpenAI(_Wrapper["AsyncOpenAI"]):
    """`GuardedOpenAI` for ``openai.AsyncOpenAI``: ``await client.chat.completions.create(...)``."""

    def __init__(self, client: AsyncOpenAI, policy: PolicyArg | Core, *, holdback: int = _HOLDBACK) -> None:
        super().__init__(client, policy, holdback)
        self.chat = AsyncChat(client, self._core)
        self.responses = AsyncResponses(client, self._core)

    def with_options(self, **options: Any) -> GuardedAsyncOpenAI:
        """The SDK's ``with_options``, still guarded by the same policy."""
        return GuardedAsyncOpenAI(self._client.with_options(**options), self._core)

    copy = with_options
