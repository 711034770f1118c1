"""The gateway's work per request in counts that a busy machine does not change: instructions and bytecodes.

    python benchmarks/gateway_instructions.py [--requests 60] [--against DIR]
        -> benchmarks/results/gateway-instructions.md

The request of `gateway.py` (the default policy, a 330-character prompt with an e-mail address, the
canned upstream in a process of its own) is sent straight into the ASGI application, as in
`gateway_cpu.py`, with the log configuration `serve` uses; the default policy alone (``Guard.run``
on the same prompt and answer, logging off: as `gateway.py` measures the policy's own cost) is
measured the same way (both with a time budget per check of 600 s instead of 2 s, which a run under
valgrind could exceed: the same work). Two counts per request, each after 100 warm-up requests:

- machine instructions, under valgrind's callgrind (collection switched on for the measured
  requests only, with ``callgrind_control``; the uvicorn server in front is not included);
- Python bytecodes executed (``sys.settrace`` with opcode events), by module: where the gateway's
  own work goes, apart from the policy's.

With ``--against DIR`` (a checkout of another commit: ``git worktree add`` or ``git archive``),
that tree is measured too, with this tree's virtual environment, for a before/after. CPU time on
the same work is another matter (caches, the other jobs on the machine): `gateway_cpu.py` pairs
it, `gateway.py` measures latency.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import logging
import logging.config
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
Run = Callable[[], Awaitable[None]]
WARMUP = 100


def _area(filename: str) -> str:
    """A module's short name for the bytecode table: the gateway's modules, the library's, packages."""
    for marker, label in (("guardrails_lite/server/", "server/"), ("guardrails_lite/integrations/", "integrations/"),
                          ("guardrails_lite/validators/", "validators"), ("guardrails_lite/", "")):  # fmt: skip
        if marker in filename:
            return "validators" if label == "validators" else label + filename.split("/")[-1]
    if "site-packages/" in filename:
        return filename.split("site-packages/")[1].split("/")[0]
    if "/lib/python3" in filename:
        return "stdlib: " + filename.split("/lib/python3")[1].split("/", 2)[1].removesuffix(".py")
    return "other"


async def _setup(port: int) -> dict[str, Run]:
    """The two variants in this process (the measured tree's code): the gateway, the policy alone."""
    from benchmarks.gateway import ANSWER, PROMPT
    from benchmarks.gateway_cpu import _request
    from guardrails_lite import Guard
    from guardrails_lite.server.app import create_app
    from guardrails_lite.server.settings import Settings

    # The default policy, with a time budget per check that a run under valgrind (~50 times slower) keeps to.
    path = Path(tempfile.mkdtemp(prefix="gateway-instructions-")) / "default.yaml"
    path.write_text(Path("policies/default.yaml").read_text() + "\nvalidator_timeout_ms: 600000\n")
    app = create_app(Settings(policy=str(path), upstream=f"http://127.0.0.1:{port}/v1"))
    app.gateway.warm()
    body = json.dumps({"model": "bench", "messages": [{"role": "user", "content": PROMPT}]}).encode()
    guard = Guard(path)
    messages = [{"role": "user", "content": PROMPT}]

    async def policy() -> None:
        guard.run(lambda p: ANSWER, messages)

    return {"gateway": _request(app, body), "policy": policy}


def serve_logging() -> None:
    """The log configuration `serve` uses (`logconfig`), its lines written to /dev/null (also `gateway_cpu`'s)."""
    from guardrails_lite.server.logconfig import lean_records, log_config

    config = log_config("info")
    config["handlers"]["stderr"]["stream"] = "ext://sys.stdout"
    logging.config.dictConfig(config)
    lean_records()
    for handler in logging.getLogger("guardrails_lite").handlers:
        handler.setStream(open(os.devnull, "w"))  # type: ignore[attr-defined]


async def _child(mode: str, n: int, port: int) -> dict[str, Any]:
    variants = await _setup(port)
    out: dict[str, Any] = {}
    for name, run in variants.items():
        logging.disable(logging.NOTSET if name == "gateway" else logging.INFO)
        for _ in range(WARMUP):
            await run()
        if mode == "instructions":
            _callgrind("-i", "on")
            for _ in range(n):
                await run()
            await asyncio.sleep(0)  # the loop turn that writes the log lines
            _callgrind("-i", "off")
            _callgrind("-d", name)
        else:
            out[name] = await _bytecodes(run, n)
    logging.disable(logging.NOTSET)
    return out


def _callgrind(*args: str) -> None:
    subprocess.run(["callgrind_control", *args, str(os.getpid())], check=True, stdout=subprocess.DEVNULL)


