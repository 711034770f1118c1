"""Actions, escalation, ordering and fail-closed behaviour of one policy run."""

from __future__ import annotations

import time

import pytest

from guardrails_lite import Blocked, Context, Finding, Guard, Policy, RetriesExhausted, Verdict, parse_policy, validator
from guardrails_lite.pipeline import Pipeline, StageResult, decide
from guardrails_lite.verdict import Stage
from tests.conftest import scripted


@validator("t_upper", stages=("input", "output"))
def upper_fail(text: str, ctx: Context, *, word: str = "bad", fixable: bool = True) -> Verdict:
    """Fails when `word` occurs; repairs by upper-casing it (if fixable)."""
    i = text.find(word)
    if i < 0:
        return Verdict.ok()
    return Verdict.fail(
        Finding(f"contains {word}", score=0.9, start=i, end=i + len(word)),
        repaired=text.replace(word, word.upper()) if fixable else None,
    )


@validator("t_crash")
def crash(text: str, ctx: Context) -> Verdict:
    raise RuntimeError("boom " + text)


@validator("t_slow")
def slow(text: str, ctx: Context, *, seconds: float = 0.05) -> Verdict:
    time.sleep(seconds)
    return Verdict.ok()


@validator("t_record")
def record(text: str, ctx: Context) -> Verdict:
    ctx.state.setdefault("seen", []).append(text)
    return Verdict.ok()


def policy(**kw: object) -> Policy:
    return parse_policy({"name": "t", **kw})


def test_clean_call_passes_unchanged() -> None:
    g = Guard(policy(input=[{"use": "t_upper"}], output=[{"use": "t_upper"}]))
    llm, seen = scripted("a fine answer")
    r = g.run(llm, "a fine prompt")
    assert (r.text, r.action, r.attempts, r.findings) == ("a fine answer", "allow", 1, ())
    assert seen == ["a fine prompt"]


def test_block_on_input_never_calls_the_model() -> None:
    g = Guard(policy(input=[{"use": "t_upper", "on_fail": "block"}]))
    llm, seen = scripted("x")
    with pytest.raises(Blocked) as e:
        g.run(llm, "this is bad")
    assert seen == []
    assert e.value.stage == "input"
    (f,) = e.value.findings
    assert (f.validator, f.id, f.start, f.end, f.target, f.score) == ("t_upper", "t_upper", 8, 11, "prompt", 0.9)
    assert "bad" not in str(e.value)  # the exception message never quotes the text


def test_repair_on_input_sends_repaired_prompt() -> None:
    g = Guard(policy(input=[{"use": "t_upper", "on_fail": "repair"}]))
    llm, seen = scripted("ok")
    r = g.run(llm, "this is bad")
    assert seen == ["this is BAD"]
    assert r.action == "repair" and len(r.findings) == 1


def test_unrepairable_repair_escalates_to_block_on_input() -> None:
    g = Guard(policy(input=[{"use": "t_upper", "on_fail": "repair", "fixable": False}]))
    llm, seen = scripted("ok")
    with pytest.raises(Blocked):
        g.run(llm, "bad")
    assert seen == []


def test_unrepairable_repair_escalates_to_retry_on_output() -> None:
    g = Guard(policy(output=[{"use": "t_upper", "on_fail": "repair", "fixable": False}]))
    llm, seen = scripted("bad one", "good one")
    r = g.run(llm, "q")
    assert (r.text, r.action, r.attempts) == ("good one", "retry", 2)
    assert len(seen) == 2


def test_retry_feedback_quotes_the_span_and_names_the_check() -> None:
    g = Guard(policy(output=[{"use": "t_upper", "id": "no_bad", "on_fail": "retry"}]))
    llm, seen = scripted("this is bad", "fine")
    r = g.run(llm, "question?")
    assert r.attempts == 2
    second = seen[1]
    assert second.startswith("question?")
    assert "this is bad" in second  # the rejected answer is shown back
    assert '- no_bad: contains bad: "bad"' in second
    assert "Answer again" in second


def test_retry_with_messages_appends_assistant_and_feedback() -> None:
    g = Guard(policy(output=[{"use": "t_upper", "on_fail": "retry"}]))
    llm, seen = scripted("bad", "good")
    msgs = [{"role": "system", "content": "sys"}, {"role": "user", "content": "hi"}]
    g.run(llm, msgs)
    assert seen[1][:2] == msgs
    assert seen[1][2] == {"role": "assistant", "content": "bad"}
    assert seen[1][3]["role"] == "user" and "t_upper" in seen[1][3]["content"]
    assert msgs == [{"role": "system", "content": "sys"}, {"role": "user", "content": "hi"}]  # caller's list untouched


