"""Verdict and Finding: the shapes validators report in."""

from __future__ import annotations

from guardrails_lite import Finding


def test_finding_dict_shape() -> None:
    d = Finding("m", 0.5, 1, 2, "EMAIL_ADDRESS", "pii", "pii", "detection", "prompt").to_dict()
    assert d == {
        "validator": "pii",
        "id": "pii",
        "message": "m",
        "score": 0.5,
        "start": 1,
        "end": 2,
        "entity_type": "EMAIL_ADDRESS",
        "kind": "detection",
        "target": "prompt",
    }
