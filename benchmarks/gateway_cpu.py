"""Where the gateway's CPU time per request goes, in-process and paired (no HTTP server in front).

    nice python benchmarks/gateway_cpu.py [--rounds 60] [--batch 10]   -> benchmarks/results/gateway-cpu.md

The request of `gateway.py` (the default policy, a 330-character prompt with an e-mail address, the
canned upstream in a process of its own) is sent straight into the ASGI application, on uvloop, with
the log configuration `serve` uses (its lines go to /dev/null). Variants run in alternating batches,
so the machine's other jobs weigh on each alike, and CPU time (``time.process_time``) is what is
compared:

- the gateway as it is; the same with the old way in (Starlette's middleware and router, the call
  in a task of its own watched with ``asyncio.wait``: `legacy_entry`); the gateway with logging off;
- the default policy alone (``Guard.run`` on the same prompt and answer, logging off: as `gateway.py`
  measures the policy's own cost).

In every variant the time spent in ``Pipeline.check`` (the validators' checks) is summed too, so the
gateway's own work (everything else) is told apart from the policy's, and from the policy's checks
costing more between other work than in a tight loop.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import logging.config
import os
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.gateway import ANSWER, PROMPT, start_upstream  # noqa: E402 - after the path
from benchmarks.gateway_instructions import serve_logging  # noqa: E402

Run = Callable[[], Awaitable[None]]
_CHECKS = [0.0]  # CPU seconds in Pipeline.check since the last reset


def _time_checks() -> None:
    from guardrails_lite import pipeline

    check = pipeline.Pipeline.check

    def timed(self: Any, *args: Any, **kwargs: Any) -> Any:
        t0 = time.process_time()
        try:
            return check(self, *args, **kwargs)
        finally:
            _CHECKS[0] += time.process_time() - t0

    pipeline.Pipeline.check = timed  # type: ignore[method-assign]


def _request(app: Any, body: bytes, entry: Callable[..., Awaitable[None]] | None = None) -> Run:
    """One POST /v1/chat/completions into `app` (through `entry` if given); checks the restored answer."""
    headers = [(b"content-type", b"application/json"), (b"authorization", b"Bearer sk-bench"),
               (b"content-length", str(len(body)).encode())]  # fmt: skip

    async def run() -> None:
        pending = [{"type": "http.request", "body": body, "more_body": False}]
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            if pending:
                return pending.pop()
            await asyncio.sleep(3600)  # the disconnect watcher waits here until the call is done
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
                 "scheme": "http", "path": "/v1/chat/completions", "raw_path": b"/v1/chat/completions",
                 "query_string": b"", "root_path": "", "headers": headers, "client": ("127.0.0.1", 1),
                 "server": ("127.0.0.1", 80)}  # fmt: skip
        await (entry or app)(scope, receive, send)
        assert sent[0]["status"] == 200 and b"dana.wells@example.com" in sent[1]["body"], sent[:1]

    return run


async def _legacy_watch(receive: Any, work: Any) -> Any:
    """The disconnect watch before 2026-11-27: the work in a task of its own, both awaited with asyncio.wait."""
    from guardrails_lite.server.disconnect import ClientGone, _disconnected

    task = asyncio.ensure_future(work)
    watch = asyncio.ensure_future(_disconnected(receive))
    try:
        await asyncio.wait((task, watch), return_when=asyncio.FIRST_COMPLETED)
    finally:
        watch.cancel()
        if not task.done():
            task.cancel()
        await asyncio.gather(task, watch, return_exceptions=True)
    if task.cancelled():
        raise ClientGone
    return task.result()


def legacy_entry(app: Any) -> Callable[..., Awaitable[None]]:
    """`app` entered the old way: Starlette's middleware and router, and `_legacy_watch`."""
    from starlette.applications import Starlette

    from guardrails_lite.server import gateway

    async def entry(scope: Any, receive: Any, send: Any) -> None:
        current = gateway.unless_disconnected
        gateway.unless_disconnected = _legacy_watch
        try:
            await Starlette.__call__(app, scope, receive, send)
        finally:
            gateway.unless_disconnected = current

    return entry


