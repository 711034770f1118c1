"""Paired speed runs: two worker processes (a new and an old checkout) asked for rounds alternately.

A benchmark's `--against DIR` starts itself twice as a worker (`cmd` + the checkout's path): each worker prints
one JSON line when it is loaded and warmed up, then one JSON line per "round" line it reads on stdin. The
order alternates (new old, old new, ...) so both sides see the same host load.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any


def alternate(
    cmd: list[str], new: Path, old: Path, rounds: int, report: Callable[[int, dict[str, Any], dict[str, Any]], None]
) -> dict[str, list[dict[str, Any]]]:
    """Each side's round results; `report(i, new_row, old_row)` after each pair. Workers are always stopped."""
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    workers = {
        side: subprocess.Popen([*cmd, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        for side, path in (("new", new), ("old", old))
    }
    rows: dict[str, list[dict[str, Any]]] = {"new": [], "old": []}
    try:
        for side, w in workers.items():
            ready = json.loads(w.stdout.readline())  # type: ignore[union-attr]  # loaded and warmed up
            print(f"{side} worker ready: {ready}", flush=True)
        for i in range(rounds):
            for side in ("new", "old") if i % 2 == 0 else ("old", "new"):
                w = workers[side]
                w.stdin.write("round\n")  # type: ignore[union-attr]
                w.stdin.flush()  # type: ignore[union-attr]
                rows[side].append(json.loads(w.stdout.readline()))  # type: ignore[union-attr]
            report(i, rows["new"][-1], rows["old"][-1])
    finally:
        for w in workers.values():
            w.stdin.close()  # type: ignore[union-attr]
            try:
                w.wait(timeout=60)
            except subprocess.TimeoutExpired:
                w.kill()
                w.wait()
    return rows
