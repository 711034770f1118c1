"""Blocks of whole lines, and the batch package's public surface."""

from __future__ import annotations

import io
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

import guardrails_lite.batch
from guardrails_lite.batch._blocks import read_blocks


class Trickle(io.RawIOBase):
    """A pipe that hands out a few bytes per read, as a slow producer does."""

    def __init__(self, data: bytes, sizes: list[int]) -> None:
        self.data, self.sizes, self.pos, self.reads = data, sizes, 0, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        n = min(len(buffer), self.sizes[self.reads % len(self.sizes)], len(self.data) - self.pos)
        buffer[:n] = self.data[self.pos : self.pos + n]
        self.pos += n
        self.reads += 1
        return n


def split_lines(data: bytes) -> list[bytes]:
    """Lines as iterating a binary file gives them, without their newlines."""
    return [line.removesuffix(b"\n") for line in io.BytesIO(data)]


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(st.binary(max_size=80).map(lambda b: b.replace(b"\n", b"")), max_size=40),
    final_newline=st.booleans(),
    size=st.integers(1, 200),
    sizes=st.lists(st.integers(1, 64), min_size=1, max_size=5),
)
def test_blocks_hold_every_line_once_in_order(
    lines: list[bytes], final_newline: bool, size: int, sizes: list[int]
) -> None:
    data = b"\n".join(lines) + (b"\n" if final_newline and lines else b"")
    for stream in (io.BytesIO(data), io.BufferedReader(Trickle(data, sizes), 16)):
        blocks = list(read_blocks(stream, size))
        assert b"".join(b.data for b in blocks) == data
        seen: list[bytes] = []
        for b in blocks:
            assert b.first == len(seen) + 1 and b.lines >= 1
            assert b.data.endswith(b"\n") or b is blocks[-1]
            seen += split_lines(b.data)
        assert seen == split_lines(data)


def test_a_long_line_is_read_in_linear_time() -> None:
    # Read 1 KiB at a time: re-copying the growing line on every read would copy ~12 GB here.
    data = b"x" * 5_000_000 + b"\n" + b"y\n"
    blocks = list(read_blocks(io.BufferedReader(Trickle(data, [1024]), 1024), 1024))
    assert sum(b.lines for b in blocks) == 2 and b"".join(b.data for b in blocks) == data


def test_public_surface_and_nothing_heavy_on_import() -> None:
    # "@py_builtins"/"@pytest_ar": pytest's assertion rewriting in packages with a pytest11 plugin.
    public = {n for n in dir(guardrails_lite.batch) if not n.startswith(("_", "@"))} - {"annotations"}
    assert set(guardrails_lite.batch.__all__) == public
    code = (
        "import sys, guardrails_lite.batch\n"
        "print(','.join(m for m in ('ray', 'pyarrow', 'pandas', 'tqdm') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@settings(max_examples=200, deadline=None)
@given(
    lengths=st.lists(st.integers(0, 120), max_size=30),
    final_newline=st.booleans(),
    size=st.integers(1, 64),
    max_line=st.integers(1, 100),
    sizes=st.lists(st.integers(1, 64), min_size=1, max_size=5),
)
def test_over_long_lines_are_dropped_in_place_and_the_rest_kept(
    lengths: list[int], final_newline: bool, size: int, max_line: int, sizes: list[int]
) -> None:
    lines = [bytes([65 + i % 26]) * n for i, n in enumerate(lengths)]
    data = b"\n".join(lines) + (b"\n" if final_newline and lines else b"")
    blocks = list(read_blocks(io.BufferedReader(Trickle(data, sizes), size), size, max_line))
    assert sum(b.skipped or len(b.data) for b in blocks) == len(data)  # every byte read once
    got: dict[int, bytes | None] = {}
    for b in blocks:
        assert b.first == len(got) + 1
        if b.skipped:
            assert b.data == b"" and b.lines == 1 and b.limit == max_line
            got[b.first] = None
        else:
            got.update(enumerate(split_lines(b.data), b.first))
    assert len(got) == len(split_lines(data))
    for n, line in enumerate(split_lines(data), 1):
        if len(line) <= max_line:
            assert got[n] == line
        elif len(line) > max_line + size:  # a line is dropped once more than max_line of it is held
            assert got[n] is None
        else:
            assert got[n] in (line, None)


class Endless(io.RawIOBase):
    """`n` bytes of ``a`` then ``tail``, made as they are read (nothing held)."""

    def __init__(self, n: int, tail: bytes) -> None:
        self.left, self.tail = n, tail

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        if self.left:
            n = min(len(buffer), self.left)
            buffer[:n] = b"a" * n
            self.left -= n
            return n
        n = min(len(buffer), len(self.tail))
        buffer[:n], self.tail = self.tail[:n], self.tail[n:]
        return n


def test_memory_stays_bounded_on_a_line_without_end() -> None:
    import tracemalloc

    stream = io.BufferedReader(Endless(100_000_000, b"\nnext\n"), 16 * 1024)
    tracemalloc.start()
    try:
        blocks = [(b.first, b.data, b.skipped) for b in read_blocks(stream, 16 * 1024, 1024 * 1024)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert blocks == [(1, b"", 100_000_001), (2, b"next\n", 0)]
    assert peak < 4 * 1024 * 1024  # a 100 MB line read whole used 449 MB (review F16)
