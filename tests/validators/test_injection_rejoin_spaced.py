"""`_normalize._rejoin_spaced` (spaced-out letters joined, offsets kept) drops each run's separators in C; it
equals the character-by-character loop it replaces on seeded random spaced and unspaced text."""

from __future__ import annotations

import random

from guardrails_lite.validators.injection import _normalize as N


def _reference(text: str, origin: list[int] | None) -> tuple[str, list[int] | None]:
    matches = list(N._spaced_matches(text))
    if not matches:
        return text, origin
    base = origin if origin is not None else list(range(len(text)))
    out: list[str] = []
    new_origin: list[int] = []
    last = 0
    for m in matches:
        out.append(text[last : m.start()])
        new_origin.extend(base[last : m.start()])
        for j in range(m.start(), m.end()):
            if text[j] not in N._SEPCHARS:
                out.append(text[j])
                new_origin.append(base[j])
        last = m.end()
    out.append(text[last:])
    new_origin.extend(base[last:])
    return "".join(out), new_origin


def test_rejoin_spaced_as_the_character_loop() -> None:
    rng = random.Random(3)
    units = ["a.", "b-", "c ", "I g", "é_", "x*", "1", " ", "\n", "word ", "n ~ ", "o·", "\\", "::", "p||"]
    joined = 0
    for _ in range(5000):
        text = "".join(rng.choice(units) for _ in range(rng.randint(0, 40)))
        for origin in (None, list(range(7, 7 + len(text)))):
            got = N._rejoin_spaced(text, origin)
            assert got == _reference(text, origin), text
            joined += got[0] != text
    assert joined > 200  # runs were joined, not only passed through
    text = "a." * 20_000
    assert N._rejoin_spaced(text, None) == _reference(text, None)
