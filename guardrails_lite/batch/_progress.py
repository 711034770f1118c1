"""A progress bar on stderr, drawn by `tqdm`, only when stderr is a terminal (never in logs or pipes)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, TypeAlias

__all__ = ["Progress", "progress_bar"]

#: Called as ``progress(done, items)``: `done` more units of the total, `items` more records.
Progress: TypeAlias = Callable[[int, int], None]


def _noop(done: int, items: int) -> None:
    return None


@contextmanager
def progress_bar(
    desc: str, *, total: int | None, unit: str, items: str, stream: IO[str] | None = None
) -> Iterator[Progress]:
    """Yield an updater; draws on `stream` (stderr) only if it is a terminal. `unit` "B" scales bytes."""
    out = sys.stderr if stream is None else stream
    if not out.isatty() or os.environ.get("TERM") == "dumb":
        yield _noop
        return
    from tqdm import tqdm  # imported when drawn: piped and library runs never pay for it

    class Bar(tqdm):  # type: ignore[type-arg]
        # No monitor thread: the bar is updated once per block anyway, and with no thread running the
        # batch pool may fork its workers from this process (see _pool.start_method).
        monitor_interval = 0

    count = 0
    scale = unit == "B"
    with Bar(
        total=total, desc=desc, unit=unit, unit_scale=scale, unit_divisor=1024 if scale else 1000, file=out
    ) as bar:

        def update(done: int, items_done: int) -> None:
            nonlocal count
            count += items_done
            bar.set_postfix_str(f"{count:,} {items}", refresh=False)
            bar.update(done)

        yield update
