"""Cut a byte stream into blocks of whole lines, reading as it goes (memory: one block and one line)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

__all__ = ["BLOCK_BYTES", "MAX_LINE_BYTES", "Block", "read_blocks"]

#: Target block size. Big enough that a block's hand-off to a worker costs little next to the
#: validators' work on it (about 150 typical lines, tens of milliseconds against well under one for
#: the hand-off), small enough to balance the workers: at the end of a file one worker may idle
#: while the other finishes its last block (64 KB blocks were a quarter of a second each).
BLOCK_BYTES = 16 * 1024


#: Longest input line kept (16 MiB): a text of the default `max_input_chars` with its context documents,
#: JSON-escaped, fits many times over. A longer line (a log without newlines, `scan /dev/zero`) is
#: reported as bad and skipped unread up to its newline, so memory stays bounded whatever the input.
MAX_LINE_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Block:
    """Whole lines of the input: `data` (the last line may lack its newline at the end of the
    input), `first` the 1-based number of its first line, `lines` how many it holds.

    A line longer than the limit is a block of its own with no `data`: `skipped` bytes of it were
    read and dropped (its newline included), `limit` is the limit it broke.
    """

    data: bytes
    first: int
    lines: int
    skipped: int = 0
    limit: int = 0


def _read(stream: IO[bytes], size: int) -> bytes:
    # read1 returns what a pipe has now instead of waiting for a full block (`tail -f | scan`).
    read1 = getattr(stream, "read1", None)
    return bytes(read1(size) if read1 is not None else stream.read(size))


def _skip_line(stream: IO[bytes], size: int) -> tuple[int, bytes]:
    """Read up to and including the next newline, keeping nothing: (bytes dropped, what came after it)."""
    dropped = 0
    while chunk := _read(stream, size):
        cut = chunk.find(b"\n") + 1
        if cut:
            return dropped + cut, chunk[cut:]
        dropped += len(chunk)
    return dropped, b""


def read_blocks(stream: IO[bytes], size: int = BLOCK_BYTES, max_line: int = MAX_LINE_BYTES) -> Iterator[Block]:
    """Blocks of about `size` bytes, each ending at a newline; a line longer than `size` is one block.

    A line is dropped once more than `max_line` bytes of it are held (a line up to one read longer
    may pass whole): the rest of it is read without keeping it, and a `skipped` block stands for it.

    Linear in the input: pieces are joined once per block, never re-copied while a long line grows.
    """
    first = 1
    parts: list[bytes] = []
    held = tail = 0  # bytes in parts; of them, after the last newline (the line being read)
    pending = b""  # read already, after an over-long line's newline
    while chunk := pending or _read(stream, size):
        pending = b""
        parts.append(chunk)
        held += len(chunk)
        cut = chunk.rfind(b"\n") + 1
        tail = tail + len(chunk) if cut == 0 else len(chunk) - cut
        if tail > max_line:
            data = b"".join(parts)
            if held > tail:  # the whole lines before it
                lines = data.count(b"\n", 0, held - tail)
                yield Block(data[: held - tail], first, lines)
                first += lines
            dropped, pending = _skip_line(stream, size)
            yield Block(b"", first, 1, skipped=tail + dropped, limit=max_line)
            first += 1
            parts, held, tail = [], 0, 0
            continue
        if cut == 0 or (cut < len(chunk) and held < size):
            continue  # no whole line yet, or the block is not full: read on
        data = b"".join(parts)
        end = held - tail
        block = data[:end]
        parts = [data[end:]] if end < held else []
        held = tail
        lines = block.count(b"\n")
        yield Block(block, first, lines)
        first += lines
    if parts:
        block = b"".join(parts)
        yield Block(block, first, block.count(b"\n") + 1)
