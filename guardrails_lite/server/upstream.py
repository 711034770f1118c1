"""The upstream side: one pooled HTTP client and one ``AsyncOpenAI`` on it, shared by every request.

The caller's credentials travel per request as ``extra_headers`` (the SDK's own per-call
override), so nothing is built per request: building an ``AsyncOpenAI`` per request costs about
160 times as much, ``with_options`` about 80 times (see benchmarks/results/gateway.md). The client's
own key is a placeholder that never leaves the process: every call sets ``Authorization`` to
the caller's header, or omits it.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from openai import AsyncOpenAI, DefaultAsyncHttpxClient, Omit, Timeout

from guardrails_lite.server.connections import ConnectionPool
from guardrails_lite.server.direct import DirectClient
from guardrails_lite.server.metrics import Metrics
from guardrails_lite.server.settings import Settings

__all__ = ["PASSED_HEADERS", "Upstream", "endpoint_of"]

#: Request headers passed to the upstream unchanged (the gateway keeps no key of its own).
PASSED_HEADERS = ("Authorization", "OpenAI-Organization", "OpenAI-Project")
_PLACEHOLDER_KEY = "unused-the-caller-authorizes-each-request"
_STARTED = "guardrails_started"


def endpoint_of(path: str) -> str:
    """The metrics label of an upstream path."""
    if path.endswith("/chat/completions"):
        return "chat.completions"
    if path.endswith("/responses"):
        return "responses"
    return "models" if "/models" in path else "other"


class Upstream:
    """The shared client: the SDK's own HTTP client class on the gateway's HTTP/1.1 transport
    (`ConnectionPool`: keep-alive connections, a request lost to a stale one resent)."""

    def __init__(self, settings: Settings, metrics: Metrics) -> None:
        self.metrics = metrics
        timeout = Timeout(settings.upstream_timeout, connect=min(10.0, settings.upstream_timeout))
        transport = ConnectionPool(on_resend=lambda: metrics.upstream_error("stale_connection"))
        self.http = DefaultAsyncHttpxClient(
            transport=transport,
            timeout=timeout,
            follow_redirects=False,  # prompts never follow a redirect elsewhere
            event_hooks={"request": [self._started], "response": [self._answered]},
        )
        self.client = AsyncOpenAI(
            api_key=_PLACEHOLDER_KEY,
            base_url=settings.upstream_base,
            http_client=self.http,
            max_retries=settings.upstream_retries,
            timeout=timeout,
        )
        #: What the guarded clients send with: `client`'s two create calls straight to the upstream (`direct`),
        #: timed like every request `http` sends (its event hooks).
        self.direct = DirectClient(self.client, self.http, self._observe)

    def _observe(self, path: str, seconds: float, status: int) -> None:
        self.metrics.upstream(endpoint_of(path), seconds, status)

    async def _started(self, request: Any) -> None:
        request.extensions[_STARTED] = time.perf_counter()

    async def _answered(self, response: Any) -> None:
        started = response.request.extensions.get(_STARTED)
        if isinstance(started, float):
            self._observe(response.request.url.path, time.perf_counter() - started, response.status_code)

    @staticmethod
    def headers(incoming: Mapping[str, str]) -> dict[str, str | Omit]:
        """``extra_headers`` for one call: the caller's values (`incoming`: lower-case names, or Starlette's
        headers), else removed (never the placeholder key)."""
        return {name: incoming.get(name.lower()) or Omit() for name in PASSED_HEADERS}

    async def models(self, model: str, incoming: Mapping[str, str]) -> Any:
        """``GET /models[/<model>]`` through the SDK: its raw HTTP response (SDK errors as for any call)."""
        api = self.client.models.with_raw_response
        headers = self.headers(incoming)
        raw = await (api.retrieve(model, extra_headers=headers) if model else api.list(extra_headers=headers))
        return raw.http_response

    async def aclose(self) -> None:
        await self.http.aclose()
