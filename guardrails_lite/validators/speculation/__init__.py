"""`speculation`: flag sentences that guess, or that guess about people.

Private modules: `_validator` (spec, matching, reported speech, sources), `_rules`, `_kinds`, `_blame`,
`_opinion`, `_prediction` (structural and class rules), `_motive`, `_insinuation`, `_counterfactual` (wave 9
constructions), `_fault` (a fault pinned on a named doer, checked against the documents), `_learned` (the
classifier), `_hit` (the rules' one result type), `_terms`, `_lexicon`, `_kinds_lexicon` (hand word
lists) and `_wordclasses` (word classes read from WordNet's sense files, shipped in data/speculation).
"""

from guardrails_lite.validators.speculation._validator import SpeculationSpec, SpeculationValidator

__all__ = ["SpeculationSpec", "SpeculationValidator"]
