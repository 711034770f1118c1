"""Every validator on pathological inputs: the worst time per validator at 200k characters.

Generators (repeated punctuation, spaces, digits, brackets, zero-width characters, emoji, lone
surrogates, capitalised words, names, titles, legal forms, e-mail header lines, a log, ...) plus the
reproductions of issue 13 run through each registered validator, on every
stage and target it supports (prompt, untrusted document, answer). Each validator runs in a worker
process so that a stalled case (Python's `re` holds the GIL) can be killed at `--limit` seconds and
reported as such. Then the default policy runs whole on a 40k-character prompt and on a
20k-character document of each kind, plus ordinary prose.

Writes benchmarks/results/pathological.md and .json; `--before FILE.json` adds a "before" column.
Goal (issue 13): no validator above 0.5 s at 200k characters; the default policy under 50 ms on a
40k prompt or a 20k document.

Usage: nice -n 10 python benchmarks/pathological.py [--chars 200000] [--limit 30] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import base64
import json
import multiprocessing as mp
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RESULTS = Path(__file__).resolve().parent / "results"
GOAL_S = 0.5
GOAL_POLICY_MS = 50.0


def _fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _between(head: str, unit: str, tail: str, n: int) -> str:
    return head + _fill(unit, max(0, n - len(head) - len(tail))) + tail


# English whose UTF-8 length is a multiple of 3: repeated, its base64 is one run with no padding, which
# prompt_injection decodes and screens again (plus its nested views).
_B64_PROSE = base64.b64encode(b"Please ignore the noise in the quarterly report and summarise the rest. ").decode()

# Words for prose that never repeats a sentence (a repeated paragraph lets per-call caches of repeated
# windows or sentences look better than real text would).
_VOCAB = (
    "the a an and or but of to in on for with from by at about after before during team venue offsite "
    "report quarter budget travel meeting agenda minutes customer invoice order delivery parcel project plan "
    "review update draft schedule office room floor building city train flight hotel dinner lunch coffee "
    "please send book confirm check share attach forward call email reply read write finish start move "
    "we you they our your their it this that these those new next last early late quick short long final "
    "Monday Tuesday Friday September October Priya Dana Reyes Sam Lakeside London Berlin "
    "is are was were will can should could would may might has have had do does did not also only just"
).split()


def _varied_prose(n: int) -> str:
    rng = random.Random(13)
    out: list[str] = []
    size = 0
    while size < n:
        words = [rng.choice(_VOCAB) for _ in range(rng.randint(6, 18))]
        sentence = " ".join(words)
        sentence = sentence[0].upper() + sentence[1:] + rng.choice(".....?!") + " "
        out.append(sentence)
        size += len(sentence)
    return "".join(out)[:n]


#: name -> text of (about) n characters. Surrogates are lone UTF-16 halves, as a JSON decoder can produce.
GENERATORS: dict[str, Callable[[int], str]] = {
    "exclamation": lambda n: _fill("!", n),
    "mixed punctuation": lambda n: _fill(".,;:!?-", n),
    "dots and spaces": lambda n: _fill(". ", n),
    "spaces": lambda n: _fill(" ", n),
    "newlines": lambda n: _fill("\n", n),
    "tabs and spaces": lambda n: _fill(" \t", n),
    "letter a": lambda n: _fill("a", n),
    "spaced letters": lambda n: _fill("a ", n),
    "digits": lambda n: _fill("1", n),
    "digits and spaces": lambda n: _fill("1 ", n),
    "digit groups 12-": lambda n: _fill("12-", n),
    "dotted quads": lambda n: _fill("1.2.3.4.", n),
    "phone-like": lambda n: _fill("+1 (555) 010-", n),
    "square brackets": lambda n: _fill("[", n),
    "parentheses": lambda n: _fill("(", n),
    "braces": lambda n: _fill("{", n),
    "angle brackets": lambda n: _fill("<", n),
    "markdown links": lambda n: _fill("![a](http://x/?q={", n),
    "at signs": lambda n: _fill("a@", n),
    "email-like": lambda n: _fill("a.b@c.d ", n),
    "base64-like": lambda n: _fill("QUJD", n),
    "percent-encoded": lambda n: _fill("%41", n),
    # Code escapes and broken percent escapes (review r19-s97-3: each escape was decoded by a Python callback).
    "unicode escapes": lambda n: _fill("\\u0049", n),
    "octal escapes": lambda n: _fill("\\111", n),
    "broken percent escapes": lambda n: _fill("%4%41a", n),
    "numeric entities": lambda n: _fill("&#73;", n),
    "zero-width": lambda n: _fill("\u200b", n),
    "zero-width between letters": lambda n: _fill("a\u200b", n),
    "emoji": lambda n: _fill("\U0001f600", n),
    "emoji with modifiers": lambda n: _fill("\U0001f44d\U0001f3fd\u200d", n),
    "lone surrogates": lambda n: _fill("\ud800", n),
    "hedged sentences": lambda n: _fill("He probably did it. ", n),
    "short sentences": lambda n: _fill("Maybe. ", n),
    "json nesting": lambda n: _fill("[", n),
    "json array of numbers": lambda n: "[" + _fill("1,", n - 3) + "1]",
    # The reproductions of issue 13, grown to n characters.
    "repro: '## system' + spaces": lambda n: _between("## system", " ", "x", n),
    "repro: '!' * k + 'x'": lambda n: _between("", "!", "x", n),
    "repro: '12-' * k": lambda n: _fill("12-", n),
    # Near misses of the injection patterns' keywords ("a.i.", "assistant") at every other character.
    "letter-dot pairs": lambda n: _fill("a.", n),
    "base64 of prose": lambda n: _fill(_B64_PROSE, n),
    "varied prose": _varied_prose,
    # What the names tier looks at twice: capitalised words, first names, titles, legal forms, street words and
    # the e-mail lines its rules anchor on, each repeated ("Co Co Co ..." at 200k took 1.6 s on 3968a88).
    "capitalised words": lambda n: _fill("Word ", n),
    "first names": lambda n: _fill("Ann ", n),
    "full names": lambda n: _fill("Ann Lee, ", n),
    "titles": lambda n: _fill("Mr ", n),
    "titles with periods": lambda n: _fill("Dr. ", n),
    "legal forms": lambda n: _fill("Co ", n),
    "legal forms with periods": lambda n: _fill("Co. ", n),
    "legal form Inc": lambda n: _fill("Inc ", n),
    "legal form GmbH": lambda n: _fill("GmbH ", n),
    "street words": lambda n: _fill("Street ", n),
    "header lines": lambda n: _fill("From: Ann\n", n),
    "greeting lines": lambda n: _fill("Hi Ann,\n", n),
    # A log: addresses among words, so the names tier runs too (letter-free text skips it).
    "log lines": lambda n: _fill("GET 10.1.2.3 ok\n", n),
}

#: One entry per registered validator: its policy entry and the texts it needs besides the input.
ENTRIES: dict[str, dict[str, Any]] = {
    "prompt_injection": {"use": "prompt_injection"},
    "pii": {"use": "pii", "operator": "pseudonymise", "on_fail": "repair"},
    "regex": {"use": "regex", "patterns": [r"(?i)\bpassword\s*[:=]", r"\b\d{3}-\d{2}-\d{4}\b"]},
    "json_schema": {
        "use": "json_schema",
        "schema": {
            "type": "object",
            "properties": {"code": {"type": "string", "pattern": "^(a+)+$"}, "n": {"type": "number"}},
        },
    },
    "max_length": {"use": "max_length", "max_words": 100},
    "canary": {"use": "canary"},
    "speculation": {"use": "speculation"},
    "grounding": {"use": "grounding"},
    "scope": {
        "use": "scope",
        "allowed_topics": [
            {"name": "billing", "description": "Invoices, payments, refunds and subscription plans."},
            {"name": "shipping", "description": "Delivery times, tracking numbers and lost parcels."},
        ],
        "denied_topics": [{"name": "medical", "description": "Diagnoses, symptoms and medication."}],
    },
}
SOURCE = "The invoice INV-2024-001 was paid on 3 May 2024 by Dana Reyes. The parcel left the depot on 4 May."
CANARY = "CANARY-0123456789abcdef"

#: Extra cases: (validator, stage, target, name, text) at their own sizes.
SPECIFIC: list[tuple[str, str, str, str, str]] = [
    ("json_schema", "output", "answer", "repro: pattern ^(a+)+$ vs 22 a's + '!'", json.dumps({"code": "a" * 22 + "!"})),
    ("json_schema", "output", "answer", "pattern ^(a+)+$ vs 40 a's + '!'", json.dumps({"code": "a" * 40 + "!"})),
    ("prompt_injection", "input", "prompt", "repro: '## system' + 40k spaces + 'x'", "## system" + " " * 40000 + "x"),
    ("prompt_injection", "input", "context[0]", "repro: '!' * 20000 + 'x' (document)", "!" * 20000 + "x"),
    ("pii", "input", "prompt", "repro: '12-' * 66666", "12-" * 66666),
]


def _targets(name: str) -> list[tuple[str, str]]:
    from guardrails_lite.spec import spec_class

    cls = spec_class(name)
    assert cls is not None, name
    out: list[tuple[str, str]] = []
    if "input" in cls.stages:
        out.append(("input", "prompt"))
        if cls.screens_documents or cls.scrubs_documents:
            out.append(("input", "context[0]"))
    if "output" in cls.stages:
        out.append(("output", "answer"))
    return out


# -- worker ------------------------------------------------------------------------------------
def _warm_up(validator: Any) -> None:
    """What `Guard(..., warm=True)` does before the first call: `warm()`, then the optional `preload()` (whole
    model heads, every pattern compiled), so a measured call never pays a one-time load."""
    for step in ("warm", "preload"):
        method = getattr(validator, step, None)
        if callable(method):
            method()


def _worker(conn: Any, name: str) -> None:
    import logging

    logging.getLogger("guardrails_lite").setLevel(logging.ERROR)
    from guardrails_lite.spec import spec_class
    from guardrails_lite.verdict import Context, Document

    cls = spec_class(name)
    assert cls is not None
    validator = cls.model_validate(ENTRIES[name]).build()
    _warm_up(validator)
    conn.send(("ready", 0.0, 0.0, ""))
    while True:
        job = conn.recv()
        if job is None:
            return
        stage, target, text = job
        documents: tuple[Document, ...] = (Document(SOURCE, "source"),)
        if target.startswith("context["):
            documents = (Document(text),)
        ctx = Context(stage, documents=documents, metadata={"canary": CANARY}, target=target, entry_id=name)
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            verdict = validator(text, ctx)
            outcome = "pass" if verdict.passed else f"fail ({len(verdict.findings)})"
        except Exception as exc:  # a crash is a result here
            outcome = f"raised {type(exc).__name__}"
        # CPU seconds too: on a shared machine wall time inflates with the load, CPU time much less.
        conn.send(("done", time.perf_counter() - t0, time.process_time() - c0, outcome))


class Runner:
    """A worker process for one validator, replaced when a case overruns the limit."""

    def __init__(self, name: str, limit: float) -> None:
        self.name = name
        self.limit = limit
        self.proc: Any = None
        self.conn: Any = None

    def _start(self) -> None:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, self.name), daemon=True)
        self.proc.start()
        self.conn = parent
        if not parent.poll(300):
            raise RuntimeError(f"{self.name}: worker did not start")
        parent.recv()

    def run(self, stage: str, target: str, text: str) -> tuple[float | None, float | None, str]:
        if self.proc is None:
            self._start()
        self.conn.send((stage, target, text))
        if self.conn.poll(self.limit):
            _, seconds, cpu, outcome = self.conn.recv()
            return seconds, cpu, outcome
        self.stop(kill=True)
        return None, None, f"stopped after {self.limit:.0f} s"

    def stop(self, kill: bool = False) -> None:
        if self.proc is None:
            return
        if kill:
            self.proc.kill()
        else:
            self.conn.send(None)
        self.proc.join(10)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.proc = None


def bench_validators(names: list[str], chars: int, limit: float) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name in names:
        runner = Runner(name, limit)
        try:
            cases = [(s, t, g, GENERATORS[g](chars)) for s, t in _targets(name) for g in GENERATORS]
            if name == "json_schema":  # also as the string value the schema's pattern runs on
                cases += [
                    (
                        "output",
                        "answer",
                        f"{g} (JSON string)",
                        json.dumps({"code": make(chars - 12)}, ensure_ascii=False),
                    )
                    for g, make in GENERATORS.items()
                ]
            cases += [(s, t, g, text) for v, s, t, g, text in SPECIFIC if v == name]
            for stage, target, gen, text in cases:
                seconds, cpu, outcome = runner.run(stage, target, text)
                rows.append(
                    {
                        "validator": name,
                        "target": target,
                        "input": gen,
                        "chars": len(text),
                        "seconds": seconds,
                        "cpu": cpu,
                        "outcome": outcome,
                    }
                )
                shown = f"{seconds:8.3f} s" if seconds is not None else f"  >{limit:.0f} s  "
                cpu_shown = f"{cpu:7.3f} cpu" if cpu is not None else ""
                print(f"{name:17} {target:11} {gen:40} {shown} {cpu_shown} {outcome}", flush=True)
        finally:
            runner.stop()
    return rows


# -- the default policy, whole ---------------------------------------------------------------
PROSE = (
    "Hi team, the venue for the Q3 offsite is confirmed: Lakeside Hall, 12 September. Please send your "
    "dietary requirements to Priya by Friday and book your own travel; the budget code is OPS-7. "
)


def bench_default_policy(prompt_chars: int, doc_chars: int, repeats: int) -> list[dict[str, Any]]:
    import logging

    logging.getLogger("guardrails_lite").setLevel(logging.ERROR)
    from guardrails_lite import Blocked, Guard

    guard = Guard(Path(__file__).resolve().parent.parent / "policies" / "default.yaml", warm=True)
    guard.run(lambda p: "ok", "Please forward the minutes to dana@example.com before Friday.")  # loads the engines
    texts = {"ordinary prose": PROSE, **GENERATORS}
    rows: list[dict[str, Any]] = []
    for kind, chars in (("prompt", prompt_chars), ("document", doc_chars)):
        for gen, make in texts.items():
            text = _fill(make, chars) if isinstance(make, str) else make(chars)
            samples: list[float] = []
            cpu: list[float] = []
            outcome = "allowed"
            for _ in range(repeats):
                t0, c0 = time.perf_counter(), time.process_time()
                try:
                    if kind == "prompt":
                        guard.run(lambda p: "ok", text)
                    else:
                        guard.run(lambda p: "ok", "Summarise the document.", context=[text])
                except Blocked as b:
                    outcome = f"blocked ({', '.join(sorted({f.id for f in b.findings}))})"
                samples.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
                if samples[-1] > 5:
                    break  # one sample of a stall is enough
            ms = statistics.median(samples) * 1000
            cpu_ms = statistics.median(cpu) * 1000
            row = {"kind": kind, "chars": len(text), "input": gen, "ms": ms, "cpu_ms": cpu_ms, "outcome": outcome}
            row["entries_cpu_ms"] = _entries_cpu(guard, text, kind)
            rows.append(row)
            print(f"default policy {kind:8} {gen:40} {ms:9.1f} ms {cpu_ms:9.1f} cpu ms {outcome}", flush=True)
    return rows


def _entries_cpu(guard: Any, text: str, kind: str) -> dict[str, float]:
    """CPU milliseconds of each input entry of the policy on `text` alone (which one costs what): the median
    of three calls after one unmeasured call (a single sample read up to twice the whole policy's time)."""
    from guardrails_lite.verdict import Context, Document

    target = "prompt" if kind == "prompt" else "context[0]"
    out: dict[str, float] = {}
    for spec in guard.policy.input:
        validator = spec.build()
        _warm_up(validator)
        docs = (Document(text),) if kind == "document" else ()
        cpu: list[float] = []
        for _ in range(4):
            c0 = time.process_time()
            validator(text, Context("input", documents=docs, target=target, entry_id=spec.use))
            cpu.append(time.process_time() - c0)
        out[spec.use] = round(statistics.median(cpu[1:]) * 1000, 1)
    return out


def _load() -> str:
    """The 1, 5 and 15 minute load averages."""
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


# -- report ---------------------------------------------------------------------------------------
def _fmt(seconds: float | None, limit: float) -> str:
    return f">{limit:.0f}" if seconds is None else f"{seconds:.3f}"


def _worst(rows: list[dict[str, Any]], name: str, limit: float) -> tuple[float, dict[str, Any]]:
    mine = [r for r in rows if r["validator"] == name]
    worst = max(mine, key=lambda r: limit + 1 if r["seconds"] is None else r["seconds"])
    return (limit + 1 if worst["seconds"] is None else worst["seconds"]), worst


def _worst_cpu(rows: list[dict[str, Any]], name: str) -> str:
    """The most CPU time one case of `name` took, and on which input (older results have none)."""
    mine = [r for r in rows if r["validator"] == name and r.get("cpu") is not None]
    if not mine:
        return "-"
    w = max(mine, key=lambda r: r["cpu"])
    return f"{w['cpu']:.3f} ({w['input']})"


def report(data: dict[str, Any], before: dict[str, Any] | None) -> str:
    limit = data["limit"]
    rows = data["validators"]
    names = sorted({r["validator"] for r in rows})
    lines = [
        "# Pathological inputs: worst time per validator",
        "",
        f"`{data['command']}` on Python {data['python']}, {data['machine']}, {data['date']}. "
        f"{len(GENERATORS)} generators at {data['chars']:,} characters on every stage and target each validator "
        f"supports, plus the reproductions of issue 13; one run per case in a worker process, "
        f"stopped at {limit:.0f} s. "
        f"Goal: no validator above {GOAL_S} s.",
        "",
        *([data["note"], ""] if data.get("note") else []),
        *(
            [
                f"Load average (1, 5, 15 min): {data['load_start']} at the start, {data['load_validators_end']} after "
                f"the validators, {data['load_end']} at the end.",
                "",
            ]
            if data.get("load_start")
            else []
        ),
    ]
    head = "| validator | worst (s) | on input | target | outcome | worst CPU (s) |"
    sep = "|---|---:|---|---|---|---:|"
    if before is not None:
        head = "| validator | before (s) | worst now (s) | on input | target | outcome | worst CPU (s) |"
        sep = "|---|---:|---:|---|---|---|---:|"
    lines += [head, sep]
    met = True
    for name in names:
        seconds, w = _worst(rows, name, limit)
        met &= seconds <= GOAL_S
        cells = [name]
        if before is not None:
            prev = [r for r in before["validators"] if r["validator"] == name]
            if prev:
                _, bw = _worst(before["validators"], name, before["limit"])
                cells.append(f"{_fmt(bw['seconds'], before['limit'])} ({bw['input']}, {bw['target']})")
            else:
                cells.append("-")
        cells += [_fmt(w["seconds"], limit), w["input"], w["target"], w["outcome"], _worst_cpu(rows, name)]
        lines.append("| " + " | ".join(cells) + " |")
    cpu_met = all((r.get("cpu") or 0.0) <= GOAL_S and r["seconds"] is not None for r in rows)
    lines += ["", f"Goal {'met' if met else 'missed'} by wall time, {'met' if cpu_met else 'missed'} by CPU time.", ""]
    policy = data.get("policy") or []
    if policy:
        lines += _policy_lines(data, before)
    return "\n".join(lines + _case_lines(rows, policy, limit)) + "\n"


def _policy_lines(data: dict[str, Any], before: dict[str, Any] | None) -> list[str]:
    policy = data["policy"]
    lines = ["## The default policy, whole (input and output stages, a scripted model)", ""]
    lines += [f"Median of {data['repeats']} runs per input (wall clock; CPU time of this process after it).", ""]
    met = True
    for kind in ("prompt", "document"):
        mine = [r for r in policy if r["kind"] == kind]
        worst = max(mine, key=lambda r: r["ms"])
        prose = next(r for r in mine if r["input"] == "ordinary prose")
        varied = next((r for r in mine if r["input"] == "varied prose"), None)
        line = (
            f"- {kind} of {worst['chars']:,} characters: worst {worst['ms']:.1f} ms ({worst['input']}, "
            f"{worst['outcome']}); ordinary prose {prose['ms']:.1f} ms"
        )
        if varied is not None:
            line += f", varied prose (no repeated sentence) {varied['ms']:.1f} ms"
        if "cpu_ms" in worst:
            top = max(mine, key=lambda r: r["cpu_ms"])
            line += f"; CPU: worst {top['cpu_ms']:.1f} ms ({top['input']}), ordinary prose {prose['cpu_ms']:.1f} ms"
        for r in (prose, top if "cpu_ms" in worst else worst):
            if r.get("entries_cpu_ms"):
                parts = ", ".join(f"{k} {v:.1f}" for k, v in r["entries_cpu_ms"].items())
                line += f"; input entries alone on {r['input']} (CPU ms): {parts}"
        if before is not None and before.get("policy"):
            prev = [r for r in before["policy"] if r["kind"] == kind]
            bw = max(prev, key=lambda r: r["ms"])
            line += f"; before: worst {bw['ms']:.1f} ms ({bw['input']})"
        lines.append(line)
        met &= worst["ms"] <= GOAL_POLICY_MS
    return [*lines, "", f"Goal (under {GOAL_POLICY_MS:.0f} ms): {'met' if met else 'missed'}.", ""]


def _case_lines(rows: list[dict[str, Any]], policy: list[dict[str, Any]], limit: float) -> list[str]:
    lines = [
        "## Every case",
        "",
        "| validator | target | input | chars | seconds | CPU seconds | outcome |",
        "|---|---|---|---:|---:|---:|---|",
    ]
    for r in rows:
        cpu = "-" if r.get("cpu") is None else f"{r['cpu']:.3f}"
        lines.append(
            f"| {r['validator']} | {r['target']} | {r['input']} | {r['chars']:,} | {_fmt(r['seconds'], limit)} | "
            f"{cpu} | {r['outcome']} |"
        )
    for r in policy:
        cpu = "-" if r.get("cpu_ms") is None else f"{r['cpu_ms'] / 1000:.3f}"
        lines.append(
            f"| default policy | {r['kind']} | {r['input']} | {r['chars']:,} | {r['ms'] / 1000:.3f} | {cpu} | "
            f"{r['outcome']} |"
        )
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=200_000)
    ap.add_argument("--limit", type=float, default=30.0, help="seconds before a case is stopped")
    ap.add_argument("--only", nargs="*", help="validators to run (default: every registered one)")
    ap.add_argument("--repeats", type=int, default=5, help="runs per default-policy input")
    ap.add_argument("--no-policy", action="store_true", help="skip the default-policy runs")
    ap.add_argument("--before", type=Path, help="an earlier .json result to compare against")
    ap.add_argument("--out", type=Path, default=RESULTS / "pathological")
    ap.add_argument("--note", default="", help="a paragraph for the report's head (e.g. the machine's load)")
    args = ap.parse_args()
    from guardrails_lite.spec import known_validators

    names = args.only or [n for n in known_validators() if n in ENTRIES]
    missing = sorted(set(known_validators()) - set(ENTRIES))
    if missing:
        sys.exit(f"no benchmark entry for validators {missing}: add them to ENTRIES")
    data: dict[str, Any] = {
        "command": "python benchmarks/pathological.py " + " ".join(sys.argv[1:]),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {mp.cpu_count()} cores",
        "date": time.strftime("%Y-%m-%d"),
        "chars": args.chars,
        "limit": args.limit,
        "repeats": args.repeats,
        "note": args.note,
        "load_start": _load(),
        "validators": bench_validators(names, args.chars, args.limit),
        "load_validators_end": _load(),
        "policy": [] if args.no_policy else bench_default_policy(40_000, 20_000, args.repeats),
        "load_end": _load(),
    }
    before = json.loads(args.before.read_text()) if args.before else None
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(data, indent=1) + "\n")
    args.out.with_suffix(".md").write_text(report(data, before))
    print(f"wrote {args.out.with_suffix('.md')}")


if __name__ == "__main__":
    main()
