"""Cut a byte stream into blocks of whole lines, reading as it goes (memory: one block and one line)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

__all__ = ["BLOCK_BYTES", "Block", "read_blocks"]

#: Target block size. Big enough that a block's hand-off to a worker costs little next to the
#: validators' work on it (about 150 typical lines, tens of milliseconds against well under one for
#: the hand-off), small enough to balance the workers: at the end of a file one worker may idle
#: while the other finishes its last block (64 KB blocks were a quarter of a second each).
BLOCK_BYTES = 16 * 1024


@dataclass(frozen=True, slots=True)
class Block:
    """Whole lines of the input: `data` (the last line may lack its newline at the end of the
    input), `first` the 1-based number of its first line, `lines` how many it holds."""

    data: bytes
    first: int
    lines: int


def _read(stream: IO[bytes], size: int) -> bytes:
    # read1 returns what a pipe has now instead of waiting for a full block (`tail -f | scan`).
    read1 = getattr(stream, "read1", None)
    return bytes(read1(size) if read1 is not None else stream.read(size))


def read_blocks(stream: IO[bytes], size: int = BLOCK_BYTES) -> Iterator[Block]:
    """Blocks of about `size` bytes, each ending at a newline; a line longer than `size` is one block.

    Linear in the input: pieces are joined once per block, never re-copied while a long line grows.
    """
    first = 1
    parts: list[bytes] = []
    held = 0
    while chunk := _read(stream, size):
        parts.append(chunk)
        held += len(chunk)
        cut = chunk.rfind(b"\n") + 1
        if cut == 0 or (cut < len(chunk) and held < size):
            continue  # no whole line yet, or the block is not full: read on
        data = b"".join(parts)
        end = held - (len(chunk) - cut)
        block = data[:end]
        parts = [data[end:]] if end < held else []
        held -= end
        lines = block.count(b"\n")
        yield Block(block, first, lines)
        first += lines
    if parts:
        block = b"".join(parts)
        yield Block(block, first, block.count(b"\n") + 1)
