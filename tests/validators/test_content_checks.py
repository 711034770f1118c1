"""speculation, grounding and scope together: lazy imports, hostile input, threads, a clean JSON answer."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails_lite import Guard, Verdict, parse_policy
from tests.conftest import scripted
from tests.validators.conftest import DOCS, GOSSIP_TOPIC, SCOPE, THREAD, build, check, heavy_modules_after


def test_the_three_validators_leave_heavy_modules_unimported_until_used() -> None:
    code = (
        "from guardrails_lite import parse_policy\n"
        "parse_policy({'name': 't', 'output': [{'use': 'speculation'}, {'use': 'grounding'},"
        " {'use': 'scope', 'allowed_topics': [{'name': 'a'}]}]}).output[0].build()\n"
    )
    assert heavy_modules_after(code) == []


def test_adversarial_long_answer_with_documents_finishes() -> None:
    text = ("Dana booked the hall. " * 2000) + "(" * 30_000 + "probably " * 5000
    for entry in ({"use": "speculation"}, {"use": "grounding", "citations": "required"}, SCOPE):
        verdict = check(build(entry), text, DOCS)
        assert isinstance(verdict, Verdict)


def test_all_three_on_a_clean_json_answer_leave_it_unchanged() -> None:
    policy = parse_policy(
        {
            "name": "t",
            "input": [{**SCOPE}],
            "output": [
                {"use": "json_schema", "schema": {"type": "object"}},
                {"use": "speculation", "fields": ["summary"], "on_fail": "repair"},
                {"use": "grounding", "fields": ["summary"], "on_fail": "repair"},
                {"use": "grounding", "id": "cites", "citations": "required", "on_fail": "retry"},
                {"use": "scope", "fields": ["summary"], "denied_topics": [GOSSIP_TOPIC], "on_fail": "retry"},
            ],
        }
    )
    answer = json.dumps({"summary": "Dana booked the Lakeside Hall for 12 September.", "sources": ["email-1"]})
    llm, seen = scripted(answer)
    result = Guard(policy).run(llm, "Summarise this e-mail thread.", context={"email-1": THREAD})
    assert (result.text, result.action, result.findings, len(seen)) == (answer, "allow", (), 1)


def test_content_checks_give_the_same_verdicts_from_many_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        "Dana booked the Lakeside Hall for 12 September. Bob must be furious.",
        "The deposit of 400 EUR is paid. The caterer will probably confirm the menu next week.",
        "Marcus Obi approved 900 EUR. Whoever booked the hall was careless.",
        "Dana booked the Lakeside Hall for 12 September.",
    ]
    validators = [build({"use": "speculation"}), build({"use": "grounding"}), build(SCOPE)]

    def run(text: str) -> list[tuple[bool, tuple[tuple[int | None, int | None], ...]]]:
        return [
            (r.passed, tuple((f.start, f.end) for f in r.findings)) for r in (check(v, text, DOCS) for v in validators)
        ]

    expected = {t: run(t) for t in texts}
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(run, texts * 50))
    assert results == [expected[t] for t in texts * 50]


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=300), source=st.text(max_size=300))
def test_random_text_against_random_sources_never_crashes(text: str, source: str) -> None:
    for entry in ({"use": "speculation"}, {"use": "grounding", "citations": "required"}):
        verdict = check(_BUILT[entry["use"]], text, (source,))
        for f in verdict.findings:
            if f.start is not None and f.end is not None:
                assert 0 <= f.start <= f.end <= len(text)
        if verdict.repaired is not None:
            assert len(verdict.repaired) <= len(text)


_BUILT = {
    "speculation": build({"use": "speculation"}),
    "grounding": build({"use": "grounding", "citations": "required"}),
}


def test_past_max_chars_the_rest_is_a_finding_and_a_repair_keeps_only_what_was_checked() -> None:
    good = "Dana booked the Lakeside Hall for 12 September. "
    hedge = "Marcus probably lost the form. "
    text = good + hedge + good * 3
    for use in ("grounding", "speculation"):
        v = build({"use": use, "max_chars": len(good) + len(hedge) + 10})
        verdict = check(v, text, DOCS)
        assert not verdict.passed
        rest = verdict.findings[-1]
        assert "not checked" in rest.message and text[rest.start : rest.end].strip() == (good * 3).strip()
        assert rest.end == len(text)
        assert verdict.repaired == "Dana booked the Lakeside Hall for 12 September."
        assert check(build({"use": use}), text, DOCS).findings[-1].end != len(text)  # the default reads it all


def test_one_answer_of_many_sentences_stays_fast_and_fails_closed() -> None:
    # Repeated and letterless sentences are judged once; 200k characters stop at max_chars.
    for text in ("Maybe. " * 30_000, ". " * 100_000, "1 " * 100_000):
        for use in ("grounding", "speculation"):
            verdict = check(build({"use": use}), text, DOCS)
            assert not verdict.passed
            assert verdict.findings[-1].end == len(text)
