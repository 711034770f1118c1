"""What the content checks compute once per call: a digest of the context documents, kept in the call's state.

Retries call the output stage again with the same documents, and several checks of one policy read the
same documents; each digests them once per call. Sentences and words come from `guardrails_lite.text`
(regular expressions only: the content checks need no spaCy pipeline).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from pydantic import Field

from guardrails_lite.text import SENTENCES
from guardrails_lite.verdict import Document, Finding

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


def max_chars_field() -> Any:
    """The `max_chars` field of a content check's spec (grounding, speculation): how much of an answer it reads."""
    return Field(
        20_000,
        ge=1,
        description="Characters of an answer checked; the rest of a longer answer is a finding (dropped by a "
        "repair). Bounds the time a hostile answer can cost.",
    )


_SPLIT = "content-checks:sentences"  # the call's state key shared by the content checks (see `checked_sentences`)


def checked_sentences(
    text: str, max_chars: int, state: dict[str, Any] | None = None
) -> tuple[list[tuple[int, int]], int | None]:
    """The sentences (``SENTENCES.trimmed`` spans) a check judges, and where the unchecked rest starts.

    Only the first `max_chars` characters are split and judged; the sentence the limit cuts and all after
    it are the rest (None when the whole text fits), which the caller reports and a repair drops: the time a
    hostile answer can cost stays bounded whatever its shape, and nothing unchecked passes.

    With the call's `state`, the split is kept there (under the text's SHA-256 digest and `max_chars`, no text)
    for the next content check of the same answer: speculation and grounding split it once per call.
    """
    if state is None:
        return _checked_sentences(text, max_chars)
    key = (hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest(), max_chars)
    kept = state.get(_SPLIT)
    if isinstance(kept, tuple) and kept[0] == key:
        return list(kept[1]), kept[2]
    spans, rest = _checked_sentences(text, max_chars)
    state[_SPLIT] = (key, tuple(spans), rest)
    return spans, rest


def _checked_sentences(text: str, max_chars: int) -> tuple[list[tuple[int, int]], int | None]:
    if len(text) <= max_chars:
        return SENTENCES.trimmed(text), None
    spans = SENTENCES.trimmed(text[:max_chars])
    rest = spans.pop()[0] if spans else 0
    return spans, rest


def unchecked_finding(rest: int, text: str, max_chars: int) -> Finding:
    return Finding(
        f"the answer is longer than the {max_chars} characters this check reads: the rest is not checked",
        start=rest,
        end=len(text),
    )


class PerSentence(Generic[_T]):
    """`judge(sentence)` once per distinct sentence of one call: an answer of 28,000 copies of "Maybe."
    costs one judgement."""

    def __init__(self, judge: Callable[[str], _T]) -> None:
        self._judge = judge
        self._seen: dict[str, _T] = {}

    def __call__(self, sentence: str) -> _T:
        try:
            return self._seen[sentence]
        except KeyError:
            made = self._seen[sentence] = self._judge(sentence)
            return made
