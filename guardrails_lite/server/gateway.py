"""The gateway's request handling: each guarded endpoint is one call of `GuardedAsyncOpenAI`.

Per policy there is one `GuardedAsyncOpenAI` (built at start-up, its pipeline reporting to the
metrics), all on the one shared upstream client; a request only adds its own headers. So the
integration's guarantees (screening, scrubbing, validation, re-asks, PII restore, safe
streaming) are the gateway's, and its fixes reach the gateway unchanged.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import AsyncGenerator
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import openai
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from guardrails_lite.errors import Blocked
from guardrails_lite.guard import Guard
from guardrails_lite.integrations.openai import AsyncGuardedStream, GuardedAsyncOpenAI, GuardInfo
from guardrails_lite.logs import get_logger
from guardrails_lite.pipeline import Pipeline, ResultHook, StageResult
from guardrails_lite.server.answers import JsonAnswer
from guardrails_lite.server.calls import Call, Endpoint, parse_call
from guardrails_lite.server.disconnect import ClientGone, unless_disconnected
from guardrails_lite.server.errors import (
    GatewayError,
    blocked,
    client_gone,
    from_upstream,
    payload,
    unavailable,
    upstream_kind,
)
from guardrails_lite.server.fields import DeveloperText
from guardrails_lite.server.metrics import CONTENT_TYPE, Metrics
from guardrails_lite.server.policies import POLICY_HEADER, PolicySet
from guardrails_lite.server.processes import alive
from guardrails_lite.server.settings import READY_VARIABLE, Settings
from guardrails_lite.server.sse import DONE, EventStream, encode, error_event
from guardrails_lite.server.upstream import PASSED_HEADERS, Upstream

__all__ = ["Gateway", "GuardedRoute", "Handled"]

log = get_logger("guardrails_lite.server")


class GuardedRoute(NamedTuple):
    """Where a guarded POST goes: the endpoint, and the policy its path names (``/policies/<name>/...``)."""

    endpoint: Endpoint
    policy: str | None


@dataclass(slots=True, repr=False)
class Record:
    """What one request did, for its log line and its metrics (lengths, ids and labels; never text)."""

    endpoint: Endpoint
    started: float
    policy: str = "-"
    stream: bool = False
    status: int = 200
    outcome: str = "ok"
    body_bytes: int = 0
    info: GuardInfo | None = None
    ids: tuple[str, ...] = ()
    #: The call's stage results, counted with its other metrics once its answer is sent (`keep`, `close`).
    results: list[StageResult] = field(default_factory=list)
    closed: bool = False
    #: `keep` may run in a check thread (checks of long texts run off the event loop) while `close` runs.
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __repr__(self) -> str:
        # Labels only: asyncio prints the repr of a callback's arguments (a failing `finish`, a slow one in
        # debug mode), and the default one would print the stage results, which hold checked text.
        return f"Record({self.endpoint}, policy={self.policy!r}, status={self.status}, outcome={self.outcome})"

    def keep(self, result: StageResult) -> bool:
        """Keep `result` for the call's bookkeeping; False once that ran (a check thread that outlived its
        call, cancelled at shutdown or by a client that left): then its caller counts it at once."""
        with self.lock:
            if self.closed:
                return False
            self.results.append(result)
            return True

    def close(self) -> list[StageResult]:
        """The results kept for the bookkeeping, which runs now; any later one is counted as it comes."""
        with self.lock:
            self.closed = True
            results, self.results = self.results, []
        return results


#: The record of the call whose checks run now (in its task, and in a check thread, which copies the context).
_CALL: ContextVar[Record | None] = ContextVar("guardrails_gateway_call", default=None)


def _after_answer(count: ResultHook) -> ResultHook:
    """`count` (a pipeline's metrics hook), deferred to the call's bookkeeping when a call's checks run:
    its answer goes out first. A stream's final checks, which run while it is sent, and a check that
    ends after its call was accounted for, count at once."""

    def on_result(result: StageResult) -> None:
        rec = _CALL.get()
        if rec is None or not rec.keep(result):
            count(result)

    return on_result


class Handled(NamedTuple):
    """A guarded call's answer, and its record for `Gateway.finish` once the answer is sent (None when nothing
    is left to account for: a refused call, or a stream, which its own close accounts for)."""

    response: ASGIApp  # a Starlette response, or a `JsonAnswer`
    record: Record | None


class Gateway:
    def __init__(self, settings: Settings, policies: PolicySet) -> None:
        self.settings = settings
        self.metrics = Metrics(in_flight=lambda: self.in_flight)
        self.upstream = Upstream(settings, self.metrics)
        self.default = policies.default
        self.served = {
            name: GuardedAsyncOpenAI(
                self.upstream.direct,  # type: ignore[arg-type]  # the two calls it makes, without the transform
                Guard(Pipeline(p, on_result=_after_answer(self.metrics.hook(name)))),
            )
            for name, p in policies.policies.items()
        }
        #: Per policy: tool definitions and output schemas, screened before the call (`fields`).
        self.developer_text = {name: DeveloperText(client.guard) for name, client in self.served.items()}
        self.ready = False
        self.failure: str | None = None
        self.in_flight = 0
        #: Set by `serve` with several workers: each warm worker leaves a file named by its pid.
        self.ready_dir = os.environ.get(READY_VARIABLE)

    # -- start-up ------------------------------------------------------------------------
    def warm(self) -> None:
        """Build every validator (loading its engines) before the gateway reports ready."""
        t0 = time.perf_counter()
        for name, client in self.served.items():
            for stage, steps in client.guard.pipeline.steps.items():
                for step in steps:
                    try:
                        step.validator  # noqa: B018 - builds and warms the validator
                    except Exception as e:  # noqa: BLE001 - reported, and the gateway stays unready
                        self.failure = f"policy {name!r}, {stage} entry {step.id!r}: {type(e).__name__}"
                        log.error("warm_failed", policy=name, stage=stage, id=step.id, error=type(e).__name__)
                        return
        sdk = self.upstream.client  # the SDK imports and builds its resources on first use
        for resource in (sdk.chat.completions, sdk.responses, sdk.models):
            resource.with_raw_response  # noqa: B018
        self.ready = True
        if self.ready_dir is not None:
            Path(self.ready_dir, str(os.getpid())).touch()
        log.info("gateway_ready", policies=sorted(self.served), warm_ms=round((time.perf_counter() - t0) * 1000))

    def start_warming(self) -> threading.Thread:
        thread = threading.Thread(target=self.warm, name="guardrails-warm", daemon=True)
        thread.start()
        return thread

    # -- probes and metrics --------------------------------------------------------------
    async def healthz(self, request: Request) -> Response:
        if self.failure is not None:
            return JSONResponse({"status": "failed", "reason": self.failure}, status_code=503)
        return JSONResponse({"status": "ok"})

    async def readyz(self, request: Request) -> Response:
        warm = self._warm_workers()
        if self.ready and warm >= self.settings.workers:
            body = {"status": "ready", "policies": sorted(self.served), "default": self.default, "workers": warm}
            return JSONResponse(body)
        status = "failed" if self.failure else "warming"
        return JSONResponse({"status": status, "workers": warm}, status_code=503)

    def _warm_workers(self) -> int:
        """How many workers are warm: this one alone, or the live ones that left a file in `ready_dir`."""
        if self.ready_dir is None:
            return int(self.ready)
        return sum(1 for name in os.listdir(self.ready_dir) if name.isdigit() and alive(int(name)))

    async def metrics_text(self, request: Request) -> Response:
        return Response(self.metrics.render(), media_type=CONTENT_TYPE)

    async def models(self, request: Request) -> Response:
        """``GET /v1/models[/<id>]``, passed through with the caller's headers (the upstream's body as is)."""
        try:
            http = await self.upstream.models(str(request.path_params.get("model", "")), request.headers)
        except openai.APIStatusError as e:
            http = e.response
        except openai.APIError as e:
            return self._upstream_failure(e).response()
        except ValueError:  # a model id the SDK refuses to put in a path ("..": review r16a L6)
            return payload(404, "no such model id", "invalid_request_error", "unknown_url", "refused").response()
        content_type = http.headers.get("content-type", "application/json")
        return Response(http.content, status_code=http.status_code, media_type=content_type)

    # -- the guarded endpoints -----------------------------------------------------------
    async def serve(self, route: GuardedRoute, scope: Scope, receive: Receive, send: Send) -> None:
        """One call of a guarded endpoint, from its request to its bookkeeping: the one way in (`app`)."""
        response, rec = await self.handle(scope, receive, route)
        if rec is not None:
            self.release(rec)
        try:
            await response(scope, receive, send)
        finally:
            if rec is not None:
                # On the loop's next turn: the server's transport sends what was written in this one at its end
                # (`protocol.Coalescing`, scheduled when the answer began), so the answer leaves first.
                asyncio.get_running_loop().call_soon(self.finish, rec)

    async def handle(self, scope: Scope, receive: Receive, route: GuardedRoute) -> Handled:
        """The answer to one call of `route`, and its record; never raises: every failure is an OpenAI-shaped
        error (a cancellation, at shutdown, is accounted for here and goes on)."""
        rec = Record(route.endpoint, time.perf_counter())
        try:
            self._admit()
        except GatewayError as e:
            return Handled(self._refused(rec, e), None)
        self.in_flight += 1
        current = _CALL.set(rec)
        try:
            headers = _headers(scope)
            rec.policy = self._policy(headers, route.policy)
            raw = await _read_body(receive, headers, self.settings.max_body_bytes, self.settings.body_timeout)
            rec.body_bytes = len(raw)
            call = parse_call(route.endpoint, raw)
            rec.stream = call.stream
            result = await unless_disconnected(receive, self._create(rec.policy, call, headers))
            if call.stream:
                return Handled(self._stream(rec, result), None)
            return Handled(self._json(rec, result), rec)
        except Exception as e:  # noqa: BLE001 - every failure becomes an OpenAI-shaped error
            return Handled(self._error(rec, self._as_error(e, rec)), rec)
        except BaseException:  # cancelled (shutdown): nothing will be sent
            self.release(rec)
            self.finish(rec)
            raise
        finally:
            _CALL.reset(current)

    def _admit(self) -> None:
        if not self.ready:
            raise unavailable("the gateway is starting", "not_ready")
        if self.in_flight >= self.settings.max_concurrency:
            raise unavailable("the gateway is busy", "overloaded")

    def _policy(self, headers: dict[str, str], named: str | None) -> str:
        name = named or headers.get(POLICY_HEADER) or self.default
        if name not in self.served:
            raise payload(400, "unknown policy (see GET /readyz for the names served)", "invalid_request_error",
                          "unknown_policy", "bad_request")  # fmt: skip
        return str(name)

    async def _create(self, policy: str, call: Call, headers: dict[str, str]) -> Any:
        client = self.served[policy]
        await self.developer_text[policy].acheck(call.endpoint, call.kwargs)
        kwargs = {**call.kwargs, "extra_headers": Upstream.headers(headers)}
        if call.endpoint == "chat.completions":
            return await client.chat.completions.create(**kwargs)
        return await client.responses.create(**kwargs)

    def _json(self, rec: Record, result: Any) -> JsonAnswer:
        rec.info = result.guard
        body = result.model_dump_json(exclude_unset=True, by_alias=True, warnings=False)
        return JsonAnswer(body.encode(), _guard_headers(rec))

    def _stream(self, rec: Record, stream: AsyncGuardedStream[Any]) -> Response:
        rec.outcome = "disconnected"  # until the events say otherwise
        events = self._events(rec, stream)

        async def close() -> None:
            await events.aclose()
            await stream.close()
            rec.info = stream.guard
            self.release(rec)  # a stream holds its slot while it streams
            self.finish(rec)

        return EventStream(events, close, {"x-guardrails-policy": rec.policy})

    async def _events(self, rec: Record, stream: AsyncGuardedStream[Any]) -> AsyncGenerator[bytes, None]:
        sequence = 0
        try:
            async for event in stream:
                sequence = getattr(event, "sequence_number", sequence)
                yield encode(rec.endpoint, event)
            if rec.endpoint == "chat.completions":
                yield DONE
            rec.outcome = "ok"
        except Exception as e:  # noqa: BLE001 - one error event ends the stream
            yield error_event(rec.endpoint, self._as_error(e, rec), sequence + 1)

    # -- errors and accounting -----------------------------------------------------------
    def _as_error(self, e: Exception, rec: Record) -> GatewayError:
        """The answer to a failed call; notes its outcome (and validator ids) on `rec`."""
        if isinstance(e, GatewayError):
            err = e
            rec.ids = err.validators  # a block of developer text (`fields`) names its validators too
        elif isinstance(e, Blocked):
            err = blocked(e)
            rec.ids = err.validators
        elif isinstance(e, openai.APIError):
            err = self._upstream_failure(e)
        elif isinstance(e, ClientGone | ClientDisconnect):  # before the answer (or while the body arrived)
            err = client_gone()
        else:
            log.error("internal_error", endpoint=rec.endpoint, policy=rec.policy, error=type(e).__name__)
            err = payload(500, "the gateway failed to handle the request", "server_error", "internal_error", "error")
        rec.outcome = err.outcome
        return err

    def _upstream_failure(self, e: openai.APIError) -> GatewayError:
        kind = upstream_kind(e)
        if kind is not None:
            self.metrics.upstream_error(kind)
        return from_upstream(e)

    def _error(self, rec: Record, e: GatewayError) -> Response:
        rec.status = e.status
        return e.response(**{"x-guardrails-policy": rec.policy}) if rec.policy != "-" else e.response()

    def _refused(self, rec: Record, e: GatewayError) -> Response:
        rec.status, rec.outcome = e.status, e.outcome
        self._account(rec)
        return e.response()

    def release(self, rec: Record) -> None:
        """The call's slot freed: before its answer is sent, so that a client that never reads its answer
        cannot hold a slot (with `max_concurrency` slots, a few such clients would refuse everyone else)."""
        self.in_flight -= 1

    def finish(self, rec: Record) -> None:
        """The call's metrics and its ``request`` log line (its slot already released): after its answer
        went out, so that this bookkeeping does not delay it (and the duration counts the answer's sending).
        Never raises: it runs as a loop callback, and asyncio would log a failure with the callback's repr,
        the whole record (stage results hold checked text); the failure is logged here by its type alone."""
        try:
            self._account(rec)
        except Exception as e:  # noqa: BLE001 - logged without the record (see above)
            info = rec.info
            log.error(
                "bookkeeping_failed",
                endpoint=rec.endpoint,
                policy=rec.policy,
                call_id=info.call_id if info is not None else None,
                error=type(e).__name__,
            )

    def _account(self, rec: Record) -> None:
        seconds = time.perf_counter() - rec.started
        self.metrics.request(rec.policy, rec.endpoint, rec.stream, rec.outcome, seconds, rec.close())
        info = rec.info
        ids = rec.ids or (tuple(sorted({f.id for f in info.findings})) if info is not None else ())
        level = log.warning if rec.outcome in ("upstream_error", "upstream_timeout", "error") else log.info
        level(
            "request",
            endpoint=rec.endpoint,
            policy=rec.policy,
            stream=rec.stream,
            status=rec.status,
            outcome=rec.outcome,
            duration_ms=round(seconds * 1000, 3),
            body_bytes=rec.body_bytes,
            call_id=info.call_id if info is not None else None,
            action=info.action if info is not None else None,
            attempts=info.attempts if info is not None else None,
            ids=ids,
        )


def _guard_headers(rec: Record) -> dict[str, str]:
    info = rec.info
    assert info is not None
    return {
        "x-guardrails-policy": rec.policy,
        "x-guardrails-action": info.action,
        "x-guardrails-attempts": str(info.attempts),
        "x-guardrails-call-id": info.call_id,
        "x-guardrails-total-tokens": str(info.usage.total_tokens),  # every attempt's, re-asks included
    }


#: The request headers a guarded call reads (ASGI gives names in lower case).
_READ = frozenset(name.lower().encode("latin-1") for name in (*PASSED_HEADERS, POLICY_HEADER, "content-length"))


def _headers(scope: Scope) -> dict[str, str]:
    """The headers of `_READ` in the request, the first of each name, decoded as Starlette decodes them (one
    pass over the request's headers, instead of a search of all of them per name)."""
    found: dict[str, str] = {}
    for name, value in scope["headers"]:
        if name in _READ:
            found.setdefault(name.decode("latin-1"), value.decode("latin-1"))
    return found


async def _read_body(receive: Receive, headers: dict[str, str], limit: int, seconds: float) -> bytes:
    """The request body, refused as soon as it is known to exceed `limit` bytes (HTTP 413) or when it has
    not all arrived after `seconds` (HTTP 408: a client trickling its body, slowloris, would hold a
    concurrency slot for as long as it likes; a whole-body deadline, not a per-chunk one, because a
    byte every few seconds keeps any per-chunk timer happy). Read with ASGI's ``receive`` itself (as
    Starlette's ``Request.stream`` does, without its generator): a client that leaves raises
    `ClientDisconnect`."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(seconds):
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    raise ClientDisconnect
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > limit:
                    raise _too_large(limit)
                chunks.append(chunk)
                if not message.get("more_body", False):
                    break
    except TimeoutError:
        raise payload(408, f"the request body did not arrive within {seconds:g} s", "invalid_request_error",
                      "request_timeout", "body_timeout", connection="close") from None  # fmt: skip
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _too_large(limit: int) -> GatewayError:
    return payload(413, f"the request body is larger than {limit} bytes", "invalid_request_error",
                   "request_too_large", "too_large")  # fmt: skip
