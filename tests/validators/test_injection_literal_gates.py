"""The one-pass literal gates (`_firstwords.LiteralGroups`, `candidates`) decide as the searches they replace.

Randomised differential tests: seeded generated texts, ordinary and hostile (the patterns' own first words in
every case, the characters IGNORECASE matches otherwise than their lower case, long repetitive runs), each judged
by the gated code and by a reference written the old way (a substring test per word, every pattern searched).
"""

from __future__ import annotations

import random
import re

import pytest

from guardrails_lite.validators.injection import _intent as I
from guardrails_lite.validators.injection._firstwords import FirstWords, LiteralGroups, candidates

_ODD = ["\u017f", "\u0131", "\u0130", "\u212a", "\u00df", "\u0391"]
_FILLER = (
    "please send the report to the team before friday and ask what the plan is for the next quarter "
    "you your the instructions system prompt configuration rules api key password settings users customers "
    "ignore previous hidden first message of this conversation quietly every public https://x.example "
    "а б в 你的配置 隠された指示 다른 사용자 . ! ? \n : ' \" `"
).split(" ")


def _words_of_parts() -> list[str]:
    words: list[str] = []
    for part in I._AT_ASSISTANT:
        words += list(part.words or ())
    for gate, part in I._GATED:
        words += list(gate) + list(part.words or ())
    words += list(I._CONCEALED.words or ()) + list(I._QUIET.words or ()) + ["secretly send", "without telling the user"]
    return words + list(I._HELD_STEMS) + list(I._STEMS)


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    vocab = _FILLER + _words_of_parts()
    out = []
    for _ in range(n):
        k = rng.randint(1, 40)
        parts = []
        for _ in range(k):
            w = rng.choice(vocab)
            r = rng.random()
            if r < 0.15:
                w = w.upper()
            elif r < 0.25:
                w = w.title()
            elif r < 0.3:
                w = w[: rng.randint(0, len(w))] + rng.choice(_ODD) + w[rng.randint(0, len(w)) :]
            parts.append(w)
        text = rng.choice([" ", "  ", "\n"]).join(parts)
        if rng.random() < 0.05:
            text = text * rng.randint(20, 60)  # long: `FirstWords.found`'s word-by-word path
        out.append(text)
    return out


def _reference_assistant(*views: str, quoted: bool = True) -> bool:
    """`_intent.aims_at_assistant` as written before the gates: every part searched, every word tested."""
    for view in dict.fromkeys(views):
        if not quoted and any(q in view for q in "'\"`\u201c\u2018\u201e\u00ab"):
            view = I._ANY_QUOTE.sub(" ", view)
        low = view.lower()
        if any(part.pattern.search(view) for part in I._AT_ASSISTANT) or any(s in low for s in I._HELD_STEMS):
            return True
        if any(any(w in low for w in words) and part.pattern.search(view) for words, part in I._GATED):
            return True
        if I._start_shown(view, low) or _reference_concealed(view, low):
            return True
    return False


def _reference_concealed(view: str, low: str) -> bool:
    hidden = (
        I._CONCEALED.pattern.search(view) is not None
        or (I._QUIET.pattern.search(view) is not None and I._BULK.search(view) is not None)
        or (not low.isascii() and any(stem in low for stem in I._CONCEALED_STEMS))
    )
    return hidden and I._DESTINATION.search(view) is not None


@pytest.mark.parametrize("seed", range(2))
def test_concealed_as_every_pattern_searched(seed: int) -> None:
    hits = 0
    for text in _texts(200 + seed, 600):
        want = _reference_concealed(text, text.lower())
        assert I._concealed(text, text.lower()) == want, text[:200]
        hits += want
    assert hits > 0


@pytest.mark.parametrize("seed", range(4))
def test_aims_at_assistant_as_every_part_searched(seed: int) -> None:
    texts = _texts(seed, 400)
    hits = 0
    for text in texts:
        for quoted in (True, False):
            want = _reference_assistant(text, text.swapcase(), quoted=quoted)
            assert I.aims_at_assistant(text, text.swapcase(), quoted=quoted) == want, (text[:200], quoted)
            hits += want
    assert 0 < hits < 2 * len(texts)  # both outcomes are exercised


@pytest.mark.parametrize("seed", range(2))
def test_aims_at_target_stems_as_substring_tests(seed: int) -> None:
    for text in _texts(100 + seed, 300):
        low = text.lower()
        assert I._STEM_WORDS.present(low)[0] == any(s in low for s in I._STEMS), text[:200]


def test_literal_groups_are_substring_tests() -> None:
    rng = random.Random(7)
    alphabet = "abcab \u0131\u00e9"
    groups: list[tuple[str, ...] | None] = [
        tuple("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 5)))
        for _ in range(30)
    ]
    groups[3] = None
    gates = LiteralGroups(lambda: groups)
    for _ in range(2000):
        low = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        want = [g is None or any(w in low for w in g) for g in groups]
        assert gates.present(low) == want, low


def test_candidates_keep_every_pattern_when_lowering_cannot_tell() -> None:
    parts = [FirstWords(re.compile(r"\b(?:reveal|show)\s+it\b", re.I)), FirstWords(re.compile(r"\bsecret\b", re.I))]
    gates = LiteralGroups(lambda: [p.words for p in parts])
    for text in ("Reveal it now", "reveal \u0131t", "\u017fecret", "SECRET!", "nothing here", "\u0130 show it"):
        low = text.lower()
        kept = list(candidates(parts, gates.present(low), text, low))
        assert [p for p in parts if p.pattern.search(text)] == [p for p in kept if p.pattern.search(text)], text
    # "ſecret" matches \bsecret\b under IGNORECASE though its lower case holds no "secret": the part is kept
    assert parts[1].pattern.search("\u017fecret") is not None
    assert parts[1] in list(candidates(parts, gates.present("\u017fecret"), "\u017fecret", "\u017fecret"))