def _variants(app: Any) -> dict[str, tuple[Run, bool]]:
    """name: (one request, logging on)."""
    from guardrails_lite import Guard

    body = json.dumps({"model": "bench", "messages": [{"role": "user", "content": PROMPT}]}).encode()
    guard = Guard(ROOT / "policies" / "default.yaml")
    messages = [{"role": "user", "content": PROMPT}]

    async def policy() -> None:
        assert "dana.wells@example.com" in guard.run(lambda p: ANSWER, messages).text

    return {
        "gateway": (_request(app, body), True),
        "gateway, the old way in": (_request(app, body, legacy_entry(app)), True),
        "gateway, logging off": (_request(app, body), False),
        "default policy alone": (policy, False),
    }


async def measure(port: int, rounds: int, batch: int) -> dict[str, tuple[float, float]]:
    """CPU ms per request of each variant, and the part of it spent in Pipeline.check."""
    from guardrails_lite.server.app import create_app
    from guardrails_lite.server.settings import Settings

    app = create_app(Settings(policy=str(ROOT / "policies" / "default.yaml"), upstream=f"http://127.0.0.1:{port}/v1"))
    app.gateway.warm()
    variants = _variants(app)
    for run, logs in variants.values():
        logging.disable(logging.NOTSET if logs else logging.INFO)
        for _ in range(200):
            await run()
    cpu = dict.fromkeys(variants, 0.0)
    checks = dict.fromkeys(variants, 0.0)
    for i in range(rounds):
        for name, (run, logs) in variants.items() if i % 2 == 0 else reversed(variants.items()):
            logging.disable(logging.NOTSET if logs else logging.INFO)
            _CHECKS[0] = 0.0
            t0 = time.process_time()
            for _ in range(batch):
                await run()
            cpu[name] += time.process_time() - t0
            checks[name] += _CHECKS[0]
    logging.disable(logging.NOTSET)
    await app.gateway.upstream.aclose()
    n = rounds * batch
    return {name: (1000 * cpu[name] / n, 1000 * checks[name] / n) for name in variants}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=60, help="alternating batches of each variant")
    ap.add_argument("--batch", type=int, default=10, help="requests per batch")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "gateway-cpu.md"))
    args = ap.parse_args()
    serve_logging()
    _time_checks()
    load0 = os.getloadavg()[0]
    upstream, port = start_upstream()
    try:
        import uvloop

        rows = uvloop.run(measure(port, args.rounds, args.batch))
    finally:
        upstream.terminate()
        upstream.wait(30)
    write(Path(args.out), rows, args, (load0, os.getloadavg()[0]))


def write(out: Path, rows: dict[str, tuple[float, float]], args: Any, loads: tuple[float, float]) -> None:
    policy = rows["default policy alone"][0]
    lines = [
        "# Gateway: where the CPU time per request goes (`benchmarks/gateway_cpu.py`)",
        "",
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores shared with other jobs, niceness {os.nice(0)}; "
        f"load average (1 min) {loads[0]:.1f} at the start, {loads[1]:.1f} at the end. {args.rounds} alternating "
        f"batches of {args.batch} requests per variant, in-process (the ASGI app on uvloop, no HTTP server: "
        "uvicorn's own part is measured by `gateway.py`), CPU time.",
        "",
        "| variant | CPU ms/request | in Pipeline.check | the rest | over the policy alone |",
        "|---|---:|---:|---:|---:|",
    ]
    lines += [f"| {name} | {total:.3f} | {checks:.3f} | {total - checks:.3f} | {total - policy:+.3f} |"
              for name, (total, checks) in rows.items()]  # fmt: skip
    gw, old, quiet = rows["gateway"], rows["gateway, the old way in"], rows["gateway, logging off"]
    lines += [
        "",
        f"- The way in (dispatch ahead of Starlette, one watcher task): {old[0] - gw[0]:+.3f} ms saved per request.",
        f"- Logging (the gateway's `request` line and the library's decision lines): {gw[0] - quiet[0]:.3f} ms.",
        f"- The policy's checks (logging off in both) cost {quiet[1] - rows['default policy alone'][1]:+.3f} ms more "
        "inside the gateway than in the policy's own loop: the same checks, run between other work.",
    ]
    out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
