"""`grounding`: every sentence of the answer must be supported by the context documents.

Private modules: `_validator` (spec, word and entity support, citations) and `_relations`
(which facts a source states together, units, negations, agents).
"""

from guardrails_lite.validators.grounding._validator import GroundingSpec, GroundingValidator

__all__ = ["GroundingSpec", "GroundingValidator"]
