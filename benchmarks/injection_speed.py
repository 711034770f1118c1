"""prompt_injection's speed (issue 14 goals: <= 1 ms per prompt, p99 <= 3 ms, documents <= 1 ms/KB), CPU and wall.

    GUARDRAILS_DATA=../shared/data .venv/bin/python benchmarks/injection_speed.py [--rounds 3] [--long]

One validator (default configuration), warmed up, then per round: the mixed public prompts (deepset test,
jailbreak-classification balanced test, NotInject, WildGuard-benign) one by one as prompts, and the BIPIA test
e-mails as context documents. Prints CPU time per prompt (process time: what other processes on the host do not
change), wall p50 / p99 per prompt, and CPU ms per KB of documents; the median round is the figure to quote.
Prints only; nothing is written.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import injection_data as D  # noqa: E402

from guardrails_lite import Context  # noqa: E402
from guardrails_lite.validators.injection import PromptInjectionSpec  # noqa: E402
from guardrails_lite.verdict import Validator  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3, help="measured rounds (the median is the figure)")
    ap.add_argument("--long", action="store_true", help="also 40k-character prompts and 20k-character documents")
    args = ap.parse_args()
    prompts = [t for t, _ in D.deepset("test")] + [t for t, _ in D.jailbreak("test", "balanced")]
    prompts += D.notinject() + D.wildguard()
    documents = D.bipia_emails("test")
    v = PromptInjectionSpec.model_validate({"use": "prompt_injection"}).build()
    as_prompt, as_document = Context("input", target="prompt"), Context("input", target="context[0]")
    for t in prompts[:50]:
        v(t, as_prompt)
    for d in documents[:5]:
        v(d, as_document)
    kb = sum(len(d.encode("utf-8")) for d in documents) / 1000
    rows = []
    for _ in range(args.rounds):
        walls = []
        cpu0 = time.process_time()
        for t in prompts:
            w0 = time.perf_counter()
            v(t, as_prompt)
            walls.append(time.perf_counter() - w0)
        cpu1 = time.process_time()
        for d in documents:
            v(d, as_document)
        cpu2 = time.process_time()
        walls.sort()
        p50, p99 = walls[len(walls) // 2], walls[min(len(walls) - 1, int(0.99 * len(walls)))]
        rows.append((1000 * (cpu1 - cpu0) / len(prompts), 1000 * p50, 1000 * p99, 1000 * (cpu2 - cpu1) / kb))
        cpu, p50_ms, p99_ms, per_kb = rows[-1]
        print(
            f"{len(prompts)} prompts: CPU {cpu:.3f} ms/prompt, wall p50 {p50_ms:.3f} p99 {p99_ms:.3f} ms;"
            f" {len(documents)} documents ({kb:.0f} KB): CPU {per_kb:.2f} ms/KB",
            flush=True,
        )
    med = [statistics.median(r[i] for r in rows) for i in range(4)]
    print(
        f"median of {args.rounds}: CPU {med[0]:.3f} ms/prompt, p50 {med[1]:.3f}, p99 {med[2]:.3f} ms, "
        f"{med[3]:.2f} ms/KB"
    )
    if args.long:
        long_texts(v, as_prompt, as_document)


def long_texts(v: Validator, as_prompt: Context, as_document: Context) -> None:
    """The validator alone on the pathological benchmark's 40k-character prompts and 20k-character documents of
    ordinary and varied prose (issue 13: the whole default policy under 50 ms there): CPU and wall ms, median of 5."""
    import pathological as P

    for kind, chars, ctx in (("prompt", 40_000, as_prompt), ("document", 20_000, as_document)):
        for name, text in (("ordinary prose", P._fill(P.PROSE, chars)), ("varied prose", P._varied_prose(chars))):
            v(text, ctx)
            cpu, wall = [], []
            for _ in range(5):
                c0, w0 = time.process_time(), time.perf_counter()
                v(text, ctx)
                cpu.append(time.process_time() - c0)
                wall.append(time.perf_counter() - w0)
            print(
                f"{kind} {len(text):,} chars {name}: CPU {1000 * statistics.median(cpu):.1f} ms, "
                f"wall {1000 * statistics.median(wall):.1f} ms"
            )


if __name__ == "__main__":
    main()
