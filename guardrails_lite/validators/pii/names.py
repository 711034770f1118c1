"""The names-and-places tier's public surface for its training script and benchmarks.

`scripts/train_names.py` must compute exactly the features the shipped tagger scores at run time, so it uses
the recognizer's own tokenizer, lexicon and feature functions; they are named here so that no script reaches
into the private `_names` package. The recognizer itself is `PiiSpec(names=...)`; nothing here is needed to
use it.
"""

from guardrails_lite.validators.pii._names.detect import NameFinder
from guardrails_lite.validators.pii._names.features import LABELS, Facts, Prepared, features, prepare
from guardrails_lite.validators.pii._names.lexicon import lexicon
from guardrails_lite.validators.pii._names.tokens import tokenize

__all__ = ["LABELS", "Facts", "NameFinder", "Prepared", "features", "lexicon", "prepare", "tokenize"]
