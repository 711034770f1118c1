"""`guardrails-lite` entry point: argument parsing, logging set-up and exit codes.

Exit codes: 0 success, 1 a blocked call, a failed API call (chat), a malformed input line or a failing
eval case, 2 usage, policy or plugin errors. Every command takes ``--import MODULE`` (repeatable) for
the application's own validators; installed plugins (the ``guardrails_lite.validators`` entry points)
load by themselves.
User errors print one clear line to stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from guardrails_lite.errors import PluginError, PolicyError

if TYPE_CHECKING:
    from guardrails_lite.pipeline import Pipeline
    from guardrails_lite.verdict import Stage

#: Subcommand modules in this package; each has `register(subparsers)` setting `func(args) -> int`.
COMMANDS = ("validate", "schema", "scan", "eval", "demo", "chat", "serve")


class UsageError(Exception):
    """A command-line mistake: reported on stderr, exit code 2."""


class JsonLines(logging.Formatter):
    """One JSON object per event: time, level, event name and the event's fields (never text)."""

    _SKIP = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "event"}

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, object] = {
            "timestamp": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": getattr(record, "event", None) or record.getMessage(),
        }
        out.update((k, v) for k, v in record.__dict__.items() if k not in self._SKIP)
        return json.dumps(out, ensure_ascii=False, default=str)


def configure_logging(verbosity: int) -> None:
    # The CLI is an application, so it configures the library's logger; logs go to stderr so that
    # stdout carries only results. Quiet by default: -v shows decisions, -vv everything.
    level = {0: logging.ERROR, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    log = logging.getLogger("guardrails_lite")
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name("guardrails-lite-cli")
    handler.setFormatter(JsonLines())
    log.handlers = [h for h in log.handlers if h.get_name() != handler.get_name()] + [handler]
    log.setLevel(level)
    log.propagate = False


def warm_up(pipeline: Pipeline, stages: Sequence[Stage] = ("input", "output")) -> None:
    """Load the engines before the first text; on a terminal, say so on stderr while they load (seconds)."""
    err = sys.stderr
    if not err.isatty():
        pipeline.warm(stages)
        return
    started = time.perf_counter()
    err.write(f"guardrails-lite: loading {pipeline.policy.name}:")
    err.flush()

    shown: set[str] = set()

    def show(entry: str) -> None:
        if entry not in shown:  # an input and an output entry may share an id (the default policy's pii)
            shown.add(entry)
            err.write(f" {entry}")
            err.flush()

    pipeline.warm(stages, show)
    err.write(f" - ready in {time.perf_counter() - started:.1f} s\n")
    err.flush()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guardrails-lite", description="Runtime guardrails around LLM calls.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log decisions to stderr (-vv: all)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"guardrails_lite.cli.{name}").register(sub)
    for command in sub.choices.values():
        command.add_argument(
            "--import",
            dest="imports",
            action="append",
            default=[],
            metavar="MODULE",
            help="import this module first, so the validators it defines can be used (repeatable; "
            "looked up from the current directory too)",
        )
    return parser


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 1 <= n <= 256:
        raise argparse.ArgumentTypeError("must be between 1 and 256")
    return n


def add_workers_argument(p: argparse.ArgumentParser) -> None:
    """``--workers N`` for the batch commands (scan, eval)."""
    p.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="processes to screen on (default 1); the output is the same, in the same order",
    )


def import_modules(names: Sequence[str]) -> None:
    """Import the application's validator modules named on the command line (never by a policy file)."""
    if names and "" not in sys.path and os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())  # as `python -m` would: `--import app.validators` from the project root
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as e:  # noqa: BLE001 - the module's own error, reported without a traceback
            raise UsageError(f"--import {name}: cannot import it: {type(e).__name__}: {e}") from None


def _check_log_key() -> None:
    """A logging setting that would fail every call later is a usage error now, before any work."""
    from guardrails_lite.logs import check_digest_key

    try:
        check_digest_key()
    except ValueError as e:
        raise UsageError(str(e)) from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse already printed the usage error
        return 2 if e.code not in (0, None) else 0
    configure_logging(args.verbose)
    try:
        _check_log_key()
        import_modules(args.imports)
        return int(args.func(args))
    except PolicyError as e:
        print(f"guardrails-lite: policy error\n{e}", file=sys.stderr)
        return 2
    except PluginError as e:
        print(f"guardrails-lite: {e}", file=sys.stderr)
        return 2
    except UsageError as e:
        print(f"guardrails-lite: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
