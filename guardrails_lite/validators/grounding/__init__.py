"""`grounding`: every sentence of the answer must be supported by the context documents.

Private modules: `_spec` (the policy entry; reads no data file, so a policy parses without the checks), `_validator`
(citations, quoted phrases, the per-sentence loop), `_claims` (source facts, claim split and support), `_causes`
(causal links and blame), `_numbers` (amounts, durations, dates), `_words` (tokens, base forms, WordNet senses),
`_lexicon` (hand-written lists), `_decide` (the learned decision over the checks' evidence) and `_recent` (the
digests of the last few sets of documents, kept across calls; `clear_document_cache` forgets them).
"""

from guardrails_lite.validators.grounding._recent import clear_document_cache
from guardrails_lite.validators.grounding._spec import GroundingSpec

__all__ = ["GroundingSpec", "clear_document_cache"]
