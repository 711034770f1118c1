"""The gateway's ASGI entry in-process: guarded POSTs dispatched ahead of Starlette, and the disconnect watcher."""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import threading
from typing import Any

import pytest

from guardrails_lite.server.app import GatewayApp, create_app, guarded_route
from guardrails_lite.server.disconnect import WATCH_AFTER_S, ClientGone, unless_disconnected
from guardrails_lite.server.protocol import Coalescing
from guardrails_lite.server.settings import Settings
from tests.openai_server import Reply, ScriptedServer
from tests.server.conftest import KEY, LIGHT, POLICIES

Answer = tuple[int, dict[str, str], bytes]


@pytest.mark.parametrize(
    ("path", "route"),
    [
        ("/v1/chat/completions", ("chat.completions", None)),
        ("/v1/responses", ("responses", None)),
        ("/policies/open/v1/chat/completions", ("chat.completions", "open")),
        ("/policies/no such/v1/responses", ("responses", "no such")),  # named, then refused as unknown
        ("/policies//v1/chat/completions", None),  # no name: Starlette's 404
        ("/policies/a/b/v1/chat/completions", None),
        ("/v1/chat/completions/", None),
        ("/v1/embeddings", None),
        ("/v1/models", None),
    ],
)
def test_the_guarded_routes(path: str, route: tuple[str, str | None] | None) -> None:
    assert guarded_route(path) == route


class _Body:
    """An ASGI receive that gives `body` once, then waits (no disconnect) until the call is done."""

    def __init__(self, body: bytes) -> None:
        self.pending = [{"type": "http.request", "body": body, "more_body": False}]

    async def __call__(self) -> dict[str, Any]:
        if self.pending:
            return self.pending.pop()
        await asyncio.sleep(3600)  # no disconnect: the watcher waits here until the call is done
        return {"type": "http.disconnect"}


async def _asgi(
    app: GatewayApp, method: str, path: str, body: bytes = b"", sent: list[dict[str, Any]] | None = None, **scope: Any
) -> Answer:
    """One request through the app's ASGI interface: status, headers and body (the messages into `sent`)."""
    sent = [] if sent is None else sent
    receive = _Body(body)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [(b"content-type", b"application/json"), (b"authorization", f"Bearer {KEY}".encode())]
    full = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "scheme": "http",
            "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "", "headers": headers,
            "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80), **scope}  # fmt: skip
    await app(full, receive, send)
    start = next(m for m in sent if m.get("type") == "http.response.start")
    got = {k.decode(): v.decode() for k, v in start["headers"]}
    return start["status"], got, b"".join(m.get("body", b"") for m in sent if m.get("type") == "http.response.body")


def _chat(text: str = "hi") -> bytes:
    return json.dumps({"model": "m", "messages": [{"role": "user", "content": text}]}).encode()


def test_guarded_posts_skip_starlette_and_everything_else_keeps_it(upstream: ScriptedServer) -> None:
    app = create_app(Settings(policy=LIGHT, policy_dir=str(POLICIES), upstream=upstream.url))
    app.gateway.warm()

    async def run() -> list[Answer]:
        try:
            return [
                await _asgi(app, "POST", "/v1/chat/completions", _chat()),
                await _asgi(app, "POST", "/policies/open/v1/chat/completions", _chat()),
                # mounted under a root path (a proxy's prefix): matched without it, as Starlette does
                await _asgi(app, "POST", "/gw/v1/chat/completions", _chat(), root_path="/gw"),
                await _asgi(app, "POST", "/policies/nope/v1/chat/completions", _chat()),
                await _asgi(app, "GET", "/v1/chat/completions"),
                await _asgi(app, "POST", "/v1/embeddings", b"{}"),
                await _asgi(app, "POST", "/policies//v1/chat/completions", _chat()),
                await _asgi(app, "GET", "/healthz"),
            ]
        finally:
            await app.gateway.upstream.aclose()

    upstream.default = Reply("a fine answer")
    plain, named, rooted, unknown, get, embeddings, unnamed, health = asyncio.run(run())
    for status, headers, body in (plain, named, rooted):
        assert status == 200 and json.loads(body)["choices"][0]["message"]["content"] == "a fine answer"
        assert headers["content-type"] == "application/json" and headers["x-guardrails-action"] == "allow"
    assert (plain[1]["x-guardrails-policy"], named[1]["x-guardrails-policy"]) == ("light", "open")
    assert len(upstream.requests) == 3
    assert all(r.headers.get("Authorization") == f"Bearer {KEY}" for r in upstream.requests)
    assert unknown[0] == 400 and json.loads(unknown[2])["error"]["code"] == "unknown_policy"
    for (status, _, body), code in ((get, 405), (embeddings, 404), (unnamed, 404)):
        assert status == code and json.loads(body)["error"]["type"] == "invalid_request_error"
    assert health[0] == 200 and json.loads(health[2]) == {"status": "ok"}


