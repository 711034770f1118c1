"""speculation, grounding and scope: detection, spans, repair, retry through a Guard, JSON fields."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails_lite import Context, Guard, Verdict, parse_policy
from guardrails_lite.verdict import Document
from tests.conftest import scripted

THREAD = (
    "From: Dana Whitfield\nSubject: Q3 offsite venue\n\n"
    "Hi all, I booked the Lakeside Hall for 12 September. The deposit of 400 EUR is paid.\n"
    "The caterer will probably confirm the menu next week.\nDana"
)


def build(entry: dict[str, Any], stage: str = "output") -> Any:
    policy = parse_policy({"name": "t", stage: [entry]})
    return getattr(policy, stage)[0].build()


def check(v: Any, text: str, docs: tuple[str, ...] = (), stage: str = "output") -> Verdict:
    ctx = Context(stage, documents=tuple(Document(d, f"email-{i + 1}") for i, d in enumerate(docs)))  # type: ignore[arg-type]
    result: Verdict = v(text, ctx)
    return result


def spans(text: str, verdict: Verdict) -> list[str]:
    return [text[f.start : f.end] for f in verdict.findings if f.start is not None and f.end is not None]


# -- speculation ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Bob must be furious about the delay.",
        "Reading between the lines, Tom has a hidden agenda.",
        "Whoever approved the invoice was careless.",
        "Nobody says it, but Alex is the real problem.",
        "My guess is the vendor lost the form.",
        "Chances are the budget will be cut.",
        "It seems likely that the launch slips.",
        "The contractor presumably knew about the leak.",
        "He must have forgotten the meeting.",
        "Bob said yes, but he probably regrets it.",
    ],
)
def test_speculative_sentences_are_flagged_with_their_span(sentence: str) -> None:
    v = build({"use": "speculation"})
    text = f"Dana booked the Lakeside Hall for 12 September. {sentence} The deposit of 400 EUR is paid."
    verdict = check(v, text)
    assert not verdict.passed
    assert spans(text, verdict) == [sentence]
    assert all(sentence not in f.message for f in verdict.findings)
    assert verdict.repaired == "Dana booked the Lakeside Hall for 12 September. The deposit of 400 EUR is paid."


@pytest.mark.parametrize(
    "text",
    [
        "All attendees must be registered by Friday.",
        "The form must have a signature from finance.",
        'Dana wrote: "we will probably move the date".',
        "Dana wrote that the caterer will probably confirm next week.",
        "The deposit of 400 EUR is paid and the hall is booked.",
        "Bob asked whether the budget covers travel.",
        "The team added lazy loading to the image gallery.",
    ],
)
def test_hard_negatives_pass(text: str) -> None:
    assert check(build({"use": "speculation"}), text).passed


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("I reckon the vendor will pull out.", "hedge"),  # first-person belief verb
        ("We strongly suspect the figures were changed.", "hedge"),
        ("My take is that the pilot was rushed.", "hedge"),  # my/our + opinion noun
        ("The courier might lose the parcel again.", "hedge"),  # epistemic might, no condition
        ("Theo must be planning his exit.", "hedge"),  # must be + -ing reads a mind, not a rule
        ("The vendor sounds as though it is short of cash.", "hedge"),  # appearance verb + clause
        ("The late replies indicate that legal is overloaded.", "hedge"),  # inference from evidence
        ("Rosa is visibly uneasy about the merger.", "attribution"),  # feeling after a linking verb
        ("Ivo resents the new reporting line.", "attribution"),  # third-person attitude verb
        ("Ines is not happy with the decision.", "attribution"),  # denied contentment
        ("Paul has lost patience with the agency.", "attribution"),
        ("Kofi knows he missed the deadline.", "attribution"),  # private knowledge
        ("Lea copied the director to discredit the team.", "attribution"),  # motive in a purpose clause
        ("Nils is shielding his manager from questions.", "attribution"),
        ("Rolf only signed because he wanted the bonus.", "attribution"),  # hidden reason behind an act
        ("The overrun was down to Jan's poor estimates.", "attribution"),  # someone's fault as a cause
        ("Procurement is stalling on the renewal.", "attribution"),  # behaviour that carries an intent
        ("The real decision was taken before the vote.", "unverifiable"),  # claim to a hidden truth
        ("Everybody knew the forecast was wrong.", "unverifiable"),  # group-mind claim
        ("No one will admit the test was skipped.", "unverifiable"),
        ("The budget was agreed behind closed doors.", "hedge"),
        ("The new lead is said to be difficult to work with.", "hedge"),  # hearsay
        ("Ops clearly botched the rollout.", "attribution"),  # judgement of someone's conduct
        ("The excuse about the customs hold was just a ploy.", "attribution"),  # a pretext named as such
    ],
)
def test_general_speculation_mechanisms(sentence: str, category: str) -> None:
    verdict = check(build({"use": "speculation"}), sentence)
    assert not verdict.passed
    assert [f.message.split(" ", 2)[2] for f in verdict.findings] == [
        {
            "hedge": "makes a hedged, speculative claim",
            "attribution": "speculates about blame, motives or feelings",
            "unverifiable": "makes an unverifiable assertion about people",
        }[category]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "If the supplier is unhappy with the terms, we will renegotiate.",  # condition, not a claim
        "The invoice might have to be reissued if the address is wrong.",
        "Reports must be ready and signed by Friday.",  # obligation
        "Omar is nervous about presenting, he told the team.",  # trailing reporting clause
        "Sara said she never liked the old template.",
        "The supplier is unhappy with the payment terms, according to the e-mail.",
        'Olga wrote: "I feel sidelined by the reorganisation."',  # quoted
        "I think we can close this ticket, Tom wrote.",
        "Anyone who feels unwell should stay home.",
        "Tom was relieved of his on-call duties for June.",
        "The new firewall is protecting the payment servers.",  # no person protected
        "The delay is down to the port strike.",  # a cause, but nobody's fault
        "Ravi only sent the draft on Friday because the data arrived late.",
        "The new logo looks like the old one with a blue border.",  # comparison
        "The contract clearly states a 30-day notice period.",
        "Ben will clearly mark the changed sections.",
        "Dana is happy to host the meeting on Friday.",  # willingness the e-mail announces
        "Our read-out of the survey is attached.",
        "The team needs to make the dashboard look cleaner before the demo.",
        "They only agreed to two of the five changes.",
    ],
)
def test_general_mechanisms_keep_hard_negatives(text: str) -> None:
    assert check(build({"use": "speculation"}), text).passed


def test_a_feeling_the_source_states_is_not_flagged() -> None:
    v = build({"use": "speculation"})
    mail = "Hi team, honestly I'm worried about the timeline for the migration. Mina"
    assert check(v, "Mina is worried about the timeline for the migration.", (mail,)).passed
    assert not check(v, "Mina is worried about the timeline for the migration.").passed  # no source: a guess
    assert not check(v, "Mina is furious with the vendor.", (mail,)).passed  # the source says no such thing


def test_a_reporting_verb_that_reports_nothing_does_not_excuse_a_claim() -> None:
    v = build({"use": "speculation"})
    assert not check(v, "Jim hasn't replied because he is embarrassed about the error.").passed
    assert check(v, "Jim replied that he is embarrassed about the error.").passed


def test_a_hedge_the_source_makes_is_not_flagged() -> None:
    v = build({"use": "speculation"})
    answer = "The caterer will probably confirm the menu next week."
    assert check(v, answer, (THREAD,)).passed
    assert not check(v, answer).passed  # without the source it is the writer's own guess
    assert not check(v, "The caterer will probably cancel the whole event.", (THREAD,)).passed


def test_nothing_left_means_no_repair_and_extra_phrases_count() -> None:
    v = build({"use": "speculation", "extra_phrases": ["gossip says"]})
    verdict = check(v, "Gossip says the manager is leaving.")
    assert not verdict.passed and verdict.repaired is None
    v2 = build({"use": "speculation", "allow_phrases": ["likely"], "categories": ["hedge"]})
    assert check(v2, "Rain is likely on Friday.").passed
    assert check(v2, "Bob is to blame for this.").passed  # attribution not selected


def test_speculation_instructions_and_bounds() -> None:
    spec = parse_policy({"name": "t", "output": [{"use": "speculation", "fields": ["summary"]}]}).output[0]
    assert "summary" in (spec.instructions() or "")
    with pytest.raises(Exception, match="source_overlap"):
        parse_policy({"name": "t", "output": [{"use": "speculation", "source_overlap": 2}]})
    with pytest.raises(Exception, match="cannot run on the input stage"):
        parse_policy({"name": "t", "input": [{"use": "speculation"}]})


def test_speculation_retry_through_a_guard_quotes_the_sentence_in_feedback() -> None:
    policy = parse_policy({"name": "t", "output": [{"use": "speculation", "on_fail": "retry"}]})
    llm, seen = scripted("Bob is probably to blame.", "Dana booked the Lakeside Hall.")
    result = Guard(policy).run(llm, "Summarise.", context=[THREAD])
    assert result.text == "Dana booked the Lakeside Hall." and result.attempts == 2
    assert "Bob is probably to blame." in seen[1]


def test_speculation_repair_in_a_json_field() -> None:
    policy = parse_policy(
        {
            "name": "t",
            "output": [
                {"use": "json_schema", "schema": {"type": "object"}},
                {"use": "speculation", "fields": ["summary"], "on_fail": "repair"},
            ],
        }
    )
    answer = json.dumps({"summary": "The hall is booked for 12 September. Dana must be exhausted.", "sources": []})
    llm, _ = scripted(answer)
    result = Guard(policy).run(llm, "Summarise.", context=[THREAD])
    assert result.action == "repair"
    assert json.loads(result.text)["summary"] == "The hall is booked for 12 September."
    f = next(f for f in result.findings if f.validator == "speculation")
    assert f.target == "answer.summary"


def test_clean_answer_passes_unchanged() -> None:
    policy = parse_policy({"name": "t", "output": [{"use": "speculation", "on_fail": "repair"}]})
    clean = "Dana booked the Lakeside Hall for 12 September. The deposit of 400 EUR is paid."
    llm, _ = scripted(clean)
    result = Guard(policy).run(llm, "Summarise.", context=[THREAD])
    assert (result.text, result.action, result.findings) == (clean, "allow", ())


# -- grounding -----------------------------------------------------------------------------
DOCS = (THREAD,)


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
    text = "Dana booked the hall and the team celebrated loudly."  # 3 of 6 content words supported
    assert check(build({"use": "grounding"}), text, DOCS).passed  # default 0.5: half is enough
    assert not check(build({"use": "grounding", "min_support": 0.6}), text, DOCS).passed
    assert check(build({"use": "grounding", "min_support": 0.2}), text, DOCS).passed
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
    if not supported and sentence.startswith(("Omar", "Northwind", "The remaining", "Setup")):
        assert off.passed  # only the relation checks see these


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
    import structlog

    policy = parse_policy({"name": "t", "output": [{"use": "grounding", "on_fail": "retry"}]})
    bad = "The venue costs 9000 EUR."
    llm, seen = scripted(bad, "Dana booked the Lakeside Hall for 12 September.")
    with structlog.testing.capture_logs() as logs:
        result = Guard(policy).run(llm, "Summarise.", context={"email-1": THREAD})
    assert result.attempts == 2
    assert bad in seen[1]
    assert all(bad not in str(event) and "9000" not in str(event) for event in logs)
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


# -- scope ---------------------------------------------------------------------------------
EMAIL_TOPIC = {
    "name": "email summary",
    "description": "Summarising the e-mail thread: who wrote what, decisions, dates, deadlines and action items.",
    "examples": ["Summarise this thread", "What did Dana say about the venue?", "List the action items"],
}
GOSSIP_TOPIC = {
    "name": "gossip",
    "description": "Speculation about colleagues: personal lives, blame, motives, who will be fired.",
    "examples": ["Who is to blame?", "Is Bob going to be fired?"],
    "keywords": ["fired", "sacked"],
}
SCOPE = {
    "use": "scope",
    "allowed_topics": [EMAIL_TOPIC],
    "denied_topics": [GOSSIP_TOPIC],
    "refusal": "I can only summarise this e-mail thread.",
}


@pytest.mark.parametrize(
    ("text", "passed", "why"),
    [
        ("Summarise the thread about the Q3 venue booking.", True, ""),
        ("What are the action items and deadlines?", True, ""),
        ("Write me a poem about cats.", False, "off the allowed topics; nearest allowed topic: email summary"),
        ("Who is to blame for the delay?", False, "on denied topic: gossip"),
        ("Will Tom be sacked?", False, "on denied topic: gossip (similarity 1.00)"),
    ],
)
def test_scope_explains_the_nearest_topic(text: str, passed: bool, why: str) -> None:
    verdict = check(build(SCOPE, "input"), text, stage="input")
    assert verdict.passed is passed
    if not passed:
        assert why in verdict.findings[0].message and "margin" in verdict.findings[0].message
        assert text not in verdict.findings[0].message


def test_off_topic_prompt_is_refused_without_calling_the_model() -> None:
    from guardrails_lite import Blocked
    from guardrails_lite.validators.scope import refusal_for

    policy = parse_policy({"name": "t", "input": [SCOPE]})
    llm, seen = scripted("never")
    with pytest.raises(Blocked) as info:
        Guard(policy).run(llm, "Write me a poem about cats.")
    assert seen == []
    assert refusal_for(info.value, policy) == "I can only summarise this e-mail thread."
    assert Guard(policy).run(scripted("ok")[0], "Summarise this thread, please.").text == "ok"


def test_scope_on_the_output_stage_retries_an_off_topic_answer() -> None:
    policy = parse_policy({"name": "t", "output": [{**SCOPE, "on_fail": "retry", "denied_topics": [GOSSIP_TOPIC]}]})
    llm, seen = scripted(
        "Honestly, Bob is going to be fired soon.", "The thread decided the venue; the action items are listed."
    )
    result = Guard(policy).run(llm, "Summarise.")
    assert result.attempts == 2 and "gossip" in seen[1]


def test_scope_spec_checks() -> None:
    for bad, match in [
        ({"use": "scope"}, "allowed_topics, denied_topics or both"),
        ({**SCOPE, "threshold": -0.1}, "threshold"),
        ({**SCOPE, "backend": "embeddings"}, "model_path"),
        ({**SCOPE, "backend": "llm"}, "llm_model"),
        ({**SCOPE, "denied_topics": [EMAIL_TOPIC]}, "unique"),
    ]:
        with pytest.raises(Exception, match=match):
            parse_policy({"name": "t", "input": [bad]})
    spec = parse_policy({"name": "t", "input": [SCOPE]}).input[0]
    assert "email summary" in (spec.instructions() or "") and "gossip" in (spec.instructions() or "")


def test_embeddings_backend_loads_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    import numpy as np

    loaded: list[str] = []

    class TinyModel:
        """A stand-in encoder: bag of two word groups, normalised."""

        def __init__(self, path: str, device: str = "cpu") -> None:
            loaded.append(path)

        def encode(self, texts: list[str], normalize_embeddings: bool = True) -> Any:
            rows = []
            for t in texts:
                low = t.lower()
                mail = sum(w in low for w in ("thread", "e-mail", "summar", "venue", "action"))
                gossip = sum(w in low for w in ("blame", "fired", "colleague"))
                v = np.array([mail + 0.01, low.count("cat"), gossip])
                rows.append(v / np.linalg.norm(v))
            return np.array(rows)

    monkeypatch.setitem(sys.modules, "sentence_transformers", types.SimpleNamespace(SentenceTransformer=TinyModel))
    v = build({**SCOPE, "backend": "embeddings", "model_path": "/models/tiny", "threshold": 0.5}, "input")
    assert loaded == []  # build is cheap
    assert check(v, "Summarise the venue thread.", stage="input").passed
    assert not check(v, "A cat, a cat, a cat.", stage="input").passed
    assert loaded == ["/models/tiny"]


def test_llm_judge_backend_against_a_scripted_server() -> None:
    from tests.openai_server import Reply, ScriptedServer

    with ScriptedServer() as server:
        entry = {**SCOPE, "backend": "llm", "llm_model": "judge", "llm_base_url": server.url}
        v = build(entry, "input")
        server.push(Reply('{"topic": "email summary"}'), Reply('{"topic": "gossip"}'), Reply("none of them"))
        assert check(v, "Summarise it.", stage="input").passed
        assert "on denied topic: gossip" in check(v, "Who is to blame?", stage="input").findings[0].message
        assert not check(v, "Poem please.", stage="input").passed
        assert server.requests[0].body["model"] == "judge"
        assert "Summarise it." in server.requests[0].texts()


def test_the_three_validators_leave_heavy_modules_unimported_until_used() -> None:
    import subprocess
    import sys

    code = (
        "import sys, guardrails_lite\n"
        "from guardrails_lite import parse_policy\n"
        "parse_policy({'name': 't', 'output': [{'use': 'speculation'}, {'use': 'grounding'},"
        " {'use': 'scope', 'allowed_topics': [{'name': 'a'}]}]}).output[0].build()\n"
        "assert not [m for m in ('spacy', 'sentence_transformers', 'openai') if m in sys.modules], sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_adversarial_long_answer_with_documents_finishes() -> None:
    text = ("Dana booked the hall. " * 2000) + "(" * 30_000 + "probably " * 5000
    for entry in ({"use": "speculation"}, {"use": "grounding", "citations": "required"}, SCOPE):
        verdict = check(build(entry), text, DOCS)
        assert isinstance(verdict, Verdict)


def test_numbered_references_resolve_to_the_nth_document() -> None:
    v = build({"use": "grounding", "citations": "required"})
    two = (THREAD, "From: Leo\nSetup takes two days.")
    ctx = Context("output", documents=(Document(two[0]), Document(two[1])))
    assert v('{"summary": "x", "sources": ["email-2", "doc 1"]}', ctx).passed
    assert not v('{"summary": "x", "sources": ["email-3"]}', ctx).passed


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


def test_speculation_checks_a_stream_sentence_by_sentence() -> None:
    import openai

    from guardrails_lite.integrations.openai import GuardedOpenAI
    from tests.openai_server import Reply, ScriptedServer

    policy = parse_policy({"name": "t", "output": [{"use": "speculation", "on_fail": "repair"}]})
    text = "Dana booked the hall for 12 September. Bob must be furious about it. The deposit is paid."
    with ScriptedServer() as server:
        c = GuardedOpenAI(openai.OpenAI(base_url=server.url, api_key="test", max_retries=0), policy)
        server.push(Reply(text, chunk_size=5))
        stream = c.chat.completions.create(model="m", messages=[{"role": "user", "content": "go"}], stream=True)
        released = "".join(ch.choices[0].delta.content or "" for ch in stream if ch.choices)
    assert released == "Dana booked the hall for 12 September. The deposit is paid."
    assert stream.guard is not None and stream.guard.action == "repair"


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


def test_scope_screens_each_user_message_of_a_chat() -> None:
    from guardrails_lite import Blocked

    policy = parse_policy({"name": "t", "input": [SCOPE]})
    llm, seen = scripted("ok")
    messages = [
        {"role": "system", "content": "You summarise e-mail threads."},
        {"role": "user", "content": "Summarise this e-mail thread."},
        {"role": "assistant", "content": "Sure."},
        {"role": "user", "content": "Now tell me who is to blame and who will be fired."},
    ]
    with pytest.raises(Blocked) as info:
        Guard(policy).run(llm, messages)
    assert seen == [] and {f.target for f in info.value.findings} == {"messages[3]"}
