"""The gateway's parts in-process: request parsing, settings, policy sets, errors and metrics."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from guardrails_lite import Finding, PolicyError, RetriesExhausted
from guardrails_lite.errors import Blocked
from guardrails_lite.pipeline import StageResult, StepRun
from guardrails_lite.server.calls import parse_call
from guardrails_lite.server.errors import GatewayError, blocked
from guardrails_lite.server.jsontext import encoder
from guardrails_lite.server.metrics import METRICS_DIR_VARIABLE, SHARE_EVERY, Metrics
from guardrails_lite.server.policies import load_policies
from guardrails_lite.server.settings import SETTINGS_VARIABLE, Settings
from tests.server.conftest import LIGHT, POLICIES, metric


def body(**fields: object) -> bytes:
    return json.dumps({"model": "m", "messages": [{"role": "user", "content": "hi"}], **fields}).encode()


def test_sdk_parameters_go_to_create_and_the_rest_to_extra_body() -> None:
    call = parse_call("chat.completions", body(temperature=0.2, top_k=5, extra_headers={"retries": 3}))
    assert call.kwargs["temperature"] == 0.2 and call.kwargs["model"] == "m" and not call.stream
    assert call.kwargs["extra_body"] == {"top_k": 5, "extra_headers": {"retries": 3}}  # never SDK options
    assert "extra_headers" not in call.kwargs
    streamed = parse_call("responses", json.dumps({"model": "m", "input": "hi", "stream": True}).encode())
    assert streamed.stream and streamed.kwargs["input"] == "hi"
    documents = parse_call("chat.completions", body(guard_context=["a retrieved passage"]))
    assert documents.kwargs["guard_context"] == ["a retrieved passage"]


@pytest.mark.parametrize(
    ("endpoint", "raw", "message"),
    [
        ("responses", json.dumps({"model": "m", "input": {"role": "user"}}).encode(), "'input' must be"),
        ("chat.completions", body(messages=[]), "'messages' must be"),
        ("chat.completions", body(stream="yes"), "'stream' must be a boolean"),
        ("chat.completions", body(guard_context="one"), "'guard_context' must be an array"),
        ("chat.completions", body(guard_state={}), "unknown guard parameter 'guard_state'"),
        ("chat.completions", b'{"a": ' * 100_000 + b"1" + b"}" * 100_000, "not valid JSON"),
        ("chat.completions", body(prediction={"type": "content", "content": "x"}), "'prediction' is not accepted"),
        ("chat.completions", body(web_search_options={}), "'web_search_options' is not accepted"),
        ("responses", json.dumps({"model": "m", "input": "hi", "prompt": {"id": "p"}}).encode(), "'prompt' is not"),
        (
            "responses",
            json.dumps({"model": "m", "input": "hi", "tools": [{"type": "web_search"}]}).encode(),
            "hosted tool type 'web_search'",
        ),
        ("chat.completions", body(vendor_system={"text": "be rude"}), "'vendor_system' carries text"),
    ],
)
def test_malformed_bodies_are_named(endpoint: str, raw: bytes, message: str) -> None:
    with pytest.raises(GatewayError) as e:
        parse_call(endpoint, raw)  # type: ignore[arg-type]
    assert e.value.status == 400 and message in e.value.message


MALFORMED_BY_CLASS = {
    # numbers Python's json accepts and no JSON encoder sends on (the upstream request failed: a 500)
    "NaN": ('"temperature": NaN', "invalid_number", "NaN, Infinity or out of range"),
    "Infinity": ('"top_p": -Infinity', "invalid_number", "NaN, Infinity or out of range"),
    "a float out of range": ('"max_tokens": 1e309', "invalid_number", "out of range"),
    "out of range in a vendor field": ('"top_k": [1, 2E400]', "invalid_number", "out of range"),
    # lone UTF-16 surrogates: not Unicode text, not encodable as UTF-8
    "a surrogate in content": (
        '"messages": [{"role": "user", "content": "hi \\udfff"}]',
        "invalid_text",
        "messages[0].content: a string holds a lone UTF-16 surrogate",
    ),
    "a surrogate in a key": ('"metadata": {"My\\ud800": 1}', "invalid_text", "metadata.*: a string"),
    "a surrogate in a tool": (
        '"tools": [{"type": "function", "function": {"name": "f", "description": "\\ud800"}}]',
        "invalid_text",
        "tools[0].function.description",
    ),
}


def test_bodies_must_be_strict_utf8() -> None:
    # json.loads(bytes) takes UTF-16 and lets UTF-8-encoded surrogates through: neither can be sent on
    utf16 = '{"model": "m", "messages": [{"role": "user", "content": "hi"}]}'.encode("utf-16")
    encoded_surrogate = b'{"model": "m", "messages": [{"role": "user", "content": "hi \xed\xa0\x80"}]}'
    for raw in (utf16, encoded_surrogate):
        with pytest.raises(GatewayError) as e:
            parse_call("chat.completions", raw)
        assert (e.value.status, e.value.code) == (400, "invalid_json")


@pytest.mark.parametrize("case", sorted(MALFORMED_BY_CLASS))
def test_json_the_parser_accepts_but_cannot_be_sent_on_is_400(case: str) -> None:
    field, code, message = MALFORMED_BY_CLASS[case]
    raw = b'{"model": "m", "messages": [{"role": "user", "content": "hi"}], ' + field.encode() + b"}"
    with pytest.raises(GatewayError) as e:
        parse_call("chat.completions", raw)
    assert (e.value.status, e.value.code) == (400, code) and message in e.value.message
    assert "hi" not in e.value.message  # the path, never the text


def test_what_only_looks_like_a_surrogate_passes() -> None:
    # an escaped backslash before "ud800", a surrogate pair (an emoji), -0 and tiny floats are all sendable
    raw = (
        b'{"model": "m", "messages": [{"role": "user", "content": "C:\\\\ud800 \\ud83d\\ude00"}], '
        b'"seed": -0, "top_p": 1e-400}'
    )
    call = parse_call("chat.completions", raw)
    assert call.kwargs["messages"][0]["content"] == "C:\\ud800 \U0001f600" and call.kwargs["top_p"] == 0.0
    json.dumps(call.kwargs, allow_nan=False).encode()


def test_settings_are_checked_and_travel_as_json(monkeypatch: pytest.MonkeyPatch) -> None:
    for bad, message in (({"upstream": "localhost:8000"}, r"http\(s\) URL"), ({"workers": 0}, "--workers")):
        with pytest.raises(ValueError, match=message):
            Settings(**{"policy": LIGHT, "upstream": "http://127.0.0.1:1/v1", **bad})  # type: ignore[arg-type]
    s = Settings(policy=LIGHT, upstream="http://127.0.0.1:1/v1/", workers=2, upstream_timeout=2.5)
    monkeypatch.setenv(SETTINGS_VARIABLE, s.to_env())
    assert Settings.from_env() == s and s.upstream_base == "http://127.0.0.1:1/v1"


def test_policy_sets_select_by_name(tmp_path: Path) -> None:
    served = load_policies(LIGHT, str(POLICIES))
    assert served.default == "light" and sorted(served.policies) == ["light", "open", "reask", "secrets"]
    (tmp_path / "odd.yaml").write_text("version: 1\nname: has spaces\n")
    with pytest.raises(PolicyError, match=r"name: .*use letters, digits, '_', '-' and '\.'"):
        load_policies(LIGHT, str(tmp_path))
    with pytest.raises(PolicyError, match="--policy-dir is not a directory"):
        load_policies(LIGHT, str(tmp_path / "missing"))


def test_a_shadow_policy_is_not_selectable_beside_an_enforcing_default(tmp_path: Path) -> None:
    # Review r16a L8: any client picks a policy per request, so it could turn enforcement off for its own calls.
    (tmp_path / "watch.yaml").write_text("version: 1\nname: watch\nmode: shadow\n")
    with pytest.raises(PolicyError, match="mode: a shadow policy selectable") as e:
        load_policies(LIGHT, str(tmp_path))
    assert "watch.yaml" in str(e.value)
    (tmp_path / "all.yaml").write_text("version: 1\nname: all\nmode: shadow\n")
    served = load_policies(str(tmp_path / "all.yaml"), str(tmp_path))  # a shadow gateway serves shadow policies
    assert sorted(served.policies) == ["all", "watch"]


def test_a_block_names_validator_ids_only() -> None:
    finding = Finding("matched 'my secret prompt'", validator="regex", id="jailbreak")
    e = blocked(Blocked("input", [finding]))
    assert (e.status, e.type, e.code) == (400, "guardrails_blocked", "input_blocked")
    assert e.body()["error"]["validators"] == ["jailbreak"] and "secret prompt" not in e.json().decode()
    assert blocked(RetriesExhausted([finding], 3)).code == "retries_exhausted"


def test_metrics_count_each_entrys_decision_and_time() -> None:
    m = Metrics()
    hook = m.hook("p")
    runs = (StepRun("inj", "prompt_injection", "allow", 0.0003), StepRun("pii", "pii", "repair", 0.002))
    hook(StageResult("input", "repair", "x", (), runs))
    hook(StageResult("output", "block", None, (), (StepRun("secret", "regex", "block", 0.00001),)))
    m.upstream("chat.completions", 0.05, 503)
    m.request("p", "chat.completions", False, "blocked", 0.06)
    text = m.render().decode()
    assert metric(text, "guardrails_decisions_total", policy="p", stage="input", validator="pii", action="repair") == 1
    assert metric(text, "guardrails_decisions_total", stage="output", validator="secret", action="block") == 1
    assert metric(text, "guardrails_validator_duration_seconds_count", validator="inj") == 1
    assert metric(text, "guardrails_validator_duration_seconds_bucket", validator="inj", le="0.0005") == 1
    assert metric(text, "guardrails_upstream_errors_total", kind="503") == 1
    assert metric(text, "guardrails_requests_total", outcome="blocked", stream="false") == 1
    assert "_created" not in text


def test_the_cli_imports_the_server_only_to_serve() -> None:
    code = (
        "import sys\n"
        "from guardrails_lite.cli.main import build_parser\n"
        "build_parser().parse_args(['serve', '--policy', 'p.yaml', '--upstream', 'http://x/v1'])\n"
        "print(sorted(m for m in ('starlette', 'uvicorn', 'prometheus_client') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


class _Wire(asyncio.Transport):
    """What a connection's server side wrote, for a protocol driven by hand."""

    def __init__(self) -> None:
        super().__init__()
        self.out: list[bytes] = []
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.out.append(bytes(data))

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"peername": ("127.0.0.1", 1), "sockname": ("127.0.0.1", 2)}.get(name, default)

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass


