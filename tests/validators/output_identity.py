"""Digests of every finding `grounding` and `speculation` give on every output set of benchmarks/data.

Speed work on these checks must leave their output unchanged: `test_output_identity.py` recomputes the
digests and compares them with output_identity.json. After a deliberate behaviour change, rewrite it:

    .venv/bin/python tests/validators/output_identity.py --write

Each case's record is its verdict (passed), every finding's message, score and span, and the repaired
text; a set's digest is the SHA-256 of its cases' records in order (texts are not stored).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
STORED = Path(__file__).with_name("output_identity.json")


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def grounding_sets() -> list[Path]:
    return sorted(p for p in DATA.rglob("grounding*.yaml"))


def speculation_sets() -> list[Path]:
    return sorted(p for p in DATA.rglob("speculation*.yaml"))


def _grounding_cases(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    data = _load(path)
    sources = data.get("sources") or _load(DATA / "grounding.yaml")["sources"]
    out = []
    for c in data["cases"]:
        ids = data["threads"][c["thread"]] if "thread" in c else [c["source"]]
        out.append((c["text"], [(sources[i], i) for i in ids]))
    return out


def _speculation_cases(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    data = _load(path)
    cases = [(t, []) for t in [*data.get("positive", []), *data.get("negative", [])]]
    for c in data.get("sourced", []):
        cases.append((c["text"], [(s, f"source-{k}") for k, s in enumerate(c["sources"])]))
    return cases


def _record(verdict: Any) -> list[Any]:
    findings = [[f.message, f.score, f.start, f.end] for f in verdict.findings]
    return [verdict.passed, findings, verdict.repaired]


def all_digests() -> dict[str, dict[str, Any]]:
    """{"<check>:<set path>": {"cases": n, "flagged": k, "digest": hex}} for every set and both checks."""
    from guardrails_lite import Context, parse_policy
    from guardrails_lite.validators.grounding import clear_document_cache
    from guardrails_lite.verdict import Document

    out: dict[str, dict[str, Any]] = {}
    clear_document_cache()
    for check, sets, read in (
        ("grounding", grounding_sets(), _grounding_cases),
        ("speculation", speculation_sets(), _speculation_cases),
    ):
        validator = parse_policy({"name": "identity", "output": [{"use": check}]}).output[0].build()
        for path in sets:
            h = hashlib.sha256()
            flagged = 0
            cases = read(path)
            for text, docs in cases:
                ctx = Context("output", documents=tuple(Document(t, n) for t, n in docs))
                verdict = validator(text, ctx)
                flagged += not verdict.passed
                h.update(json.dumps(_record(verdict), ensure_ascii=False).encode("utf-8", "surrogatepass"))
            name = f"{check}:{path.relative_to(DATA).as_posix()}"
            out[name] = {"cases": len(cases), "flagged": flagged, "digest": h.hexdigest()}
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    digests = all_digests()
    if "--write" in sys.argv:
        STORED.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(digests, indent=1, sort_keys=True))
