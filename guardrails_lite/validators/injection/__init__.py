"""`prompt_injection`: prompt-injection and jailbreak detection, offline and fast.

Private modules: `_validator` (spec, structural tier, windows), `_normalize` (de-obfuscation with
offsets), `_hf` and `_judge` (the optional heavy tiers). `lexical` is public: the trained model and
its features, which `scripts/train_injection.py` builds on.
"""

from guardrails_lite.validators.injection._normalize import normalize
from guardrails_lite.validators.injection._validator import (
    PromptInjectionSpec,
    PromptInjectionValidator,
    document_spans,
    target_of,
)

__all__ = ["PromptInjectionSpec", "PromptInjectionValidator", "document_spans", "normalize", "target_of"]
