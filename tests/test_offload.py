"""The async drivers check long texts in a worker thread, short ones on the event loop (review F13)."""

from __future__ import annotations

import asyncio
import contextvars
import json
import threading
import time
from collections.abc import Iterator
from typing import Any, ClassVar, Literal

import openai
import pytest
from openai_server import Reply, ScriptedServer

from guardrails_lite import Context, Guard, ValidatorSpec, Verdict, parse_policy
from guardrails_lite._offload import INLINE_CHARS, run_checks
from guardrails_lite.integrations.openai import GuardedAsyncOpenAI

#: Per stage (and "document"), the threads the recording validator ran in.
SEEN: dict[str, set[int]] = {}


class _RecordSpec(ValidatorSpec):
    """Notes which thread checked each stage's text."""

    use: Literal["t_offload_record"] = "t_offload_record"
    screens_documents: ClassVar[bool] = True

    def build(self) -> Any:
        def check(text: str, ctx: Context) -> Verdict:
            key = "document" if ctx.target.startswith("context") else ctx.stage
            SEEN.setdefault(f"{key}:{'long' if len(text) >= INLINE_CHARS else 'short'}", set()).add(
                threading.get_ident()
            )
            return Verdict.ok()

        return check


RECORD = [{"use": "t_offload_record"}]
GUARD = Guard(parse_policy({"name": "t", "input": RECORD, "output": RECORD}))
LONG = "word " * INLINE_CHARS


@pytest.fixture(autouse=True)
def fresh() -> Iterator[None]:
    SEEN.clear()
    yield


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as s:
        yield s


async def test_run_checks_inline_below_the_threshold_in_a_thread_above() -> None:
    loop_thread = threading.get_ident()
    var: contextvars.ContextVar[str] = contextvars.ContextVar("var")
    var.set("the caller's")
    assert await run_checks(INLINE_CHARS - 1, threading.get_ident) == loop_thread
    assert await run_checks(INLINE_CHARS, threading.get_ident) != loop_thread
    assert await run_checks(INLINE_CHARS, var.get) == "the caller's"  # context variables travel


async def test_a_cancelled_caller_waits_for_its_check_to_end() -> None:
    ended = threading.Event()

    def check() -> None:
        time.sleep(0.3)
        ended.set()

    task = asyncio.ensure_future(run_checks(INLINE_CHARS, check))
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert ended.is_set()  # the call's state was never left to a thread still using it


async def test_guard_arun_checks_long_texts_off_the_loop() -> None:
    loop_thread = threading.get_ident()

    async def llm(prompt: Any) -> str:
        return LONG if "long" in str(prompt) else "short answer"

    await GUARD.arun(llm, "a short prompt")
    await GUARD.arun(llm, "long " + LONG, context=["a document " + LONG])
    assert SEEN["input:short"] == SEEN["output:short"] == {loop_thread}
    assert loop_thread not in SEEN["input:long"] | SEEN["output:long"] | SEEN["document:long"]


async def test_the_async_openai_client_checks_long_texts_off_the_loop(server: ScriptedServer) -> None:
    loop_thread = threading.get_ident()
    sdk = openai.AsyncOpenAI(base_url=server.url, api_key="test", max_retries=0)
    guarded = GuardedAsyncOpenAI(sdk, GUARD)
    server.push(Reply(LONG), Reply(LONG, chunk_size=400), Reply("short"))
    reply = await guarded.chat.completions.create(model="m", messages=[{"role": "user", "content": LONG}])
    assert reply.choices[0].message.content == LONG
    stream = await guarded.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}], stream=True)
    text = "".join([e.choices[0].delta.content or "" async for e in stream if e.choices])
    assert text == LONG
    await guarded.responses.create(model="m", input="hi")
    assert loop_thread not in SEEN["input:long"] | SEEN["output:long"]  # plain and streamed answers
    assert SEEN["input:short"] == SEEN["output:short"] == {loop_thread}
    await sdk.close()


async def test_a_short_answer_checked_against_long_documents_is_checked_off_the_loop(server: ScriptedServer) -> None:
    # Output checks such as grounding read the call's documents too: a one-line answer over 200 KB of
    # e-mails is a long check, and run on the loop it stalled the gateway's probes like a long prompt.
    loop_thread = threading.get_ident()

    async def llm(prompt: Any) -> str:
        return "short answer"

    await GUARD.arun(llm, "a short prompt", context=["a document " + LONG])
    assert loop_thread not in SEEN["output:short"]
    SEEN.clear()
    sdk = openai.AsyncOpenAI(base_url=server.url, api_key="test", max_retries=0)
    guarded = GuardedAsyncOpenAI(sdk, GUARD)
    server.push(Reply("short", chunk_size=2))
    stream = await guarded.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True, guard_context=["a document " + LONG]
    )
    assert "".join([e.choices[0].delta.content or "" async for e in stream if e.choices]) == "short"
    assert loop_thread not in SEEN["output:short"]
    await sdk.close()


