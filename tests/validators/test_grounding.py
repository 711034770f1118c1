"""grounding: word and entity support, relations within source sentences, citations, repair, JSON fields."""

from __future__ import annotations

import json

import pytest

from guardrails_lite import Context, Guard, parse_policy
from guardrails_lite.verdict import Document
from tests.conftest import scripted
from tests.validators.conftest import DOCS, THREAD, build, check, spans


def test_grounded_answer_passes_and_names_its_source() -> None:
    v = build({"use": "grounding"})
    ctx = Context("output", documents=(Document(THREAD, "email-1"),), entry_id="g")
    verdict = v("Dana booked the Lakeside Hall for 12 September. The deposit of 400 EUR is paid.", ctx)
    assert verdict.passed
    assert [a[2] for a in ctx.state["g:grounding"]] == ["email-1", "email-1"]


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("The deposit of 600 EUR is paid.", "number"),
        ("Dana booked it together with Marcus Obi.", "name"),
        ('Dana wrote "the deposit is paid".', "quoted phrase"),
        ("The board plans to cut all travel spending this year.", "word support"),
    ],
)
def test_unsupported_sentences_are_findings_with_spans_and_repair_drops_them(bad: str, why: str) -> None:
    v = build({"use": "grounding"})
    text = f"Dana booked the Lakeside Hall for 12 September. {bad}"
    verdict = check(v, text, DOCS)
    assert not verdict.passed
    assert spans(text, verdict) == [bad]
    assert why in verdict.findings[0].message and bad not in verdict.findings[0].message
    assert verdict.repaired == "Dana booked the Lakeside Hall for 12 September."


def test_a_negation_the_sources_do_not_make_is_unsupported() -> None:
    v = build({"use": "grounding"})
    assert not check(v, "The deposit of 400 EUR is not paid.", DOCS).passed
    assert check(v, "The deposit of 400 EUR is paid.", DOCS).passed
    assert check(v, "Dana booked the Lakeside Hall for no later than 12 September.", DOCS).passed


def test_a_bulleted_sentence_start_is_not_taken_for_a_name() -> None:
    v = build({"use": "grounding"})
    assert check(v, "- Booked: the Lakeside Hall for 12 September.", DOCS).passed
    assert not check(v, "- Booked: the Lakeside Hall, with Marcus, for 12 September.", DOCS).passed


def test_placeholders_and_non_citation_brackets_are_not_claims_or_citations() -> None:
    v = build({"use": "grounding", "citations": "check"})
    assert check(v, "Dana booked the Lakeside Hall [REDACTED] for 12 September.", DOCS).passed
    assert check(v, "<PERSON_1> booked the Lakeside Hall for 12 September.", DOCS).passed
    assert check(v, "The deposit of 400 EUR [sic] is paid.", DOCS).passed
    assert not check(v, "The deposit of 400 EUR is paid [email-4].", DOCS).passed


def test_min_support_threshold_is_bounded_and_configurable() -> None:
    with pytest.raises(Exception, match="min_support"):
        parse_policy({"name": "t", "output": [{"use": "grounding", "min_support": 1.5}]})
    text = "Dana booked the hall for the whole team."  # 3 of 5 content words in one source sentence
    assert check(build({"use": "grounding"}), text, DOCS).passed  # default 0.6
    assert not check(build({"use": "grounding", "min_support": 0.8}), text, DOCS).passed
    # Each claim of a sentence needs its own support: a supported clause does not carry an invented one.
    assert not check(build({"use": "grounding"}), "Dana booked the hall, and the team celebrated loudly.", DOCS).passed
    assert check(
        build({"use": "grounding", "min_support": 0.0, "check_relations": False, "check_causes": False}),
        "Dana booked the hall, and the team celebrated loudly.",
        DOCS,
    ).passed
    assert not check(build({"use": "grounding"}), "Dana booked a boat trip and a band for the team.", DOCS).passed


RELATION_MAILS = (
    "From: Omar Haddad\nSubject: Delivery\nNorthwind Parts confirmed delivery of 250 units by 15 May. "
    "They ask for 30 percent payment in advance. The remaining units follow in June. "
    "Omar will send the purchase order on Monday.",
    "From: Ines Kovac\nSubject: Review\nLegal needs more time to review the contract. "
    'Clause 7 is "not acceptable in its current form" and will be renegotiated. Setup takes two days.',
)


