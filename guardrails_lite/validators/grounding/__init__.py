"""`grounding`: every sentence of the answer must be supported by the context documents.

Private modules: `_validator` (spec, citations, quoted phrases, the per-sentence loop), `_claims`
(source facts, claim split and support), `_causes` (causal links and blame), `_numbers` (amounts,
durations, dates), `_words` (tokens, base forms, WordNet senses), `_lexicon` (hand-written lists) and `_decide`
(the opt-in learned decision over the checks' evidence).
The digests of the last few sets of documents are kept across calls; `clear_document_cache` forgets them.
"""

from guardrails_lite.validators.grounding._validator import GroundingSpec, GroundingValidator, clear_document_cache

__all__ = ["GroundingSpec", "GroundingValidator", "clear_document_cache"]
