"""The names tier's speed in one short run: ~1 KB e-mails and the names generators of `pathological.py`.

    nice -n 10 .venv/bin/python benchmarks/names_speed.py [--chars 200000] [--repeats 7] [--only NAME ...] [--stock]
    nice -n 10 .venv/bin/python benchmarks/names_speed.py --against ../old-checkout [--rounds 5] [--only NAME ...]

1. ~1 KB e-mails (uner-ewt-dev's e-mail sentences, each message's joined, as `pii_eval.py` cuts them; needs
   ../shared/data): median CPU ms per 1,000 characters of `NameFinder.find`, of the `pii` validator with names
   (`operator: replace`) and without them (the six pattern types), so "names add" = with - without; with
   `--stock`, stock Presidio too (blank spaCy pipeline, pattern recognizers, anonymizer) and the ratio.
2. Each names generator of `benchmarks/pathological.py` at `--chars` characters through the `pii` validator as
   the pathological benchmark builds it (`operator: pseudonymise`), in this process and warmed up: CPU and wall
   seconds, and the CPU seconds of `NameFinder.find` alone on the same text (best of `--find-repeats`). Then the
   same kinds of line with a new name in each (`VARIED`: "Hi Tomeal,\n" ...): the generators repeat one line,
   which the finder decides once, so these carry the cost of names it has not seen (in `--against`, new ones
   each round).

`--against DIR`: paired, as `output_speed.py`: two workers (the library of this checkout and of DIR) run rounds
alternately (`paired.alternate`); a round is the `pii` validator's CPU seconds on each names generator (one call,
after one unmeasured call on the same text) and the ~1 KB e-mails' CPU ms/KB with names; medians per side and the
median of the per-round ratios new/old.

The issue 13 goal is ≤ 0.5 s per validator at 200k characters; issue 15's is names ≤ 1 ms/KB added and the
`pii` validator ≥ 8x faster than stock Presidio's pattern engine (see `pii_eval.py` for the stock side).
CPU time is quoted beside wall time: the machine is shared, and wall time inflates with the load.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import paired  # noqa: E402
from benchmarks.pathological import ENTRIES, GENERATORS  # noqa: E402
from benchmarks.pii_eval import DEFAULT_DATA, ENTITIES, THRESHOLD, email_kb, stock_engines  # noqa: E402

_GIVEN = "Ann Bob Maria Wei Ola Priya Tom Jana Luis Kofi Emma Raj Sven Yuki Omar Lena".split()


def _varied(line: Callable[[Callable[[], str]], str]) -> Callable[..., str]:
    """A generator of lines that each name someone new ("Hi Tomeal,"), seeded (both sides of `--against` read the
    same texts; each round a new seed, so the names are new to the finder's caches). `pathological.py`'s names
    generators repeat one line, and the finder decides each distinct window or line once, so they miss the cost
    of a text of distinct names."""

    def make(n: int, seed: int = 13) -> str:
        rnd = random.Random(seed)

        def name() -> str:
            return rnd.choice(_GIVEN) + "".join(rnd.choice("aeioulnrst") for _ in range(3))

        out: list[str] = []
        size = 0
        while size < n:
            out.append(line(name))
            size += len(out[-1])
        return "".join(out)[:n]

    return make


#: The generators `pathological.py` added for the names tier (capitalised words ... log lines), and the same kinds
#: of line with a new name in each.
VARIED = {
    "greeting lines, varied names": _varied(lambda name: f"Hi {name()},\n"),
    "full names, varied": _varied(lambda name: f"{name()} {name()}, "),
    "legal forms with periods, varied names": _varied(lambda name: f"{name()} Co. "),
}
CASES: dict[str, Callable[..., str]] = {
    **{k: GENERATORS[k] for k in list(GENERATORS)[list(GENERATORS).index("capitalised words") :]},
    **VARIED,
}
NAMES_GENERATORS = list(CASES)


def _cpu_per_kb(fns: dict[str, Callable[[str], Any]], texts: list[str], repeats: int) -> dict[str, float]:
    """Median CPU ms per 1,000 characters of each function over `texts`, passes interleaved."""
    kb = sum(map(len, texts)) / 1000
    cpu: dict[str, list[float]] = {k: [] for k in fns}
    for fn in fns.values():
        for t in texts:
            fn(t)
    for _ in range(repeats):
        for name, fn in fns.items():
            c0 = time.process_time()
            for t in texts:
                fn(t)
            cpu[name].append(time.process_time() - c0)
    return {k: round(statistics.median(v) * 1000 / kb, 3) for k, v in cpu.items()}


def _stock() -> Callable[[str], Any]:
    """Stock Presidio's pattern engine and anonymizer (replace), as `pii_eval.py` times it."""
    from presidio_anonymizer.entities import OperatorConfig

    analyzer, anonymizer = stock_engines()

    def run(text: str) -> str:
        res = analyzer.analyze(text, language="en")
        return str(anonymizer.anonymize(text, res, {"DEFAULT": OperatorConfig("replace")}).text)

    return run


class _Rounds:
    """What a worker of `--against` measures each round (see the module's docstring)."""

    def __init__(self, chars: int, only: list[str] | None) -> None:
        from guardrails_lite.spec import spec_class
        from guardrails_lite.validators.pii import PiiSpec, PiiValidator
        from guardrails_lite.verdict import Context

        cls = spec_class("pii")
        assert cls is not None
        self.context = Context
        self.validator = cls.model_validate(ENTRIES["pii"]).build()
        self.ours = PiiValidator(PiiSpec(operator="replace", score_threshold=THRESHOLD))
        self.emails = email_kb(DEFAULT_DATA.parent)
        self.chars = chars
        self.rounds = 0
        self.texts = {name: CASES[name](chars) for name in only or NAMES_GENERATORS}
        for text in [*self.texts.values(), *self.emails]:
            self.validator(text, Context("input", entry_id="pii"))
            self.ours(text, Context("input"))

    def round(self) -> dict[str, float]:
        row = {}
        self.rounds += 1
        for name, text in self.texts.items():
            if name in VARIED:  # names none of the finder's caches has seen (the warm-up read seed 13's)
                text = VARIED[name](self.chars, seed=1000 + self.rounds)
            c0 = time.process_time()
            self.validator(text, self.context("input", entry_id="pii"))
            row[name] = time.process_time() - c0
        if self.emails:
            c0 = time.process_time()
            for text in self.emails:
                self.ours(text, self.context("input"))
            row["e-mails ms/KB"] = (time.process_time() - c0) * 1000 / (sum(map(len, self.emails)) / 1000)
        return row


def _serve(checkout: Path, chars: int, only: list[str] | None) -> None:
    """Worker of `--against`: the library from `checkout`; one JSON line per round asked for on stdin."""
    sys.path.insert(0, str(checkout))
    bench = _Rounds(chars, only)
    import guardrails_lite

    print(json.dumps({"ready": True, "library": guardrails_lite.__file__}), flush=True)
    for _ in sys.stdin:
        print(json.dumps(bench.round()), flush=True)


def _paired(old: Path, rounds: int, chars: int, only: list[str] | None) -> None:
    def report(i: int, new_row: dict[str, float], old_row: dict[str, float]) -> None:
        worst = max(new_row, key=lambda k: new_row[k] if k in CASES else -1)
        print(f"round {i + 1}: new worst {worst} {new_row[worst]:.3f} s, old {old_row[worst]:.3f} s", flush=True)

    cmd = [sys.executable, __file__, "--chars", str(chars), *(["--only", *only] if only else []), "--worker"]
    rows = paired.alternate(cmd, ROOT, old, rounds, report)
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; medians of {rounds} rounds (CPU)")
    print("| case | old | new | new/old (median of the rounds' ratios) |\n|---|---:|---:|---:|")
    for k in rows["new"][0]:
        med = {side: statistics.median(r[k] for r in rows[side]) for side in ("old", "new")}
        ratio = statistics.median(n[k] / o[k] for n, o in zip(rows["new"], rows["old"], strict=True))
        unit = "" if k.endswith("ms/KB") else " s"
        print(f"| {k} | {med['old']:.3f}{unit} | {med['new']:.3f}{unit} | {ratio:.3f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=200_000)
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--find-repeats", type=int, default=3)
    ap.add_argument("--only", nargs="*", help="names generators to run (default: all)")
    ap.add_argument("--stock", action="store_true", help="also stock Presidio on the e-mails (as pii_eval.py)")
    ap.add_argument("--against", type=Path, help="an older checkout: paired, alternating rounds against it")
    ap.add_argument("--rounds", type=int, default=5, help="paired rounds (the median is the figure)")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)  # internal: serve rounds for --against
    args = ap.parse_args()
    if args.worker is not None:
        _serve(args.worker, args.chars, args.only)
        return
    if args.against is not None:
        _paired(args.against.resolve(), args.rounds, args.chars, args.only)
        return
    from guardrails_lite.spec import spec_class
    from guardrails_lite.validators.pii import PiiSpec, PiiValidator
    from guardrails_lite.validators.pii._engine import get_engine
    from guardrails_lite.verdict import Context

    out: dict[str, Any] = {"load": os.getloadavg()}
    ours = PiiValidator(PiiSpec(operator="replace", score_threshold=THRESHOLD))
    plain = PiiValidator(PiiSpec(operator="replace", score_threshold=THRESHOLD, entities=list(ENTITIES)))
    finder = get_engine(ours.config).names
    texts = email_kb(DEFAULT_DATA.parent)
    if texts:
        fns: dict[str, Callable[[str], Any]] = {
            "find": finder.find,
            "pii with names": lambda t: ours(t, Context("input")),
            "pii patterns only": lambda t: plain(t, Context("input")),
        }
        if args.stock:
            fns["stock presidio"] = _stock()
        got = _cpu_per_kb(fns, texts, args.repeats)
        got["names add"] = round(got["pii with names"] - got["pii patterns only"], 3)
        if args.stock:
            got["ratio stock / pii with names"] = round(got["stock presidio"] / got["pii with names"], 2)
        out["~1 KB e-mails, CPU ms/KB"] = got
    cls = spec_class("pii")
    assert cls is not None
    validator = cls.model_validate(ENTRIES["pii"]).build()
    validator("warm up: Hi Ann, a.b@example.com 212-555-0100", Context("input"))
    rows = {}
    for name in args.only or NAMES_GENERATORS:
        text = CASES[name](args.chars)
        validator(text[:2000], Context("input", entry_id="pii"))
        t0, c0 = time.perf_counter(), time.process_time()
        validator(text, Context("input", entry_id="pii"))
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        find = []
        for _ in range(args.find_repeats):
            c1 = time.process_time()
            finder.find(text)
            find.append(time.process_time() - c1)
        rows[name] = {"pii cpu s": round(cpu, 3), "pii wall s": round(wall, 3), "find cpu s": round(min(find), 3)}
    out[f"names generators at {args.chars} chars"] = rows
    out["load_end"] = os.getloadavg()
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
