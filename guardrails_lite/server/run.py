"""`serve`: check the policies, then run uvicorn with one or several worker processes.

Policies are loaded here first, so a bad one stops the command with the `PolicyError` text
before anything listens. The settings reach each worker through the environment; with several
workers, metrics are shared through files in a fresh ``GUARDRAILS_METRICS_DIR`` (`metrics`), and each warm
worker leaves a file in a fresh readiness folder, so ``/readyz`` (whichever worker answers) says
ready only once every worker is (both removed at exit); on Linux each worker listens on a socket
of its own, so the kernel spreads connections over them (`spread`). SIGTERM or SIGINT shuts down
gracefully: no new connections, in-flight requests and streams get `Settings.shutdown_timeout`
seconds to finish.
"""

from __future__ import annotations

import inspect
import logging
import os
import shutil
import socket
import tempfile
from typing import Any

import uvicorn
from uvicorn.supervisors import Multiprocess

from guardrails_lite.server import spread
from guardrails_lite.server.logconfig import lean_records, log_config
from guardrails_lite.server.metrics import METRICS_DIR_VARIABLE
from guardrails_lite.server.policies import load_policies
from guardrails_lite.server.protocol import GuardedHttpProtocol
from guardrails_lite.server.settings import READY_VARIABLE, SETTINGS_VARIABLE, Settings

__all__ = ["serve"]

_APP = "guardrails_lite.server.app:app_from_env"

#: Seconds a worker may leave uvicorn's liveness ping unanswered before it is replaced (its default,
#: 5 s, kills workers that are still importing on a busy machine, over and over).
_WORKER_PING_S = 30


def serve(settings: Settings) -> int:
    """Run the gateway until it is stopped; returns the exit code."""
    load_policies(settings.policy, settings.policy_dir)  # raises PolicyError before anything starts
    os.environ[SETTINGS_VARIABLE] = settings.to_env()
    lean_records()
    made: list[str] = []
    if settings.workers > 1:
        if not os.environ.get(METRICS_DIR_VARIABLE):
            os.environ[METRICS_DIR_VARIABLE] = tempfile.mkdtemp(prefix="guardrails-metrics-")
            made.append(os.environ[METRICS_DIR_VARIABLE])
        os.environ[READY_VARIABLE] = tempfile.mkdtemp(prefix="guardrails-ready-")  # one file per warm worker
        made.append(os.environ[READY_VARIABLE])
    try:
        options: dict[str, Any] = {
            "factory": True,
            "host": settings.host,
            "port": settings.port,
            "workers": settings.workers,
            "http": GuardedHttpProtocol,  # uvicorn's, with a deadline and a size limit on request heads
            "log_config": log_config(settings.log_level),
            "access_log": False,
            "proxy_headers": False,  # the gateway reads neither the client's address nor the scheme
            "server_header": False,
            "timeout_graceful_shutdown": settings.shutdown_timeout,
            "timeout_worker_healthcheck": _WORKER_PING_S,
            "backlog": max(2048, settings.max_concurrency * 2),
        }
        if settings.workers > 1 and spread.available(settings.host):
            _supervise(uvicorn.Config(_APP, **options))  # each worker listens on a socket of its own (`spread`)
        else:
            uvicorn.run(_APP, **options)
    finally:
        for folder in made:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


def _supervise(config: uvicorn.Config) -> None:
    """`uvicorn.run` for several workers, with the port held by a `spread.shared_socket`."""
    sock = spread.shared_socket(config.host, config.port)
    scheme = "https" if config.is_ssl else "http"
    address = f"[{config.host}]" if ":" in config.host else config.host
    # uvicorn's own start-up line (tests and operators read the port from it)
    logging.getLogger("uvicorn.error").info(
        "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)", scheme, address, sock.getsockname()[1]
    )
    try:
        _multiprocess(config, sock).run()
    finally:
        sock.close()
        os.environ.pop(spread.SPREAD_VARIABLE, None)  # a later `serve` in this process starts from scratch


def _multiprocess(config: uvicorn.Config, sock: socket.socket) -> Multiprocess:
    """uvicorn's supervisor: before 0.52 it takes the workers' entry point, later it builds it from `config`."""
    if "target" in inspect.signature(Multiprocess).parameters:
        return Multiprocess(config, target=uvicorn.Server(config).run, sockets=[sock])  # type: ignore[call-arg]
    return Multiprocess(config, sockets=[sock])
