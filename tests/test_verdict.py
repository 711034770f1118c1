"""Verdict and Finding: the shapes validators report in."""

from __future__ import annotations

from guardrails_lite import Context, Document, Finding


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


def test_context_and_document_reprs_show_sizes_only() -> None:
    # Review r17 L5: reprs reach tracebacks and logs; the vault in `state` holds the originals.
    doc = Document("secret doc text", name="d")
    ctx = Context(
        "input",
        messages=({"role": "user", "content": "my ssn 123-45-6789"},),
        documents=(doc,),
        state={"v": {"<US_SSN_1>": "123-45-6789"}},
    )
    for shown in (repr(ctx), repr(doc), str(ctx)):
        assert "123-45-6789" not in shown and "secret doc" not in shown
    assert repr(doc) == "Document(<15 chars>, name='d')"
    assert "messages=<1>" in repr(ctx) and "state=<1 keys>" in repr(ctx)
