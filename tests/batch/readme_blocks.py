"""The code blocks of the README's batch section, so its tests run what a reader copies."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## Batch screening on all cores, and on Ray"


def blocks(language: str) -> list[str]:
    """The ``language`` fenced blocks of the batch section, in order."""
    text = README.read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    section = text[start : end if end != -1 else len(text)]
    return re.findall(rf"^```{language}\n(.*?)^```$", section, flags=re.M | re.S)


def substituted(code: str, replacements: dict[str, str]) -> str:
    """`code` with each key replaced; a key the README no longer holds fails the test, not skips it."""
    for old, new in replacements.items():
        assert old in code, f"the README's batch example no longer contains {old!r}"
        code = code.replace(old, new)
    return code
