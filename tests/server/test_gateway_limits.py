"""The gateway as a process: start-up errors, limits, timeouts, disconnects, shutdown and workers."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from tests.openai_server import Reply, ScriptedServer
from tests.server.conftest import LIGHT, POLICIES, client, metric, user
from tests.server.process import ROOT, GatewayProcess, get

OPEN = str(POLICIES / "open.yaml")
TEXT = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen."


def until(check: Callable[[], bool], timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return check()


@pytest.fixture
def start(upstream: ScriptedServer) -> Iterator[Callable[..., GatewayProcess]]:
    """Start a gateway of its own (default policy: `light`); every one is stopped at teardown."""
    started: list[GatewayProcess] = []

    def run(*args: str, policy: str = LIGHT) -> GatewayProcess:
        gw = GatewayProcess("--policy", policy, "--upstream", upstream.url, *args)
        started.append(gw)
        return gw.start().wait_ready()

    yield run
    for gw in started:
        gw.stop()


def serve(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "guardrails_lite", "serve", "--port", "0", *args]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_a_bad_policy_stops_the_server_with_the_policy_error(tmp_path: Path, upstream: ScriptedServer) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nname: bad\noutput:\n  - use: max_length\n    max_words: many\n")
    done = serve("--policy", str(bad), "--upstream", upstream.url)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "policy error" in done.stderr and str(bad) in done.stderr and "output[0].max_words" in done.stderr

    twins = tmp_path / "dir"
    twins.mkdir()
    for stem in ("a", "b"):
        (twins / f"{stem}.yaml").write_text("version: 1\nname: same\n")
    done = serve("--policy", LIGHT, "--policy-dir", str(twins), "--upstream", upstream.url)
    assert done.returncode == 2 and "'same' is also the name of" in done.stderr and "Traceback" not in done.stderr

    done = serve("--policy", LIGHT, "--upstream", "ftp://example.com")
    assert done.returncode == 2 and "--upstream must be an http(s) URL" in done.stderr
    assert upstream.requests == []


def test_a_validator_that_cannot_load_keeps_the_gateway_unready(upstream: ScriptedServer, tmp_path: Path) -> None:
    policy = tmp_path / "broken.yaml"
    policy.write_text("version: 1\nname: broken\ninput:\n  - use: t_broken\n")
    gw = GatewayProcess("--policy", str(policy), "--upstream", upstream.url, "--import", "tests.server.shout").start()
    try:
        gw.wait_listening()
        assert until(lambda: get(f"{gw.url}/healthz")[0] == 503, 60)
        health = json.loads(get(f"{gw.url}/healthz")[1])
        assert health["reason"] == "policy 'broken', input entry 't_broken': RuntimeError"
        assert json.loads(get(f"{gw.url}/readyz")[1])["status"] == "failed"
        with pytest.raises(openai.APIStatusError) as e:
            client(gw).chat.completions.create(model="m", messages=user("hi"))
        assert e.value.status_code == 503 and upstream.requests == []
        assert any(ev.get("event") == "warm_failed" for ev in gw.events())
    finally:
        gw.stop()


def test_body_size_and_concurrency_limits(start: Callable[..., GatewayProcess], upstream: ScriptedServer) -> None:
    gw = start("--max-body-bytes", "2048", "--max-concurrency", "2")
    c = client(gw)
    with pytest.raises(openai.APIStatusError) as e:
        c.chat.completions.create(model="m", messages=user("x" * 3000))
    assert e.value.status_code == 413 and e.value.code == "request_too_large" and upstream.requests == []
    assert c.chat.completions.create(model="m", messages=user("x" * 1500)).choices[0].message.content == "ok"
    chunked = http.client.HTTPConnection("127.0.0.1", gw.port, timeout=30)  # no Content-Length to go by
    body = json.dumps({"model": "m", "messages": user("x" * 3000)}).encode()
    chunked.request("POST", "/v1/chat/completions", iter([body[:1000], body[1000:]]), encode_chunked=True)
    answer = chunked.getresponse()
    assert answer.status == 413 and json.loads(answer.read())["error"]["code"] == "request_too_large"
    chunked.close()
    assert len(upstream.requests) == 1

    upstream.push(Reply("slow", delay=1.5), Reply("slow", delay=1.5))
    answers: list[str | None] = []
    held = [
        threading.Thread(target=lambda: answers.append(
            c.chat.completions.create(model="m", messages=user("wait")).choices[0].message.content))
        for _ in range(2)
    ]  # fmt: skip
    for t in held:
        t.start()
    assert until(lambda: len(upstream.requests) == 3)  # both are waiting on the upstream now
    with pytest.raises(openai.APIStatusError) as busy:
        c.chat.completions.create(model="m", messages=user("one more"))
    assert busy.value.status_code == 503 and busy.value.code == "overloaded"
    assert busy.value.response.headers["retry-after"] == "1" and len(upstream.requests) == 3
    for t in held:
        t.join(30)
    assert answers == ["slow", "slow"]
    assert metric(gw.metrics(), "guardrails_requests_total", outcome="overloaded") == 1


def test_a_body_that_trickles_in_gets_408_and_frees_its_slot(
    start: Callable[..., GatewayProcess], upstream: ScriptedServer
) -> None:
    gw = start("--body-timeout", "1", "--max-concurrency", "1")
    t0 = time.monotonic()
    with socket.create_connection(("127.0.0.1", gw.port or 0), timeout=10) as sock:
        head = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        sock.sendall(f"{head}Content-Length: 200\r\n\r\n".encode())
        answer = b""
        for _ in range(40):  # a byte every 0.1 s: each one arrives well within any per-chunk timer
            try:
                sock.sendall(b" ")
            except OSError:  # the gateway has answered and closed
                break
            time.sleep(0.1)
        while b"\r\n\r\n" not in answer and (chunk := sock.recv(4096)):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 408 ") and b'"request_timeout"' in answer
    assert time.monotonic() - t0 < 4 and upstream.requests == []
    # The one slot is free again: a normal call goes through.
    assert client(gw).chat.completions.create(model="m", messages=user("hi")).choices[0].message.content == "ok"
    assert metric(gw.metrics(), "guardrails_requests_total", outcome="body_timeout") == 1


def test_upstream_timeouts(start: Callable[..., GatewayProcess], upstream: ScriptedServer) -> None:
    gw = start("--upstream-timeout", "0.5", policy=OPEN)
    upstream.push(Reply("late", delay=2))
    with pytest.raises(openai.APIStatusError) as e:
        client(gw).chat.completions.create(model="m", messages=user("hi"))
    assert e.value.status_code == 504 and e.value.code == "upstream_timeout"

    gate = threading.Event()  # never set: the upstream stalls after two chunks (for up to 5 s)
    upstream.push(Reply(TEXT, chunk_size=4, gate=gate, gate_after=2))
    got: list[str] = []
    with pytest.raises(openai.APIError) as mid:
        for ch in client(gw).chat.completions.create(model="m", messages=user("hi"), stream=True):
            got.append(ch.choices[0].delta.content or "" if ch.choices else "")
    assert isinstance(mid.value.body, dict) and mid.value.body["code"] == "upstream_timeout"
    assert TEXT.startswith("".join(got))
    assert metric(gw.metrics(), "guardrails_upstream_errors_total", kind="timeout") == 2
    # The upstream finds both connections closed when it writes at last (after 2 s and 5 s): waiting for
    # it here also keeps those late aborts out of the next test's count.
    assert until(lambda: upstream.aborted == 2, 15)


def test_a_client_disconnect_closes_the_upstream_stream(gateway: GatewayProcess, upstream: ScriptedServer) -> None:
    gate = threading.Event()
    upstream.push(Reply(TEXT * 4, chunk_size=4, gate=gate, gate_after=2))
    before = metric(gateway.metrics(), "guardrails_requests_total", outcome="disconnected")
    c = client(gateway, default_headers={"X-Guardrails-Policy": "open"})
    stream = c.chat.completions.create(model="m", messages=user("hi"), stream=True)
    first = next(ch for ch in stream if ch.choices and ch.choices[0].delta.content)
    assert first.choices[0].delta.content == "One "
    stream.close()  # the client goes away while the upstream is paused
    assert until(lambda: metric(gateway.metrics(), "guardrails_requests_total", outcome="disconnected") == before + 1)
    gate.set()  # the upstream resumes writing into a connection the gateway has closed
    assert until(lambda: upstream.aborted == 1)
    assert metric(gateway.metrics(), "guardrails_in_flight_requests") == 0


def send(gw: GatewayProcess, body: dict[str, Any], headers: str = "") -> socket.socket:
    """A raw request on a socket of its own (so a test can close it whenever it likes)."""
    raw = json.dumps(body).encode()
    sock = socket.create_connection(("127.0.0.1", gw.port or 0), timeout=10)
    head = f"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{headers}"
    sock.sendall(f"{head}Content-Length: {len(raw)}\r\n\r\n".encode() + raw)
    return sock


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_a_client_that_leaves_before_its_answer_cancels_the_upstream_call(
    gateway: GatewayProcess, upstream: ScriptedServer, stream: bool
) -> None:
    upstream.push(Reply("late", delay=5))  # the upstream's answer (or its stream's headers) comes after 5 s
    before = gateway.log().count('"outcome": "disconnected"')
    body = {"model": "m", "messages": user("hi"), "stream": stream}
    with send(gateway, body, "X-Guardrails-Policy: open\r\n"):
        assert until(lambda: len(upstream.requests) == 1)  # the gateway is waiting on the upstream...
    # ... when the client goes away
    assert until(lambda: gateway.log().count('"outcome": "disconnected"') == before + 1)
    request = [e for e in gateway.events() if e.get("event") == "request"][-1]
    assert (request["status"], request["outcome"], request["stream"]) == (499, "disconnected", stream)
    assert metric(gateway.metrics(), "guardrails_in_flight_requests") == 0  # its slot is free
    assert until(lambda: upstream.aborted == 1)  # the gateway closed the upstream request: nobody reads the answer


def test_a_client_that_leaves_while_sending_its_body(gateway: GatewayProcess) -> None:
    before = gateway.log().count('"outcome": "disconnected"')
    with socket.create_connection(("127.0.0.1", gateway.port or 0), timeout=10) as sock:
        head = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        sock.sendall(f"{head}Content-Length: 5000\r\n\r\n".encode() + b'{"model": "m", "messages": [')
        time.sleep(0.2)  # the gateway starts reading the body
    assert until(lambda: gateway.log().count('"outcome": "disconnected"') == before + 1)
    assert "internal_error" not in gateway.log()


def test_sigterm_lets_in_flight_calls_finish(start: Callable[..., GatewayProcess], upstream: ScriptedServer) -> None:
    gw = start(policy=OPEN)
    gate = threading.Event()
    upstream.push(Reply(TEXT, chunk_size=4, gate=gate, gate_after=2))
    stream = client(gw).chat.completions.create(model="m", messages=user("hi"), stream=True)
    texts = [next(ch for ch in stream if ch.choices and ch.choices[0].delta.content).choices[0].delta.content]
    upstream.push(Reply("a plain answer", delay=2))
    plain: list[str | None] = []
    waiting = threading.Thread(
        target=lambda: plain.append(client(gw).chat.completions.create(model="m", messages=user("hi")).choices[0]
                                    .message.content)
    )  # fmt: skip
    waiting.start()
    assert until(lambda: len(upstream.requests) == 2)  # a plain call is waiting on the upstream too
    gw.signal()
    assert until(lambda: "Shutting down" in gw.log())
    gate.set()
    texts += [ch.choices[0].delta.content or "" for ch in stream if ch.choices]  # ends normally: [DONE] came
    assert "".join(t or "" for t in texts) == TEXT
    waiting.join(30)
    assert plain == ["a plain answer"]
    assert gw.wait(30) in (0, -15)  # uvicorn re-raises SIGTERM once drained
    assert "Traceback" not in gw.log()


def test_two_workers_share_the_port_the_metrics_and_the_imports(
    start: Callable[..., GatewayProcess], upstream: ScriptedServer, tmp_path: Path
) -> None:
    policy = tmp_path / "shout.yaml"
    policy.write_text("version: 1\nname: shout\noutput:\n  - use: t_shout\n    on_fail: repair\n")
    gw = start("--workers", "2", "--import", "tests.server.shout", policy=str(policy))
    status, body, _ = get(f"{gw.url}/readyz")  # ready means every worker is warm, whichever answers
    assert status == 200 and json.loads(body)["workers"] == 2
    assert len(set(re.findall(r"Started server process \[(\d+)\]", gw.log()))) == 2
    c = client(gw)
    answers: list[str | None] = []

    def call() -> None:
        answers.append(c.chat.completions.create(model="m", messages=user("hi")).choices[0].message.content)

    threads = [threading.Thread(target=call) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert answers == ["OK"] * 16  # the imported validator ran in whichever worker answered
    # Either worker answers /metrics for both: each shares its counts through GUARDRAILS_METRICS_DIR (within
    # SHARE_EVERY seconds of a request's bookkeeping, which runs once its answer is sent).
    # Until both have shared their latest counts, the worker that answers may see the other's older ones.
    assert until(lambda: {metric(gw.metrics(), "guardrails_requests_total", outcome="ok") for _ in range(6)} == {16.0})
    assert {metric(gw.metrics(), "guardrails_decisions_total", validator="t_shout") for _ in range(6)} == {16.0}


def test_a_burst_of_connections_is_spread_over_the_workers(start: Callable[..., GatewayProcess]) -> None:
    # A client's pool opening 16 keep-alive connections at once: on one shared listening socket the worker
    # awake first accepted them all (16/0 in 7 of 12 trials of two idle acceptors), leaving the other idle
    # for as long as they lived. Each worker has a socket of its own (SO_REUSEPORT): the kernel spreads
    # the connections over both, even while one of them is not running (stopped here for the burst).
    gw = start("--workers", "2")
    assert gw.proc is not None
    children = Path(f"/proc/{gw.proc.pid}/task/{gw.proc.pid}/children").read_text().split()
    workers = [int(c) for c in children if "spawn_main" in Path(f"/proc/{c}/cmdline").read_text()]
    assert len(workers) == 2

    def held() -> list[int]:
        return [_accepted(w, int(gw.port or 0)) for w in workers]

    os.kill(workers[0], signal.SIGSTOP)
    try:
        conns = [socket.create_connection(("127.0.0.1", int(gw.port or 0))) for _ in range(16)]
        time.sleep(0.5)  # the running worker accepts what reaches it
    finally:
        os.kill(workers[0], signal.SIGCONT)
    try:
        assert until(lambda: sum(held()) == 16), held()
        assert min(held()) > 0, held()  # all on one: p = 2^-15 with the kernel's spread
    finally:
        for c in conns:
            c.close()


def _accepted(pid: int, port: int) -> int:
    """Connections to local `port` that process `pid` has accepted (its sockets in /proc/net/tcp)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    rows = [line.split() for line in Path("/proc/net/tcp").read_text().splitlines()[1:]]
    return sum(1 for r in rows if r[3] == "01" and int(r[1].rsplit(":", 1)[1], 16) == port and r[9] in inodes)


