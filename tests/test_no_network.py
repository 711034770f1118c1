"""No network at run time: the default policy runs with every socket operation forbidden."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Prepended to scripts run in a subprocess: every socket operation raises.
REFUSE_NETWORK = r"""
import socket

def refuse(*a, **k):
    raise AssertionError("network access attempted")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
"""

SCRIPT = (
    REFUSE_NETWORK
    + r"""
import json, sys
from guardrails_lite import Blocked, Guard
sys.path.insert(0, ".")
from tests.corpus import ANSWERS, PROMPTS

guard = Guard("policies/default.yaml")
actions = []
for i, prompt in enumerate(PROMPTS):
    try:
        actions.append(guard.run(lambda p: ANSWERS[i % len(ANSWERS)], prompt).action)
    except Blocked as e:
        actions.append("block" if all(f.kind != "error" for f in e.findings) else "error")
print(json.dumps(actions))
"""
)


def test_default_policy_runs_with_sockets_disabled() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "network access attempted" not in proc.stderr
    actions = proc.stdout.strip().splitlines()[-1]
    assert "error" not in actions  # a validator that needed the network would fail closed with an error
