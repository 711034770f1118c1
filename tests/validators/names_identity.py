"""Digests of every span the builtin names tier (`NameFinder`) finds on the seen name sets of benchmarks/data.

Speed work on `validators/pii/_names` must leave its output unchanged: `test_names_identity.py` recomputes
the digests and compares them with names_identity.json. After a deliberate behaviour change, rewrite it:

    .venv/bin/python tests/validators/names_identity.py --write

Sets: the archived blind e-mail rounds (benchmarks/data/blind/pii*/emails.jsonl) and the developer's e-mails,
each as written and lower-cased (the lower-case and chat rules see other paths), plus "hostile": what the
names tier anchors on repeated (the names generators of benchmarks/pathological.py at 20k characters) and
seeded random mixes of those units, where the finder's paths for long, repetitive text run. A text's record is its spans
(start, end, entity type, score) in order; a set's digest is the SHA-256 of its records (texts are not stored).
`--shared` adds uner-ewt-dev and the Presidio synthetic rows from ../shared/data when present (development
only: neither the tests nor the library may need /work/shared).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
STORED = Path(__file__).with_name("names_identity.json")


def name_sets() -> list[Path]:
    return [*sorted(DATA.glob("blind/pii*/emails.jsonl")), DATA / "pii_names_dev_emails.jsonl"]


def _shared_sets() -> list[Path]:
    shared = next((p / "shared" / "data" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()), None)
    if shared is None:
        return []
    found = [
        shared / "uner-ewt-dev" / "uner_ewt_dev.jsonl",
        shared / "presidio-synth-pii" / "presidio_synth_dataset_v2.jsonl",
    ]
    return [p for p in found if p.exists()]


def _texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def digest(texts: list[str]) -> dict[str, Any]:
    from guardrails_lite.validators.pii.names import NameFinder

    finder = NameFinder()
    h = hashlib.sha256()
    spans = 0
    for text in texts:
        found = [[s.start, s.end, s.entity_type, s.score] for s in finder.find(text)]
        spans += len(found)
        h.update(json.dumps(found).encode("ascii"))
    return {"texts": len(texts), "spans": spans, "digest": h.hexdigest()}


#: The units of benchmarks/pathological.py's names generators, and more that the rules and lists anchor on.
HOSTILE_UNITS = (
    *("Word ", "Ann ", "Ann Lee, ", "Mr ", "Dr. ", "Co ", "Co. ", "Inc ", "GmbH ", "Street ", "From: Ann\n"),
    *("Hi Ann,\n", "GET 10.1.2.3 ok\n"),
)
_MIX_UNITS = (
    *("Ann ", "Lee, ", "Mr ", "Dr. ", "Co ", "Co. ", "Inc ", "GmbH ", "Street ", "From: Ann\n", "Hi Ann,\n"),
    *("van ", "de ", "Paris ", "in ", "the ", "and ", "\n", ". ", "Rue ", "Bank of ", "Ana@x.example ", "said "),
    *("Mark ", "ann ", "paris ", "Kadıköy ", "12 ", ", ", "& ", "Baker ", "Best,\n"),
)


def hostile_texts() -> list[str]:
    """Each unit of `HOSTILE_UNITS` repeated to 20k characters, then 40 seeded random mixes of `_MIX_UNITS`."""
    import random

    texts = [(unit * (20_000 // len(unit) + 1))[:20_000] for unit in HOSTILE_UNITS]
    rng = random.Random(5)
    texts += ["".join(rng.choice(_MIX_UNITS) for _ in range(rng.randint(50, 600))) for _ in range(40)]
    return texts


def all_digests(shared: bool = False) -> dict[str, dict[str, Any]]:
    """{"<set>" and "<set>:lower": {"texts": n, "spans": k, "digest": hex}} for every set, and "hostile"."""
    out: dict[str, dict[str, Any]] = {"hostile": digest(hostile_texts())}
    for path in name_sets() + (_shared_sets() if shared else []):
        name = path.relative_to(DATA).as_posix() if path.is_relative_to(DATA) else path.parent.name
        texts = _texts(path)
        out[name] = digest(texts)
        out[name + ":lower"] = digest([t.lower() for t in texts])
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    digests = all_digests(shared="--shared" in sys.argv)
    if "--write" in sys.argv:
        STORED.write_text(json.dumps(all_digests(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(digests, indent=1, sort_keys=True))
