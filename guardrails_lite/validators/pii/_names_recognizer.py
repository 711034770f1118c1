"""`NamesRecognizer`: people, places and (opt-in) organisations without a trained spaCy pipeline.

A Presidio `EntityRecognizer`, so it also plugs into a stock `AnalyzerEngine`
(``analyzer.registry.add_recognizer(NamesRecognizer())``). It needs no NLP artefacts: it tokenizes
the text itself, tags capitalised words with a small averaged perceptron trained on the Universal
NER English Web Treebank (helpers in `_names/`), checks them against name and place lists built
from public data, and applies e-mail context rules (headers, greetings, sign-offs, titles).
Data and model: guardrails_lite/data/names/ (see PROVENANCE.md there).
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from guardrails_lite.validators.pii._names.detect import NameFinder

ENTITIES = ("PERSON", "LOCATION", "ORGANIZATION")
_NAME = "NamesRecognizer"


class NamesRecognizer(EntityRecognizer):
    """PERSON, LOCATION and ORGANIZATION from lists, a perceptron tagger and e-mail context."""

    def __init__(self, supported_entities: list[str] | None = None, supported_language: str = "en") -> None:
        self.finder: NameFinder | None = None
        super().__init__(
            supported_entities=list(supported_entities or ENTITIES),
            name=_NAME,
            supported_language=supported_language,
        )

    def load(self) -> None:
        self.finder = NameFinder()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        finder = self.finder
        if finder is None:
            finder = self.finder = NameFinder()
        wanted = set(entities or self.supported_entities) & set(self.supported_entities)
        return [
            RecognizerResult(
                s.entity_type,
                s.start,
                s.end,
                s.score,
                AnalysisExplanation(recognizer=_NAME, original_score=s.score),
            )
            for s in finder.find(text)
            if s.entity_type in wanted
        ]
