"""The digests of the last few sets of documents, kept across calls: questions about one thread, or one retrieved
context, repeat the same documents. Keyed by every document's name and text; small sets only. A module of its own
(no data file read on import), so `clear_document_cache` is importable without loading the checks."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from guardrails_lite.verdict import Document

__all__ = ["MAX_CHARS", "SIZE", "clear_document_cache", "kept", "recent"]

T = TypeVar("T")

_RECENT: OrderedDict[bytes, Any] = OrderedDict()
_RECENT_LOCK = threading.Lock()
SIZE = 8
MAX_CHARS = 64_000


def clear_document_cache() -> None:
    """Forget the digests kept across calls (benchmarks measuring a first call; tests)."""
    with _RECENT_LOCK:
        _RECENT.clear()


def kept() -> int:
    """How many digests are kept (tests)."""
    with _RECENT_LOCK:
        return len(_RECENT)


def recent(
    documents: Sequence[Document], make: Callable[[Sequence[Document], float | None], T], deadline: float | None
) -> T:
    """The digest `make(documents, deadline)` of `documents`, or the one kept from an earlier call."""
    if sum(len(d.text) for d in documents) > MAX_CHARS:
        return make(documents, deadline)
    h = hashlib.sha256()
    for d in documents:
        for part in (d.name or "", d.text):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
    key = h.digest()
    with _RECENT_LOCK:
        hit = _RECENT.get(key)
        if hit is not None:
            _RECENT.move_to_end(key)
            return hit  # type: ignore[no-any-return]
    made = make(documents, deadline)  # a digest the deadline stops is not kept
    with _RECENT_LOCK:
        _RECENT[key] = made
        while len(_RECENT) > SIZE:
            _RECENT.popitem(last=False)
    return made