@pytest.mark.parametrize(
    ("sentence", "supported"),
    [
        ("Northwind Parts confirmed delivery of 250 units by 15 May.", True),
        ("Omar will send the purchase order on Monday.", True),
        ("Clause 7 will be renegotiated.", True),
        ("Setup takes two days.", True),
        ("I was told the order goes out on Monday.", True),  # no name or number to misplace
        ("Omar confirmed delivery of 250 units by 15 May.", False),  # someone else confirmed it
        ("Northwind Parts will send the purchase order on Monday.", False),  # Omar sends it
        ("The remaining units follow in May, with payment in June.", False),  # May and June never meet
        ("Clause 7 is acceptable in its current form.", False),  # the source's negation dropped
        ("Setup takes two weeks.", False),  # the number keeps, the unit changes
        ("Contoso will deliver the remaining units.", False),  # an opening name the sources lack
    ],
)
def test_grounding_checks_relations_within_source_sentences(sentence: str, supported: bool) -> None:
    verdict = check(build({"use": "grounding"}), sentence, RELATION_MAILS)
    assert verdict.passed is supported
    off = check(build({"use": "grounding", "check_relations": False}), sentence, RELATION_MAILS)
    if not supported and sentence.startswith(("Omar", "Clause 7 is")):
        assert off.passed  # only the relation checks (agents, polarity) see these


def test_citations_must_point_at_supplied_documents() -> None:
    v = build({"use": "grounding", "citations": "required"})
    assert check(v, "The hall is booked [1].", DOCS).passed
    assert check(v, "The hall is booked [email-1].", DOCS).passed
    assert not check(v, "The hall is booked [3].", DOCS).passed
    missing = check(v, "The hall is booked.", DOCS)
    assert not missing.passed and missing.repaired is None
    assert check(v, '{"summary": "x", "sources": ["email-1"]}', DOCS).passed
    assert not check(v, '{"summary": "x", "sources": ["email-7"]}', DOCS).passed
    assert not check(v, '{"summary": "x", "sources": []}', DOCS).passed
    assert check(build({"use": "grounding"}), '{"summary": "x", "sources": []}', DOCS).passed


def test_without_documents_grounding_passes_unless_told_to_fail() -> None:
    assert check(build({"use": "grounding"}), "Anything at all.").passed
    assert not check(build({"use": "grounding", "without_documents": "fail"}), "Anything at all.").passed


def test_grounding_retry_feedback_quotes_the_unsupported_sentence_but_logs_do_not() -> None:
    from guardrails_lite.logs import capture_events

    policy = parse_policy({"name": "t", "output": [{"use": "grounding", "on_fail": "retry"}]})
    bad = "The venue costs 9000 EUR."
    llm, seen = scripted(bad, "Dana booked the Lakeside Hall for 12 September.")
    with capture_events() as logs:
        result = Guard(policy).run(llm, "Summarise.", context={"email-1": THREAD})
    assert result.attempts == 2
    assert bad in seen[1]
    # Keyed hashes (``*_sha``) are random hex and may hold "9000" by chance: every other field may not.
    plain = [{k: v for k, v in event.items() if not k.endswith("_sha")} for event in logs]
    assert all(bad not in str(event) and "9000" not in str(event) for event in plain)
    assert all("9000" not in f.message for f in result.findings)


def test_grounding_repairs_a_json_field_in_place() -> None:
    policy = parse_policy(
        {
            "name": "t",
            "output": [
                {"use": "json_schema", "schema": {"type": "object"}},
                {"use": "grounding", "fields": ["summary"], "on_fail": "repair"},
                {"use": "grounding", "id": "cites", "citations": "required"},
            ],
        }
    )
    answer = {"summary": "Dana booked the Lakeside Hall. Marcus Obi will pay 900 EUR.", "sources": ["email-1"]}
    llm, _ = scripted(json.dumps(answer))
    result = Guard(policy).run(llm, "Summarise.", context={"email-1": THREAD})
    assert json.loads(result.text) == {"summary": "Dana booked the Lakeside Hall.", "sources": ["email-1"]}
    assert {f.target for f in result.findings} == {"answer.summary"}


def test_numbered_references_resolve_to_the_nth_document() -> None:
    v = build({"use": "grounding", "citations": "required"})
    two = (THREAD, "From: Leo\nSetup takes two days.")
    ctx = Context("output", documents=(Document(two[0]), Document(two[1])))
    assert v('{"summary": "x", "sources": ["email-2", "doc 1"]}', ctx).passed
    assert not v('{"summary": "x", "sources": ["email-3"]}', ctx).passed
