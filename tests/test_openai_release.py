"""The streaming release engine, without HTTP: whatever the chunking, released text is checked text.

The invariant: at every moment, what was released is a prefix of the answer the output stage
accepts for the whole text, so no fragment of a redacted span ever goes out.
"""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails_lite import Context, parse_policy
from guardrails_lite.integrations.openai._core import Core
from guardrails_lite.integrations.openai._release import Releaser

SECRET = "sk-A1b2C3d4E5f6G7h8J9k0"
PHONE = "555 123 4567"
WORDS = ["alpha", "beta.", "gamma,", "delta!", "x", "3.5", SECRET, PHONE, "\n", "sk-", "555", "Done."]

POLICIES = {
    "word": {
        "output": [
            {"use": "regex", "patterns": [r"sk-[A-Za-z0-9]{20}", r"\b\d{3} \d{3} \d{4}\b"], "on_fail": "repair"},
        ]
    },
    "sentence": {
        "output": [
            {"use": "regex", "patterns": [r"sk-[A-Za-z0-9]{20}", r"\b\d{3} \d{3} \d{4}\b"], "on_fail": "repair"},
            {"use": "max_length", "max_words": 40, "on_fail": "repair"},
        ]
    },
}


def _release(core: Core, chunks: list[str]) -> tuple[list[str], Releaser]:
    ctx = Context("output", target="answer")
    r = Releaser(core.plan, ctx)
    outs = [r.feed(c) for c in chunks]
    return outs, r


@settings(max_examples=150, deadline=None)
@given(
    mode=st.sampled_from(sorted(POLICIES)),
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=60),
    cuts=st.lists(st.integers(min_value=0, max_value=600), max_size=40),
)
def test_released_text_is_always_a_prefix_of_the_accepted_answer(mode: str, words: list[str], cuts: list[int]) -> None:
    core = Core(parse_policy({"name": "p", **POLICIES[mode]}), holdback=48)
    text = " ".join(words)
    points = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    chunks = [text[a:b] for a, b in itertools.pairwise(points)]
    accepted = core.guard.pipeline.check("output", text, Context("output", target="answer"))
    outs, r = _release(core, chunks)
    released = ""
    for out in outs:
        released += out
        if accepted.text is not None:
            assert accepted.text.startswith(released)
        assert SECRET[:8] not in released and "123 4567" not in released
    if accepted.text is not None and accepted.action in ("allow", "repair"):
        assert released + r.finish(accepted.text) == accepted.text


def test_whole_answer_validators_hold_everything_in_buffer_mode() -> None:
    policy: dict[str, Any] = {"name": "p", "output": [{"use": "json_schema", "schema": {"type": "object"}}]}
    core = Core(parse_policy(policy), holdback=48)
    outs, r = _release(core, ['{"a": ', "1, ", '"b": "two words here that go on and on and on"}'] * 3)
    assert outs == [""] * 9 and r.released == ""


def test_adversarial_streams_finish() -> None:
    core = Core(parse_policy({"name": "p", **POLICIES["sentence"]}), holdback=48)
    for text in ("a" * 100_000, "a " * 50_000, ". " * 50_000, "sk-" * 30_000, "\n" * 100_000):
        outs, r = _release(core, [text[i : i + 997] for i in range(0, len(text), 997)])
        assert text.startswith("".join(outs)) or "[REDACTED]" in "".join(outs)
        assert r.buffer == text


def test_prefix_checks_run_the_guards_own_steps() -> None:
    # A whole-answer entry first shifts the ids of repeated entries: prefix checks must use the same ones.
    schema = {"use": "json_schema", "schema": {"type": "string"}}
    regex = {"use": "regex", "patterns": ["x"], "on_fail": "repair"}
    core = Core(parse_policy({"name": "p", "stream": "sentence", "output": [schema, regex, regex]}), holdback=8)
    inc = core.plan.incremental
    assert inc is not None
    built = core.guard.pipeline.steps["output"]
    assert inc.steps["output"] == built[1:] and [s.id for s in inc.steps["output"]] == ["regex", "regex#2"]


PEM = r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----"


def test_a_pattern_longer_than_the_holdback_holds_the_whole_answer() -> None:
    # Checked on prefixes, 500 characters of the key went out before the pattern matched (review r16a M2).
    key = "-----BEGIN RSA PRIVATE KEY-----\n" + "MIIEpAIBAAKCAQEA" * 32 + "\n-----END RSA PRIVATE KEY-----"
    text = "Here is the key you asked for:\n" + key + "\nKeep it safe."
    for stream in ("buffer", "sentence"):
        policy = {"name": "p", "stream": stream, "output": [{"use": "regex", "patterns": [PEM], "on_fail": "repair"}]}
        core = Core(parse_policy(policy), holdback=128)
        assert core.plan.mode == "buffer"
        outs, r = _release(core, [text[i : i + 20] for i in range(0, len(text), 20)])
        assert "".join(outs) == "" and r.released == ""
        accepted = core.guard.pipeline.check("output", text, Context("output", target="answer"))
        assert accepted.text is not None and "MIIE" not in r.finish(accepted.text)


def test_only_patterns_that_fit_the_holdback_are_checked_on_prefixes() -> None:
    def mode(pattern: str, holdback: int) -> str:
        policy = {"name": "p", "output": [{"use": "regex", "patterns": [pattern], "on_fail": "repair"}]}
        return Core(parse_policy(policy), holdback=holdback).plan.mode

    assert mode(r"AKIA[0-9A-Z]{16}", 48) == "word"
    assert mode(r"AKIA[0-9A-Z]{16}", 8) == "buffer"  # a bounded match longer than the holdback
    assert mode(r"sk-[A-Za-z0-9]{20,}", 128) == "buffer"  # open repetition: any length
    assert mode(r"\p{Lu}{3}-\d{4}", 128) == "buffer"  # syntax the stdlib parser cannot measure


def test_an_answer_past_the_size_limit_stops_the_stream_at_once() -> None:
    # Buffer mode read 20 M characters before the final check refused them (review r16a M3).
    entry = {"use": "json_schema", "schema": {"type": "object"}}
    core = Core(parse_policy({"name": "p", "max_input_chars": 1000, "output": [entry]}), holdback=48)
    outs, r = _release(core, ["x" * 600, "y" * 600])
    assert outs == ["", ""] and r.stopped is not None and r.stopped.action == "block"
    assert [f.id for f in r.stopped.findings] == ["max_input_chars"]
    shadow = {"name": "p", "mode": "shadow", "max_input_chars": 1000, "output": [entry]}
    outs, r = _release(Core(parse_policy(shadow), holdback=48), ["x" * 600, "y" * 600])
    assert r.stopped is None and r.buffer == "x" * 600 + "y" * 600  # shadow mode decides nothing
