"""Our detectors for a stock Presidio `AnalyzerEngine`.

`NamesRecognizer` is the offline names-and-places recognizer the `pii` validator uses (PERSON, LOCATION and,
opt-in, ORGANIZATION), as a Presidio `EntityRecognizer`::

    from presidio_analyzer import AnalyzerEngine
    from guardrails_lite.integrations.presidio import NamesRecognizer

    analyzer.registry.add_recognizer(NamesRecognizer())

Importing this module imports `presidio_analyzer`; the `pii` validator itself does not need it.
"""

from guardrails_lite.validators.pii._names_recognizer import NamesRecognizer

__all__ = ["NamesRecognizer"]
