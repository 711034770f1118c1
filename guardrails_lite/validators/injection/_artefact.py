"""The lexical model's file format (``lexical.bin``): fast to load, one head at a time.

The old gzipped JSON cost ~0.6 s per process (a JSON list of 270k names and two of 270k numbers,
then a dict per head built in Python). Here every part is one block the C library reads whole:

    MAGIC (8 bytes) | header length (u32, little-endian) | header (UTF-8 JSON) | sections

Sections are zlib streams at the header's offsets (counted from the end of the header):
``features`` holds the feature names joined by newlines (UTF-8, surrogates passed through: a name
never holds a newline), each head's ``weights`` its weights as little-endian float64, aligned with
the names, zeros included. Stored values are the trained floats bit for bit, so a model written
here scores exactly as the one the training script held in memory. A head's weights are read on
its first use: a prompt-only application never reads the document head.

The file ships inside the package and is read with fixed-size numeric decoding only (no pickle,
no code); a wrong magic, format or count is a `ValueError` naming what is wrong.
"""

from __future__ import annotations

import itertools
import json
import struct
import sys
import threading
import zlib
from array import array
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["FORMAT", "MAGIC", "Packed", "dump", "write"]

MAGIC = b"GLLEX\x00\r\n"
FORMAT = 2
_LEN = struct.Struct("<I")
_HEAD_PARAMS = ("bias", "topic_weight", "topic_gate")


def _floats(raw: bytes) -> array[float]:
    out = array("d")
    out.frombytes(raw)
    if sys.byteorder != "little":
        out.byteswap()
    return out


def dump(features: Sequence[str], heads: Mapping[str, Mapping[str, Any]], meta: Mapping[str, Any]) -> bytes:
    """The file's bytes. `heads`: name -> {"weights": one float per feature, "bias": float, and optionally
    "topic_weight", "topic_gate"}; `meta`: JSON-able facts kept beside (version, seed)."""
    if any("\n" in f for f in features):
        raise ValueError("a feature name holds a newline")
    sections: list[bytes] = [zlib.compress("\n".join(features).encode("utf-8", "surrogatepass"), 9)]
    header: dict[str, Any] = {"format": FORMAT, "count": len(features), "meta": dict(meta), "heads": {}}
    for name, head in heads.items():
        weights = array("d", map(float, head["weights"]))
        if len(weights) != len(features):
            raise ValueError(f"head {name!r} has {len(weights)} weights for {len(features)} features")
        if sys.byteorder != "little":
            weights.byteswap()
        unknown = set(head) - {"weights", *_HEAD_PARAMS}
        if unknown:
            raise ValueError(f"head {name!r}: unknown keys {sorted(unknown)}")
        header["heads"][name] = {k: float(head[k]) for k in _HEAD_PARAMS if k in head}
        sections.append(zlib.compress(weights.tobytes(), 9))
    offsets = [0, *itertools.accumulate(map(len, sections))]
    header["features"] = offsets[0:2]
    for i, name in enumerate(header["heads"], start=1):
        header["heads"][name]["weights"] = offsets[i : i + 2]
    text = json.dumps(header, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return b"".join([MAGIC, _LEN.pack(len(text)), text, *sections])


def write(path: Path, features: Sequence[str], heads: Mapping[str, Mapping[str, Any]], meta: Mapping[str, Any]) -> None:
    """Write the model to `path` in this format (the training script's only way to save it)."""
    data = dump(features, heads, meta)
    Packed(data).check()  # never ship a file this module cannot read back
    path.write_bytes(data)


class Packed:
    """A read file: the header parsed, sections decoded on demand."""

    def __init__(self, data: bytes) -> None:
        if data[: len(MAGIC)] != MAGIC:
            raise ValueError("not a lexical model file (bad magic)")
        (size,) = _LEN.unpack_from(data, len(MAGIC))
        start = len(MAGIC) + _LEN.size
        header = json.loads(data[start : start + size])
        if header.get("format") != FORMAT:
            raise ValueError(f"lexical model file format {header.get('format')!r}, this version reads {FORMAT}")
        self._data = memoryview(data)[start + size :]
        self._header = header
        self.meta: dict[str, Any] = dict(header["meta"])
        self.heads: tuple[str, ...] = tuple(header["heads"])
        self._names: list[str] | None = None
        self._lock = threading.Lock()
        self._built: set[str] = set()

    def _section(self, span: list[int]) -> bytes:
        try:
            return zlib.decompress(self._data[span[0] : span[1]])
        except zlib.error as e:
            raise ValueError(f"lexical model file: a damaged section ({e})") from None

    def names(self) -> list[str]:
        with self._lock:
            if self._names is None:
                names = self._section(self._header["features"]).decode("utf-8", "surrogatepass").split("\n")
                if len(names) != self._header["count"]:
                    raise ValueError(
                        f"lexical model file: {len(names)} feature names, header says {self._header['count']}"
                    )
                self._names = names
            return self._names

    def params(self, head: str) -> dict[str, float]:
        """bias, topic_weight and topic_gate of `head` (those stored)."""
        return {k: v for k, v in self._header["heads"][head].items() if k != "weights"}

    def weights(self, head: str) -> dict[str, float]:
        """`head`'s non-zero weights by feature name (built once per call: the caller keeps it)."""
        names = self.names()
        values = _floats(self._section(self._header["heads"][head]["weights"]))
        if len(values) != len(names):
            raise ValueError(f"lexical model file: head {head!r} has {len(values)} weights for {len(names)} features")
        flat = values.tolist()
        # itertools.compress keeps the entries whose weight is truthy: the non-zero ones, in file order.
        out = dict(zip(itertools.compress(names, flat), itertools.compress(flat, flat), strict=True))
        with self._lock:
            self._built.add(head)
            if self._built.issuperset(self.heads):
                self._names = None  # every head holds its own references now
        return out

    def check(self) -> None:
        """Decode every section once (the writer's read-back check)."""
        for head in self.heads:
            self.weights(head)
