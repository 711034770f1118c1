"""The name tagger's loader reads its int16 weights without numpy (issue 16: numpy cost ~0.1 s of a cold call)."""

from __future__ import annotations

import base64
import gzip
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from guardrails_lite.validators.pii._names import tagger

ROOT = Path(__file__).resolve().parents[2]


def _shipped() -> dict[str, Any]:
    path = resources.files("guardrails_lite") / "data" / "names" / "tagger.json.gz"
    data: dict[str, Any] = json.loads(gzip.decompress(path.read_bytes()))
    return data


def test_rows_equal_the_numpy_reading_of_the_shipped_file() -> None:
    data = _shipped()
    features = data["features"].split("\n")
    want = np.frombuffer(base64.b64decode(data["weights"]), dtype="<i2").reshape(len(features), -1).tolist()
    got = tagger.load(data)
    assert got.weights == dict(zip(features, want, strict=True))
    assert got.scale == float(data["scale"])


def test_a_weight_count_that_does_not_fit_the_features_is_refused() -> None:
    data = _shipped()
    data["weights"] = base64.b64encode(base64.b64decode(data["weights"])[:-2]).decode("ascii")
    with pytest.raises(ValueError, match="weights for"):
        tagger.load(data)


def test_the_default_policy_first_call_imports_no_numpy() -> None:
    code = (
        "import sys, guardrails_lite as g\n"
        "guard = g.Guard(g.load_policy('policies/default.yaml'))\n"
        "r = guard.run(lambda p: 'Noted.', 'Write to Jane Doe in Paris at jane.doe@example.com.')\n"
        "assert r.text == 'Noted.', r.text\n"
        "assert 'numpy' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120, cwd=ROOT)