async def _answer_ok(scope: Any, receive: Any, send: Any) -> None:
    while (await receive()).get("more_body", False):
        pass
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
    await send({"type": "http.response.body", "body": b"ok"})


def _connection() -> tuple[Any, _Wire]:
    """A `GuardedHttpProtocol` serving `_answer_ok` on a `_Wire`, in the running loop."""
    from uvicorn.config import Config
    from uvicorn.server import ServerState

    from guardrails_lite.server import protocol

    config = Config(_answer_ok, lifespan="off", log_level="warning")
    config.load()
    loop = asyncio.get_running_loop()
    conn = protocol.GuardedHttpProtocol(config=config, server_state=ServerState(), app_state={}, _loop=loop)
    wire = _Wire()
    conn.connection_made(wire)
    return conn, wire


def test_a_pipelined_request_after_a_large_body_is_not_taken_for_a_huge_head(monkeypatch: pytest.MonkeyPatch) -> None:
    """The read that ends request 1's 200 KiB body also starts request 2's head: only head bytes count."""
    from guardrails_lite.server import protocol

    monkeypatch.setattr(protocol, "_header_timeout", lambda: 10.0)

    async def run() -> _Wire:
        conn, wire = _connection()
        body = b"x" * (200 << 10)
        conn.data_received(b"POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body[:1000]))
        await asyncio.sleep(0.01)
        conn.data_received(body[1000:] + b"POST /b HTTP/1.1\r\nHost: x\r\n")  # one read: 199 KiB of body, then a head
        await asyncio.sleep(0.01)
        conn.data_received(b"Content-Length: 0\r\n\r\n")
        await asyncio.sleep(0.05)
        conn.data_received(b"GET /c HTTP/1.1\r\nHost: x\r\n")
        for _ in range(80):  # and a head that really is too large, arriving in later reads: still refused
            conn.data_received(b"X-Pad: " + b"a" * 1000 + b"\r\n")
        return wire

    wire = asyncio.run(run())
    sent = b"".join(wire.out)
    assert sent.count(b"HTTP/1.1 200 OK") == 2 and sent.count(b"HTTP/1.1 431") == 1
    assert sent.index(b"HTTP/1.1 431") > sent.rindex(b"HTTP/1.1 200 OK")  # only the really large head
    assert wire.closed


def test_a_responses_head_and_body_leave_in_one_write(monkeypatch: pytest.MonkeyPatch) -> None:
    from guardrails_lite.server import protocol

    monkeypatch.setattr(protocol, "_header_timeout", lambda: 10.0)

    async def run() -> tuple[_Wire, list[int], _Wire]:
        conn, wire = _connection()
        loop = asyncio.get_running_loop()
        writes = []
        for _ in range(2):  # two requests on the kept-alive connection
            conn.data_received(b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
            await asyncio.sleep(0.01)
            writes.append(len(wire.out))
        closing = _Wire()
        coalesced = protocol.Coalescing(closing, loop)
        coalesced.write(b"HTTP/1.1 408 Request Timeout\r\n\r\n")
        coalesced.close()  # what was written goes out before the close
        return wire, writes, closing

    wire, writes, closing = asyncio.run(run())
    assert writes == [1, 2]  # one write per response (uvicorn writes the head, then the body)
    assert wire.out[0].startswith(b"HTTP/1.1 200 OK") and wire.out[0].endswith(b"\r\n\r\nok")
    assert closing.out == [b"HTTP/1.1 408 Request Timeout\r\n\r\n"] and closing.closed


def test_each_worker_adds_the_others_shared_metrics(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(METRICS_DIR_VARIABLE, str(tmp_path))
    stopped = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(stopped.stdout)  # a worker that has stopped
    runs = (StepRun("inj", "prompt_injection", "allow", 0.0003),)
    workers = []
    for pid, outcome, busy in ((os.getppid(), "ok", 3), (dead, "blocked", 5)):
        m = Metrics(in_flight=lambda busy=busy: busy)
        assert m.shared is not None
        m.shared.pid = pid  # another worker's file, as it would write it
        m.request("p", "chat.completions", False, outcome, 0.2, [StageResult("input", "allow", "x", (), runs)])
        m.shared.write(m.values(), m.in_flight())
        workers.append(m)
    me = Metrics(in_flight=lambda: 1)
    me.request("p", "chat.completions", False, "ok", 0.2, [StageResult("input", "allow", "x", (), runs)])
    text = me.render().decode()
    assert metric(text, "guardrails_requests_total", outcome="ok") == 2
    assert metric(text, "guardrails_requests_total", outcome="blocked") == 1  # a stopped worker's counts stay...
    assert metric(text, "guardrails_in_flight_requests") == 1 + 3  # ... not its requests in flight
    assert metric(text, "guardrails_validator_duration_seconds_bucket", validator="inj", le="0.00025") == 0
    assert metric(text, "guardrails_validator_duration_seconds_bucket", validator="inj", le="0.0005") == 3
    assert metric(text, "guardrails_validator_duration_seconds_bucket", validator="inj", le="+Inf") == 3
    assert metric(text, "guardrails_validator_duration_seconds_sum", validator="inj") == pytest.approx(0.0009)
    assert metric(text, "guardrails_decisions_total", validator="inj", action="allow") == 3
    assert me.shared is not None
    me.shared.write(me.values(), me.in_flight())
    there = workers[0].render().decode()  # the same, seen from another worker
    assert metric(there, "guardrails_requests_total", outcome="ok") == 2
    assert metric(there, "guardrails_in_flight_requests") == 3 + 1


def test_a_worker_shares_its_metrics_once_they_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(METRICS_DIR_VARIABLE, str(tmp_path))
    m = Metrics(in_flight=lambda: 2)
    mine = tmp_path / f"{os.getpid()}.json"

    async def run() -> list[bool]:
        sharing = asyncio.ensure_future(m.share_forever())
        seen = []
        for _ in range(4):
            await asyncio.sleep(SHARE_EVERY * 2)
        seen.append(mine.exists())  # nothing counted yet: nothing written
        m.upstream_error("timeout")
        for _ in range(200):  # bounded: at most a few seconds on a busy machine
            await asyncio.sleep(SHARE_EVERY)
            if mine.exists():
                break
        seen.append(mine.exists())
        sharing.cancel()
        await asyncio.gather(sharing, return_exceptions=True)
        return seen

    assert asyncio.run(run()) == [False, True]
    data = json.loads(mine.read_text())
    assert data["in_flight"] == 0  # written once more at shutdown, with nothing in flight
    assert data["values"]["guardrails_upstream_errors"] == [[["timeout"], 1.0]]


def test_the_encoders_built_once_write_what_json_dumps_writes() -> None:
    class Odd:
        def __str__(self) -> str:
            return "odd"

    value = {"s": 'dé "q"\n\u2028', "i": -3, "f": 1e-7, "b": False, "n": None, "t": (1, "x"), "l": [1.5, [2]],
             "big": 2**70, "nested": {"k": [{"a": "é"}]}}  # fmt: skip
    lines = encoder(ensure_ascii=False, default=str)
    assert lines(value | {"o": Odd(), "inf": float("inf")}) == json.dumps(
        value | {"o": Odd(), "inf": float("inf")}, ensure_ascii=False, default=str
    )
    assert lines("top-level é") == json.dumps("top-level é", ensure_ascii=False)
    wire = encoder(separators=(",", ":"), allow_nan=False)
    assert wire(value) == json.dumps(value, separators=(",", ":"), allow_nan=False)
    with pytest.raises(ValueError, match="Out of range"):
        wire({"x": float("nan")})
    with pytest.raises(TypeError):
        wire({"x": Odd()})


def test_a_worker_that_cannot_share_its_metrics_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from guardrails_lite.logs import capture_events

    monkeypatch.setenv(METRICS_DIR_VARIABLE, str(tmp_path / "removed"))
    m = Metrics()
    m.upstream_error("timeout")
    with capture_events() as events:
        asyncio.run(asyncio.wait_for(m.share_forever(), 60))  # ends by itself: nothing to share to
    assert [(e["event"], e["error"]) for e in events] == [("metrics_not_shared", "FileNotFoundError")]


def test_a_malformed_metrics_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Review M3: a file of another shape in the folder (another version's, another program's) made every scrape fail.
    from guardrails_lite.logs import capture_events

    monkeypatch.setenv(METRICS_DIR_VARIABLE, str(tmp_path))
    live = os.getppid()  # other workers' files are named by their pid
    good = {"in_flight": 1, "values": {"guardrails_upstream_errors": [[["timeout"], 2]]}}
    (tmp_path / f"{live}.json").write_text(json.dumps(good))
    bad = [
        "not json",
        json.dumps({"values": {}}),  # no in_flight
        json.dumps({"in_flight": 0, "values": {"guardrails_request_duration_seconds": [[["chat", "false"], [1, 2]]]}}),
        json.dumps({"in_flight": 0, "values": {"guardrails_requests": [[["p", "chat"], 1]]}}),  # labels missing
        json.dumps({"in_flight": 0, "values": {"guardrails_upstream_errors": [[["x"], -1]]}}),
        json.dumps({"in_flight": 0, "values": {"unknown_family": []}}),
        json.dumps([1, 2]),
    ]
    for i, text in enumerate(bad):
        (tmp_path / f"{900000 + i}.json").write_text(text)
    me = Metrics()
    me.upstream_error("timeout")
    with capture_events() as events:
        text = me.render().decode()
        me.render()  # each file is reported once
    assert metric(text, "guardrails_upstream_errors_total", kind="timeout") == 3
    assert metric(text, "guardrails_in_flight_requests") == 1
    assert sorted(e["pid"] for e in events if e["event"] == "metrics_file_skipped") == [900000 + i for i in range(7)]
