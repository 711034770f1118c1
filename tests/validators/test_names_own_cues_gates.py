"""`own_cues.find` with each cue's first test read once in its loop decides as the loop it replaced (wave 18, speed).

Randomised differential test: the reference below is the loop as written before (every cue asked in turn for every
capitalised token), run on seeded texts built from the cues' own words (greetings, "please", "my assistant",
from/to, goods nouns, ranks, adding verbs, closings) and on the pii blind e-mails.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from guardrails_lite.validators.pii._names import own_cues as C
from guardrails_lite.validators.pii._names.features import SENTENCE_END, facts_of, prepare
from guardrails_lite.validators.pii._names.honorifics import disjoint
from guardrails_lite.validators.pii._names.lexicon import lexicon
from guardrails_lite.validators.pii._names.tokens import NEWLINE, tokenize

_DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "blind"
_WORDS = (
    "Hi Hello Thanks Sorry Ann Sonam Ola Tere Harshvardhan Laxmi Dagny Isla Brown Maria Kowalski Okonkwo Largo Winch "
    "Sydney Mbeki Lago Rossi General Okafor Colonel The Surgeon Cape Town Santa Ana Paris France Team Dear Best "
    "please pls can could I we you will , , , . . ! ? ; : \n \n my our former assistant tenant new from by with to "
    "the samples tickets sent said add cc loop in on thread Morgan Stanley Victoria Park Regards Marko Friday"
).split(" ")


def _reference(p: object) -> list[tuple[int, int]]:
    """`own_cues.find` as written before wave 18 (no deadline)."""
    words = p.words  # type: ignore[attr-defined]
    n = len(words)
    out = [(a, b) for a, b in C.context.signed_lines(p) if C._name(p, a, b)]  # type: ignore[arg-type]
    for i in p.caps:  # type: ignore[attr-defined]
        last = C.extent(words, i, n)
        prev = words[i - 1] if i else NEWLINE
        if (
            (prev in SENTENCE_END and C._addressed_at_start(p, i, last))  # type: ignore[arg-type]
            or (prev == "," and C._addressed_at_end(p, i, last))  # type: ignore[arg-type]
            or C._apposition(p, i, last)  # type: ignore[arg-type]
            or (prev.lower() in C.FROM and last == i + 1 and C.paired(p, i, last))  # type: ignore[arg-type]
            or (prev.lower() in C._GOODS_OWNERS and C._owned_goods(p, i, last))  # type: ignore[arg-type]
            or (last == i + 1 and C._two_names(p, i, prev))  # type: ignore[arg-type]
        ):
            out.append((i, last))
        elif prev in C._RANKS and (i < 2 or not words[i - 2][:1].isupper() or words[i - 2] in SENTENCE_END):
            if C._name(p, i, last) and (i < 2 or words[i - 2].lower() != "the"):  # type: ignore[arg-type]
                out.append((i, last))
    return disjoint(out)


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 50)))
        out.append(text.replace(" , ", ", ").replace(" . ", ". "))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_own_cues_find_as_before(seed: int) -> None:
    facts = facts_of(lexicon())
    found = 0
    for text in _texts(seed, 400):
        p = prepare(tokenize(text), facts)
        expected = _reference(p)
        found += len(expected)
        assert C.find(p) == expected, text
    assert found > 0


def test_own_cues_find_as_before_on_blind_emails() -> None:
    facts = facts_of(lexicon())
    found = 0
    for path in sorted(_DATA.glob("pii*/emails.jsonl"))[:6]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                p = prepare(tokenize(json.loads(line)["text"]), facts)
                expected = _reference(p)
                found += len(expected)
                assert C.find(p) == expected
    assert found > 0