def test_a_calls_bookkeeping_runs_once_its_answer_is_sent(upstream: ScriptedServer) -> None:
    app = create_app(Settings(policy=LIGHT, upstream=upstream.url))
    gw = app.gateway
    gw.warm()
    sent: list[list[dict[str, Any]]] = []  # the messages of each call
    # The call whose messages are being filled (the bookkeeping runs in a callback, with the call's context).
    messages: contextvars.ContextVar[list[dict[str, Any]]] = contextvars.ContextVar("messages")
    account = gw._account
    gw._account = lambda rec: (messages.get().append({"type": "accounted", "in_flight": gw.in_flight}), account(rec))[1]  # type: ignore[method-assign]

    async def call(body: bytes) -> Answer:
        sent.append([])
        messages.set(sent[-1])
        answer = await _asgi(app, "POST", "/v1/chat/completions", body, sent[-1])
        await asyncio.sleep(0)  # the loop turn in which the bookkeeping runs
        return answer

    async def run() -> tuple[Answer, Answer]:
        try:
            return await call(_chat()), await call(b"[]")  # a refused body is accounted for too
        finally:
            await gw.upstream.aclose()

    ok, refused = asyncio.run(run())
    assert (ok[0], refused[0]) == (200, 400)
    for messages in sent:
        assert [m["type"] for m in messages] == ["http.response.start", "http.response.body", "accounted"]
        assert messages[2]["in_flight"] == 0
    assert gw.in_flight == 0
    text = gw.metrics.render().decode()
    assert "guardrails_requests_total" in text and 'outcome="bad_request"' in text and 'outcome="ok"' in text


def test_the_answer_leaves_before_the_bookkeeping(upstream: ScriptedServer) -> None:
    """The server's transport sends the writes of a loop turn at its end (`Coalescing`); the call's metrics and
    log line come after that, off the answer's way."""
    app = create_app(Settings(policy=LIGHT, upstream=upstream.url))
    gw = app.gateway
    gw.warm()
    events: list[str] = []
    account = gw._account
    gw._account = lambda rec: (events.append("accounted"), account(rec))[1]  # type: ignore[method-assign]

    class Wire:
        def write(self, data: bytes) -> None:
            events.append("sent " + data.decode().split("\r\n", 1)[0] if data.startswith(b"HTTP/") else "sent")

        def is_closing(self) -> bool:
            return False

    async def run() -> None:
        out = Coalescing(Wire(), asyncio.get_running_loop())  # type: ignore[arg-type]

        async def send(message: dict[str, Any]) -> None:  # as uvicorn writes a response
            if message["type"] == "http.response.start":
                out.write(b"HTTP/1.1 %d OK\r\n\r\n" % message["status"])
            else:
                out.write(message.get("body", b""))

        scope = {"type": "http", "method": "POST", "path": "/v1/chat/completions", "headers": [], "root_path": ""}
        try:
            await app(scope, _Body(_chat()), send)
            for _ in range(3):
                await asyncio.sleep(0)
        finally:
            await gw.upstream.aclose()

    asyncio.run(run())
    assert events == ["sent HTTP/1.1 200 OK", "accounted"]  # head and body in one write, then the bookkeeping


def test_a_calls_decisions_are_counted_once_its_answer_is_sent(upstream: ScriptedServer) -> None:
    app = create_app(Settings(policy=LIGHT, upstream=upstream.url))
    gw = app.gateway
    gw.warm()
    counted: list[tuple[str, list[str]]] = []

    def decisions() -> list[str]:
        text = gw.metrics.render().decode()
        return sorted(line for line in text.splitlines() if line.startswith("guardrails_decisions_total{"))

    async def run() -> Answer:
        receive = _Body(_chat())

        async def send(message: dict[str, Any]) -> None:
            counted.append((message["type"], decisions()))

        scope = {"type": "http", "method": "POST", "path": "/v1/chat/completions", "headers": [], "root_path": ""}
        try:
            await app(scope, receive, send)
            return 0, {}, b""
        finally:
            await gw.upstream.aclose()

    upstream.default = Reply("a fine answer")
    asyncio.run(run())
    assert [kind for kind, _ in counted] == ["http.response.start", "http.response.body"]
    assert all(seen == [] for _, seen in counted)  # nothing counted while the answer went out...
    after = decisions()  # ... then the input entry's and the output entry's decisions
    assert after == [
        'guardrails_decisions_total{action="allow",policy="light",stage="input",validator="jailbreak"} 1.0',
        'guardrails_decisions_total{action="allow",policy="light",stage="output",validator="secret"} 1.0',
    ]


