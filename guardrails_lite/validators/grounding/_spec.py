"""`grounding`'s policy entry: its settings and what it tells the model. Light on purpose (no data file is read
when a policy is parsed); the checks live in `_validator`."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from guardrails_lite.spec import ValidatorSpec
from guardrails_lite.validators._shared.per_call import max_chars_field
from guardrails_lite.verdict import Validator


class GroundingSpec(ValidatorSpec):
    """Fail on answer sentences the context documents do not support; repair drops them."""

    use: Literal["grounding"] = "grounding"
    min_support: float = Field(
        0.6,
        ge=0.0,
        le=1.0,
        description="Share of a claim's content words one source sentence must hold (0.1 less when it also "
        "states one of the claim's names or figures).",
    )
    check_entities: bool = Field(
        True,
        description="A claim's names and figures must be stated in the source sentence that supports it; quoted "
        "phrases must occur verbatim.",
    )
    citations: Literal["off", "check", "required"] = Field(
        "check",
        description="check: citation markers / the sources field must name supplied documents; required: and "
        "the answer must cite at least one; off: ignore citations.",
    )
    sources_field: str = Field("sources", min_length=1, description="Field of a JSON answer listing its sources.")
    cited_in: str | None = Field(
        None,
        min_length=1,
        description="A JSON answer's field whose [id] markers are its citations: the sources field must list "
        "exactly the documents cited there; a repair rewrites it (so sources of dropped sentences go too).",
    )
    check_relations: bool = Field(
        True,
        description="Claims keep the sources' polarity and agents (who did what), use no opposite verb, and say "
        "something about their subject that the supporting sentence says.",
    )
    check_causes: bool = Field(
        True,
        description="A sentence that links two facts (because, so, as a result, blame, fault) needs a source that "
        "states the link, whatever the other checks say.",
    )
    decision: Literal["rules", "learned"] = Field(
        "learned",
        description="learned (default): a logistic model trained on labelled e-mail summaries weighs the checks' "
        "evidence: it lets pass a sentence only the word check flags whose evidence looks faithful, and flags a "
        "passed one whose support is thin; what the sources lack or contradict (names, codes, quotes, figures, "
        "dates, doers and relations, negations, accusations) and causes or blame they do not state always fail. "
        "Only with the default checks and min_support (else the rules decide). rules: any failed check fails the "
        "sentence.",
    )
    without_documents: Literal["pass", "fail"] = Field(
        "pass", description="What to do when the call has no context documents."
    )
    min_remaining_words: int = Field(
        2, ge=1, description="Repair only if at least this many content words remain after dropping sentences."
    )
    max_chars: int = max_chars_field()

    stages = frozenset({"output"})

    def build(self) -> Validator:
        # Imported here: the checks' modules read the WordNet lexicon as they load, and a policy naming
        # `grounding` must parse (and a broken lexicon fail closed in the call, PackageDataError) without them.
        from guardrails_lite.validators.grounding._validator import GroundingValidator

        return GroundingValidator(self)

    def instructions(self) -> str | None:
        rule = "Use only facts stated in the provided documents; do not add names, numbers or claims they lack."
        if self.cited_in:
            rule += (
                f"\nEnd each sentence of {self.cited_in} with the ids of the documents it uses in square brackets, "
                f"e.g. [doc-1], and list exactly those ids in {self.sources_field}."
            )
        elif self.citations == "required":
            rule += "\nCite the documents you use by their ids in square brackets, e.g. [doc-1]."
        return rule
