"""The spaCy side of the content checks: one pipeline per process, loaded lazily, and answers as Docs.

A trained English pipeline (``en_core_web_*``) is used when installed; otherwise a blank English
pipeline with the rule-based sentencizer, which needs no download. spaCy is imported on first use
only, so ``import guardrails_lite`` stays light. Plain-text rules (words, stop words, regex sentence
boundaries) are in `guardrails_lite.text`.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from guardrails_lite.text import fold_apostrophes
from guardrails_lite.verdict import Document

_LOCK = threading.Lock()
_NLP: Any = None
_TRAINED = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
# Long inputs are segmented in chunks so a 100k-character answer cannot build one huge Doc.
_CHUNK = 20_000
_SURROGATE = re.compile("[\ud800-\udfff]")
_CACHE_KEY = "guardrails_lite.validators._shared.nlp:docs"
_MAX_RUN = 64
_LONG_RUN = re.compile(rf"\S{{{_MAX_RUN}}}")


def nlp() -> Any:
    """The process-wide pipeline (tokenizer + sentence boundaries), built once under a lock."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                import spacy

                loaded: Any = None
                for name in _TRAINED:
                    try:
                        loaded = spacy.load(name, exclude=["ner", "lemmatizer", "textcat"])
                        break
                    except (OSError, ImportError):
                        continue
                if loaded is None:
                    loaded = spacy.blank("en")
                    loaded.add_pipe("sentencizer")
                _NLP = loaded
    return _NLP


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


_T = TypeVar("_T")


def per_documents(state: dict[str, Any], key: str, documents: Sequence[Document], build: Callable[[], _T]) -> _T:
    """`build()`'s result, kept in the call's `state` under `key` until the documents change.

    Retries call the output stage again with the same documents; digesting them once per call is enough.
    """
    fp = hashlib.sha256("\x00".join(d.text for d in documents).encode("utf-8", "surrogatepass")).hexdigest()
    cached = state.get(key)
    if isinstance(cached, tuple) and cached[0] == fp:
        hit: _T = cached[1]
        return hit
    made = build()
    state[key] = (fp, made)
    return made


def docs(text: str, state: dict[str, Any] | None = None) -> list[tuple[int, Any]]:
    """(offset, Doc) for `text`, cut into chunks at whitespace so no Doc gets huge.

    With the call's `state`, the Docs of the last text are kept there, so the content checks of one
    call tokenize the same answer once (the cache is keyed by the text itself).
    """
    if state is not None:
        cached = state.get(_CACHE_KEY)
        if isinstance(cached, tuple) and cached[0] == text:
            hit: list[tuple[int, Any]] = cached[1]
            return hit
    pipeline = nlp()
    # Same-length substitutions only, so offsets into the Docs are offsets into `text`.
    clean = fold_apostrophes(_SURROGATE.sub("\ufffd", text))  # spaCy cannot intern lone surrogates
    # spaCy strips affixes off a long run of punctuation one at a time (quadratic); break runs with a
    # space every _MAX_RUN characters, which keeps offsets and no real word is that long.
    clean = _LONG_RUN.sub(_break_run, clean)
    out: list[tuple[int, Any]] = []
    pos = 0
    n = len(clean)
    while pos < n:
        end = min(n, pos + _CHUNK)
        if end < n:
            cut = clean.rfind("\n", pos, end)
            if cut <= pos:
                cut = clean.rfind(" ", pos, end)
            end = cut + 1 if cut > pos else end
        out.append((pos, pipeline(clean[pos:end])))
        pos = end
    if state is not None:
        state[_CACHE_KEY] = (text, out)
    return out


def _break_run(m: re.Match[str]) -> str:
    return m.group()[:-1] + " "


def sentences(text: str, state: dict[str, Any] | None = None) -> list[Sentence]:
    """Sentences of `text` with character offsets, whitespace trimmed; empty ones dropped."""
    out: list[Sentence] = []
    for offset, doc in docs(text, state):
        for sent in doc.sents:
            s, e = sent.start_char + offset, sent.end_char + offset
            raw = text[s:e]
            stripped = raw.strip()
            if not stripped:
                continue
            s += len(raw) - len(raw.lstrip())
            out.append(Sentence(s, s + len(stripped), stripped))
    return _merge_stray_quotes(out, text)


def _merge_stray_quotes(sents: list[Sentence], text: str) -> list[Sentence]:
    # The sentencizer ends a sentence after a closing quote only when the quote is its own token;
    # a sentence that is only punctuation belongs to the one before it.
    merged: list[Sentence] = []
    for s in sents:
        if merged and not any(c.isalnum() for c in s.text):
            prev = merged[-1]
            merged[-1] = Sentence(prev.start, s.end, text[prev.start : s.end])
        else:
            merged.append(s)
    return merged
