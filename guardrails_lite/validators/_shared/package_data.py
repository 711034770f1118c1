"""Data files shipped in guardrails_lite/data, read once on first use.

`shipped_bytes` turns a builder of one file's bytes into a getter (`shipped_json`: of a gzip-compressed JSON file's
value): the first caller reads the file and builds the value under a lock, every later caller gets the same object
without taking it. Nothing that fails is cached: every call fails the same way, and the validator that needs the
value fails closed with the error, which says which of two things happened:

- `PackageDataError`: the file is missing, cannot be decoded (not gzip, cut short, not UTF-8 JSON) or is not of the
  shape its builder reads. A builder says so by raising `ValueError` (`shipped_json` checks the top-level `keys`
  itself): a damaged install, fixed by reinstalling;
- `DataBuilderError`: the builder raised anything else (a `KeyError`, `TypeError`, `AttributeError`, ...) on a file
  that was read and decoded: a programming error in guardrails-lite, which a reinstall does not fix.
"""

from __future__ import annotations

import gzip
import json
import struct
import threading
import zlib
from collections.abc import Callable, Iterable
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

__all__ = ["DataBuilderError", "PackageDataError", "data_root", "shipped_bytes", "shipped_json"]

T = TypeVar("T")

# What reading, decoding or building a broken file raises: missing or unreadable (OSError, gzip.BadGzipFile), truncated
# (EOFError, zlib.error, struct.error), not UTF-8 JSON or not of the shape its builder reads (ValueError). A builder's
# KeyError, IndexError, TypeError or AttributeError is not among them: it is a bug of the builder (`DataBuilderError`).
_BROKEN = (OSError, EOFError, zlib.error, struct.error, ValueError)


class PackageDataError(RuntimeError):
    """A data file shipped with guardrails-lite is missing or broken (a damaged install)."""


class DataBuilderError(RuntimeError):
    """Building the value of a shipped data file that was read and decoded failed with a programming error."""


def data_root() -> Traversable:
    """The folder of the package's data files."""
    return resources.files("guardrails_lite") / "data"


def shipped_json(
    build: Callable[[Any], T], *parts: str, keys: Iterable[str] = (), root: Callable[[], Traversable] | None = None
) -> Callable[[], T]:
    """A getter of `build` applied to the decoded gzip-JSON file at `parts` below `root()` (default `data_root()`),
    built once. The file must hold an object with every one of `keys` (else it is broken: `PackageDataError`)."""
    needed = tuple(keys)

    def decoded(raw: bytes) -> T:
        data = json.loads(gzip.decompress(raw))
        if needed and (not isinstance(data, dict) or not data.keys() >= set(needed)):
            raise ValueError(f"not an object with the keys {', '.join(needed)}")
        return build(data)

    return shipped_bytes(decoded, *parts, root=root)


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
        except (RecursionError, MemoryError):
            raise  # the process's state, not the file's nor the builder's
        except Exception as exc:
            raise DataBuilderError(
                f"guardrails-lite could not build its data from {name}, which it read and decoded: "
                f"{type(exc).__name__}: {exc} in its builder. This is a bug in guardrails-lite, not a damaged "
                "install (a reinstall does not fix it); please report it"
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
