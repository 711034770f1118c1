"""One Guard shared by many threads and tasks gives exactly the sequential results."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from guardrails_lite import Blocked, Guard, parse_policy
from tests.corpus import ANSWERS, PROMPTS

ROOT = Path(__file__).resolve().parent.parent
EXTRA = parse_policy(
    {
        "name": "extra",
        "input": [{"use": "regex", "patterns": [r"\d{3}-\d{2}-\d{4}"], "on_fail": "repair"}],
        "output": [{"use": "max_length", "max_words": 8, "on_fail": "repair"}],
    }
)
WORK = [(p, ANSWERS[i % len(ANSWERS)]) for i, p in enumerate(PROMPTS * 15)]


def outcome(guard: Guard, prompt: str, answer: str) -> tuple[Any, ...]:
    seen: list[Any] = []

    def llm(p: Any) -> str:
        seen.append(p)
        return f"{answer} | {p}"  # echoing the prompt's placeholders makes restore use this call's vault

    try:
        r = guard.run(llm, prompt)
    except Blocked as e:
        return ("block", e.stage, tuple((f.id, f.start, f.end, f.entity_type) for f in e.findings))
    return (r.action, r.text, r.attempts, tuple(seen), tuple((f.id, f.start, f.end, f.entity_type) for f in r.findings))


async def aoutcome(guard: Guard, prompt: str, answer: str) -> tuple[Any, ...]:
    seen: list[Any] = []

    async def llm(p: Any) -> str:
        seen.append(p)
        await asyncio.sleep(0)  # interleave tasks between the stages
        return f"{answer} | {p}"

    try:
        r = await guard.arun(llm, prompt)
    except Blocked as e:
        return ("block", e.stage, tuple((f.id, f.start, f.end, f.entity_type) for f in e.findings))
    return (r.action, r.text, r.attempts, tuple(seen), tuple((f.id, f.start, f.end, f.entity_type) for f in r.findings))


def make_guard(which: str) -> Guard:
    return Guard(ROOT / "policies" / "default.yaml") if which == "default" else Guard(EXTRA)


@pytest.mark.parametrize("which", ["default", "extra"])
def test_32_threads_match_a_sequential_run(which: str) -> None:
    guard = make_guard(which)
    sequential = [outcome(guard, p, a) for p, a in WORK]
    with ThreadPoolExecutor(32) as pool:
        threaded = list(pool.map(lambda pa: outcome(guard, *pa), WORK))
    assert threaded == sequential


@pytest.mark.parametrize("which", ["default", "extra"])
async def test_200_tasks_match_a_sequential_run(which: str) -> None:
    guard = make_guard(which)
    sequential = [outcome(guard, p, a) for p, a in WORK[:200]]
    concurrent = await asyncio.gather(*(aoutcome(guard, p, a) for p, a in WORK[:200]))
    assert list(concurrent) == sequential


def test_default_policy_restores_each_calls_own_pii_under_threads() -> None:
    guard = make_guard("default")
    with ThreadPoolExecutor(32) as pool:
        results = list(pool.map(lambda pa: outcome(guard, *pa), WORK))
    pseudonymised = [(r, p) for r, (p, _) in zip(results, WORK, strict=True) if r[0] == "repair" and "_1>" in r[3][0]]
    assert len(pseudonymised) >= 30  # the corpus's PII prompts, 15 times each
    for r, prompt in pseudonymised:
        assert prompt not in r[3][0]  # the model never saw the original
        assert r[1].endswith(" | " + prompt)  # and the caller got this call's own values back


def test_fresh_guards_built_concurrently_load_once() -> None:
    # Many threads hitting a cold guard at once: each validator is built exactly once.
    guard = Guard(EXTRA)
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(lambda pa: outcome(guard, *pa), WORK[:64]))
    built = [s._validator for s in guard.pipeline.steps["input"] + guard.pipeline.steps["output"]]
    assert all(v is not None for v in built)