def test_retries_exhausted_after_max_retries() -> None:
    g = Guard(policy(max_retries=2, output=[{"use": "t_upper", "on_fail": "retry"}]))
    llm, seen = scripted("bad", "bad", "bad", "never")
    with pytest.raises(RetriesExhausted) as e:
        g.run(llm, "q")
    assert len(seen) == 3 and e.value.attempts == 3
    assert isinstance(e.value, Blocked) and e.value.stage == "output"
    assert len(e.value.findings) == 3


def test_max_retries_zero_means_one_attempt() -> None:
    g = Guard(policy(max_retries=0, output=[{"use": "t_upper", "on_fail": "retry"}]))
    llm, seen = scripted("bad", "good")
    with pytest.raises(RetriesExhausted):
        g.run(llm, "q")
    assert len(seen) == 1


def test_warn_records_and_continues() -> None:
    g = Guard(policy(output=[{"use": "t_upper", "on_fail": "warn"}]))
    llm, _ = scripted("bad answer")
    r = g.run(llm, "q")
    assert (r.text, r.action, len(r.findings)) == ("bad answer", "warn", 1)


def test_order_each_validator_sees_previous_repair() -> None:
    g = Guard(
        policy(
            output=[
                {"use": "t_upper", "id": "first", "word": "bad", "on_fail": "repair"},
                {"use": "t_upper", "id": "second", "word": "BAD", "on_fail": "block"},
            ]
        )
    )
    llm, _ = scripted("so bad")
    with pytest.raises(Blocked) as e:
        g.run(llm, "q")
    assert [f.id for f in e.value.findings] == ["first", "second"]


def test_retry_collects_feedback_from_later_validators_and_block_wins() -> None:
    g = Guard(
        policy(
            output=[
                {"use": "t_upper", "id": "a", "word": "x", "on_fail": "retry"},
                {"use": "t_upper", "id": "b", "word": "y", "on_fail": "retry"},
            ]
        )
    )
    llm, seen = scripted("x y", "fine")
    g.run(llm, "q")
    assert "- a:" in seen[1] and "- b:" in seen[1]
    g2 = Guard(
        policy(
            output=[
                {"use": "t_upper", "word": "x", "on_fail": "retry"},
                {"use": "t_upper", "id": "hard", "word": "y", "on_fail": "block"},
            ]
        )
    )
    llm, seen = scripted("x y", "fine")
    with pytest.raises(Blocked):
        g2.run(llm, "q")
    assert len(seen) == 1


def test_crashing_validator_fails_closed_without_leaking_text() -> None:
    g = Guard(policy(input=[{"use": "t_crash"}]))
    llm, seen = scripted("x")
    with pytest.raises(Blocked) as e:
        g.run(llm, "secret text")
    (f,) = e.value.findings
    assert f.kind == "error" and f.message == "validator raised RuntimeError"
    assert "secret" not in f.message and seen == []


def test_on_error_allow_lets_the_call_through_but_records() -> None:
    g = Guard(policy(on_error="allow", input=[{"use": "t_crash"}]))
    llm, _ = scripted("x")
    r = g.run(llm, "p")
    assert r.text == "x" and r.findings[0].kind == "error" and r.action == "allow"
    # the entry-level setting overrides the policy
    g = Guard(policy(on_error="allow", input=[{"use": "t_crash", "on_error": "block"}]))
    with pytest.raises(Blocked):
        g.run(scripted("x")[0], "p")


def test_time_budget_overrun_fails_closed() -> None:
    g = Guard(policy(input=[{"use": "t_slow", "seconds": 0.05, "timeout_ms": 1}]))
    with pytest.raises(Blocked) as e:
        g.run(scripted("x")[0], "p")
    assert e.value.findings[0].kind == "error"
    assert "time budget" in e.value.findings[0].message


def test_validator_returning_garbage_fails_closed() -> None:
    @validator("t_garbage")
    def garbage(text: str, ctx: Context) -> Verdict:
        return "nope"  # type: ignore[return-value]

    with pytest.raises(Blocked):
        Guard(policy(input=[{"use": "t_garbage"}])).run(scripted("x")[0], "p")


