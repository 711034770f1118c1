"""Long checks run off the event loop (review F13): probes and short calls answer while a long prompt is checked."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar, Literal

import pytest

from guardrails_lite import Context, Guard, ValidatorSpec, Verdict, parse_policy
from guardrails_lite._offload import INLINE_CHARS
from guardrails_lite.server.fields import DeveloperText
from tests.openai_server import ScriptedServer
from tests.server.conftest import client, user
from tests.server.process import GatewayProcess, get, post
from tests.server.test_gateway_fields import weather

CHECK_S = 4.0  # the busy validator's time on a long prompt


@pytest.fixture
def busy(upstream: ScriptedServer, tmp_path: Path) -> Iterator[GatewayProcess]:
    policy = tmp_path / "busy.yaml"
    policy.write_text(
        f"version: 1\nname: busy\ninput:\n  - use: t_busy\n    seconds: {CHECK_S}\n    timeout_ms: 60000\n"
    )
    gw = GatewayProcess("--policy", str(policy), "--upstream", upstream.url, "--import", "tests.server.shout")
    try:
        yield gw.start().wait_ready()
    finally:
        gw.stop()


def test_probes_and_short_calls_answer_while_a_long_prompt_is_checked(busy: GatewayProcess) -> None:
    long_body = json.dumps({"model": "m", "messages": user("word " * 40_000)}).encode()  # 200 KB
    done: list[tuple[int, float]] = []

    def long_call() -> None:
        t0 = time.monotonic()
        status = post(f"{busy.base_url}/chat/completions", long_body, timeout=120)[0]
        done.append((status, time.monotonic() - t0))

    c = client(busy)
    c.chat.completions.create(model="m", messages=user("hi"))  # the first call's one-off costs, before timing
    worker = threading.Thread(target=long_call)
    worker.start()
    try:
        time.sleep(1.0)  # the long check is under way (the body is sent in milliseconds)
        probes = []
        for _ in range(3):
            t0 = time.monotonic()
            assert get(f"{busy.url}/healthz", timeout=30)[0] == 200
            probes.append(time.monotonic() - t0)
        t0 = time.monotonic()
        short = c.chat.completions.create(model="m", messages=user("hi"))
        short_s = time.monotonic() - t0
        still_checking = not done
    finally:
        worker.join(120)
    # On the event loop the probes waited for the whole check (seconds); off it they answer at once.
    assert max(probes) < 1.0, probes
    assert still_checking, "the long check ended before the probes: the test proves nothing"
    assert done and done[0][0] == 200 and done[0][1] >= CHECK_S  # the long call was checked, for seconds
    assert short.choices[0].message.content == "ok" and short_s < CHECK_S / 2, short_s


#: The threads that screened developer text, by the text's size.
_THREADS: dict[str, set[int]] = {}


class _ThreadSpec(ValidatorSpec):
    """A document screen that notes which thread screened each item."""

    use: Literal["t_fields_thread"] = "t_fields_thread"
    screens_documents: ClassVar[bool] = True

    def build(self) -> Any:
        def check(text: str, ctx: Context) -> Verdict:
            _THREADS.setdefault("long" if len(text) >= INLINE_CHARS else "short", set()).add(threading.get_ident())
            return Verdict.ok()

        return check


async def test_long_developer_text_is_screened_off_the_event_loop() -> None:
    # A client's 10 KB tool description was screened on the gateway's event loop, stalling every other
    # request and probe of the worker meanwhile, as a long prompt did before it was moved off.
    _THREADS.clear()
    screen = DeveloperText(Guard(parse_policy({"name": "t", "input": [{"use": "t_fields_thread"}]})))
    await screen.acheck("chat.completions", {"tools": [weather()]})
    await screen.acheck("chat.completions", {"tools": [weather("word " * INLINE_CHARS)]})
    loop_thread = threading.get_ident()
    assert _THREADS["short"] == {loop_thread}
    assert _THREADS["long"] and loop_thread not in _THREADS["long"]
    _THREADS.clear()
    await screen.acheck("chat.completions", {"tools": [weather("word " * INLINE_CHARS)]})
    assert _THREADS == {}  # passed once: remembered, not screened again
