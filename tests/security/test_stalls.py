"""The issue's stalls, at 200k characters, finish in a child process bounded at 60 s (issue 13).

Each of these took minutes (quadratic) or tens of seconds before; the speed goal itself (0.5 s per
validator) is measured by benchmarks/pathological.py, not here.
"""

from __future__ import annotations

from tests.security.bounded import run_bounded

N = 200_000

CASES = f"""
import json, time
from guardrails_lite import Blocked, Document, Guard, parse_policy
from guardrails_lite.verdict import Context

default = Guard("policies/default.yaml")

def run(name, fn):
    t0 = time.perf_counter()
    try:
        fn()
    except Blocked:
        pass
    print("CASE", name, round(time.perf_counter() - t0, 2), flush=True)

def entry(use, **kw):
    stage = "input" if use in ("prompt_injection", "pii") else "output"
    return parse_policy({{"name": "t", stage: [{{"use": use, **kw}}]}}).input[0] if stage == "input" else \\
        parse_policy({{"name": "t", "output": [{{"use": use, **kw}}]}}).output[0]

run("injection prompt", lambda: default.run(lambda p: "ok", "## system" + " " * {N} + "x"))
run("injection document", lambda: default.run(lambda p: "ok", "Summarise.", context=["!" * {N} + "x"]))
run("injection links", lambda: default.run(lambda p: "ok", "![a](http://x/?q={{" * ({N} // 18)))
grounding = entry("grounding").build()
run("grounding newlines", lambda: grounding("\\n" * {N}, Context("output", documents=(Document("a source"),))))
speculation = entry("speculation").build()
run("speculation short sentences", lambda: speculation("Maybe. " * ({N} // 7), Context("output")))
pii = entry("pii").build()
pii.warm()
run("pii digit groups", lambda: pii("12-" * ({N} // 3), Context("input")))
"""


def test_issue_reproductions_finish() -> None:
    done = run_bounded(CASES, seconds=60, memory_mb=4096)
    assert done.returncode == 0, (done.stdout, done.stderr[-2000:])
    names = [line[5:].rsplit(" ", 1)[0] for line in done.stdout.splitlines() if line.startswith("CASE ")]
    assert names == [
        "injection prompt",
        "injection document",
        "injection links",
        "grounding newlines",
        "speculation short sentences",
        "pii digit groups",
    ]
