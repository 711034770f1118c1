"""One stage of a policy over JSON Lines records: the per-line work that `scan` does, in one place.

`scan_block` turns a block of whole input lines into the encoded output lines, so a process pool
and the single-process path run the same code and write the same bytes. Every malformed line gets
``{"line": n, "error": ...}`` and the block goes on; the reasons never quote the line.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any

from guardrails_lite.pipeline import Pipeline, worst
from guardrails_lite.verdict import Context, Stage, as_documents

__all__ = ["BlockResult", "encode", "scan_block", "scan_line", "scan_text"]


@dataclass(frozen=True, slots=True)
class BlockResult:
    """The encoded output of one block: `data` holds `lines` JSON Lines records, `bad` of them errors;
    `read` is the size of the input they came from."""

    data: bytes
    lines: int
    bad: int
    read: int


def scan_text(pipeline: Pipeline, stage: Stage, text: str, context: Any = None) -> dict[str, Any]:
    """The scan record of one text: ``action``, ``output`` (None when rejected) and ``findings``.

    `context` is one document or a list; a document is a text or ``{text, name}``. On the input
    stage each document is screened as untrusted, as `Guard.screen_input` does: a planted instruction
    in a document blocks the record. Raises on a malformed `context` (the callers turn that into a
    per-record error).
    """
    documents = as_documents(context if isinstance(context, list) or context is None else [context])
    ctx = Context(stage, documents=tuple(documents), target="prompt" if stage == "input" else "answer")
    results = [pipeline.check(stage, text, ctx)]
    if stage == "input":
        for i, doc in enumerate(documents):
            ctx.target = doc.target(i)
            results.append(pipeline.check(stage, doc.text, ctx, document=True))
    action = functools.reduce(worst, (r.action for r in results))
    findings = [f.to_dict() for r in results for f in r.findings]
    return {
        "text": text,
        "action": action,
        "output": None if action == "block" else results[0].text,
        "findings": findings,
    }


def scan_line(pipeline: Pipeline, stage: Stage, n: int, raw: bytes) -> tuple[dict[str, Any], bool]:
    """(record, ok) for input line number `n` (1-based), without its line ending."""
    try:
        line = raw.rstrip(b"\r\n").decode("utf-8")
    except UnicodeDecodeError as e:
        return {"line": n, "error": f"invalid UTF-8 at byte {e.start}"}, False
    try:
        item = json.loads(line)
    except (ValueError, RecursionError):
        return {"line": n, "error": "not valid JSON"}, False
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return {"line": n, "error": 'expected an object with a string "text" field'}, False
    try:
        return scan_text(pipeline, stage, item["text"], item.get("context")), True
    except Exception as e:  # noqa: BLE001 - one bad line must not end the scan
        return {"line": n, "error": f"internal error: {type(e).__name__}"}, False


def encode(record: dict[str, Any]) -> bytes:
    """One output line, UTF-8. Lone surrogates (from ``\\ud800``-style escapes) stay escaped."""
    try:
        return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(record) + "\n").encode("ascii")


def scan_block(pipeline: Pipeline, stage: Stage, first: int, block: bytes) -> BlockResult:
    """Scan every line of `block` (whole lines; the last may lack its newline); `first` numbers the first."""
    lines = block.split(b"\n")
    if lines[-1] == b"":
        lines.pop()  # the block ended with a newline: no line after it
    out: list[bytes] = []
    bad = 0
    for n, raw in enumerate(lines, first):
        record, ok = scan_line(pipeline, stage, n, raw)
        bad += not ok
        out.append(encode(record))
    return BlockResult(b"".join(out), len(lines), bad, len(block))
