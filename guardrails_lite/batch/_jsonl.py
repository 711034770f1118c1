"""`scan_jsonl`: one stage of a policy over a JSON Lines stream, on one or more worker processes.

Input is read in blocks of whole lines and at most a few blocks per worker are in flight, so memory
stays flat on any input size; output is written in input order as blocks complete. One process or
many, every line goes through the same `scan_block`, so the output bytes are the same.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import IO

from guardrails_lite.batch._blocks import BLOCK_BYTES, MAX_LINE_BYTES, Block, read_blocks
from guardrails_lite.batch._pool import Recovery, ordered_map
from guardrails_lite.batch._progress import Progress
from guardrails_lite.batch._records import BlockResult, encode, scan_block
from guardrails_lite.batch._source import PolicySource
from guardrails_lite.pipeline import Pipeline
from guardrails_lite.verdict import Stage

__all__ = ["ScanSummary", "scan_jsonl"]


@dataclass(frozen=True, slots=True)
class ScanSummary:
    """What a scan did: `lines` records written, `bad` of them errors."""

    lines: int
    bad: int


def _work(stage: Stage, pipeline: Pipeline, block: Block) -> BlockResult:
    if block.skipped:
        record = {"line": block.first, "error": f"line longer than {block.limit} bytes: skipped"}
        return BlockResult(encode(record), 1, 1, block.skipped)
    return scan_block(pipeline, stage, block.first, block.data)


def _lines(block: Block) -> list[Block]:
    parts = block.data.split(b"\n")
    if parts[-1] == b"":
        parts.pop()
    return [Block(p, block.first + i, 1) for i, p in enumerate(parts)]


def _crashed(block: Block) -> BlockResult:
    record = {"line": block.first, "error": "internal error: worker process died"}
    return BlockResult(encode(record), 1, 1, len(block.data) + 1)


def _merge(results: list[BlockResult]) -> BlockResult:
    data = b"".join(r.data for r in results)
    return BlockResult(data, sum(r.lines for r in results), sum(r.bad for r in results), sum(r.read for r in results))


#: A block whose worker died is re-run line by line, so only a line that kills a worker again is lost.
_RECOVERY: Recovery[Block, BlockResult] = Recovery(_lines, _crashed, _merge)


def scan_jsonl(
    source: PolicySource,
    stage: Stage,
    reader: IO[bytes],
    writer: IO[bytes],
    *,
    workers: int = 1,
    progress: Progress | None = None,
    block_bytes: int = BLOCK_BYTES,
    max_line_bytes: int = MAX_LINE_BYTES,
) -> ScanSummary:
    """Scan JSON Lines from `reader` into `writer` (both binary), in input order.

    Each input line ``{"text": ..., "context": ...?}`` gives ``{"text", "action", "output",
    "findings"}``; a malformed one ``{"line": n, "error": ...}``, and so does one longer than
    `max_line_bytes`, dropped as it is read. `progress` is called with the
    input bytes and the lines of each block written.
    """
    blocks = read_blocks(reader, block_bytes, max_line_bytes)
    results = ordered_map(source.pipeline, functools.partial(_work, stage), blocks, workers=workers, recovery=_RECOVERY)
    lines = bad = 0
    for result in results:
        writer.write(result.data)
        lines += result.lines
        bad += result.bad
        if progress is not None:
            progress(result.read, result.lines)
    writer.flush()
    return ScanSummary(lines, bad)
