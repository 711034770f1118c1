"""The injection features and scores stay identical across speed work (issue 13).

The shipped weights (and any retraining running beside a change) are defined by what `normalize` and
`lexical.features` produce; see injection_identity.py for what each digest covers.
"""

from __future__ import annotations

import json
import math

from tests.security.injection_identity import STORED, all_digests


def test_features_and_scores_are_unchanged() -> None:
    stored = json.loads(STORED.read_text(encoding="utf-8"))
    now = all_digests()
    assert now.keys() == stored.keys()
    changed = sorted(name for name in now if now[name]["digest"] != stored[name]["digest"])
    assert not changed, f"{len(changed)} of {len(now)} samples changed, e.g. {changed[:5]}"
    for name, record in now.items():
        for got, want in zip(record["scores"], stored[name]["scores"], strict=True):  # type: ignore[call-overload]
            assert math.isclose(got, want, rel_tol=1e-12, abs_tol=1e-15), name


def test_verdicts_are_unchanged() -> None:
    """The validator's findings (structural signals, chosen window, decoded payloads, spans) as well."""
    from tests.security.injection_verdicts import STORED as VERDICTS
    from tests.security.injection_verdicts import all_digests as verdict_digests

    stored = json.loads(VERDICTS.read_text(encoding="utf-8"))
    now = verdict_digests()
    assert now.keys() == stored.keys()
    changed = sorted(name for name in now if now[name] != stored[name])
    assert not changed, f"{len(changed)} of {len(now)} samples changed, e.g. {changed[:5]}"