def test_state_is_per_call_and_shared_between_stages() -> None:
    g = Guard(policy(input=[{"use": "t_record"}], output=[{"use": "t_record"}]))
    llm, _ = scripted("answer1", "answer2")
    r1 = g.run(llm, "p1")
    r2 = g.run(llm, "p2")
    assert r1.text == "answer1" and r2.text == "answer2"


def test_messages_screen_user_messages_only_and_repair_them() -> None:
    g = Guard(policy(input=[{"use": "t_upper", "on_fail": "repair"}]))
    llm, seen = scripted("ok")
    msgs = [
        {"role": "system", "content": "bad system is trusted"},
        {"role": "user", "content": "bad user"},
        {"role": "assistant", "content": "bad earlier answer"},
        {"role": "user", "content": [{"type": "text", "text": "more bad"}]},
    ]
    r = g.run(llm, msgs)
    sent = seen[0]
    assert sent[0]["content"] == "bad system is trusted"
    assert sent[1]["content"] == "BAD user"
    assert sent[2]["content"] == "bad earlier answer"
    assert sent[3]["content"] == "more BAD"
    assert [f.target for f in r.findings] == ["messages[1]", "messages[3]"]


def test_documents_are_screened_only_by_document_screeners() -> None:
    from typing import ClassVar, Literal

    from guardrails_lite import ValidatorSpec

    class DocSpec(ValidatorSpec):
        use: Literal["t_doc"] = "t_doc"
        screens_documents: ClassVar[bool] = True

        def build(self):  # type: ignore[no-untyped-def]
            def check(text: str, ctx: Context) -> Verdict:
                return Verdict.fail(Finding("orders")) if "ORDER" in text else Verdict.ok()

            return check

    g = Guard(policy(input=[{"use": "t_doc", "on_fail": "repair"}, {"use": "t_upper", "on_fail": "block"}]))
    llm, _seen = scripted("fine")
    # t_upper would block "bad", but it does not screen documents
    assert g.run(llm, "hello", context=["a bad but harmless doc"]).text == "fine"
    with pytest.raises(Blocked) as e:
        g.run(llm, "hello", context={"mail.txt": "ORDER: wire money"})
    assert e.value.findings[0].target == "mail.txt"  # a document cannot be repaired: blocked
    with pytest.raises(Blocked):
        g.run(llm, [{"role": "user", "content": "hi"}, {"role": "tool", "content": "ORDER now"}])


def test_oversize_input_is_blocked_not_truncated() -> None:
    g = Guard(policy(max_input_chars=10, input=[{"use": "t_upper"}]))
    with pytest.raises(Blocked) as e:
        g.run(scripted("x")[0], "x" * 11)
    (f,) = e.value.findings
    assert f.kind == "limit" and f.id == "max_input_chars"


def test_oversize_window_mode_scans_every_window() -> None:
    g = Guard(policy(max_input_chars=10, oversize="window", input=[{"use": "t_upper", "on_fail": "repair"}]))
    llm, seen = scripted("x")
    r = g.run(llm, "0123456789012345bad")
    assert seen == ["0123456789012345BAD"]
    assert (r.findings[0].start, r.findings[0].end) == (16, 19)


def test_shadow_entry_and_shadow_policy_change_nothing() -> None:
    g = Guard(policy(input=[{"use": "t_upper", "on_fail": "shadow"}]))
    llm, seen = scripted("x")
    r = g.run(llm, "bad")
    assert seen == ["bad"] and r.action == "allow" and len(r.findings) == 1
    g = Guard(
        policy(
            mode="shadow",
            input=[{"use": "t_upper", "on_fail": "block"}, {"use": "t_crash"}],
            output=[{"use": "t_upper", "on_fail": "retry"}],
        )
    )
    llm, seen = scripted("bad")
    r = g.run(llm, "bad")
    assert seen == ["bad"] and r.text == "bad" and r.attempts == 1 and r.action == "allow"


def test_fields_target_json_fields_and_repair_in_place() -> None:
    g = Guard(
        policy(
            output=[
                {"use": "json_schema", "schema": {"type": "object"}, "on_fail": "retry"},
                {"use": "t_upper", "fields": ["summary", "nested.note"], "on_fail": "repair"},
            ]
        )
    )
    llm, _ = scripted('```json\n{"summary": "a bad day", "other": "bad", "nested": {"note": "bad"}}\n```')
    r = g.run(llm, "q")
    assert r.text == '{"summary": "a BAD day", "other": "bad", "nested": {"note": "BAD"}}'
    assert [f.target for f in r.findings] == ["answer.summary", "answer.nested.note"]


