"""Exceptions cross process boundaries: pickle, copy and a process pool give them back whole (review F14)."""

from __future__ import annotations

import copy
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

from guardrails_lite import Blocked, Guard, PluginError, PolicyError, RetriesExhausted, parse_policy
from guardrails_lite.verdict import Finding

ERRORS = [
    Blocked("input", [Finding("matched a deny pattern", id="regex", start=2, end=8)]),
    Blocked("output", [Finding("x", id="a"), Finding("y", id="b")], "custom reason", by=["b"]),
    RetriesExhausted([Finding("not JSON", id="json_schema")], 3),
    RetriesExhausted([Finding("z", id="c")], 2, by=["c", "d"]),
    PolicyError([("input.0.use", "unknown validator"), ("", "two problems")], "policy.yaml"),
    PolicyError([]),
    PluginError("entry point x of dist y failed to load"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("through", ["pickle", "deepcopy", "copy"])
def test_round_trip_keeps_type_message_and_fields(error: Exception, through: str) -> None:
    if through == "pickle":
        back = pickle.loads(pickle.dumps(error))
    else:
        back = getattr(copy, through)(error)
    assert type(back) is type(error)
    assert str(back) == str(error) and back.args == error.args
    assert vars(back) == vars(error)


def _blocked_in_worker(prompt: str) -> str:
    guard = Guard(parse_policy({"name": "t", "input": [{"use": "regex", "patterns": ["secret"]}]}))
    return guard.run(lambda p: "fine", prompt).text


def _broken_policy_in_worker(_: Any) -> None:
    parse_policy({"name": "t", "input": [{"use": "no_such_validator"}]})


def test_a_block_inside_a_process_pool_reaches_the_caller_and_the_pool_lives_on() -> None:
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        blocked = pool.submit(_blocked_in_worker, "the secret word")
        bad_policy = pool.submit(_broken_policy_in_worker, None)
        fine = pool.submit(_blocked_in_worker, "hello")
        with pytest.raises(Blocked) as e:
            blocked.result(timeout=120)
        assert e.value.stage == "input" and e.value.by == ("regex",)
        assert [(f.id, f.start, f.end) for f in e.value.findings] == [("regex", 4, 10)]
        with pytest.raises(PolicyError) as p:
            bad_policy.result(timeout=120)
        assert p.value.problems and p.value.problems[0][0].startswith("input")
        assert fine.result(timeout=120) == "fine"
