"""Run a snippet in a child interpreter with bounded time and memory.

A stall in Python's `re` holds the GIL, so a hang can only be observed (and stopped) from another
process. These bounds are generous and detect hangs and memory blow-ups; they are not speed goals,
which are measured in benchmarks/pathological.py.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_bounded(code: str, *, seconds: float = 30.0, memory_mb: int = 2048) -> subprocess.CompletedProcess[str]:
    """Run `code`; a timeout or a memory limit hit shows up as a non-zero return code."""
    size = memory_mb * 1024 * 1024
    head = f"import resource\nresource.setrlimit(resource.RLIMIT_AS, ({size}, {size}))\n"
    try:
        return subprocess.run(
            [sys.executable, "-c", head + textwrap.dedent(code)],
            capture_output=True,
            text=True,
            timeout=seconds,
            cwd=ROOT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess([], -9, "", f"stopped after {seconds} s")
