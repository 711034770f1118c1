"""`guardrails-lite scan`: run one stage of a policy over a JSON Lines file.

Reads ``{"text": ..., "context": [...]?}`` per line (other fields ignored) and writes one JSON
record per input line, in order; a malformed line gets ``{"line": n, "error": ...}`` and the scan
goes on, and so does a line longer than 16 MiB (skipped unread). Streams: memory does not grow with
the file, nor with a line. ``--workers N`` screens on N processes with
the same output, byte for byte; a progress bar goes to stderr when it is a terminal.
"""

from __future__ import annotations

import argparse
import functools
import os
import stat
import sys
from collections.abc import Iterable
from typing import IO, Any

from pydantic import ValidationError

from guardrails_lite.batch import PolicySource, WorkerStartError, scan_jsonl
from guardrails_lite.batch._pool import start_method
from guardrails_lite.batch._progress import progress_bar
from guardrails_lite.cli.main import UsageError, add_workers_argument, configure_logging, warm_up
from guardrails_lite.pipeline import Pipeline
from guardrails_lite.policy import Policy, load_policy
from guardrails_lite.spec import known_validators, spec_class
from guardrails_lite.verdict import Stage


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("scan", help="run one stage over JSON Lines texts")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--policy", metavar="PATH", help="policy file")
    src.add_argument("--use", metavar="NAME", action="append", help="a built-in validator with its defaults")
    p.add_argument("--stage", choices=("input", "output"), required=True)
    p.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="JSON Lines input (default: stdin)")
    add_workers_argument(p)
    p.set_defaults(func=run)


def policy_from_names(names: Iterable[str], stage: Stage) -> Policy:
    """A policy of the named validators with their defaults and ``on_fail: repair``: what can be
    repaired is (``pii`` answers with the scrubbed text), the rest blocks (input) or asks for a
    re-ask (output)."""
    specs = []
    for name in names:
        cls = spec_class(name)
        if cls is None:
            raise UsageError(f"unknown validator {name!r}; known: {', '.join(known_validators())}")
        if stage not in cls.stages:
            raise UsageError(f"{name!r} cannot run on the {stage} stage")
        try:
            specs.append(cls.model_validate({"use": name, "on_fail": "repair"}))
        except ValidationError as e:
            needs = "; ".join(sorted({".".join(map(str, err["loc"])) or err["msg"] for err in e.errors()}))
            raise UsageError(f"{name!r} cannot run with its defaults ({needs}); use a policy file") from None
    return Policy.model_validate({"name": "scan", stage: specs})


def _open(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # closed by run()
    except OSError as e:
        raise UsageError(f"cannot read {path}: {e.strerror}") from None


def _size(stream: IO[bytes]) -> int | None:
    """Bytes to read, for the progress bar: known for a regular file only."""
    try:
        st = os.fstat(stream.fileno())
    except (OSError, ValueError):
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def run(args: argparse.Namespace) -> int:
    policy = load_policy(args.policy) if args.policy else policy_from_names(args.use, args.stage)
    # Workers re-read the file (or get the policy's data) and import the same modules: never a built guard.
    source = PolicySource.of(
        args.policy or policy, imports=args.imports, setup=functools.partial(configure_logging, args.verbose)
    )
    stream = _open(args.file)
    if args.workers <= 1 or start_method() == "fork":
        # Engines are shared per process: the scan's pipeline (or the one forked workers inherit) reuses them.
        warm_up(Pipeline(policy), (args.stage,))
    try:
        with progress_bar("scan", total=_size(stream), unit="B", items="lines") as progress:
            summary = scan_jsonl(source, args.stage, stream, sys.stdout.buffer, workers=args.workers, progress=progress)
    except WorkerStartError as e:
        raise UsageError(f"a worker process could not start: {e}") from None
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    return 1 if summary.bad else 0
