"""grounding, wave 14 (issue 17; review r13a L5, L7)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.validators.conftest import build, check

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("damage", ["empty", "cut"])
def test_a_broken_lexicon_lets_the_policy_build_and_fails_the_call_closed(tmp_path: Path, damage: str) -> None:
    """Review r13a L5: the checks read the WordNet lexicon as their modules load, and parsing a policy naming
    `grounding` imported them, so a broken lexicon.json.gz escaped `Guard(...)` as a raw PackageDataError. The
    policy now builds, and the call fails closed with the validator's error finding, as for every other validator's
    data file (fresh process: this one has the files loaded already)."""
    shutil.copytree(ROOT / "guardrails_lite" / "data", tmp_path, dirs_exist_ok=True)
    lexicon = tmp_path / "grounding" / "lexicon.json.gz"
    lexicon.write_bytes(b"" if damage == "empty" else lexicon.read_bytes()[:4000])
    code = f"""
from pathlib import Path
from guardrails_lite import Blocked, Document, Guard, parse_policy
from guardrails_lite.validators._shared import package_data
package_data.data_root = lambda: Path({str(tmp_path)!r})
Guard({str(ROOT / "policies" / "email-summary.yaml")!r})
print("built")
guard = Guard(parse_policy({{"name": "t", "output": [{{"use": "grounding"}}]}}))
docs = [Document("From: Dana\\n\\nI booked the Lakeside Hall.")]
try:
    guard.run(lambda prompt: "Dana booked the Lakeside Hall.", "Summarise.", context=docs)
except Blocked as e:
    (finding,) = e.findings
    print(finding.kind, finding.message)
else:
    print("passed")
"""
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split("\n")[:2] == ["built", "error validator could not be built (PackageDataError)"]


REFUND = (
    "From: Dana Reyes\n\nThe refund was issued on 5 June. Two days earlier the manager admitted a delay in the "
    "warehouse."
)
THEFT = (
    "From: Omar Haddad\n\nSomeone took two laptops from the storeroom overnight. Omar reported the theft to the police."
)


@pytest.mark.parametrize("decision", ["rules", "learned"])
@pytest.mark.parametrize(
    ("source", "answer", "supported"),
    [
        (REFUND, "The refund was issued two days after the manager admitted fraud in the warehouse.", False),
        (REFUND, "The manager admitted negligence in the warehouse.", False),
        (REFUND, "The manager stole from the warehouse.", False),
        (REFUND, "The refund was issued two days after the manager admitted a delay in the warehouse.", True),
        (THEFT, "Omar reported the theft of two laptops to the police.", True),
    ],
)
def test_an_accusation_needs_a_source_that_makes_it(source: str, answer: str, supported: bool, decision: str) -> None:
    """Review r13a L7: a word of wrongdoing the sources never use fails the sentence, however many of its other words
    one source sentence holds; where a source makes the accusation, the word is supported as any other."""
    verdict = check(build({"use": "grounding", "decision": decision}), answer, (source,))
    assert verdict.passed is supported, verdict.findings
    if not supported:
        assert "an accusation the sources do not make" in verdict.findings[0].message
