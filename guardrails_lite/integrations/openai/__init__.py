"""Guarded OpenAI clients: wrap (never patch) an ``openai.OpenAI`` / ``AsyncOpenAI``.

    client = GuardedOpenAI(OpenAI(), "policies/default.yaml")
    completion = client.chat.completions.create(model="gpt-4o-mini", messages=[...],
                                                guard_context=["retrieved passage", ...])
    completion.choices[0].message.content   # the validated answer
    completion.guard                        # GuardInfo: action, attempts, findings, usage

``chat.completions.create`` and ``responses.create`` are guarded, with ``stream=True`` too;
``with_options``/``copy`` return a guarded client. Nothing else that sends a request or returns text
is forwarded (an allow-list, so what a later SDK adds is refused too): ``chat.completions.parse`` /
``.stream`` / ``.with_raw_response``, ``responses.parse`` / ``.retrieve``, ``beta``, ``embeddings``...
raise `AttributeError` naming the guarded way. The client's settings (``base_url``, ``timeout``, ...)
and life cycle (``close``, ``is_closed``, ``with``/``async with``) are read through; the raw SDK client
is ``.client``, and ``passthrough={"embeddings", ...}`` forwards top-level resources unguarded on
purpose. Blocked calls raise `Blocked`; API errors are the SDK's own exceptions, after the SDK's own
transport retries.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from guardrails_lite.integrations.openai._chat import AsyncChat, Chat
from guardrails_lite.integrations.openai._chat_reply import GuardedChatCompletion
from guardrails_lite.integrations.openai._core import Core, GuardInfo, PolicyArg, Usage, not_forwarded
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


#: The wrapped client's attributes a guarded one reads through: settings, which send nothing and hold no model text.
_SETTINGS = frozenset(
    {"base_url", "websocket_base_url", "timeout", "max_retries", "organization", "project", "default_headers",
     "default_query", "api_key", "webhook_secret",
     "close", "is_closed"}  # the client's life cycle (review 13b M3): sends nothing, returns no text
)  # fmt: skip


class _Wrapper(Generic[_Client]):
    """What both guarded clients share: the wrapped client, the policy's guard, the client's settings and the
    resources the application forwards unguarded on purpose (`passthrough`); nothing else (`not_forwarded`)."""

    def __init__(self, client: _Client, policy: PolicyArg | Core, holdback: int, passthrough: Iterable[str]) -> None:
        self._client = client
        self._core = policy if isinstance(policy, Core) else Core(policy, holdback)
        self._passthrough = frozenset(() if isinstance(passthrough, str) else passthrough)
        if isinstance(passthrough, str) or not all(isinstance(n, str) and n.isidentifier() for n in self._passthrough):
            raise TypeError("passthrough takes attribute names of the client, such as {'embeddings', 'models'}")

    @property
    def guard(self) -> Guard:
        return self._core.guard

    @property
    def client(self) -> _Client:
        return self._client

    @property
    def passthrough(self) -> frozenset[str]:
        """The client's resources this guarded client forwards unguarded (the application's choice)."""
        return self._passthrough

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # our own fields before __init__ set them (copy.copy, pickle): no recursion
            raise AttributeError(name)
        if name in _SETTINGS or name in self._passthrough:
            return getattr(self._client, name)
        raise not_forwarded("client", name)


class GuardedOpenAI(_Wrapper["OpenAI"]):
    """An ``openai.OpenAI`` client whose chat completions and responses run under `policy`.

    `holdback` is how many characters of a stream stay unreleased until the text after them has
    arrived; it must cover the longest span a pattern validator can match. `passthrough` names top-level
    resources of the client to forward unguarded (``{"embeddings", "models"}``); no other resource is forwarded.
    """

    def __init__(
        self, client: OpenAI, policy: PolicyArg | Core, *, holdback: int = _HOLDBACK, passthrough: Iterable[str] = ()
    ) -> None:
        super().__init__(client, policy, holdback, passthrough)
        self.chat = Chat(client, self._core)
        self.responses = Responses(client, self._core)

    def with_options(self, **options: Any) -> GuardedOpenAI:
        """The SDK's ``with_options``, still guarded by the same policy."""
        return GuardedOpenAI(self._client.with_options(**options), self._core, passthrough=self._passthrough)

    def __enter__(self) -> GuardedOpenAI:
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()  # as the SDK's own ``with OpenAI() as client:`` does

    copy = with_options


class GuardedAsyncOpenAI(_Wrapper["AsyncOpenAI"]):
    """`GuardedOpenAI` for ``openai.AsyncOpenAI``: ``await client.chat.completions.create(...)``."""

    def __init__(
        self,
        client: AsyncOpenAI,
        policy: PolicyArg | Core,
        *,
        holdback: int = _HOLDBACK,
        passthrough: Iterable[str] = (),
    ) -> None:
        super().__init__(client, policy, holdback, passthrough)
        self.chat = AsyncChat(client, self._core)
        self.responses = AsyncResponses(client, self._core)

    def with_options(self, **options: Any) -> GuardedAsyncOpenAI:
        """The SDK's ``with_options``, still guarded by the same policy."""
        return GuardedAsyncOpenAI(self._client.with_options(**options), self._core, passthrough=self._passthrough)

    async def __aenter__(self) -> GuardedAsyncOpenAI:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._client.close()  # as the SDK's own ``async with AsyncOpenAI() as client:`` does

    copy = with_options
