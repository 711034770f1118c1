"""Several workers on one port, each with a listening socket of its own (Linux ``SO_REUSEPORT``).

uvicorn's workers share one listening socket, and whichever worker's event loop is awake first
accepts every connection that is waiting: a burst of 16 keep-alive connections (a client's
connection pool opening) landed 16/0 on two idle uvloop acceptors in 7 of 12 trials here, and
12/4 or 0/16 on the gateway under load (benchmarks/results/gateway.md), so one worker did the
work of both for as long as those connections lived. With ``SO_REUSEPORT`` the kernel spreads new
connections over the workers' sockets by a hash of their addresses (8/8 to 4/12 in the same
trials), whichever worker is awake.

`serve` binds the port in the supervisor with ``SO_REUSEPORT`` and never listens on it (it only
holds the port, an ephemeral one included); uvicorn hands that socket to each worker, and
`own_socket`, run in each worker before it starts serving, puts a new socket of the worker's
own, bound to the same address with ``SO_REUSEPORT``, in its place (same file descriptor, so
uvicorn listens on it). A worker that dies takes the connections waiting in its own queue with
it (they are reset; clients retry), which the shared socket avoided.
"""

from __future__ import annotations

import os
import socket
import sys

__all__ = ["SPREAD_VARIABLE", "available", "own_socket", "shared_socket"]

#: Set by `serve` for its workers: the ``host port`` every worker listens on with a socket of its own.
SPREAD_VARIABLE = "GUARDRAILS_LITE_SERVE_SPREAD"


def available(host: str) -> bool:
    """Per-worker sockets balance connections on Linux (elsewhere ``SO_REUSEPORT`` does not spread them)."""
    return sys.platform == "linux" and hasattr(socket, "SO_REUSEPORT") and not host.startswith("/")


def _reusable(family: socket.AddressFamily) -> socket.socket:
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    return sock


def shared_socket(host: str, port: int) -> socket.socket:
    """The supervisor's socket: bound with ``SO_REUSEPORT``, never listening; `SPREAD_VARIABLE` set."""
    sock = _reusable(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.bind((host, port))
    sock.set_inheritable(True)
    address, bound = sock.getsockname()[:2]  # a host name resolved, an ephemeral port chosen
    os.environ[SPREAD_VARIABLE] = f"{address} {bound}"
    return sock


def own_socket() -> bool:
    """In a worker: replace the inherited socket of `SPREAD_VARIABLE`'s address with a new one of this
    worker's own (same descriptor). False when there is nothing to do (one worker, or not Linux)."""
    spec = os.environ.get(SPREAD_VARIABLE)
    if not spec:
        return False
    host, port = spec.rsplit(" ", 1)
    fd = _inherited(host, int(port))
    if fd is None:
        raise RuntimeError(f"no inherited socket bound to {host} port {port} in this worker")
    with socket.socket(fileno=os.dup(fd)) as inherited:
        family = inherited.family
    own = _reusable(family)
    try:
        own.bind((host, int(port)))
        os.dup2(own.fileno(), fd)  # uvicorn holds `fd`: it now listens on this worker's socket
    finally:
        own.close()
    return True


def _inherited(host: str, port: int) -> int | None:
    """The descriptor of a bound, not listening TCP socket on (`host`, `port`)."""
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        try:
            copy = os.dup(fd)
        except OSError:
            continue  # gone (the listing's own descriptor)
        try:
            probe = socket.socket(fileno=copy)
        except OSError:
            os.close(copy)
            continue  # not a socket
        with probe:
            try:
                address = probe.getsockname()
                listening = probe.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN)
            except OSError:
                continue
            if probe.type == socket.SOCK_STREAM and address[:2] == (host, port) and not listening:
                return fd
    return None
