"""A validator that cannot be built fails closed instead of raising out of guard.run (issue 13)."""

from __future__ import annotations

import pytest

from guardrails_lite import Blocked, Guard, Trusted, parse_policy


def test_a_bad_spacy_model_is_an_error_finding_not_a_traceback() -> None:
    # Trusted by the application, but no spaCy pipeline: loading it fails when the engine is built.
    policy = parse_policy(
        {"name": "p", "input": [{"use": "pii", "entities": ["PERSON"], "spacy_model": "regex"}]},
        trusted=Trusted(spacy_models=["regex"]),
    )
    with pytest.raises(Blocked) as e:
        Guard(policy).run(lambda p: "ok", "Dana Reyes wrote to me.")
    assert [f.kind for f in e.value.findings] == ["error"]
    assert "could not be built" in e.value.findings[0].message
