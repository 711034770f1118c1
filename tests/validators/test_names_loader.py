"""The name tagger's loader reads its int16 weights without numpy (issue 16: numpy cost ~0.1 s of a cold call)."""

from __future__ import annotations

import base64
import gzip
import json
import random
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from guardrails_lite.validators.pii._names import lexicon, tagger

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
    assert {k: list(v) for k, v in got.weights.items()} == dict(zip(features, want, strict=True))
    assert got.scale == float(data["scale"])


def _plain_vocabularies(features: list[str]) -> dict[str, frozenset[str]]:
    """The definition `tagger._vocabularies` computes faster: per word-naming prefix, the words after "=", and
    for the prefixes with an underscore also every cut of them before an underscore."""
    out: dict[str, set[str]] = {g: set() for g in ("w", "pw", "nw", "pw2", "nw2")}
    for feature in features:
        prefix, _, rest = feature.partition("=")
        g = {"pw_s": "pw", "pw_c": "pw", "nw_c": "nw"}.get(prefix, prefix)
        if g in out:
            out[g].add(rest)
            if "_" in prefix:
                out[g].update(rest[:i] for i, c in enumerate(rest) if c == "_")
    return {g: frozenset(words) for g, words in out.items()}


def test_the_vocabularies_are_read_off_as_defined() -> None:
    shipped = _shipped()["features"].split("\n")
    assert tagger._vocabularies(shipped) == _plain_vocabularies(shipped)
    rng = random.Random(16)
    prefixes = ["w", "pw", "pw_s", "pw_c", "nw", "nw_c", "pw2", "nw2", "p3", "pw_", "x", "pw>"]
    for _ in range(3000):
        features = [
            rng.choice(prefixes)
            + rng.choice(["=", "", "=_", "=="])
            + "".join(rng.choices("a_b=>", k=rng.randint(0, 6)))
            for _ in range(rng.randint(0, 8))
        ]
        assert tagger._vocabularies(features) == _plain_vocabularies(features), features


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


def test_the_lexicon_file_gives_back_every_word_and_phrase() -> None:
    words = {"maria": 1 | 2 | (9 << 16), "paris": 16 | 32 | (10 << 16), "straße": 4, "\ud800x": 512, "kerala": 128}
    phrases = {"new york": 16 | 32, "hai phong": 16}
    lex = lexicon.read(lexicon.dump(words, phrases, 16))
    assert all(lex.words.get(w) == code for w, code in words.items())
    assert lex.words.get("london", 0) == 0 and lex.flags("paris") == 48 and lex.zipf2("paris") == 10
    assert lex.phrases == phrases and lex.phrase_heads == {"new", "hai"}
    assert lex.lower_places == {"paris", "kerala"}  # on a list whose words are candidates in lower case
    shipped = lexicon.lexicon()
    assert len(shipped.words) > 100_000 and shipped.flags("london") & lexicon.CITY
    assert shipped.flags("maria") & lexicon.FIRST and not shipped.flags("qzxv")


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda b: b"GZIP" + b[4:], "bad magic"),
        (lambda b: b.replace(b'"format":2', b'"format":1'), "format 1"),
        (lambda b: b[:-4], "header says 2 words"),
    ],
)
def test_a_damaged_lexicon_file_is_refused(damage: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        lexicon.read(damage(lexicon.dump({"a": 1, "b": 2}, {}, 16)))
    with pytest.raises(ValueError, match="newline"):
        lexicon.dump({"a\nb": 1}, {}, 16)
