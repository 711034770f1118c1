"""`speculation`: flag sentences that guess, or that guess about people.

Private modules: `_validator` (spec, matching, reported speech, sources), `_rules` (structural
rules), `_terms` and `_lexicon` (the word lists, kept apart so they can be read on their own).
"""

from guardrails_lite.validators.speculation._validator import SpeculationSpec, SpeculationValidator

__all__ = ["SpeculationSpec", "SpeculationValidator"]
