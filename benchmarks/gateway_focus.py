"""Two focused gateway measurements that fit a busy machine (the full run is `benchmarks/gateway.py`).

    nice python benchmarks/gateway_focus.py [--rounds 40] [--lost 4800]   -> benchmarks/results/gateway-focus.md

1. CPU per request of the gateway application itself, in-process: ASGI calls straight into the app
   (no HTTP server in front; the canned upstream of `gateway.py` in its own process), the same
   request as `gateway.py`'s. Two apps in one process, one sending upstream through the SDK's
   ``create`` (its parameter transform) and one through `DirectClient` (the gateway's path),
   measured in alternating batches so that the other jobs on the machine weigh on both alike;
   the default policy alone (its validators in-process, no HTTP) is measured the same way.
   CPU time (``time.process_time``), which other jobs inflate far less than wall time.
2. Lost requests: `guardrails-lite serve --workers 2` under 64 concurrent clients (the row that
   lost 10 of 4,800 at 18:25 UTC), every answer checked; the gateway's upstream failures by kind,
   ``stale_connection`` being a request resent after meeting a connection the upstream had closed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.gateway import (  # noqa: E402 - after the path
    ANSWER,
    PROMPT,
    load,
    start_gateway,
    start_upstream,
    upstream_errors,
)
from benchmarks.gateway_cpu import _request  # noqa: E402 - one request into the ASGI app


async def _cpu_rows(port: int, rounds: int, batch: int) -> dict[str, float]:
    from guardrails_lite import Guard
    from guardrails_lite.integrations.openai import GuardedAsyncOpenAI
    from guardrails_lite.server.app import create_app
    from guardrails_lite.server.settings import Settings

    settings = Settings(policy=str(ROOT / "policies" / "default.yaml"), upstream=f"http://127.0.0.1:{port}/v1")
    direct, sdk = create_app(settings), create_app(settings)
    for app in (direct, sdk):
        app.state.gateway.warm()
    gw = sdk.state.gateway  # the same gateway, its guarded clients on the SDK's own create
    gw.served = {name: GuardedAsyncOpenAI(gw.upstream.client, c.guard) for name, c in gw.served.items()}
    guard = Guard(ROOT / "policies" / "default.yaml")
    body = json.dumps({"model": "bench", "messages": [{"role": "user", "content": PROMPT}]}).encode()

    async def policy() -> None:
        assert "dana.wells@example.com" in guard.run(lambda p: ANSWER, [{"role": "user", "content": PROMPT}]).text

    runs = {"gateway (SDK create)": _request(sdk, body), "gateway (DirectClient)": _request(direct, body),
            "default policy alone": policy}  # fmt: skip
    for run in runs.values():
        for _ in range(100):
            await run()
    cpu = dict.fromkeys(runs, 0.0)
    for _ in range(rounds):
        for name, run in runs.items():
            t0 = time.process_time()
            for _ in range(batch):
                await run()
            cpu[name] += time.process_time() - t0
    for app in (direct, sdk):
        await app.state.gateway.upstream.aclose()
    return {name: 1000 * seconds / (rounds * batch) for name, seconds in cpu.items()}


def cpu_per_request(rounds: int, batch: int) -> dict[str, float]:
    import logging

    logging.disable(logging.INFO)  # the request log lines are not what is measured here
    upstream, port = start_upstream()
    try:
        return asyncio.run(_cpu_rows(port, rounds, batch))
    finally:
        upstream.terminate()
        upstream.wait(30)
        logging.disable(logging.NOTSET)


def lost_requests(requests: int) -> dict[str, Any]:
    upstream, port = start_upstream()
    try:
        gw = start_gateway(port, 2)
        try:
            before = os.getloadavg()[0]
            r = load(gw.port, "/v1/chat/completions", 64, requests, "dana.wells@example.com", 300)
            r["upstream"] = upstream_errors(gw)
            r["decisions"] = _not_allowed(gw.metrics())
            r["outcomes"] = Counter(e.get("outcome") for e in gw.events() if e.get("event") == "request")
            r["load_before"] = before
        finally:
            gw.stop()
    finally:
        upstream.terminate()
        upstream.wait(30)
    return r


def _not_allowed(metrics: str) -> dict[str, int]:
    """The gateway's policy decisions other than allow, by validator and action (``id:action``)."""
    out: dict[str, int] = {}
    for line in metrics.splitlines():
        if line.startswith("guardrails_decisions_total{") and 'action="allow"' not in line:
            labels = dict(part.split("=", 1) for part in line.split("{", 1)[1].split("}", 1)[0].split(","))
            key = f"{labels['validator'].strip(chr(34))}:{labels['action'].strip(chr(34))}"
            out[key] = out.get(key, 0) + int(float(line.rsplit(" ", 1)[1]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=40, help="alternating batches of each variant")
    ap.add_argument("--batch", type=int, default=10, help="requests per batch")
    ap.add_argument("--lost", type=int, default=4800, help="requests of the 2-worker, 64-client run (0: skip)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "gateway-focus.md"))
    args = ap.parse_args()
    load0 = os.getloadavg()
    cpu = cpu_per_request(args.rounds, args.batch)
    load1 = os.getloadavg()
    lost = lost_requests(args.lost) if args.lost else None
    write(Path(args.out), cpu, lost, args, (load0, load1, os.getloadavg()))


def write(out: Path, cpu: dict[str, float], lost: dict[str, Any] | None, args: Any, loads: Any) -> None:
    policy = cpu["default policy alone"]
    lines = [
        "# Gateway: CPU per request and lost requests (`benchmarks/gateway_focus.py`)",
        "",
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores shared with other jobs, niceness {os.nice(0)}; "
        f"load average (1 min) {loads[0][0]:.1f} at the start, {loads[1][0]:.1f} after the CPU rows, "
        f"{loads[2][0]:.1f} at the end.",
        "",
        f"## CPU per request, in-process ({args.rounds} alternating batches of {args.batch} per row)",
        "",
        "| what | CPU ms/request | over the policy alone |",
        "|---|---:|---:|",
    ]
    lines += [f"| {name} | {ms:.2f} | {ms - policy:+.2f} |" for name, ms in cpu.items()]
    saved = cpu["gateway (SDK create)"] - cpu["gateway (DirectClient)"]
    own = cpu["gateway (DirectClient)"] - policy
    lines += ["", f"DirectClient saves {saved:.2f} ms of CPU per request; the gateway's own work (no HTTP "
              f"server counted) is {own:.2f} ms over the policy's (goal for added latency: <= 2 ms: "
              f"{'met' if own <= 2 else '**missed**'} in CPU terms)."]  # fmt: skip
    if lost is not None:
        lines += ["", f"## Lost requests: 2 workers, 64 clients, {lost['requests']:,} requests (+300 warm-up)", "",
                  f"Lost: **{lost['lost']}** (goal 0: {'met' if lost['lost'] == 0 else '**missed**'}); "
                  f"{lost['rps']:.0f} requests/s, p50 {lost['p50_ms']:.0f} ms, p99 {lost['p99_ms']:.0f} ms; load "
                  f"{lost['load_before']:.1f} before. Gateway outcomes (warm-up included): "
                  + ", ".join(f"{k} {v}" for k, v in sorted(lost["outcomes"].items()))
                  + "; upstream failures by kind: "
                  + (", ".join(f"{k} {v}" for k, v in sorted(lost["upstream"].items())) or "none")
                  + "; policy decisions other than allow: "
                  + (", ".join(f"{k} {v}" for k, v in sorted(lost["decisions"].items())) or "none") + "."]  # fmt: skip
    out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
