"""`grounding`: every sentence of the answer must be supported by the context documents.

Private modules: `_validator` (spec, citations, quoted phrases, the per-sentence loop), `_claims`
(source facts, claim split and support), `_causes` (causal links and blame), `_numbers` (amounts,
durations, dates), `_words` (tokens, base forms, WordNet senses) and `_lexicon` (hand-written lists).
"""

from guardrails_lite.validators.grounding._validator import GroundingSpec, GroundingValidator

__all__ = ["GroundingSpec", "GroundingValidator"]