def test_a_failed_send_still_frees_the_calls_slot(upstream: ScriptedServer) -> None:
    app = create_app(Settings(policy=LIGHT, upstream=upstream.url))
    app.gateway.warm()

    async def run() -> None:
        receive = _Body(_chat())

        async def send(message: dict[str, Any]) -> None:
            raise OSError("the connection broke")

        scope = {"type": "http", "method": "POST", "path": "/v1/chat/completions", "headers": [], "root_path": ""}
        try:
            with pytest.raises(OSError, match="broke"):
                await app(scope, receive, send)
        finally:
            await app.gateway.upstream.aclose()

    asyncio.run(run())
    assert app.gateway.in_flight == 0


def test_a_client_that_never_reads_its_answer_holds_no_slot(upstream: ScriptedServer) -> None:
    # Wave-8 review: with the bookkeeping moved after the send, the slot was freed only after it too, so a
    # client whose answer's send never returned kept one; with max_concurrency 1 everyone else got 503.
    app = create_app(Settings(policy=LIGHT, upstream=upstream.url, max_concurrency=1))
    gw = app.gateway
    gw.warm()

    async def run() -> tuple[int, Answer]:
        receive = _Body(_chat())

        async def stuck(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.body":
                await asyncio.sleep(3600)  # the client does not read: the transport's drain never returns

        scope = {"type": "http", "method": "POST", "path": "/v1/chat/completions", "headers": [], "root_path": ""}
        slow = asyncio.ensure_future(app(scope, receive, stuck))
        try:
            for _ in range(200):  # until the first call is sending (bounded: at most ~10 s)
                await asyncio.sleep(0.05)
                if slow.done() or (not receive.pending and gw.in_flight == 0):
                    break
            held = gw.in_flight
            return held, await _asgi(app, "POST", "/v1/chat/completions", _chat())
        finally:
            slow.cancel()
            await asyncio.gather(slow, return_exceptions=True)
            await gw.upstream.aclose()

    held, second = asyncio.run(run())
    assert held == 0
    assert second[0] == 200
    assert gw.in_flight == 0


class _Receive:
    """An ASGI receive whose body has been read: it waits until `leave` is called, then says disconnect."""

    def __init__(self) -> None:
        self.left = asyncio.Event()

    async def __call__(self) -> dict[str, Any]:
        await self.left.wait()
        return {"type": "http.disconnect"}


def test_the_work_runs_in_the_callers_task_and_the_watcher_ends_with_it() -> None:
    async def run() -> tuple[Any, Any, int]:
        caller = asyncio.current_task()

        async def work() -> Any:
            return asyncio.current_task()

        got = await unless_disconnected(_Receive(), work())
        await asyncio.sleep(0)  # the cancelled watcher's last step
        others = [t for t in asyncio.all_tasks() if t is not caller]
        return got, caller, len(others)

    ran_in, caller, left = asyncio.run(run())
    assert ran_in is caller and left == 0


def test_a_disconnect_cancels_the_work_and_raises_client_gone() -> None:
    async def run() -> tuple[list[str], int]:
        receive, seen = _Receive(), []

        async def work() -> None:
            try:
                await asyncio.sleep(60)  # the upstream's answer
            finally:
                seen.append("cleaned up")  # the upstream connection is closed here

        asyncio.get_running_loop().call_later(0.05, receive.left.set)
        with pytest.raises(ClientGone):
            await unless_disconnected(receive, work())
        task = asyncio.current_task()
        assert task is not None
        await asyncio.sleep(0.01)  # the task goes on: its cancellation was taken back
        return seen, task.cancelling()

    seen, cancelling = asyncio.run(asyncio.wait_for(run(), 10))
    assert seen == ["cleaned up"] and cancelling == 0


def test_a_cancellation_from_elsewhere_is_not_a_disconnect() -> None:
    async def run() -> None:
        async def handler() -> None:
            async def work() -> None:
                await asyncio.sleep(60)

            await unless_disconnected(_Receive(), work())

        task = asyncio.ensure_future(handler())
        await asyncio.sleep(0.05)
        task.cancel()  # shutdown
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(asyncio.wait_for(run(), 10))


def test_a_disconnect_as_the_work_ends_cancels_nothing_after_it() -> None:
    async def run() -> str:
        receive = _Receive()

        async def work() -> str:
            receive.left.set()  # the client leaves in the very iteration the answer is ready
            await asyncio.sleep(0)  # the watcher ends, its callback is scheduled...
            return "answer"

        got = await unless_disconnected(receive, work())
        for _ in range(5):
            await asyncio.sleep(0)  # ... and must not cancel the task that now sends the answer
        return got

    assert asyncio.run(asyncio.wait_for(run(), 10)) == "answer"


def test_the_watcher_starts_only_for_work_that_lasts() -> None:
    async def run() -> tuple[int, int]:
        caller = asyncio.current_task()

        def others() -> int:
            return len([t for t in asyncio.all_tasks() if t is not caller])

        async def quick() -> int:
            await asyncio.sleep(0)  # a fast upstream: over before the watcher would start
            return others()

        async def slow() -> int:
            await asyncio.sleep(WATCH_AFTER_S * 3)
            return others()

        early = await unless_disconnected(_Receive(), quick())
        late = await unless_disconnected(_Receive(), slow())
        for _ in range(3):
            await asyncio.sleep(0)  # the cancelled watcher's last steps
        assert others() == 0
        return early, late

    assert asyncio.run(run()) == (0, 1)  # (no wait_for: its own task would count)


def test_a_check_that_ends_after_its_call_was_accounted_for_is_still_counted(upstream: ScriptedServer) -> None:
    # Wave-9 review: a check thread that outlived its call (cancelled at shutdown, or its client gone) handed
    # its result to the call's record after the bookkeeping had run: kept in a list nobody read again.
    from guardrails_lite.pipeline import StageResult, StepRun
    from guardrails_lite.server.gateway import _CALL, Record

    app = create_app(Settings(policy=LIGHT, upstream=upstream.url))
    gw = app.gateway
    hook = gw.served["light"].guard.pipeline.on_result
    assert hook is not None

    def result(validator: str) -> StageResult:
        return StageResult("input", "allow", "x", (), (StepRun(validator, "regex", "allow", 0.0001),))

    def decisions() -> list[str]:
        lines = gw.metrics.render().decode().splitlines()
        return sorted(line.split("{")[1] for line in lines if line.startswith("guardrails_decisions_total{"))

    rec = Record("chat.completions", 0.0, policy="light")
    token = _CALL.set(rec)
    try:
        hook(result("during"))  # kept for the bookkeeping
        late = contextvars.copy_context()  # a check thread copies the call's context
    finally:
        _CALL.reset(token)
    assert decisions() == []
    gw.finish(rec)
    assert decisions() == ['action="allow",policy="light",stage="input",validator="during"} 1.0']
    thread = threading.Thread(target=late.run, args=(hook, result("late")))
    thread.start()
    thread.join(30)
    assert decisions() == [
        'action="allow",policy="light",stage="input",validator="during"} 1.0',
        'action="allow",policy="light",stage="input",validator="late"} 1.0',
    ]


def test_a_failing_bookkeeping_logs_no_record(
    upstream: ScriptedServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Review: `finish` runs as a loop callback (after the answer went out); had it raised, asyncio's
    # exception handler would have logged the callback's repr, the whole record with its stage results' text.
    from guardrails_lite.logs import capture_events
    from guardrails_lite.pipeline import StageResult
    from guardrails_lite.server.gateway import Record

    app = create_app(Settings(policy=LIGHT, upstream=upstream.url))
    gw = app.gateway

    def broken(*args: Any) -> None:
        raise RuntimeError("metrics broke")

    monkeypatch.setattr(gw.metrics, "request", broken)
    rec = Record("chat.completions", 0.0, policy="light")
    rec.keep(StageResult("input", "allow", "SECRET prompt text", (), ()))

    async def run() -> None:
        asyncio.get_running_loop().call_soon(gw.finish, rec)
        await asyncio.sleep(0)
        await asyncio.sleep(0)

    caplog.set_level(logging.DEBUG)
    with capture_events() as events:
        asyncio.run(run())
    assert "SECRET" not in caplog.text and "SECRET" not in repr(rec)
    # Nothing reached the loop's exception handler (asyncio shortens reprs, but by length, not by content).
    assert not [r for r in caplog.records if r.name == "asyncio" and r.levelno >= logging.WARNING]
    failed = [e for e in events if e["event"] == "bookkeeping_failed"]
    assert len(failed) == 1 and failed[0]["error"] == "RuntimeError" and failed[0]["endpoint"] == "chat.completions"
    assert "metrics broke" not in caplog.text  # the exception's own message is not logged either


def test_a_call_before_the_warm_up_ended_is_refused(upstream: ScriptedServer) -> None:
    app = create_app(Settings(policy=LIGHT, upstream=upstream.url))

    async def run() -> tuple[Answer, Answer, Answer]:
        try:
            early = await _asgi(app, "POST", "/v1/chat/completions", _chat())
            ready = await _asgi(app, "GET", "/readyz")
            app.gateway.warm()
            later = await _asgi(app, "POST", "/v1/chat/completions", _chat())
            return early, ready, later
        finally:
            await app.gateway.upstream.aclose()

    upstream.default = Reply("fine")
    early, ready, later = asyncio.run(run())
    assert early[0] == 503 and json.loads(early[2])["error"]["code"] == "not_ready"
    assert ready[0] == 503 and json.loads(ready[2])["status"] == "warming"
    assert later[0] == 200 and json.loads(later[2])["choices"][0]["message"]["content"] == "fine"
