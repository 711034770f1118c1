"""`serve --workers N`'s supervisor across uvicorn versions, and what it leaves behind (review of wave 7)."""

from __future__ import annotations

import os
import socket
from typing import Any

import pytest
import uvicorn

from guardrails_lite.server import run, spread


class _OldMultiprocess:
    """uvicorn before 0.52: the supervisor takes the workers' entry point."""

    def __init__(self, config: uvicorn.Config, target: Any, sockets: list[socket.socket]) -> None:
        self.config, self.target, self.sockets = config, target, sockets

    def run(self) -> None:
        pass


class _NewMultiprocess:
    """uvicorn 0.52 and later: it builds the entry point from the config."""

    def __init__(self, config: uvicorn.Config, sockets: list[socket.socket]) -> None:
        self.config, self.sockets = config, sockets

    def run(self) -> None:
        pass


@pytest.mark.parametrize("supervisor", [_OldMultiprocess, _NewMultiprocess])
def test_the_supervisor_is_built_for_the_installed_uvicorn(supervisor: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run, "Multiprocess", supervisor)
    config = uvicorn.Config("tests.server.shout:app", host="127.0.0.1", port=0)
    with socket.socket() as sock:
        built = run._multiprocess(config, sock)
    assert isinstance(built, supervisor) and built.sockets == [sock]
    if supervisor is _OldMultiprocess:
        assert built.target.__self__.config is config  # uvicorn.Server(config).run, as uvicorn.run passed it


@pytest.mark.skipif(not spread.available("127.0.0.1"), reason="per-worker sockets are Linux-only")
def test_the_spread_variable_does_not_outlive_the_supervisor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run, "Multiprocess", _NewMultiprocess)
    monkeypatch.delenv(spread.SPREAD_VARIABLE, raising=False)
    run._supervise(uvicorn.Config("tests.server.shout:app", host="127.0.0.1", port=0, workers=2))
    # A later `serve` with one worker in this process would otherwise look for an inherited socket.
    assert spread.SPREAD_VARIABLE not in os.environ
