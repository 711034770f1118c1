"""The builtin names tier's spans stay identical across speed work (issue 15).

Every seen name set under benchmarks/data (the archived blind rounds and the developer's e-mails, as written
and lower-cased) is run through `NameFinder` and each set's digest of spans is compared with the stored one;
see names_identity.py for how to rewrite it after a deliberate behaviour change.
"""

from __future__ import annotations

import json

from tests.validators.names_identity import STORED, all_digests, name_sets


def test_every_name_set_is_covered() -> None:
    stored = json.loads(STORED.read_text(encoding="utf-8"))
    assert len(name_sets()) >= 6
    assert len(stored) == 2 * len(name_sets()) + 1  # and the hostile set


def test_spans_are_unchanged_on_every_set() -> None:
    stored = json.loads(STORED.read_text(encoding="utf-8"))
    now = all_digests()
    assert now.keys() == stored.keys()
    changed = sorted(k for k in now if now[k] != stored[k])
    assert not changed, f"{len(changed)} of {len(now)} sets changed: {changed}"
    assert all(v["spans"] > 0 for v in now.values())
