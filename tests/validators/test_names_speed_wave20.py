"""Wave 20's speed work in the names tier decides as the code it replaced (randomised differential tests against that
code, written here the old way).

- `own_cues.find` walks the run of only the capitals some cue can take (the token before is a sentence's end, a
  comma, a rank, from/to/by/with, an owner of goods or an adding verb, or a comma and an owner word follow within a
  run's reach); it used to walk every capital. The reference is the wave-19 loop.
- `detect._persons_kept` asks `_no_person` only of a "person" whose first word is a role word or whose last word is in
  capitals; it used to ask of every one.
"""

from __future__ import annotations

import random

import pytest

from guardrails_lite.validators.pii._names import detect as D
from guardrails_lite.validators.pii._names import own_cues as C
from guardrails_lite.validators.pii._names.features import CHECK_EVERY, SENTENCE_END, Prepared, facts_of, prepare
from guardrails_lite.validators.pii._names.honorifics import disjoint
from guardrails_lite.validators.pii._names.lexicon import lexicon
from guardrails_lite.validators.pii._names.tokens import NEWLINE, tokenize

# The cues' own words, runs of capitals up to and past a run's reach, hyphenated given names, particles, owner words
# after commas at every distance, ranks, roles and words in capitals.
_WORDS = (
    "Hi Hello Thanks Sorry Dear Ann Sonam Ola Tere Harshvardhan Laxmi Dagny Isla Brown Maria Kowalski Okonkwo Largo "
    "Winch Sydney Mbeki Lago Rossi General Colonel Lt Major Okafor Adeyemi The Surgeon Cape Town Santa Ana Paris "
    "Min - seo Sung - min van der de la Berg Team Best Regards Marko Friday Captain Winemaker Agent AGENT ON DUTY CREW "
    'SCHEDULING JOHN SMITH please pls can could I we you will , , , , . . ! ? ; : " ( * > | \n \n my our your his '
    "her their MY Our former assistant tenant new from From by with to To the samples tickets sent said add added "
    "cc cc'd copy loop looped in on thread Morgan Stanley Victoria Park Street Acme Corp"
).split(" ")


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 60)))
        if rng.random() < 0.5:
            text = text.replace(" , ", ", ").replace(" . ", ". ")
        out.append(text)
    return out


def _old_find(p: Prepared) -> list[tuple[int, int]]:
    """`own_cues.find` as wave 19 wrote it (no deadline): every capitalised token's run walked and tested."""
    words = p.words
    n = len(words)
    out = [(a, b) for a, b in C.context.signed_lines(p) if C._name(p, a, b)]
    for i in p.caps:
        last = C.extent(words, i, n)
        prev = words[i - 1] if i else NEWLINE
        after = words[last + 1] if last + 1 < n else "</s>"
        second = words[last + 2].lower() if last + 2 < n else "</s>"
        low = prev.lower()
        if (
            (
                prev in SENTENCE_END
                and ((after == "," and second in C._AFTER_COMMA) or after.lower() in C._AFTER_NAME)
                and C._addressed_at_start(p, i, last)
            )
            or (prev == "," and after in C._ENDS and C._addressed_at_end(p, i, last))
            or (after == "," and second in C._OWNERS and C._apposition(p, i, last))
            or (low in C.FROM and last == i + 1 and C.paired(p, i, last))
            or (low in C._GOODS_OWNERS and C._owned_goods(p, i, last))
            or (last == i + 1 and (prev in SENTENCE_END or low in C._ADDING) and C._two_names(p, i, prev))
        ):
            out.append((i, last))
        elif prev in C._RANKS and (i < 2 or not words[i - 2][:1].isupper() or words[i - 2] in SENTENCE_END):
            if C._name(p, i, last) and (i < 2 or words[i - 2].lower() != "the"):
                out.append((i, last))
    return disjoint(out)


@pytest.mark.parametrize("seed", range(5))
def test_own_cues_find_walks_only_cued_capitals_as_before(seed: int) -> None:
    facts = facts_of(lexicon())
    found = 0
    for text in _texts(seed, 600):
        p = prepare(tokenize(text), facts)
        expected = _old_find(p)
        found += len(expected)
        assert C.find(p) == expected, text
    assert found > 50


def test_own_cues_apposition_at_the_end_of_a_long_run() -> None:
    """The comma and owner word may follow a run of up to `MAX_RUN` capitals, one more after a hyphenated name."""
    facts = facts_of(lexicon())
    texts = [
        "a reference letter for Laxmi, my former assistant",
        "for Min-seo Park Laxmi, my former assistant",
        "send it to Ana Maria van der Berg, our new tenant, today",
        "we met Dagny Sung-min Lee Kim, our new tenant, in May",
        "x " * (CHECK_EVERY + 5) + "for Laxmi, my former assistant",
    ]
    for text in texts:
        p = prepare(tokenize(text), facts)
        assert C.find(p) == _old_find(p), text
    assert C.find(prepare(tokenize(texts[0]), facts)) != []


def test_the_differential_reference_tells_a_narrower_gate_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test above fails on a gate that forgets the owner words after a comma."""
    p = prepare(tokenize("a reference letter for Laxmi, my former assistant"), facts_of(lexicon()))
    monkeypatch.setattr(C, "_owner_commas", lambda q: set())
    assert C.find(p) != _old_find(p)


@pytest.mark.parametrize("seed", range(3))
def test_persons_kept_as_before(seed: int) -> None:
    facts = facts_of(lexicon())
    rng = random.Random(100 + seed)
    dropped = 0
    for text in _texts(seed + 10, 300):
        p = prepare(tokenize(text), facts)
        n = len(p.words)
        spans = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randrange(n)
            b = min(n - 1, a + rng.randint(-1, 3))
            spans.append((a, b, rng.choice(("PER", "PER", "LOC", "ORG")), rng.randint(-1, 40)))
        expected = [s for s in spans if s[2] != "PER" or not D._no_person(p, s[0], s[1])]
        dropped += len(spans) - len(expected)
        assert D._persons_kept(p, spans) == expected, text
    assert dropped > 20
