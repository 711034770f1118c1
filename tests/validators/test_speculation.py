"""speculation: detection, spans, reported speech, sources, repair, retry through a Guard, JSON fields, streams."""

from __future__ import annotations

import json

import pytest

from guardrails_lite import Context, Guard, parse_policy
from guardrails_lite.verdict import Document
from tests.conftest import scripted
from tests.validators.conftest import THREAD, build, check, spans


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
        ("The courier must have lost the first parcel.", "hedge"),  # a deduction about the past
        ("Finance must've known about the overrun.", "hedge"),
        ("Omar should have flagged the overrun sooner.", "attribution"),  # blame for what someone did
        ("There is talk that the depot will close.", "hedge"),  # hearsay
        ("I heard the supplier is changing owners.", "hedge"),
        ("It's anyone's guess when the parts arrive.", "hedge"),
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
        "Visitors must have a badge signed by security.",  # "must have" + a noun: a rule
        "The form should have two signatures.",
        "No inbound mail should have been lost during the outage.",  # an expectation, not blame
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


def test_documents_are_read_only_for_a_speculation_to_check() -> None:
    """A clean answer costs no digest of the documents; a hedge the source makes too reads them once."""
    validator = build({"use": "speculation"})
    docs = (Document("The courier probably left the parcel with a neighbour.", "mail"),)
    clean = Context("output", documents=docs)
    assert validator("The parcel arrived on Monday.", clean).passed
    assert not any(k.endswith("speculation_sources") for k in clean.state)
    hedged = Context("output", documents=docs)
    assert validator("The courier probably left the parcel with a neighbour.", hedged).passed
    assert any(k.endswith("speculation_sources") for k in hedged.state)
