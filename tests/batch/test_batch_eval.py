"""`eval --workers N`: the same evaluation as one process, case by case (timings aside)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from guardrails_lite.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
TIMINGS = {"ms", "p50_ms", "p95_ms"}


def without_timings(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_timings(v) for k, v in value.items() if k not in TIMINGS}
    if isinstance(value, list):
        return [without_timings(v) for v in value]
    return value


def run_eval(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code = main(["eval", *args, "--json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, json.loads(out)


def unhurried(name: str, folder: Path) -> str:
    """A copy of a shipped policy with a generous time budget.

    A validator that runs out of time fails closed, so on a machine loaded enough to push one call past
    the default 2 s budget the two runs would differ for a reason that is not the worker pool's.
    """
    text = (ROOT / "policies" / name).read_text(encoding="utf-8")
    path = folder / name
    path.write_text(text + "\nvalidator_timeout_ms: 120000\n", encoding="utf-8")
    return str(path)


def test_two_workers_give_the_same_evaluation(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    args = (
        "--policy",
        unhurried("email-summary.yaml", tmp_path),
        str(ROOT / "examples" / "cases" / "email-summary.yaml"),
        "--suite",
        "attacks",
        "--sweep",
        "--compare",
        unhurried("default.yaml", tmp_path),
    )
    code_one, one = run_eval(capsys, *args)
    code_two, two = run_eval(capsys, *args, "--workers", "2")
    assert code_one == code_two
    assert without_timings(two) == without_timings(one)
    assert len(one["cases"]) > 400 and one["compare"]["changes"]  # the whole run: cases, compare, sweep
    assert [c["id"] for c in two["cases"]] == [c["id"] for c in one["cases"]]
    assert all(c["ms"] > 0 for c in two["cases"])  # timed in the workers
