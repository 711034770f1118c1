"""`guardrails-lite eval`: run test cases through a policy and report its error rates.

Exit codes: 0 every case passed, 1 some case failed, 2 usage, policy or case-file errors.
``--workers N`` runs the cases on N processes: the same results in the same order (timings aside).
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from pathlib import Path
from typing import Any

from guardrails_lite.batch import CaseJob, PolicySource, WorkerStartError, run_cases
from guardrails_lite.batch._pool import start_method
from guardrails_lite.batch._progress import progress_bar
from guardrails_lite.cli.main import UsageError, add_workers_argument, configure_logging, warm_up
from guardrails_lite.evaluation.cases import Case, CaseFileError, load_cases, load_suite, suite_names
from guardrails_lite.evaluation.evaluate import assemble
from guardrails_lite.evaluation.live import openai_model
from guardrails_lite.evaluation.report import render_html
from guardrails_lite.evaluation.text import render_text
from guardrails_lite.pipeline import Pipeline
from guardrails_lite.policy import load_policy


def _fpr(value: str) -> float:
    try:
        f = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= f <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return f


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("eval", help="measure a policy on test cases")
    p.add_argument("--policy", required=True, metavar="PATH", help="policy file")
    p.add_argument("cases", nargs="*", metavar="CASES", help="case files (.yaml or .jsonl)")
    p.add_argument("--suite", action="append", default=[], metavar="NAME", help="a shipped suite, e.g. attacks")
    p.add_argument("--tag", action="append", default=[], metavar="TAG", help="only cases with this tag")
    p.add_argument("--skip-tag", action="append", default=[], metavar="TAG", help="leave out cases with this tag")
    p.add_argument("--sweep", action="store_true", help="recall and FPR across thresholds of score-based validators")
    p.add_argument("--max-fpr", type=_fpr, default=0.01, metavar="F", help="target FPR for the sweep (0.01)")
    p.add_argument("--compare", metavar="OTHER_POLICY", help="also run this policy; list cases that changed")
    p.add_argument("--report", metavar="OUT.html", help="write a self-contained HTML report")
    p.add_argument("--json", action="store_true", help="print JSON instead of the table")
    p.add_argument("--model", metavar="M", help="call this OpenAI-compatible model for prompt-only cases")
    p.add_argument("--show", type=int, default=50, metavar="N", help="failing cases listed in the table (50)")
    add_workers_argument(p)
    p.set_defaults(func=run)


def _cases(args: argparse.Namespace) -> list[Case]:
    if not args.cases and not args.suite:
        raise UsageError(f"eval: give case files or --suite NAME (shipped: {', '.join(suite_names())})")
    cases: list[Case] = []
    seen: dict[str, str] = {}
    for source, loaded in [*((s, load_suite(s)) for s in args.suite), *((c, load_cases(c)) for c in args.cases)]:
        for case in loaded:
            if case.id in seen:
                raise CaseFileError(source, [("", f"case id {case.id!r} also appears in {seen[case.id]}")])
            seen[case.id] = source
            cases.append(case)
    if args.tag:
        cases = [c for c in cases if set(c.tags) & set(args.tag)]
    cases = [c for c in cases if not set(c.tags) & set(args.skip_tag)]
    if not cases:
        raise UsageError("eval: no case left after --tag / --skip-tag")
    return cases


def run(args: argparse.Namespace) -> int:
    policy = load_policy(args.policy)
    other = load_policy(args.compare) if args.compare else None
    try:
        cases = _cases(args)
    except CaseFileError as e:
        print(f"guardrails-lite: case file error\n{e}", file=sys.stderr)
        return 2
    if args.model:
        try:
            openai_model(args.model, policy)  # fail here, once, rather than in every worker
        except Exception as e:  # noqa: BLE001 - e.g. openai.OpenAIError for a missing key: a usage problem
            raise UsageError(
                f"--model: cannot create the OpenAI client ({type(e).__name__}); set OPENAI_API_KEY, and "
                "OPENAI_BASE_URL for other OpenAI-compatible servers"
            ) from None
    setup = functools.partial(configure_logging, args.verbose)
    job = CaseJob(
        PolicySource.of(args.policy, imports=args.imports, setup=setup),
        PolicySource.of(args.compare, imports=args.imports, setup=setup) if args.compare else None,
        sweep=args.sweep,
        model=args.model,
    )
    if args.workers <= 1 or start_method() == "fork":
        # Engines are shared per process: the evaluators' steps here (or in forked workers) build at once.
        for loaded in (policy, other) if other is not None else (policy,):
            warm_up(Pipeline(loaded))
    try:
        with progress_bar("eval", total=len(cases), unit="case", items="cases") as progress:
            results, theirs = run_cases(job, cases, workers=args.workers, progress=progress)
    except WorkerStartError as e:
        raise UsageError(f"a worker process could not start: {e}") from None
    ev = assemble(policy, results, sweep_thresholds=args.sweep, max_fpr=args.max_fpr, compare=other, theirs=theirs)
    if args.report:
        try:
            Path(args.report).write_text(render_html(ev), encoding="utf-8")
        except OSError as e:
            raise UsageError(f"cannot write {args.report}: {e.strerror}") from None
    if args.json:
        print(json.dumps(ev.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(render_text(ev, max_failures=max(0, args.show)))
        if args.report:
            print(f"\nreport written to {args.report}")
    return 1 if ev.failures else 0
