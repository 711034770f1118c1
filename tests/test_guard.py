"""`Guard.run`/`arun` and the `guarded` decorator on sync and async functions."""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path
from typing import Any

import pytest

from guardrails_lite import Blocked, Guard, guarded, parse_policy

POLICY = parse_policy(
    {
        "name": "t",
        "input": [{"use": "regex", "patterns": ["(?i)forbidden"], "on_fail": "block"}],
        "output": [{"use": "max_length", "max_words": 3, "on_fail": "retry"}],
    }
)


def test_decorator_sync_keeps_signature_and_screens_the_named_prompt() -> None:
    calls: list[tuple[str, int]] = []

    @guarded(POLICY, prompt="question")
    def ask(question: str, temperature: int = 0) -> str:
        """Ask."""
        calls.append((question, temperature))
        return "one two three four" if len(calls) == 1 else "short answer"

    assert inspect.signature(ask) == inspect.signature(ask.__wrapped__)  # type: ignore[attr-defined]
    assert ask.__name__ == "ask" and ask.__doc__ == "Ask."
    assert ask("hello", temperature=7) == "short answer"
    assert calls[0] == ("hello", 7)
    assert calls[1][1] == 7 and "Your previous answer" in calls[1][0]
    with pytest.raises(Blocked):
        ask("this is FORBIDDEN")
    assert len(calls) == 2


def test_decorator_finds_prompt_and_messages_keywords() -> None:
    seen: list[Any] = []

    @guarded(POLICY)
    def chat(model: str, *, messages: list[dict[str, str]]) -> str:
        seen.append(messages)
        return "ok"

    assert chat("m", messages=[{"role": "user", "content": "hi"}]) == "ok"
    with pytest.raises(Blocked):
        chat("m", messages=[{"role": "user", "content": "forbidden"}])
    assert len(seen) == 1


def test_decorator_screens_a_default_prompt() -> None:
    # A defaulted prompt parameter called without its argument raised KeyError (review r16a L3); it is screened.
    seen: list[str] = []

    @guarded(POLICY)
    def ask(prompt: str = "forbidden words here") -> str:
        seen.append(prompt)
        return "ok"

    with pytest.raises(Blocked):
        ask()
    assert seen == []

    @guarded(POLICY)
    def fine(prompt: str = "hello") -> str:
        seen.append(prompt)
        return "ok"

    assert fine() == "ok" and seen == ["hello"]


async def test_decorator_async() -> None:
    calls: list[str] = []

    @guarded(POLICY)
    async def ask(prompt: str) -> str:
        await asyncio.sleep(0)
        calls.append(prompt)
        return "a b c d e" if len(calls) == 1 else "fine"

    assert inspect.iscoroutinefunction(ask)
    assert await ask(prompt="hi") == "fine"
    with pytest.raises(Blocked):
        await ask("forbidden")


def test_decorator_accepts_a_policy_path_and_context_parameter(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("name: p\ninput:\n  - use: regex\n    patterns: [x]\n")

    @guarded(str(path), context="docs")
    def f(prompt: str, docs: list[str]) -> str:
        return "ok"

    assert f("hello", ["doc"]) == "ok"
    assert f.guard.policy.name == "p"  # type: ignore[attr-defined]


async def test_arun_and_run_share_one_protocol() -> None:
    g = Guard(POLICY)
    answers = ["too many words here now", "ok"]

    async def allm(p: Any) -> str:
        return answers[0] if "previous" not in p else answers[1]

    def llm(p: Any) -> str:
        return answers[0] if "previous" not in p else answers[1]

    a = await g.arun(allm, "q")
    s = g.run(llm, "q")
    assert (a.text, a.action, a.attempts, len(a.findings)) == (s.text, s.action, s.attempts, len(s.findings))
    assert (a.text, a.attempts) == ("ok", 2)


def test_non_string_answer_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="must return str"):
        Guard(POLICY).run(lambda p: 42, "q")  # type: ignore[arg-type,return-value]


def test_flow_can_be_driven_by_hand() -> None:
    flow = Guard(POLICY).flow("q")
    assert next(flow) == "q"
    with pytest.raises(StopIteration) as done:
        flow.send("fine")
    assert done.value.value.text == "fine"


def test_decorator_on_a_method_screens_the_prompt_not_self() -> None:
    class Bot:
        @guarded(POLICY)
        def ask(self, question: str) -> str:
            return "ok"

    assert Bot().ask("hello") == "ok"
    with pytest.raises(Blocked):
        Bot().ask("forbidden")


def test_screen_input_returns_the_state_the_output_loop_runs_on() -> None:
    policy = parse_policy(
        {
            "name": "t",
            "input": [{"use": "regex", "patterns": ["secret"], "on_fail": "repair", "replacement": "[x]"}],
            "output": [{"use": "max_length", "max_words": 3, "on_fail": "retry"}],
        }
    )
    guard = Guard(policy)
    messages = [{"role": "user", "content": "my secret question"}, {"role": "tool", "content": "tool result"}]
    call = guard.screen_input(messages, context={"mail": "a mail"}, metadata={"k": 1}, call_id="abc")
    # The guard puts the output rules first in a system message (the documents are not sent: `auto`).
    assert call.prompt[0] == {"role": "system", "content": "Use at most 3 words."}  # type: ignore[index]
    assert call.prompt[1]["content"] == "my [x] question" and messages[0]["content"] == "my secret question"  # type: ignore[index]
    assert [(d.name, d.text) for d in call.documents] == [("mail", "a mail"), ("messages[1]", "tool result")]
    assert (call.ctx.stage, call.ctx.target, call.ctx.metadata) == ("output", "answer", {"k": 1})
    assert call.ctx.messages == tuple(call.prompt) and call.action == "repair" and len(call.stages) == 3
    flow = guard.output_flow(call)
    assert next(flow) is call.prompt
    reask = flow.send("far too many words here")
    assert (
        reask is call.prompt
        and len(reask) == 5
        and reask[3] == {"role": "assistant", "content": "far too many words here"}
    )
    assert call.ctx.messages == tuple(reask)  # the output checks see the re-ask conversation
    with pytest.raises(StopIteration) as done:
        flow.send("short")
    result = done.value.value
    assert (result.text, result.attempts, result.call_id, result.prompt) == ("short", 2, "abc", reask)


def test_str_prompt_reask_is_the_conversation_output_checks_see() -> None:
    call = Guard(POLICY).screen_input("q")
    assert call.ctx.messages == ({"role": "user", "content": "q"},)
    call.reask("one two three four", "too long")
    assert call.prompt.startswith("q\n\n---\nYour previous answer was:\none two three four")  # type: ignore[union-attr]
    assert call.ctx.messages == ({"role": "user", "content": call.prompt},)
