"""The content checks split an answer into sentences once per call: the split is kept in the call's state under
the answer's digest (no text), and a different answer (a retry's) is split again."""

from __future__ import annotations

from guardrails_lite import Context
from guardrails_lite.validators._shared.per_call import checked_sentences
from guardrails_lite.verdict import Document
from tests.validators.conftest import build

ANSWER = "Dana booked the hall. Tom must have forgotten the invoice. Tom paid 300 EUR."
RETRY = "Dana booked the hall. Tom paid 300 EUR."


def _strings(state: dict[str, object]) -> list[str]:
    out: list[str] = []

    def walk(v: object) -> None:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, (tuple, list)):
            for x in v:
                walk(x)

    walk(list(state.values()))
    return out


def test_a_kept_split_is_the_split_of_the_same_text_only() -> None:
    state: dict[str, object] = {}
    spans, rest = checked_sentences(ANSWER, 20_000, state)
    assert [ANSWER[a:b] for a, b in spans] == [
        "Dana booked the hall.",
        "Tom must have forgotten the invoice.",
        "Tom paid 300 EUR.",
    ]
    assert rest is None
    assert checked_sentences(ANSWER, 20_000, state) == (spans, None)
    again, _ = checked_sentences(RETRY, 20_000, state)
    assert [RETRY[a:b] for a, b in again] == ["Dana booked the hall.", "Tom paid 300 EUR."]
    cut, rest = checked_sentences(ANSWER, 30, state)  # another limit: split again, not the kept split
    assert [ANSWER[a:b] for a, b in cut] == ["Dana booked the hall."] and rest == 22
    assert not any("Dana" in s for s in _strings(state))  # digests and offsets only: no text of the answer


def test_speculation_then_grounding_in_one_call_judge_as_apart() -> None:
    docs = (Document("From: Dana\nI booked the hall. Tom paid 300 EUR.\nDana", "m"),)
    spec, ground = build({"use": "speculation"}), build({"use": "grounding"})
    shared = Context("output", documents=docs)
    together = [spec(ANSWER, shared), ground(ANSWER, shared), spec(RETRY, shared), ground(RETRY, shared)]
    apart = [
        spec(ANSWER, Context("output", documents=docs)),
        ground(ANSWER, Context("output", documents=docs)),
        spec(RETRY, Context("output", documents=docs)),
        ground(RETRY, Context("output", documents=docs)),
    ]
    assert [(v.passed, [(f.start, f.end) for f in v.findings]) for v in together] == [
        (v.passed, [(f.start, f.end) for f in v.findings]) for v in apart
    ]
    assert not together[0].passed and [(f.start, f.end) for f in together[0].findings] == [
        (22, 58)
    ]  # "must have forgotten"
