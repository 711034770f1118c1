"""Run a snippet in a child interpreter with bounded time and memory.

A stall in Python's `re` holds the GIL, so a hang can only be observed (and stopped) from another
process. These bounds are generous and detect hangs and memory blow-ups; they are not speed goals,
which are measured in benchmarks/pathological.py.

The time bound is CPU time (RLIMIT_CPU), which a busy machine does not inflate: on two cores shared
by a dozen processes a child gets a fraction of a core and its wall time grows tenfold. Wall time is
only a backstop (for a child that waits instead of computing), `WALL_FACTOR` times longer.
"""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WALL_FACTOR = 20


def run_bounded(code: str, *, seconds: float = 30.0, memory_mb: int = 2048) -> subprocess.CompletedProcess[str]:
    """Run `code` with `seconds` of CPU time; running out of it (SIGXCPU) or memory shows up as a non-zero
    return code."""
    size = memory_mb * 1024 * 1024
    cpu = math.ceil(seconds)
    head = (
        f"import resource\nresource.setrlimit(resource.RLIMIT_AS, ({size}, {size}))\n"
        f"resource.setrlimit(resource.RLIMIT_CPU, ({cpu}, {cpu + 1}))\n"
    )
    try:
        return subprocess.run(
            [sys.executable, "-c", head + textwrap.dedent(code)],
            capture_output=True,
            text=True,
            timeout=seconds * WALL_FACTOR,
            cwd=ROOT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess([], -9, "", f"stopped after {seconds * WALL_FACTOR} s of wall time")