def _read_all(sock: socket.socket, limit: float) -> tuple[bytes, float]:
    """Everything the gateway sends until it closes the connection, and when it closed (bounded by `limit`)."""
    t0 = time.monotonic()
    sock.settimeout(limit)
    data = b""
    try:
        while chunk := sock.recv(4096):
            data += chunk
    except (TimeoutError, ConnectionResetError):  # reset: the gateway closed with bytes of ours unread
        pass
    return data, time.monotonic() - t0


def test_slow_or_huge_request_heads_are_cut_off(start: Callable[..., GatewayProcess]) -> None:
    gw = start("--header-timeout", "1")
    host, port = "127.0.0.1", int(gw.port or 0)
    # A head trickling in a byte at a time (slowloris): 408 and closed at the deadline, not when it ends.
    with socket.create_connection((host, port)) as s:
        s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n")
        t0 = time.monotonic()
        for _ in range(40):  # 8 s of a byte every 0.2 s, far past the deadline, until the gateway answers
            if select.select([s], [], [], 0.2)[0]:
                break
            s.sendall(b"X")
        data, _ = _read_all(s, 5)
        assert data.startswith(b"HTTP/1.1 408") and time.monotonic() - t0 < 6
    # A connection that never sends anything is closed too (uvicorn alone keeps it open).
    with socket.create_connection((host, port)) as s:
        data, waited = _read_all(s, 10)
        assert data == b"" and waited < 6
    # A head larger than 64 KiB: 431 and closed (httptools alone parses megabytes of headers).
    with socket.create_connection((host, port)) as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        time.sleep(0.2)  # the read in which a head begins is not counted (it may end a pipelined body)
        try:
            for _ in range(100):
                s.sendall(b"X-Pad: " + b"a" * 1000 + b"\r\n")
        except OSError:
            pass
        data, _ = _read_all(s, 10)
        assert data.startswith(b"HTTP/1.1 431")
    # Kept-alive connections: the deadline runs per request head, not across idle time between requests.
    conn = http.client.HTTPConnection(host, port, timeout=10)
    for _ in range(2):
        conn.request("GET", "/healthz")
        response = conn.getresponse()
        assert response.status == 200
        response.read()
        time.sleep(1.5)  # idle past the head deadline, within uvicorn's 5 s keep-alive
    conn.close()
    assert "request_head_timeout" in gw.log() and "request_head_too_large" in gw.log()
