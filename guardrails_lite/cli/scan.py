"""`guardrails-lite scan`: run one stage of a policy over a JSON Lines file.

Reads ``{"text": ..., "context": [...]?}`` per line (other fields ignored) and writes one JSON
record per input line, in order; a malformed line gets ``{"line": n, "error": ...}`` and the scan
goes on. Streams: memory does not grow with the file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

from pydantic import ValidationError

from guardrails_lite.cli.main import UsageError
from guardrails_lite.pipeline import Pipeline
from guardrails_lite.policy import Policy, load_policy
from guardrails_lite.spec import known_validators, spec_class
from guardrails_lite.verdict import Context, Stage, as_documents


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("scan", help="run one stage over JSON Lines texts")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--policy", metavar="PATH", help="policy file")
    src.add_argument("--use", metavar="NAME", action="append", help="a built-in validator with its defaults")
    p.add_argument("--stage", choices=("input", "output"), required=True)
    p.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="JSON Lines input (default: stdin)")
    p.set_defaults(func=run)


def policy_from_names(names: Iterable[str], stage: Stage) -> Policy:
    specs = []
    for name in names:
        cls = spec_class(name)
        if cls is None:
            raise UsageError(f"unknown validator {name!r}; known: {', '.join(known_validators())}")
        if stage not in cls.stages:
            raise UsageError(f"{name!r} cannot run on the {stage} stage")
        try:
            specs.append(cls.model_validate({"use": name}))
        except ValidationError as e:
            needs = "; ".join(sorted({".".join(map(str, err["loc"])) or err["msg"] for err in e.errors()}))
            raise UsageError(f"{name!r} cannot run with its defaults ({needs}); use a policy file") from None
    return Policy.model_validate({"name": "scan", stage: specs})


def scan_lines(pipeline: Pipeline, stage: Stage, lines: Iterable[bytes]) -> Iterator[tuple[dict[str, Any], bool]]:
    """Yield (record, ok) per input line, in order."""
    for n, raw in enumerate(lines, 1):
        try:
            line = raw.rstrip(b"\r\n").decode("utf-8")
        except UnicodeDecodeError as e:
            yield {"line": n, "error": f"invalid UTF-8 at byte {e.start}"}, False
            continue
        try:
            item = json.loads(line)
        except (ValueError, RecursionError):
            yield {"line": n, "error": "not valid JSON"}, False
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            yield {"line": n, "error": 'expected an object with a string "text" field'}, False
            continue
        text = item["text"]
        target = "prompt" if stage == "input" else "answer"
        try:
            context = item.get("context")  # one document or a list; a document is a text or {text, name}
            documents = as_documents(context if isinstance(context, list) or context is None else [context])
            ctx = Context(stage, documents=tuple(documents), target=target)
            r = pipeline.check(stage, text, ctx)
        except Exception as e:  # noqa: BLE001 - one bad line must not end the scan
            yield {"line": n, "error": f"internal error: {type(e).__name__}"}, False
            continue
        findings = [f.to_dict() for f in r.findings]
        yield {"text": text, "action": r.action, "output": r.text, "findings": findings}, True


def _open(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # closed by run()
    except OSError as e:
        raise UsageError(f"cannot read {path}: {e.strerror}") from None


def run(args: argparse.Namespace) -> int:
    policy = load_policy(args.policy) if args.policy else policy_from_names(args.use, args.stage)
    pipeline = Pipeline(policy)
    stream = _open(args.file)
    out = sys.stdout
    all_ok = True
    try:
        for record, ok in scan_lines(pipeline, args.stage, stream):
            all_ok &= ok
            try:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            except UnicodeEncodeError:  # lone surrogates from \ud800-style escapes: keep them escaped
                out.write(json.dumps(record) + "\n")
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    out.flush()
    return 0 if all_ok else 1