class _JudgedSpec(_RecordSpec):
    """The recording check, declared as calling a model (as ``backend: llm`` judges do: an HTTP call)."""

    use: Literal["t_offload_judged"] = "t_offload_judged"  # type: ignore[assignment]
    backend: Literal["llm"] = "llm"


JUDGED = Guard(parse_policy({"name": "t", "input": [{"use": "t_offload_judged"}], "output": RECORD}))


async def test_short_texts_are_checked_off_the_loop_when_an_entry_calls_a_model(server: ScriptedServer) -> None:
    # An LLM judge waits on the network for up to llm_timeout_s: on the loop, even a one-word prompt
    # stalled every other request and probe of the gateway for that long.
    loop_thread = threading.get_ident()

    async def llm(prompt: Any) -> str:
        return "short answer"

    assert JUDGED.offload and not GUARD.offload
    await JUDGED.arun(llm, "a short prompt")
    sdk = openai.AsyncOpenAI(base_url=server.url, api_key="test", max_retries=0)
    guarded = GuardedAsyncOpenAI(sdk, JUDGED)
    server.push(Reply("short"), Reply("short", chunk_size=2))
    await guarded.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    stream = await guarded.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}], stream=True)
    assert "".join([e.choices[0].delta.content or "" async for e in stream if e.choices]) == "short"
    assert SEEN["input:short"] and loop_thread not in SEEN["input:short"] | SEEN["output:short"]
    await sdk.close()


class _SideSpec(ValidatorSpec):
    """Judges any piece of text on its own (so it also checks tool arguments and refusals); notes the thread."""

    use: Literal["t_offload_side"] = "t_offload_side"
    streaming: ClassVar[Literal["incremental"]] = "incremental"

    def build(self) -> Any:
        def check(text: str, ctx: Context) -> Verdict:
            if ctx.target.endswith(("arguments", "input", "refusal")):
                size = "long" if len(text) >= INLINE_CHARS else "short"
                SEEN.setdefault(f"side:{size}", set()).add(threading.get_ident())
            return Verdict.ok()

        return check


SIDE = Guard(parse_policy({"name": "t", "output": [{"use": "t_offload_side"}]}))
LONG_ARGS = '{"note": "' + "word " * INLINE_CHARS + '"}'


def _function_call_response(arguments: str) -> bytes:
    item = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "f", "arguments": arguments}
    body = {
        "id": "resp_1", "object": "response", "created_at": 1, "model": "m", "status": "completed",
        "output": [item], "parallel_tool_calls": True, "tool_choice": "auto", "tools": [],
    }  # fmt: skip
    return json.dumps(body).encode()


async def test_tool_arguments_are_checked_off_the_loop_when_long(server: ScriptedServer) -> None:
    # A short answer with 10 KB of tool arguments: their check ran on the loop, stalling the gateway like
    # a long prompt (plain and streamed chat, plain Responses); short arguments stay on the loop.
    loop_thread = threading.get_ident()
    sdk = openai.AsyncOpenAI(base_url=server.url, api_key="test", max_retries=0)
    guarded = GuardedAsyncOpenAI(sdk, SIDE)
    server.push(
        Reply("", tool_call=("f", LONG_ARGS)),
        Reply("", tool_call=("f", LONG_ARGS), chunk_size=400),
        Reply(body=_function_call_response(LONG_ARGS)),
    )
    user = [{"role": "user", "content": "hi"}]
    plain = await guarded.chat.completions.create(model="m", messages=user)
    assert plain.choices[0].message.tool_calls[0].function.arguments == LONG_ARGS
    stream = await guarded.chat.completions.create(model="m", messages=user, stream=True)
    args = "".join(
        [c.function.arguments or "" async for e in stream if e.choices for c in e.choices[0].delta.tool_calls or []]
    )
    assert args == LONG_ARGS
    response = await guarded.responses.create(model="m", input="hi")
    assert response.output[0].arguments == LONG_ARGS
    assert len(SEEN["side:long"]) >= 1 and loop_thread not in SEEN["side:long"]
    server.push(Reply("", tool_call=("f", '{"a": 1}')), Reply(body=_function_call_response('{"a": 1}')))
    await guarded.chat.completions.create(model="m", messages=user)
    await guarded.responses.create(model="m", input="hi")
    assert SEEN["side:short"] == {loop_thread}
    await sdk.close()


def test_streams_weigh_the_side_text_they_hold() -> None:
    from guardrails_lite.integrations.openai._chat_reply import Chunks
    from guardrails_lite.integrations.openai._responses_reply import Events

    chunks = Chunks(None)  # type: ignore[arg-type]  # side_chars does not check
    chunks.refusal, chunks.tools = ["no"], {0: {"args": ["ab", "cd"]}, 1: {"args": ["e"]}}
    chunks.function = {"args": ["fgh"]}
    assert chunks.side_chars() == 2 + 5 + 3
    events = Events(None)  # type: ignore[arg-type]
    events.whole[("tool", "fc_1")] = "x" * 10
    events.pieces[("tool", "fc_2")] = ["y" * 4, "z"]
    assert events.side_chars() == 15
