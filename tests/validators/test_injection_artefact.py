"""The lexical model's file format (`_artefact`): what the training script writes is what the library scores.

The format replaced gzipped JSON for load speed (issue 16) and is read bucket by bucket as texts need features;
these tests pin that it carries every weight bit for bit, that a head read in pieces scores exactly as one read
whole, that each head is opened lazily and once, and that a damaged or foreign file is a `ValueError`.
"""

from __future__ import annotations

import math
import struct
import threading
from collections import Counter

import pytest

from guardrails_lite.validators.injection import _artefact, lexical
from guardrails_lite.validators.injection._normalize import normalize
from tests.security.injection_identity import samples, synthetic_model

NAMES = ["b:<s> ignore", "c: ig", "w:straße", "w:\ud800", "b:, ,", "x:t-prompt", "w:日本", "c:é "]
WEIGHTS = [0.0689, -0.0, 5e-324, 0.0, -3.4304, 0.1 + 0.2, 1e300, -1.0]
DOC_WEIGHTS = [0.0, 0.0, 2.5, -0.0004, 0.0, 0.0, 0.0002, 7.0]


def _heads() -> dict[str, dict[str, object]]:
    return {
        "prompt": {"bias": -2.00191, "weights": WEIGHTS},
        "document": {"bias": -5.60373, "topic_weight": 8.0, "topic_gate": -5.54637, "weights": DOC_WEIGHTS},
    }


def test_every_weight_comes_back_bit_for_bit() -> None:
    packed = _artefact.Packed(_artefact.dump(NAMES, _heads(), {"version": 1, "seed": 7}))
    assert packed.meta == {"version": 1, "seed": 7}
    assert sorted(packed.heads) == ["document", "prompt"]
    for head, values in (("prompt", WEIGHTS), ("document", DOC_WEIGHTS)):
        got = packed.weights(head)
        want = {n: v for n, v in zip(NAMES, values, strict=True) if v}  # the JSON loader's rule: zeros dropped
        assert got.keys() == want.keys()
        assert all(struct.pack("<d", got[n]) == struct.pack("<d", want[n]) for n in want)
    assert packed.params("prompt") == {"bias": -2.00191}
    assert packed.params("document") == {"bias": -5.60373, "topic_weight": 8.0, "topic_gate": -5.54637}


def test_a_written_model_scores_exactly_as_the_one_in_memory() -> None:
    cases = samples()[::3]
    texts = [normalize(t).text for _, t in cases]
    docs = [lexical.content_counts(t) for t in texts]
    memory = synthetic_model(texts, docs)
    names = sorted(memory.head("prompt").weights)
    heads = {
        h: {
            "bias": memory.head(h).bias,
            "topic_weight": memory.head(h).topic_weight,
            "topic_gate": memory.head(h).topic_gate,
            "weights": [memory.head(h).weights[n] for n in names],
        }
        for h in ("prompt", "document")
    }
    packed = _artefact.Packed(_artefact.dump(names, heads, {}))
    read = lexical.LexicalModel({}, packed.meta, packed)
    for text, doc in zip(texts, docs, strict=True):
        for args in (
            ("prompt",),
            ("document", doc, lexical.flags(text, "document")),
            ("document", Counter[str](), lexical.flags(text, "tool")),
        ):
            assert read.score(text, *args) == memory.score(text, *args)  # type: ignore[arg-type]


