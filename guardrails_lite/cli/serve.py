"""`guardrails-lite serve`: an OpenAI-compatible gateway that guards every call (extra ``[server]``).

The server's modules (Starlette, uvicorn, prometheus-client) are imported only when the command
runs; without the extra the command says how to install it.
"""

from __future__ import annotations

import argparse
from dataclasses import fields
from typing import Any

from guardrails_lite.cli.main import UsageError


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("serve", help="run an OpenAI-compatible guarding gateway")
    p.add_argument("--policy", metavar="PATH", required=True, help="the default policy file")
    p.add_argument("--upstream", metavar="URL", required=True, help="the OpenAI-compatible API, e.g. http://host/v1")
    p.add_argument("--policy-dir", metavar="DIR", help="more policies, selected per request by name")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000; 0: any free port)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default: 1)")
    p.add_argument("--max-body-bytes", type=int, default=4 << 20, help="largest request body (default: 4 MiB)")
    p.add_argument("--body-timeout", type=float, default=30.0, help="seconds to receive a request body (default: 30)")
    p.add_argument("--header-timeout", type=float, default=10.0, help="seconds to receive a request's headers")
    p.add_argument("--max-concurrency", type=int, default=256, help="requests at once per worker (default: 256)")
    p.add_argument("--check-threads", type=int, default=4, help="threads per worker checking long texts (default: 4)")
    p.add_argument("--upstream-timeout", type=float, default=60.0, help="seconds to wait on the upstream")
    p.add_argument("--upstream-retries", type=int, default=0, help="SDK retries of failed upstream requests")
    p.add_argument("--shutdown-timeout", type=int, default=30, help="seconds in-flight requests get on SIGTERM")
    p.add_argument("--log-level", choices=("debug", "info", "warning", "error"), default="info")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        from guardrails_lite.server.run import serve
        from guardrails_lite.server.settings import Settings
    except ImportError as e:
        missing = f"serve needs the server extra ({e.name} is missing): pip install 'guardrails-lite[server]'"
        raise UsageError(missing) from None
    try:  # every option's dest is a field of Settings
        settings = Settings(**{f.name: getattr(args, f.name) for f in fields(Settings)})
    except ValueError as e:
        raise UsageError(str(e)) from None
    return serve(settings)
