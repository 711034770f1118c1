"""Run `guardrails-lite serve` in a subprocess on 127.0.0.1 (an ephemeral port) for tests and benchmarks.

    with GatewayProcess("--policy", "p.yaml", "--upstream", url) as gw:
        client = openai.OpenAI(base_url=gw.base_url, api_key="k", max_retries=0)

The port is read from uvicorn's start-up line; every wait is bounded; `stop` sends SIGTERM,
waits, and kills the process if it does not exit in time.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
_LISTENING = re.compile(r"running on http://127\.0\.0\.1:(\d+)")


Answer = tuple[int, bytes, dict[str, str]]


def _die_with_parent() -> None:
    # A gateway must not outlive a test run that was killed (SIGKILL skips `stop`): one such orphan held a
    # port and a core for an hour. Linux's PR_SET_PDEATHSIG (1) sends it SIGTERM when the test process dies.
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)


def get(url: str, headers: dict[str, str] | None = None, timeout: float = 10) -> Answer:
    """A plain GET (probes, metrics): status, body and headers, HTTP errors included."""
    return _open(urllib.request.Request(url, headers=headers or {}), timeout)


def _open(request: urllib.request.Request, timeout: float) -> Answer:
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, r.read(), dict(r.headers.items())
    except urllib.error.HTTPError as e:
        return e.code, e.read(), dict(e.headers.items())


def post(url: str, body: bytes, headers: dict[str, str] | None = None, timeout: float = 30) -> Answer:
    """A raw POST (bodies the SDK would never send): status, body and headers."""
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json", **(headers or {})})
    return _open(request, timeout)


class GatewayProcess:
    """`log_file`: the gateway's stderr goes to that file, read in batches, instead of a pipe read line by
    line (a benchmark's own process then does not wake up for every log line the gateway writes)."""

    def __init__(self, *args: str, env: dict[str, str] | None = None, log_file: Path | None = None) -> None:
        self.args = ["--port", "0", *args]
        self.env = {**os.environ, **(env or {})}
        self.log_file = log_file
        self.lines: list[str] = []
        self.port: int | None = None
        self._listening = threading.Event()
        self.proc: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    def start(self) -> GatewayProcess:
        cmd = [sys.executable, "-m", "guardrails_lite", "serve", *self.args]
        stderr: Any = subprocess.PIPE if self.log_file is None else self.log_file.open("wb")
        try:
            self.proc = subprocess.Popen(
                cmd, cwd=ROOT, env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr,
                text=True, preexec_fn=_die_with_parent if sys.platform == "linux" else None,
            )  # fmt: skip
        finally:
            if self.log_file is not None:
                stderr.close()  # the child holds its own copy
        self._reader = threading.Thread(target=self._read if self.log_file is None else self._tail, daemon=True)
        self._reader.start()
        return self

    def _read(self) -> None:
        assert self.proc is not None and self.proc.stderr is not None
        for line in self.proc.stderr:
            self._line(line)
        self._listening.set()  # the process ended: stop waiting for a port

    def _line(self, line: str) -> None:
        self.lines.append(line)
        m = _LISTENING.search(line)
        if m and self.port is None:
            self.port = int(m.group(1))
            self._listening.set()

    def _tail(self) -> None:
        """Read the log file's complete lines every 0.2 s until the process has ended and all is read."""
        assert self.proc is not None and self.log_file is not None
        partial = ""
        with self.log_file.open(encoding="utf-8", errors="replace") as f:
            while True:
                ended = self.proc.poll() is not None
                chunk = f.read()
                lines = (partial + chunk).split("\n")
                partial = lines.pop()
                for line in lines:
                    self._line(line + "\n")
                if ended and not chunk:
                    break
                if not chunk:
                    time.sleep(0.2)
        self._listening.set()

    def wait_listening(self, timeout: float = 120) -> GatewayProcess:
        if not self._listening.wait(timeout) or self.port is None:
            raise RuntimeError(f"the gateway did not start listening; its log:\n{self.log()[-3000:]}")
        return self

    def wait_ready(self, timeout: float = 180) -> GatewayProcess:
        self.wait_listening(timeout)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if get(f"{self.url}/readyz", timeout=5)[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"the gateway was not ready within {timeout} s; its log:\n{self.log()[-3000:]}")

    def log(self) -> str:
        return "".join(self.lines)

    def events(self) -> list[dict[str, Any]]:
        out = []
        for line in list(self.lines):
            try:
                out.append(json.loads(line))
            except ValueError:
                continue
        return out

    def metrics(self) -> str:
        return get(f"{self.url}/metrics")[1].decode()

    def signal(self, sig: int = signal.SIGTERM) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)

    def wait(self, timeout: float = 60) -> int:
        assert self.proc is not None
        try:
            return self.proc.wait(timeout)
        finally:
            if self._reader is not None:
                self._reader.join(5)

    def stop(self, timeout: float = 60) -> int | None:
        if self.proc is None or self.proc.poll() is not None:
            return None if self.proc is None else self.proc.returncode
        self.signal(signal.SIGTERM)
        try:
            return self.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.wait(10)

    def __enter__(self) -> GatewayProcess:
        return self.start().wait_ready()

    def __exit__(self, *exc: object) -> None:
        self.stop()
