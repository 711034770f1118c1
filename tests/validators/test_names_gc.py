"""The names finder makes no reference cycles (its objects are freed by reference counting), and it leaves Python's
cyclic garbage collector alone: the collector's switch is process-wide, so pausing it in library code turned it off
for an application's other threads as long as any thread was inside the finder (wave-9 review H3)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from guardrails_lite.validators.pii.names import NameFinder

_MAIL = "From: Mark Lee <mark@acme.example>\nHi Ann,\nDr. Ana Costa of Initech GmbH flies to Lisbon.\nBest,\nMark"


@pytest.fixture(scope="module")
def finder() -> NameFinder:
    return NameFinder()


# Run in a fresh interpreter: the collector's count is process-wide, so a thread left behind by another test module
# (a server, an event loop) that makes cyclic garbage inside the window would be counted against the finder.
_NO_CYCLES = """
import gc
from guardrails_lite.validators.pii.names import NameFinder
from tests.validators.names_identity import hostile_texts
from tests.validators.test_names_gc import _MAIL
finder = NameFinder()
finder.find(_MAIL)
gc.collect()
gc.disable()
found = [finder.find(text) for text in [_MAIL, _MAIL.lower(), *hostile_texts()[::4]]]
print(sum(map(len, found)), gc.collect())
"""


def test_the_finder_makes_no_reference_cycles() -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", _NO_CYCLES], capture_output=True, text=True, env=env, cwd=root, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    spans, unreachable = map(int, done.stdout.split())
    assert spans > 1000
    assert unreachable == 0  # nothing unreachable: reference counting freed every object of every call


def test_the_library_never_switches_the_collector(finder: NameFinder, monkeypatch: pytest.MonkeyPatch) -> None:
    from guardrails_lite.validators.pii._validator import PiiSpec, PiiValidator

    def refuse() -> None:
        raise AssertionError("the collector's process-wide switch was touched")

    validator = PiiValidator(PiiSpec.model_validate({"use": "pii"}))
    monkeypatch.setattr(gc, "disable", refuse)
    monkeypatch.setattr(gc, "enable", refuse)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                assert finder.find(_MAIL)
                assert not validator.check_many([_MAIL])[0].passed
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    assert finder.find("Dear Anna,\n" * 2000)
