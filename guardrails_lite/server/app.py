"""The Starlette application: routes, the start-up warm-up, and OpenAI-shaped 404/405 answers.

Served paths (each also under ``/policies/<name>`` to select a policy by base URL):

=================================  =========================================================
``POST /v1/chat/completions``      guarded (plain and ``stream: true``)
``POST /v1/responses``             guarded (plain and ``stream: true``)
``GET /v1/models[/<id>]``          proxied unchanged (no text passes through it)
``GET /healthz``                   liveness: 200 unless the warm-up failed
``GET /readyz``                    readiness: 200 once every validator's engine is loaded
``GET /metrics``                   Prometheus text format
=================================  =========================================================

Every other path is refused with 404 (embeddings, files, audio, ...: text would reach the
upstream unscreened).

A guarded POST has one way in, `Gateway.serve`. Starlette's router reaches it through the
guarded routes (`_Guarded`), and gives every other request, and the 404/405 answers, its usual
handling; `GatewayApp` takes the common case, a POST to one of the four guarded paths of a gateway
not mounted under a prefix, straight to `Gateway.serve` ahead of Starlette's middleware and
router (they cost about 0.1 ms of CPU per request: benchmarks/results/gateway.md). The handlers
catch every failure themselves, so the middleware has nothing to do for them.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import Receive, Scope, Send

from guardrails_lite.cli.main import import_modules
from guardrails_lite.server.calls import Endpoint
from guardrails_lite.server.errors import payload
from guardrails_lite.server.gateway import Gateway, GuardedRoute
from guardrails_lite.server.logconfig import lean_records
from guardrails_lite.server.policies import PolicySet, load_policies
from guardrails_lite.server.settings import Settings
from guardrails_lite.server.spread import own_socket

__all__ = ["GatewayApp", "app_from_env", "create_app"]

_GUARDED: dict[str, Endpoint] = {"/v1/chat/completions": "chat.completions", "/v1/responses": "responses"}
_POLICIES = "/policies/"


def guarded_route(path: str) -> GuardedRoute | None:
    """The guarded endpoint a POST to `path` reaches, and the policy its path names (if any)."""
    endpoint = _GUARDED.get(path)
    if endpoint is not None:
        return GuardedRoute(endpoint, None)
    if path.startswith(_POLICIES):
        name, slash, rest = path[len(_POLICIES) :].partition("/")
        endpoint = _GUARDED.get(slash + rest)
        if name and endpoint is not None:
            return GuardedRoute(endpoint, name)
    return None


class GatewayApp(Starlette):
    """Starlette, with a ``POST`` to a guarded path handed straight to `Gateway.serve`."""

    gateway: Gateway

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Mounted under a prefix (``root_path``), the path the routes match is the request's less the prefix:
        # Starlette's router works that out (with a helper it keeps private), and reaches the same `serve`.
        if scope["type"] == "http" and scope["method"] == "POST" and not scope.get("root_path"):
            route = guarded_route(scope["path"])
            if route is not None:
                await self.gateway.serve(route, scope, receive, send)
                return
        await super().__call__(scope, receive, send)


class _Guarded:
    """The ASGI endpoint of a guarded route in Starlette's router: `Gateway.serve`, the policy from the path."""

    def __init__(self, gateway: Gateway, endpoint: Endpoint) -> None:
        self.gateway, self.endpoint = gateway, endpoint

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        policy = scope.get("path_params", {}).get("policy")
        await self.gateway.serve(GuardedRoute(self.endpoint, policy), scope, receive, send)


def _api_routes(gateway: Gateway) -> list[BaseRoute]:
    return [
        Route("/v1/chat/completions", _Guarded(gateway, "chat.completions"), methods=["POST"]),
        Route("/v1/responses", _Guarded(gateway, "responses"), methods=["POST"]),
        Route("/v1/models", gateway.models, methods=["GET"]),
        Route("/v1/models/{model:path}", gateway.models, methods=["GET"]),
    ]


async def _not_found(request: Request, exc: Exception) -> Response:
    message = "not served by the guardrails gateway: POST /v1/chat/completions, POST /v1/responses, GET /v1/models"
    return payload(404, message, "invalid_request_error", "unknown_url", "refused").response()


async def _not_allowed(request: Request, exc: Exception) -> Response:
    code = exc.status_code if isinstance(exc, HTTPException) else 405
    return payload(code, "method not allowed on this path", "invalid_request_error", None, "refused").response()


def create_app(settings: Settings, policies: PolicySet | None = None) -> GatewayApp:
    """The gateway for `settings` (its policies loaded now unless given: a `PolicyError` stops it)."""
    served = policies if policies is not None else load_policies(settings.policy, settings.policy_dir)
    gateway = Gateway(settings, served)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Checks of long texts run in the loop's default executor (`guardrails_lite._offload`): bounded here.
        checks = ThreadPoolExecutor(settings.check_threads, thread_name_prefix="guardrails-check")
        asyncio.get_running_loop().set_default_executor(checks)
        gateway.start_warming()
        sharing = asyncio.ensure_future(gateway.metrics.share_forever())  # several workers: their metrics
        try:
            yield
        finally:
            sharing.cancel()
            await asyncio.gather(sharing, return_exceptions=True)
            await gateway.upstream.aclose()
            checks.shutdown(wait=False, cancel_futures=True)

    routes: list[BaseRoute] = [
        Route("/healthz", gateway.healthz, methods=["GET"]),
        Route("/readyz", gateway.readyz, methods=["GET"]),
        Route("/metrics", gateway.metrics_text, methods=["GET"]),
        *_api_routes(gateway),
        Mount("/policies/{policy}", routes=_api_routes(gateway)),
    ]
    app = GatewayApp(routes=routes, lifespan=lifespan, exception_handlers={404: _not_found, 405: _not_allowed})
    app.gateway = app.state.gateway = gateway
    return app


def app_from_env() -> GatewayApp:
    """uvicorn's factory in every worker process: the settings come from `serve` through the environment."""
    settings = Settings.from_env()  # logging: configured by uvicorn in each worker (`logconfig`)
    lean_records()
    own_socket()  # several workers: this one listens on a socket of its own (`spread`)
    import_modules(settings.imports)  # the application's validators, as `serve --import` named them
    return create_app(settings)
