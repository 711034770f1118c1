"""The digests of the last few sets of documents, kept across calls: questions about one thread, or one retrieved
context, repeat the same documents. Keyed by every document's name and text; small sets only. Also the readings of
the last e-mails (`per_text`), which a new set of documents shares with earlier ones: a thread grows by one e-mail,
a retrieved context changes by a few. Keys are SHA-256 digests, never the texts. A module of its own (no data file
read on import), so `clear_document_cache` is importable without loading the checks."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from guardrails_lite.verdict import Document

__all__ = ["MAX_CHARS", "SIZE", "TEXT_CHARS", "clear_document_cache", "kept", "per_text", "recent"]

T = TypeVar("T")

_RECENT: OrderedDict[bytes, Any] = OrderedDict()
_RECENT_LOCK = threading.Lock()
SIZE = 8
MAX_CHARS = 64_000
# Readings of single texts, up to this many characters of text in all (least recently used dropped first); a text
# longer than a quarter of it is read each time.
_TEXTS: OrderedDict[bytes, tuple[int, Any]] = OrderedDict()
TEXT_CHARS = 128_000
_text_chars = 0


def clear_document_cache(texts: bool = True) -> None:
    """Forget the digests and readings kept across calls (benchmarks measuring a first call; tests); with
    `texts` false, keep the readings of single texts (a new set of documents seen one by one before)."""
    global _text_chars
    with _RECENT_LOCK:
        _RECENT.clear()
        if texts:
            _TEXTS.clear()
            _text_chars = 0


def kept() -> int:
    """How many digests are kept (tests)."""
    with _RECENT_LOCK:
        return len(_RECENT)


def kept_texts() -> tuple[int, int]:
    """How many text readings are kept, and their texts' characters (tests)."""
    with _RECENT_LOCK:
        return len(_TEXTS), _text_chars


def per_text(text: str, make: Callable[[str], T]) -> T:
    """`make(text)`, or the reading kept from an earlier call for the same text (`make` must depend on the text
    alone, and its result must never be changed by the caller)."""
    global _text_chars
    if len(text) > TEXT_CHARS // 4:
        return make(text)
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
    with _RECENT_LOCK:
        hit = _TEXTS.get(key)
        if hit is not None:
            _TEXTS.move_to_end(key)
            return hit[1]  # type: ignore[no-any-return]
    made = make(text)  # a reading the deadline stops raises: nothing is kept
    with _RECENT_LOCK:
        if key not in _TEXTS:
            _TEXTS[key] = (len(text), made)
            _text_chars += len(text)
        while _text_chars > TEXT_CHARS:
            _text_chars -= _TEXTS.popitem(last=False)[1][0]
    return made


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
