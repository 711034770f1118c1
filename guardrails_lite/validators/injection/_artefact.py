"""The lexical model's file format (``lexical.bin``): read in pieces, only the features a text needs.

Building a head's dict of ~244k weights cost ~0.15 s of a cold first call (mostly allocating the strings,
floats and the table), while a short prompt needs a few hundred of them. So the features are cut into
`BUCKETS` buckets by the CRC-32 of their name, stored uncompressed, and a head's weights are looked up
bucket by bucket: `Weights.need` decodes the buckets of the names asked for into the head's one dict, and
the scorer then reads that dict as before. Once most buckets are read the rest are read at once, so a
long-running process ends with the plain complete dict and no per-lookup work.

    MAGIC (8 bytes) | header length (u32, little-endian) | header (UTF-8 JSON) | sections

Sections start at the header's offsets (counted from the end of the header): ``index`` holds
``BUCKETS + 1`` u32 feature starts then ``BUCKETS + 1`` u32 byte offsets into ``names``; ``names`` holds
the feature names bucket after bucket, each followed by a newline (UTF-8, surrogates passed through: a
name never holds a newline); each head's ``weights`` its weights as little-endian float64
in the same order, zeros included. Stored values are the trained floats bit for bit, so a model written
here scores exactly as the one the training script held in memory. ``crc32`` covers every section
(checked by `Packed.check`, which the writer runs; the loader checks every length and count it reads).

The file ships inside the package and is read with fixed-size numeric decoding only (no pickle,
no code); a wrong magic, format or count is a `ValueError` naming what is wrong.
"""

from __future__ import annotations

import itertools
import json
import mmap
import struct
import sys
import threading
import zlib
from array import array
from collections.abc import Iterable, Mapping, Sequence
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

__all__ = ["BUCKETS", "FORMAT", "MAGIC", "Packed", "Weights", "bucket_of", "dump", "read", "write"]

MAGIC = b"GLLEX\x00\r\n"
FORMAT = 3
BUCKETS = 8192  # ~33 features each: a short prompt's few hundred features read ~5 % of a head
_LEN = struct.Struct("<I")
_HEAD_PARAMS = ("bias", "topic_weight", "topic_gate")
# Past this share of buckets read, the rest are read in one go and `need` has nothing left to do. Not sooner: a long
# first text (40k characters of varied prose) needs ~half of them, and reading the other half too doubled its time.
_ALL_AT = 0.9
_ABSENT_MAX = 200_000  # names known to have no weight, kept until the head is read whole


def _encode(name: str) -> bytes:
    return name.encode("utf-8", "surrogatepass")


def bucket_of(name: str) -> int:
    """The bucket a feature name is stored in."""
    return zlib.crc32(_encode(name)) & (BUCKETS - 1)


def _little(values: array[Any], raw: memoryview | None = None) -> array[Any]:
    if raw is not None:
        values.frombytes(raw)
    if sys.byteorder != "little":
        values.byteswap()
    return values


