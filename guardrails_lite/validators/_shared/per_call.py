"""What the content checks compute once per call: a digest of the context documents, kept in the call's state.

Retries call the output stage again with the same documents, and several checks of one policy read the
same documents; each digests them once per call. Sentences and words come from `guardrails_lite.text`
(regular expressions only: the content checks need no spaCy pipeline).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from guardrails_lite.verdict import Document

_T = TypeVar("_T")


def per_documents(state: dict[str, Any], key: str, documents: Sequence[Document], build: Callable[[], _T]) -> _T:
    """`build()`'s result, kept in the call's `state` under `key` until the documents change."""
    fp = hashlib.sha256("\x00".join(d.text for d in documents).encode("utf-8", "surrogatepass")).hexdigest()
    cached = state.get(key)
    if isinstance(cached, tuple) and cached[0] == fp:
        hit: _T = cached[1]
        return hit
    made = build()
    state[key] = (fp, made)
    return made
