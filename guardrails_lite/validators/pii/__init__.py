"""`pii`: find personal data with Presidio's recognizers and scrub it; optionally restore it later.

Private modules: `_validator` (spec, operators, the per-call vault), `_engine` (the recognizers run
cheaply and offline; loaded on first use), `_recognizers` (one per file: Presidio's patterns and checks
without importing Presidio), `_helpers` (pattern runner, windows, context words, suffix list) and
`_names` (people and places without spaCy).
"""

from guardrails_lite.validators.pii._engine import NER_ENTITIES, PATTERN_ENTITIES, Span, get_engine, resolve_overlaps
from guardrails_lite.validators.pii._validator import (
    HASH_KEY_VARIABLE,
    Operator,
    PiiRecognizer,
    PiiSpec,
    PiiValidator,
    Vault,
    process_salt,
    set_process_salt,
)

__all__ = [
    "HASH_KEY_VARIABLE",
    "NER_ENTITIES",
    "PATTERN_ENTITIES",
    "Operator",
    "PiiRecognizer",
    "PiiSpec",
    "PiiValidator",
    "Span",
    "Vault",
    "get_engine",
    "process_salt",
    "resolve_overlaps",
    "set_process_salt",
]