async def _bytecodes(run: Run, n: int) -> dict[str, float]:
    counts: collections.Counter[str] = collections.Counter()

    def trace(frame: Any, event: str, arg: Any) -> Any:
        frame.f_trace_opcodes = True
        area = _area(frame.f_code.co_filename)

        def local(frame: Any, event: str, arg: Any) -> Any:
            if event == "opcode":
                counts[area] += 1
            return local

        return local

    sys.settrace(trace)
    try:
        for _ in range(n):
            await run()
        await asyncio.sleep(0)
    finally:
        sys.settrace(None)
    return {area: c / n for area, c in counts.items()}


def child_main(mode: str, n: int) -> None:
    """In the measured tree (the working directory): counts, printed as JSON (bytecodes) or left in
    callgrind's dump files (instructions)."""
    sys.path.insert(0, os.getcwd())
    from benchmarks.gateway import start_upstream

    serve_logging()
    upstream, port = start_upstream()
    try:
        import uvloop

        out = uvloop.run(_child(mode, n, port))
    finally:
        upstream.terminate()
        upstream.wait(30)
    print(json.dumps(out))


def measure(tree: Path, n: int) -> dict[str, Any]:
    """Instructions and bytecodes per request of each variant, for the code in `tree`."""
    script = [sys.executable, str(Path(__file__).resolve()), "child"]
    out = subprocess.run([*script, "bytecodes", str(n)], cwd=tree, capture_output=True, text=True, check=True)
    bytecodes = json.loads(out.stdout.strip().splitlines()[-1])
    with tempfile.TemporaryDirectory(prefix="gateway-callgrind-") as folder:
        prefix = Path(folder) / "cg"
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={prefix}.%p",
               *script, "instructions", str(n)]  # fmt: skip
        subprocess.run(cmd, cwd=tree, capture_output=True, text=True, check=True)
        instructions = {}
        for dump in Path(folder).glob("cg.*.*"):
            text = dump.read_text(errors="replace")
            name = re.search(r"^desc: Trigger: Client Request: dump (\S+)|^desc: Trigger: dump (\S+)", text, re.M)
            total = re.search(r"^totals: (\d+)", text, re.M)
            if name and total:
                instructions[name.group(1) or name.group(2)] = int(total.group(1)) / n
    return {"instructions": instructions, "bytecodes": bytecodes}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=60, help="measured requests per variant")
    ap.add_argument("--against", type=Path, help="another tree (the commit before), measured the same way")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "gateway-instructions.md"))
    args = ap.parse_args()
    trees = {"this tree": ROOT} | ({"against": args.against.resolve()} if args.against else {})
    results = {label: measure(tree, args.requests) for label, tree in trees.items()}
    write(Path(args.out), results, trees, args.requests)


def write(out: Path, results: dict[str, dict[str, Any]], trees: dict[str, Path], n: int) -> None:
    labels = list(results)
    lines = [
        "# Gateway: instructions and bytecodes per request (`benchmarks/gateway_instructions.py`)",
        "",
        f"In-process (the ASGI app on uvloop, no HTTP server), {n} requests per variant after {WARMUP} warm-up ones; "
        "trees: " + ", ".join(f"{label} = `{tree}`" for label, tree in trees.items()) + ".",
        "",
        "| tree | gateway M instructions | policy alone | gateway over the policy | gateway bytecodes | policy alone |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label in labels:
        ins, byt = results[label]["instructions"], results[label]["bytecodes"]
        g, p = ins.get("gateway", float("nan")) / 1e6, ins.get("policy", float("nan")) / 1e6
        gb, pb = sum(byt["gateway"].values()), sum(byt["policy"].values())
        lines.append(f"| {label} | {g:.3f} | {p:.3f} | {g - p:+.3f} | {gb:,.0f} | {pb:,.0f} |")
    lines += ["", "Bytecodes per request by module, the gateway less the policy alone:", ""]
    lines += ["| module | " + " | ".join(labels) + " |", "|---|" + "---:|" * len(labels)]
    extra = {label: _extra(results[label]["bytecodes"]) for label in labels}
    areas = sorted(set().union(*extra.values()), key=lambda a: -max(e.get(a, 0.0) for e in extra.values()))
    for area in areas:
        if max(abs(e.get(area, 0.0)) for e in extra.values()) >= 50:
            lines.append(f"| {area} | " + " | ".join(f"{extra[label].get(area, 0.0):+,.0f}" for label in labels) + " |")
    out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


def _extra(bytecodes: dict[str, dict[str, float]]) -> dict[str, float]:
    gateway, policy = bytecodes["gateway"], bytecodes["policy"]
    return {area: gateway.get(area, 0.0) - policy.get(area, 0.0) for area in set(gateway) | set(policy)}


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "child":
        child_main(sys.argv[2], int(sys.argv[3]))
    else:
        main()
