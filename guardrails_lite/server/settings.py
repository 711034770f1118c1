"""What `guardrails-lite serve` was asked to run: a plain declared spec, built into an app late.

`Settings` travels to every worker process as JSON in one environment variable (uvicorn starts
workers by import string), so it holds only strings and numbers.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

__all__ = ["READY_VARIABLE", "SETTINGS_VARIABLE", "Settings"]

#: The environment variable that carries `Settings` from `serve` to its worker processes.
SETTINGS_VARIABLE = "GUARDRAILS_LITE_SERVE_SETTINGS"
#: With several workers: the folder where each worker notes that it is warm (set by `serve`).
READY_VARIABLE = "GUARDRAILS_LITE_SERVE_READY_DIR"


@dataclass(frozen=True, slots=True)
class Settings:
    """One gateway's configuration. Limits apply per worker process."""

    policy: str
    upstream: str
    policy_dir: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    #: Largest request body accepted (bytes); larger bodies get HTTP 413.
    max_body_bytes: int = 4 << 20
    #: Seconds a client gets to send its whole request body (HTTP 408 after: slow senders hold a slot).
    body_timeout: float = 30.0
    #: Seconds a client gets to send a request's line and headers (then HTTP 408 and the connection closed).
    header_timeout: float = 10.0
    #: Requests handled at once by one worker; more get HTTP 503 with Retry-After.
    max_concurrency: int = 256
    #: Threads per worker that check long texts (`guardrails_lite._offload`), off the event loop; short
    #: texts are checked on the loop. Further long checks wait for a thread (their requests still count
    #: towards `max_concurrency`).
    check_threads: int = 4
    #: Seconds to connect to, or to wait for the next bytes from, the upstream (HTTP 504 after).
    upstream_timeout: float = 60.0
    #: The SDK's own retries of failed upstream requests (clients usually retry themselves).
    upstream_retries: int = 0
    #: On SIGTERM: seconds in-flight requests and streams get to finish before they are cut.
    shutdown_timeout: int = 30
    log_level: str = "info"
    #: Modules imported first in every worker (``--import``: the application's own validators).
    imports: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "imports", tuple(self.imports))
        url = urlsplit(self.upstream)
        if url.scheme not in ("http", "https") or not url.netloc:
            raise ValueError(
                f"--upstream must be an http(s) URL such as http://127.0.0.1:8001/v1, got {self.upstream!r}"
            )
        checks = (
            (self.workers >= 1, "--workers must be at least 1"),
            (0 <= self.port <= 65535, "--port must be 0-65535"),
            (self.max_body_bytes >= 1024, "--max-body-bytes must be at least 1024"),
            (self.body_timeout > 0, "--body-timeout must be positive"),
            (self.header_timeout > 0, "--header-timeout must be positive"),
            (self.max_concurrency >= 1, "--max-concurrency must be at least 1"),
            (1 <= self.check_threads <= 64, "--check-threads must be 1-64"),
            (self.upstream_timeout > 0, "--upstream-timeout must be positive"),
            (self.upstream_retries >= 0, "--upstream-retries must be >= 0"),
            (self.shutdown_timeout >= 0, "--shutdown-timeout must be >= 0"),
            (self.log_level in ("debug", "info", "warning", "error"), "--log-level: debug, info, warning or error"),
        )
        for ok, message in checks:
            if not ok:
                raise ValueError(message)

    @property
    def upstream_base(self) -> str:
        return self.upstream.rstrip("/")

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls) -> Settings:
        raw = os.environ.get(SETTINGS_VARIABLE)
        if not raw:
            raise RuntimeError(f"{SETTINGS_VARIABLE} is not set: start the gateway with `guardrails-lite serve`")
        return cls(**json.loads(raw))
