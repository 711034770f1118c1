"""`grounding` and `speculation` findings stay identical across speed work (issue 17).

Every set under benchmarks/data (the archived blind rounds too) is run through both checks and each
set's digest of verdicts, findings (message, score, span) and repairs is compared with the stored one;
see output_identity.py for how to rewrite it after a deliberate behaviour change.
"""

from __future__ import annotations

import json

from tests.validators.output_identity import STORED, all_digests, grounding_sets, speculation_sets


def test_every_output_set_is_covered() -> None:
    stored = json.loads(STORED.read_text(encoding="utf-8"))
    assert len(grounding_sets()) >= 8 and len(speculation_sets()) >= 12
    assert sum(1 for k in stored if k.startswith("grounding:")) == len(grounding_sets())
    assert sum(1 for k in stored if k.startswith("speculation:")) == len(speculation_sets())


def test_findings_are_unchanged_on_every_set() -> None:
    stored = json.loads(STORED.read_text(encoding="utf-8"))
    now = all_digests()
    assert now.keys() == stored.keys()
    changed = sorted(k for k in now if now[k] != stored[k])
    assert not changed, f"{len(changed)} of {len(now)} sets changed: {changed}"
