"""Fixtures of the gateway tests: a scripted upstream and gateways in subprocesses, all on 127.0.0.1.

One gateway serves the session (the default policy plus `tests/server/policies`); tests of
limits and processes start their own with the regex-only `light` policy, which loads fast.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from tests.openai_server import Reply, ScriptedServer
from tests.server.process import GatewayProcess, get
from tests.server.rawserver import RawServer

HERE = Path(__file__).resolve().parent
POLICIES = HERE / "policies"
LIGHT = str(POLICIES / "light.yaml")
KEY = "sk-client-" + "x" * 20


@pytest.fixture(scope="session")
def upstream() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server


@pytest.fixture(autouse=True)
def fresh_upstream(upstream: ScriptedServer) -> Iterator[ScriptedServer]:
    upstream.replies.clear()
    upstream.requests.clear()
    upstream.default = Reply("ok")
    upstream.aborted = 0
    yield upstream
    # A stream the SDK ended with an error keeps its event generator alive in a reference cycle; if
    # the cyclic collector finalizes it later, while another test imports httpx, the SDK's handler
    # fails on the half-imported module. Finalize such leftovers now.
    gc.collect()


@pytest.fixture(scope="session")
def gateway(upstream: ScriptedServer) -> Iterator[GatewayProcess]:
    gw = GatewayProcess("--policy", "policies/default.yaml", "--policy-dir", str(POLICIES), "--upstream", upstream.url)
    gw.start()
    try:
        gw.wait_listening()
        # The default policy's engines take seconds to load: probe before they are ready.
        gw.early = {  # type: ignore[attr-defined]
            "healthz": get(f"{gw.url}/healthz")[0],
            "readyz": get(f"{gw.url}/readyz")[0],
            "chat": chat_status(gw),
            "readyz after": get(f"{gw.url}/readyz")[0],  # on a busy machine the warm-up may end meanwhile
        }
        gw.wait_ready()
        yield gw
    finally:
        gw.stop()


def chat_status(gw: GatewayProcess) -> tuple[int, Any]:
    try:
        client(gw).chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    except openai.APIStatusError as e:
        return e.status_code, e.code
    return 200, None


def client(gw: GatewayProcess, **kw: Any) -> openai.OpenAI:
    return openai.OpenAI(base_url=kw.pop("base_url", gw.base_url), api_key=kw.pop("api_key", KEY), max_retries=0,
                         timeout=kw.pop("timeout", 60), **kw)  # fmt: skip


def aclient(gw: GatewayProcess, **kw: Any) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=gw.base_url, api_key=KEY, max_retries=0, timeout=60, **kw)


def user(text: str) -> list[dict[str, Any]]:
    return [{"role": "user", "content": text}]


def header(seen: Any, name: str) -> str | None:
    """A request header as the upstream received it (names are case-insensitive)."""
    return next((v for k, v in seen.headers.items() if k.lower() == name.lower()), None)


def metric(text: str, name: str, **labels: str) -> float:
    """The sum of the samples of `name` whose labels include `labels`."""
    total = 0.0
    for line in text.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        head, _, value = line.rpartition(" ")
        if all(f'{k}="{v}"' in head for k, v in labels.items()):
            total += float(value)
    return total


def growth(before: str, after: str, name: str, **labels: str) -> float:
    """How much `name` (summed over the samples with `labels`) grew from the `before` metrics to `after`."""
    return metric(after, name, **labels) - metric(before, name, **labels)


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[RawServer]:
    """A `RawServer` answering with the test's parameter (see `rawserver`)."""
    s = RawServer(*request.param)
    s.thread.start()
    try:
        yield s
    finally:
        s.stop.set()
        s.thread.join(5)
        s.sock.close()
