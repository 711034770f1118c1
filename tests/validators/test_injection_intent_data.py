"""Wave 11 (issue 14): `scripts/injection_intent.py`, training data for `scripts/train_injection.py --intent`.

Attacks that name no trigger word against prompts with the same words aimed at the user's own things, for every class
and in other languages; the same seed must render the same texts (the model's recipe depends on it).
"""

from __future__ import annotations

import sys
from pathlib import Path


def test_the_intent_generator_renders_both_sides_of_every_class_deterministically() -> None:
    scripts = str(Path(__file__).resolve().parents[2] / "scripts")
    sys.path.insert(0, scripts)
    try:
        import injection_intent
    finally:
        sys.path.remove(scripts)
    first, again = injection_intent.prompts(7, 40), injection_intent.prompts(7, 40)
    assert first == again
    labels = {(cat.split(" (")[0], label) for _, label, cat in first}
    for attack in ("hidden instructions", "secrets and others' data", "rules declared void", "persona without limits"):
        assert (attack, 1) in labels
    for benign in ("benign own text", "benign own secrets", "benign characters", "benign personal data handled"):
        assert (benign, 0) in labels
    languages = {cat.split(" (")[1].rstrip(")") for _, _, cat in first if " (" in cat}
    assert {"de", "ru", "zh", "ar", "hi", "th"} <= languages
    assert len({text for text, _, _ in first}) == len(first)
