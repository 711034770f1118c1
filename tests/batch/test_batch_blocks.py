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
