"""Data files shipped in guardrails_lite/data, read once on first use.

`shipped_bytes` turns a builder of one file's bytes into a getter (`shipped_json`: of a gzip-compressed JSON file's
value): the first caller reads the file and builds the value under a lock, every later caller gets the same object
without taking it. A file that is missing, not gzip, not JSON or not of the shape its builder expects raises
`PackageDataError` naming the file, on every call (nothing broken is cached), so the validator that needs it fails
closed with that error.
"""

from __future__ import annotations

import gzip
import json
import struct
import threading
import zlib
from collections.abc import Callable
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

__all__ = ["PackageDataError", "data_root", "shipped_bytes", "shipped_json"]

T = TypeVar("T")

# What reading or building a broken file raises: missing or unreadable (OSError, gzip.BadGzipFile), truncated
# (EOFError, zlib.error, struct.error), not UTF-8 JSON (ValueError), or of another shape than the builder reads.
_BROKEN = (OSError, EOFError, zlib.error, struct.error, ValueError, KeyError, IndexError, TypeError, AttributeError)


class PackageDataError(RuntimeError):
    """A data file shipped with guardrails-lite is missing or broken (a damaged install)."""


def data_root() -> Traversable:
    """The folder of the package's data files."""
    return resources.files("guardrails_lite") / "data"


def shipped_json(
    build: Callable[[Any], T], *parts: str, root: Callable[[], Traversable] | None = None
) -> Callable[[], T]:
    """A getter of `build` applied to the decoded gzip-JSON file at `parts` below `root()` (default `data_root()`),
    built once."""
    return shipped_bytes(lambda raw: build(json.loads(gzip.decompress(raw))), *parts, root=root)


def shipped_bytes(
    build: Callable[[bytes], T], *parts: str, root: Callable[[], Traversable] | None = None
) -> Callable[[], T]:
    """A getter of `build` applied to the bytes of the file at `parts` below `root()` (default `data_root()`), built
    once. The getter is a closure (no method lookup): several are called per word in hot loops."""
    name = "/".join(parts)
    loaded: list[T] = []
    lock = threading.Lock()

    def read() -> T:
        try:
            folder = data_root() if root is None else root()
            return build(folder.joinpath(*parts).read_bytes())
        except _BROKEN as exc:
            raise PackageDataError(
                f"guardrails-lite data file {name} is missing or broken ({type(exc).__name__}: {exc}); "
                "reinstall guardrails-lite"
            ) from exc

    def get() -> T:
        if loaded:
            return loaded[0]
        with lock:
            if not loaded:
                loaded.append(read())
            return loaded[0]

    get.__doc__ = f"The value built from the shipped {name}, read on first use."
    return get
