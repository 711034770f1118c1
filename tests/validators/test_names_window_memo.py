"""The names finder decides a span's context once per distinct window of tokens (`context.not_names`,
`NameFinder._plausible_spans`): each key must hold everything the decision reads, so the spans are those of
deciding every span where it stands. Checked with the decisions forgotten (every span decided afresh) on texts
where the same words stand beside different neighbours: kin words, famous cities, "in"/"from" before places,
lists of places, closings above name lines, form labels, identifiers, surnames after first names."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from guardrails_lite.validators.pii._names import context, memo
from guardrails_lite.validators.pii._names.tokens import covered
from guardrails_lite.validators.pii.names import NameFinder
from tests.validators.names_identity import hostile_texts

_DEV = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "pii_names_dev_emails.jsonl"
# Units whose windows repeat with other neighbours in a mix: what each check of `not_names` looks at.
_UNITS = (
    *("Babcia Zofia ", "Nonna ", "London Heathrow ", "London ", "Heathrow ", "in ", "near ", "El Poblado "),
    *("Florence ",),
    *("fly home from ", "to ", "from ", "Amman, ", "Tbilisi, ", "Alice Example lives ", "Alice ", "Example ", "lives "),
    *("Un abrazo,\n", "Isabel\n", "Assignee: Ana\n", "Priority: High\n", "Ana: ", "file_", "Ana", "_v2 ", "Mark "),
    *("Muslim ", "clerics ", "Crohn's disease ", "Ray's Pizza ", "Thu 12 Jun ", "Argan oil ", "Genres: ", "Drama. "),
    *("Kids & Family, ", "NTRC ", "NYC ", "S100 ", "Shannon airport ", "Loss Adjuster ", "The Secretariat ", ". "),
    *("Mark Lee said ", "Grace Kitchen, ", "Hannah and ", "Olumide ", "Mr ", "Dr. ", "Co. ", "Co ", "Hi Ann,\n", "\n"),
)


class _Forgetful(dict[Any, Any]):
    """A decision cache that never answers: every span is decided where it stands."""

    def get(self, key: Any, default: Any = None) -> Any:
        return default


def _mixes() -> list[str]:
    rng = random.Random(20)
    return ["".join(rng.choice(_UNITS) for _ in range(rng.randint(20, 400))) for _ in range(60)]


def _dev_emails() -> list[str]:
    with _DEV.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    return texts + [t.lower() for t in texts]


@pytest.fixture(scope="module")
def finder() -> NameFinder:
    return NameFinder()


@pytest.mark.parametrize("texts", [_mixes, hostile_texts, _dev_emails], ids=["mixes", "hostile", "dev e-mails"])
def test_windows_decided_once_give_the_spans_of_deciding_each_span(
    texts: Any, finder: NameFinder, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = texts()
    remembered = [finder.find(t) for t in cases]
    monkeypatch.setattr(memo, "Decided", _Forgetful)
    fresh = [finder.find(t) for t in cases]
    assert remembered == fresh
    assert sum(map(len, remembered)) > 100  # the texts name people and places


def test_the_mixes_repeat_windows_beside_other_neighbours(finder: NameFinder) -> None:
    """The check above means something: in the mixes, one window of `not_names` is met with other spans before it."""
    seen: dict[tuple[object, ...], set[object]] = {}
    real = context._person_kind

    def spy(p: Any, first: int, last: int, done: list[Any], starts: dict[int, Any]) -> tuple[str, bool]:
        window = tuple(p.words[max(0, first - 3) : last + 3])
        seen.setdefault(window, set()).add(done[-1][1] - first if done else None)
        return real(p, first, last, done, starts)

    mp = pytest.MonkeyPatch()
    mp.setattr(context, "_person_kind", spy)
    mp.setattr(memo, "Decided", _Forgetful)
    try:
        for text in _mixes():
            finder.find(text)
    finally:
        mp.undo()
    assert any(len(before) > 1 for before in seen.values())


def test_covered_tokens_of_spans() -> None:
    assert covered([(0, 0, "PER"), (2, 4, "LOC"), (9, 9, "PER", 3)]) == {0, 2, 3, 4, 9}
    assert covered([(5, 3, "PER"), (7, 7, "LOC")]) == {7}  # a span whose last token comes before its first: none
    assert covered(iter([(1, 2)])) == {1, 2}
    assert covered([]) == set()


def test_a_window_met_again_after_other_spans_is_decided_again() -> None:
    """ "Amman, Tbilisi": a listed place after a comma and a place is a place; the same words after no place
    stay what the tagger said. The two windows are the same tokens, so the span before must be part of the key."""
    from guardrails_lite.validators.pii._names.features import facts_of, prepare
    from guardrails_lite.validators.pii._names.lexicon import lexicon
    from guardrails_lite.validators.pii._names.tokens import tokenize

    p = prepare(tokenize("so Amman , Tbilisi . so Amman , Tbilisi . so"), facts_of(lexicon()))
    assert p.words[3] == p.words[8] == "Tbilisi" and p.words[0:6] == p.words[5:11]
    spans = [(1, 1, "LOC", 0), (3, 3, "PER", 1), (8, 8, "PER", 2)]
    assert context.not_names(p, spans, set()) == [(1, 1, "LOC", 0), (3, 3, "LOC", 1), (8, 8, "PER", 2)]
