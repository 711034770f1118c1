"""`lexical.flags` for every sentence of a document, with the keyword patterns run only where their words are.

Per sentence, `flags` tries six keyword patterns (whom the sentence addresses, what its imperatives aim
at); on a 200k-character document that was a third of the lexical tier's time, nearly all of it on
sentences that hold none of the words a match needs. `SpacedText` finds, in one pass over the document,
which sentences hold them, and `flags` skips the patterns elsewhere: the same flags, sentence by sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from guardrails_lite.validators._shared.need_spans import SpacedText
from guardrails_lite.validators.injection import lexical

__all__ = ["DocumentFlags", "document_flags"]

_NOTHING: frozenset[str] = frozenset()
# Under this many characters (an e-mail of a few sentences) the patterns on each sentence cost less than the word
# tests over the whole document (measured: ~10-20 % less up to ~900 characters, 2-3x more from 2,000 on).
_SCAN_FROM = 1000


class DocumentFlags:
    """`flags[i]` is `lexical.flags(text[s:e], target)` for span i = (s, e) of `spans` (in order, as
    `document_spans` or the windows give them), computed when asked: a repeated span's score is reused
    without its flags. `words`: `SpacedText(text)`, if the caller has it."""

    def __init__(
        self, text: str, spans: Sequence[tuple[int, int]], target: str, words: SpacedText | None = None
    ) -> None:
        self.text, self.spans, self.target = text, spans, target
        self.may: dict[int, set[str]] = {}
        if len(text) < _SCAN_FROM:
            self.clean: frozenset[int] = frozenset()  # every span gets its own word tests (`lexical.flags`)
            return
        scan = (words or SpacedText(text)).over(spans)
        self.clean = scan.clean  # other spans (not ASCII, cut inside words) get their own word tests
        for name, pattern in lexical.FLAG_PATTERNS.items() if scan.clean else ():
            for i in scan.may_match(pattern):
                self.may.setdefault(i, set()).add(name)

    def __getitem__(self, i: int) -> frozenset[str]:
        s, e = self.spans[i]
        may = self.may.get(i, _NOTHING) if i in self.clean else None
        return lexical.flags(self.text[s:e], self.target, may)


def document_flags(
    text: str, spans: Sequence[tuple[int, int]], target: str, words: SpacedText | None = None
) -> list[frozenset[str]]:
    """`DocumentFlags` for every span, in order."""
    flags = DocumentFlags(text, spans, target, words)
    return [flags[i] for i in range(len(spans))]
