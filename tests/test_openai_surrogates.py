"""Review r16a L1: an answer holding UTF-16 surrogates (JSON escapes a model or upstream may send) is one valid text.

A lone surrogate cannot be written as UTF-8, so before the fix the reply or the stream ended in an internal error
after every check had passed (a 500 the SDKs retry: each retry a new paid upstream call).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import openai
import pytest
from openai_server import Reply, ScriptedServer

from guardrails_lite import Guard, parse_policy
from guardrails_lite.integrations.openai import GuardedOpenAI
from guardrails_lite.text import well_formed

SSN = {"use": "regex", "id": "ssn", "patterns": [r"\b\d{3}-\d{2}-\d{4}\b"], "on_fail": "repair"}
POLICY = parse_policy({"name": "t", "output": [SSN]})


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as s:
        yield s


def client(server: ScriptedServer) -> GuardedOpenAI:
    return GuardedOpenAI(openai.OpenAI(base_url=server.url, api_key="test", max_retries=0), POLICY)


def user(text: str) -> list[dict[str, Any]]:
    return [{"role": "user", "content": text}]


def test_well_formed_joins_pairs_and_replaces_lone_surrogates() -> None:
    assert well_formed("smile \ud83d\ude00 ok") == "smile \U0001f600 ok"
    assert well_formed("a \ud800 b \udfff c") == "a \ufffd b \ufffd c"
    assert well_formed("\ude00\ud83d") == "\ufffd\ufffd"  # a low before a high is no pair
    plain = "plain text, no surrogates"
    assert well_formed(plain) is plain


def test_a_lone_surrogate_in_a_plain_answer_is_replaced_and_still_checked(server: ScriptedServer) -> None:
    server.push(Reply("Hi \ud800 there, the number is 123-45-6789."))
    done = client(server).chat.completions.create(model="m", messages=user("q"))
    assert done.choices[0].message.content == "Hi \ufffd there, the number is [REDACTED]."
    json.loads(done.model_dump_json())  # serialisable: the gateway writes this


def test_a_pair_split_over_two_chunks_streams_as_one_character(server: ScriptedServer) -> None:
    server.push(Reply(chunks=["Hi \ud83d", "\ude00 there. ", "The end \ud83d"]))
    stream = client(server).chat.completions.create(model="m", messages=user("q"), stream=True)
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Hi \U0001f600 there. The end \ufffd"
    for c in chunks:
        json.loads(c.model_dump_json())


def test_a_lone_surrogate_in_tool_call_arguments_is_replaced(server: ScriptedServer) -> None:
    server.push(Reply("", tool_call=("lookup", '{"q": "a \ud800 b"}')))  # sent as a "\\ud800" escape
    done = client(server).chat.completions.create(model="m", messages=user("q"))
    calls = done.choices[0].message.tool_calls
    assert calls is not None and calls[0].function.arguments == '{"q": "a \ufffd b"}'
    json.loads(done.model_dump_json())


def test_guard_run_hands_back_well_formed_text() -> None:
    result = Guard(POLICY).run(lambda p: "x \udc00 y 123-45-6789", "q")
    assert result.text == "x \ufffd y [REDACTED]"