def dump(features: Sequence[str], heads: Mapping[str, Mapping[str, Any]], meta: Mapping[str, Any]) -> bytes:
    """The file's bytes. `heads`: name -> {"weights": one float per feature, "bias": float, and optionally
    "topic_weight", "topic_gate"}; `meta`: JSON-able facts kept beside (version, seed)."""
    if any("\n" in f for f in features):
        raise ValueError("a feature name holds a newline")
    if len(set(features)) != len(features):
        raise ValueError("a feature name is listed twice")
    # Bucket by bucket, in the given order within a bucket (sorted() is stable).
    order = sorted(range(len(features)), key=lambda i: bucket_of(features[i]))
    buckets = [bucket_of(features[i]) for i in order]
    starts = array("I", [0] * (BUCKETS + 1))
    offsets = array("I", [0] * (BUCKETS + 1))
    blobs: list[bytes] = []
    size = 0
    for b, group in itertools.groupby(range(len(order)), key=buckets.__getitem__):
        members = [order[k] for k in group]
        blob = b"".join(_encode(features[i]) + b"\n" for i in members)
        blobs.append(blob)
        starts[b + 1] = len(members)
        offsets[b + 1] = len(blob)
        size += len(blob)
    starts = array("I", itertools.accumulate(starts))
    offsets = array("I", itertools.accumulate(offsets))
    sections: list[bytes] = [_little(starts + offsets).tobytes(), b"".join(blobs)]
    header: dict[str, Any] = {"format": FORMAT, "count": len(features), "buckets": BUCKETS, "meta": dict(meta)}
    header["heads"] = {}
    for name, head in heads.items():
        weights = array("d", map(float, head["weights"]))
        if len(weights) != len(features):
            raise ValueError(f"head {name!r} has {len(weights)} weights for {len(features)} features")
        unknown = set(head) - {"weights", *_HEAD_PARAMS}
        if unknown:
            raise ValueError(f"head {name!r}: unknown keys {sorted(unknown)}")
        header["heads"][name] = {k: float(head[k]) for k in _HEAD_PARAMS if k in head}
        sections.append(_little(array("d", [weights[i] for i in order])).tobytes())
    spans = [0, *itertools.accumulate(map(len, sections))]
    header["index"], header["names"] = spans[0:2], spans[1:3]
    for i, name in enumerate(header["heads"], start=2):
        header["heads"][name]["weights"] = spans[i : i + 2]
    header["crc32"] = zlib.crc32(b"".join(sections))
    text = json.dumps(header, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return b"".join([MAGIC, _LEN.pack(len(text)), text, *sections])


def write(path: Path, features: Sequence[str], heads: Mapping[str, Mapping[str, Any]], meta: Mapping[str, Any]) -> None:
    """Write the model to `path` in this format (the training script's only way to save it)."""
    data = dump(features, heads, meta)
    Packed(data).check()  # never ship a file this module cannot read back
    path.write_bytes(data)


def read(ref: Traversable) -> bytes | mmap.mmap:
    """The file's bytes: mapped read-only when it is a file on disk (the pages a text needs are the only ones
    read), else read whole (a package inside a zip archive)."""
    if isinstance(ref, Path):
        with ref.open("rb") as f:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    return ref.read_bytes()


class Packed:
    """A read file: the header and index parsed, heads read on demand (`Weights`)."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        if data[: len(MAGIC)] != MAGIC:
            raise ValueError("not a lexical model file (bad magic)")
        (size,) = _LEN.unpack_from(data, len(MAGIC))
        start = len(MAGIC) + _LEN.size
        header = json.loads(data[start : start + size])
        if header.get("format") != FORMAT:
            raise ValueError(f"lexical model file format {header.get('format')!r}, this version reads {FORMAT}")
        if header.get("buckets") != BUCKETS:
            raise ValueError(f"lexical model file: {header.get('buckets')!r} buckets, this version reads {BUCKETS}")
        self._data = memoryview(data)[start + size :]
        self._header = header
        self.meta: dict[str, Any] = dict(header["meta"])
        self.heads: tuple[str, ...] = tuple(header["heads"])
        self.count: int = header["count"]
        index = _little(array("I"), self._section(header["index"]))
        if index.itemsize != 4 or len(index) != 2 * (BUCKETS + 1):
            raise ValueError("lexical model file: a damaged section (index)")
        self.starts, self.offsets = index[: BUCKETS + 1], index[BUCKETS + 1 :]
        self.names = self._section(header["names"])
        if (
            self.starts[-1] != self.count
            or self.offsets[-1] != len(self.names)
            or any(a > b for a, b in itertools.pairwise(self.starts))
            or any(a > b for a, b in itertools.pairwise(self.offsets))
        ):
            raise ValueError(f"lexical model file: the index does not match the header (header says {self.count})")

    def _section(self, span: list[int]) -> memoryview:
        if not 0 <= span[0] <= span[1] <= len(self._data):
            raise ValueError("lexical model file: a damaged section (out of range)")
        return self._data[span[0] : span[1]]

    def params(self, head: str) -> dict[str, float]:
        """bias, topic_weight and topic_gate of `head` (those stored)."""
        return {k: v for k, v in self._header["heads"][head].items() if k != "weights"}

    def lazy(self, head: str) -> Weights:
        """`head`'s weights, to be read bucket by bucket (KeyError: no such head)."""
        raw = self._section(self._header["heads"][head]["weights"])
        if len(raw) != 8 * self.count:
            raise ValueError(f"lexical model file: head {head!r} has {len(raw) // 8} weights for {self.count} features")
        return Weights(self, raw)

    def weights(self, head: str) -> dict[str, float]:
        """`head`'s non-zero weights by feature name, all of them (a new dict per call)."""
        lazy = self.lazy(head)
        lazy.read_all()
        return lazy.weights

    def check(self) -> None:
        """Check the checksum and decode every head whole (the writer's read-back check)."""
        if zlib.crc32(self._data) != self._header.get("crc32"):
            raise ValueError("lexical model file: a damaged section (checksum)")
        for head in self.heads:
            self.weights(head)


class Weights:
    """One head's non-zero weights by feature name, read into `weights` as names are asked for (`need`).

    `weights` is the one dict the scorer reads: a name absent from it after `need` has weight zero. Reads
    are atomic dict updates of values read from the file, so racing threads only read a bucket twice."""

    def __init__(self, packed: Packed, raw: memoryview) -> None:
        self.weights: dict[str, float] = {}
        self.complete = False
        self._packed = packed
        self._raw = raw
        self._read = bytearray(BUCKETS)  # 1: the bucket's entries are in `weights`
        self._count = 0
        self._absent: set[str] = set()
        self._lock = threading.Lock()

    def need(self, names: Iterable[str]) -> None:
        """Make `weights` hold every non-zero weight among `names`."""
        if self.complete:
            return
        missing = set(names).difference(self.weights).difference(self._absent)
        if not missing:
            return
        read = self._read
        todo = {b for b in map(bucket_of, missing) if not read[b]}
        if todo:
            with self._lock:
                if self._count + len(todo) >= _ALL_AT * BUCKETS:
                    self._read_all()
                    return
                todo = {b for b in todo if not read[b]}  # another thread may have read some meanwhile
                for _, run in itertools.groupby(enumerate(sorted(todo)), key=lambda kb: kb[1] - kb[0]):
                    buckets = [b for _, b in run]  # adjacent buckets: one decode
                    self._update(buckets[0], buckets[-1] + 1)
                    read[buckets[0] : buckets[-1] + 1] = b"\x01" * len(buckets)
                    self._count += len(buckets)
        # Names of read buckets with no weight: remembered, so a text's unknown bigrams are not hashed on every call.
        absent = missing.difference(self.weights)
        if len(self._absent) + len(absent) > _ABSENT_MAX:
            self._absent = set()
        self._absent |= absent

    def read_all(self) -> None:
        """Read every bucket (the scorer then needs no `need` calls)."""
        if not self.complete:
            with self._lock:
                self._read_all()

    def _read_all(self) -> None:  # under the lock
        if self.complete:
            return
        self._update(0, BUCKETS)
        self._read[:] = b"\x01" * BUCKETS
        self._count = BUCKETS
        self.complete = True

    def _update(self, first: int, end: int) -> None:
        p = self._packed
        lo, hi = p.starts[first], p.starts[end]
        if lo == hi:
            return
        listed = str(p.names[p.offsets[first] : p.offsets[end]], "utf-8", "surrogatepass").split("\n")
        listed.pop()  # after the last name's newline
        values = _little(array("d"), self._raw[8 * lo : 8 * hi]).tolist()
        if len(listed) != len(values):
            raise ValueError(f"lexical model file: a damaged section ({len(listed)} names for {len(values)} weights)")
        # itertools.compress keeps the entries whose weight is truthy: the non-zero ones, in file order.
        self.weights.update(zip(itertools.compress(listed, values), itertools.compress(values, values), strict=True))
