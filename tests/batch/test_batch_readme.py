"""The README's batch examples as written: the `scan --workers 2` command and `scan_jsonl` from Python.

(The Ray Data example runs in test_batch_ray.py, on the local Ray there.)
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import readme_blocks

from tests.corpus import ANSWERS, PROMPTS

ROOT = Path(__file__).resolve().parents[2]


def test_readme_scan_command_and_python_example_write_the_same_screening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "policies").symlink_to(ROOT / "policies")
    texts = [*PROMPTS, *ANSWERS]
    lines = [json.dumps({"id": i, "text": texts[i % len(texts)]}) for i in range(60)] + ["not json"]
    (tmp_path / "logs.jsonl").write_text("\n".join(lines) + "\n")
    monkeypatch.chdir(tmp_path)

    [command] = readme_blocks.blocks("sh")
    words = shlex.split(command)
    assert words[0] == "guardrails-lite" and words[-2] == ">" and "--workers" in words
    with open(words[-1], "wb") as out:
        done = subprocess.run([sys.executable, "-m", "guardrails_lite", *words[1:-2]], stdout=out, timeout=600)
    assert done.returncode == 1  # one malformed line
    from_cli = (tmp_path / "screened.jsonl").read_bytes()

    python = readme_blocks.blocks("python")[0]
    namespace: dict[str, object] = {}
    exec(compile(python, "README.md", "exec"), namespace)  # the README's own example
    summary = namespace["summary"]
    assert (summary.lines, summary.bad) == (61, 1)  # type: ignore[attr-defined]
    assert (tmp_path / "screened.jsonl").read_bytes() == from_cli

    records = [json.loads(x) for x in from_cli.splitlines()]
    assert [r["text"] for r in records[:60]] == [texts[i % len(texts)] for i in range(60)]  # input order
    assert records[60]["line"] == 61 and set(records[60]) == {"line", "error"}
    assert {r["action"] for r in records[:60]} == {"allow", "repair", "block"}