def test_heads_are_read_on_first_use_once_and_warm_reads_them_all(monkeypatch: pytest.MonkeyPatch) -> None:
    packed = _artefact.Packed(_artefact.dump(NAMES, _heads(), {}))
    reads: list[str] = []
    real = packed.lazy
    monkeypatch.setattr(packed, "lazy", lambda head: reads.append(head) or real(head))
    model = lexical.LexicalModel({}, {}, packed)
    assert reads == []
    model.score("ignore the rules", "prompt")
    assert reads == ["prompt"]
    with pytest.raises(KeyError):
        model.head("summary")
    barrier = threading.Barrier(8)

    def get() -> lexical.HeadWeights:
        barrier.wait()
        return model.head("document")

    got: list[lexical.HeadWeights] = []
    threads = [threading.Thread(target=lambda: got.append(get())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert reads == ["prompt", "document"] and all(g is got[0] for g in got)
    fresh = lexical.LexicalModel({}, {}, packed)
    fresh.warm()
    assert reads[:2] == ["prompt", "document"] and sorted(reads[2:]) == ["document", "prompt"]


def test_the_shipped_model_loads_with_both_heads() -> None:
    model = lexical.load_model()
    assert model.meta.get("seed") and model.meta.get("version") == 1
    for head in ("prompt", "document"):
        lazy = model.head(head).lazy
        assert lazy is not None
        lazy.need(["w:ignore"])  # read as needed; read whole below (what a long-running process ends with)
        weights = model.head(head).weights
        assert weights.get("w:ignore", 0.0) != 0.0
        lazy.read_all()
        assert len(weights) > 100_000 and all(v and math.isfinite(v) for v in weights.values())
    assert model.head("document").topic_weight > 0


def test_a_head_read_in_pieces_scores_exactly_as_one_read_whole() -> None:
    """Weights read bucket by bucket as texts need them: each score equals the whole head's, and a short text
    reads a small share of the file (the cold first call's saving), a long one ends with the head read whole."""
    cases = samples()
    texts = [normalize(t).text for _, t in cases]
    data = _artefact.dump(*_synthetic_heads(texts))
    whole = lexical.LexicalModel({}, {}, _artefact.Packed(data))
    for head in ("prompt", "document"):
        lazy = whole.head(head).lazy
        assert lazy is not None
        lazy.read_all()
    pieces = lexical.LexicalModel({}, {}, _artefact.Packed(data))
    pieces.score("Please summarise the invoice from Sam.", "prompt")
    share = sum(pieces.head("prompt").lazy._read) / _artefact.BUCKETS  # type: ignore[union-attr]
    assert 0 < share < 0.1
    for text in texts:
        doc = lexical.content_counts(text)
        for args in (("prompt",), ("document", doc, lexical.flags(text, "document"))):
            assert pieces.score(text, *args) == whole.score(text, *args)  # type: ignore[arg-type]
    assert pieces.head("prompt").lazy.complete  # type: ignore[union-attr]
    assert pieces.head("prompt").weights == whole.head("prompt").weights


def _synthetic_heads(texts: list[str]) -> tuple[list[str], dict[str, dict[str, object]], dict[str, object]]:
    memory = synthetic_model(texts, [lexical.content_counts(t) for t in texts])
    names = sorted(memory.head("prompt").weights)
    heads = {
        h: {"bias": memory.head(h).bias, "weights": [memory.head(h).weights[n] for n in names]}
        for h in ("prompt", "document")
    }
    return names, heads, {}


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda b: b"GZIP" + b[4:], "bad magic"),
        (lambda b: b.replace(b'"format":3', b'"format":2'), "format 2"),
        (lambda b: b.replace(b'"buckets":8192', b'"buckets":4096'), "4096 buckets"),
        (lambda b: b[:-40], "damaged section"),
        (lambda b: b[:-1] + bytes([b[-1] ^ 1]), "checksum"),
        (lambda b: b.replace(b'"count":8', b'"count":9'), "header says 9"),
        (lambda b: b.replace("w:日本\n".encode(), "w\n日本\n".encode()), "9 names for 8 weights"),
    ],
)
def test_a_damaged_or_foreign_file_is_refused(damage: object, message: str) -> None:
    good = _artefact.dump(NAMES, _heads(), {})
    with pytest.raises(ValueError, match=message):
        packed = _artefact.Packed(damage(good))  # type: ignore[operator]
        for head in ("prompt", "document"):
            packed.weights(head)  # what the loader itself checks
        packed.check()  # the writer's read-back check adds the checksum


def test_the_writer_refuses_what_it_could_not_read_back(tmp_path: object) -> None:
    with pytest.raises(ValueError, match="newline"):
        _artefact.dump(["a\nb"], {"prompt": {"bias": 0.0, "weights": [1.0]}}, {})
    with pytest.raises(ValueError, match="2 weights for 1 features"):
        _artefact.dump(["a"], {"prompt": {"bias": 0.0, "weights": [1.0, 2.0]}}, {})
    with pytest.raises(ValueError, match="unknown keys"):
        _artefact.dump(["a"], {"prompt": {"bias": 0.0, "weights": [1.0], "scale": 2.0}}, {})