def test_fields_on_non_json_answer_is_a_detection() -> None:
    g = Guard(policy(max_retries=0, output=[{"use": "t_upper", "fields": ["summary"], "on_fail": "repair"}]))
    with pytest.raises(RetriesExhausted) as e:
        g.run(scripted("not json")[0], "q")
    assert "not JSON" in e.value.findings[0].message


@pytest.mark.parametrize(
    ("on_fail", "repaired", "stage", "read_only", "shadow", "expected"),
    [
        ("block", None, "input", False, False, "block"),
        ("warn", None, "output", False, False, "warn"),
        ("repair", "fixed", "input", False, False, "repair"),
        ("repair", None, "input", False, False, "block"),  # cannot repair: escalates on input ...
        ("repair", None, "output", False, False, "retry"),  # ... and on output
        ("repair", "fixed", "input", True, False, "block"),  # may not repair a caller's document
        ("retry", None, "output", False, False, "retry"),
        ("block", None, "input", False, True, "shadow"),  # a shadow policy never acts
        ("shadow", None, "output", False, False, "shadow"),
    ],
)
def test_decide_is_a_pure_function_of_verdict_and_entry(
    on_fail: str, repaired: str | None, stage: Stage, read_only: bool, shadow: bool, expected: str
) -> None:
    p = policy(**{stage: [{"use": "t_upper", "on_fail": on_fail}]})
    step = Pipeline(p).steps[stage][0]
    verdict = Verdict.fail(Finding("x"), repaired=repaired)
    assert decide(verdict, step, stage=stage, read_only=read_only, shadow=shadow) == expected


@pytest.mark.parametrize(("on_error", "expected"), [("block", "block"), ("allow", "allow")])
def test_decide_follows_on_error_for_a_crash(on_error: str, expected: str) -> None:
    step = Pipeline(policy(input=[{"use": "t_crash", "on_error": on_error}])).steps["input"][0]
    crashed = Verdict.fail(Finding("validator raised RuntimeError", kind="error"))
    assert decide(crashed, step, stage="input") == expected


def test_on_result_sees_every_stage_result_of_a_call() -> None:
    seen: list[StageResult] = []
    p = policy(input=[{"use": "t_upper", "on_fail": "repair"}], output=[{"use": "t_upper", "on_fail": "retry"}])
    g = Guard(Pipeline(p, on_result=seen.append))
    llm, _ = scripted("a bad answer", "a good answer")
    r = g.run(llm, "a bad prompt")
    assert [(s.stage, s.action) for s in seen] == [("input", "repair"), ("output", "retry"), ("output", "allow")]
    assert r.stages == tuple(seen) and g.policy is p


def test_pipelines_can_share_built_steps() -> None:
    p = policy(input=[{"use": "t_record"}])
    first = Pipeline(p)
    twin = Pipeline(p.model_copy(update={"mode": "shadow"}), steps=first.steps)
    assert twin.steps["input"][0] is first.steps["input"][0] and twin.policy.mode == "shadow"


def test_stage_results_carry_each_entrys_decision_and_time() -> None:
    p = policy(
        input=[
            {"use": "t_record"},
            {"use": "t_upper", "id": "fix", "on_fail": "repair"},
            {"use": "t_upper", "id": "stop", "word": "BAD", "on_fail": "block"},
        ]
    )
    pipe = Pipeline(p)
    passed = pipe.check("input", "fine", Context("input"))
    assert [(r.id, r.validator, r.decision) for r in passed.runs] == [
        ("t_record", "t_record", "allow"),
        ("fix", "t_upper", "allow"),
        ("stop", "t_upper", "allow"),
    ]
    blocked = pipe.check("input", "a bad one", Context("input"))
    assert [(r.id, r.decision) for r in blocked.runs] == [("t_record", "allow"), ("fix", "repair"), ("stop", "block")]
    assert all(r.seconds >= 0 for r in blocked.runs) and blocked.action == "block"
    shadowed = Pipeline(p.model_copy(update={"mode": "shadow"})).check("input", "a bad one", Context("input"))
    assert [r.decision for r in shadowed.runs] == ["allow", "shadow", "allow"]  # nothing repaired: BAD never appears
    windows = Pipeline(policy(input=[{"use": "t_record"}], max_input_chars=4, oversize="window"))
    assert len(windows.check("input", "x" * 10, Context("input")).runs) == 3  # one run per window
