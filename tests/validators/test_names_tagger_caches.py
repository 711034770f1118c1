"""The tagger sums each distinct context once (`Tagger._contexts`) and decodes with caches per context and per
summed score (`Tagger.tag`: the best label and its confidence of each distinct sum, computed once). Both must give
what scoring each candidate where it stands gives: its feature strings (`features.features`, as the training script
builds them) summed, the best label after the label chosen before it, entities grown as the decoder's rules say.
Checked on varied text (new names on every line, line breaks, particles, lower-case places, multi-word places,
sentence starts), and on the dev e-mails and the hostile mixes of the names identity test."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import pytest

from guardrails_lite.validators.pii._names.features import LABELS, Prepared, facts_of, features, prepare
from guardrails_lite.validators.pii._names.lexicon import lexicon
from guardrails_lite.validators.pii._names.tagger import Tagger, tagger
from guardrails_lite.validators.pii._names.tokens import NEWLINE, tokenize
from tests.validators.names_identity import hostile_texts

_DEV = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "pii_names_dev_emails.jsonl"
_GIVEN = "Ann Bob Maria Wei Ola Priya Tom Jana Luis Kofi Emma Raj Sven Yuki Omar Lena".split()
_PIECES = (
    *("Hi {n},\n", "Dear Dr. {n} {n},\n", "{n} {n}, ", "{n} Co. ", "From: {n} <{l}@corp.example>\n", "Mr {n} "),
    *("flew from Paris to New York with {n} van der {n}. ", "the Bank of America office in berlin ", "\n\n"),
    *("Will you ask {n} at Initech GmbH? ", "{n} de Vries said ", "Best,\n{n}\n", "in france and kerala, ", "- "),
    *("Ludwig van Beethoven Street ", "Sao Paulo ", "Thanks, {n}.\n", "> {n} wrote:\n", "THE {N} REPORT ", "x "),
)


def _varied() -> list[str]:
    rng = random.Random(42)

    def name() -> str:
        return rng.choice(_GIVEN) + "".join(rng.choice("aeioulnrst") for _ in range(rng.randint(1, 4)))

    def piece() -> str:
        return rng.choice(_PIECES).replace("{n}", "{}").replace("{l}", "{}").replace("{N}", "{}")

    texts = []
    for _ in range(40):
        parts = []
        for _ in range(rng.randint(5, 120)):
            unit = piece()
            parts.append(unit.format(*(name() for _ in range(unit.count("{}")))))
        texts.append("".join(parts))
    return texts


def _dev_and_hostile() -> list[str]:
    with _DEV.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    return texts + [t[:4000] for t in hostile_texts()]


def _reference_tag(model: Tagger, p: Prepared) -> list[tuple[int, int, str, float]]:
    """Greedy decoding written out one candidate at a time from the feature strings (no cache, no packing)."""
    kinds = ("", "PER", "PER", "LOC", "LOC", "ORG", "ORG")
    out: list[tuple[int, int, str, float]] = []
    entity: list[object] | None = None  # [start, stop, kind, least confidence]
    prev, last = 0, -2
    for i in p.cands:
        k = i - sum(1 for nl in p.newlines if nl < i)  # place among the tokens without line breaks
        if k != last + 1:
            prev = 0
        last = k
        s = model.summed(features(p, i, LABELS[prev]))
        top = max(s)
        label = s.index(top)
        conf = 0.0 if not label else 1.0 / sum([math.exp((x - top) / model.scale) for x in s])
        inside = bool(label) and label % 2 == 0
        if inside and kinds[prev] != kinds[label]:
            label, inside = label - 1, False
        if not label:
            if entity is not None:
                out.append(tuple(entity))  # type: ignore[arg-type]
                entity = None
            prev = 0
            continue
        if inside and entity is not None:
            entity[1] = i
            entity[3] = min(entity[3], conf)  # type: ignore[type-var]
        else:
            if entity is not None:
                out.append(tuple(entity))  # type: ignore[arg-type]
            entity = [i, i, kinds[label], conf]
        prev = label
    if entity is not None:
        out.append(tuple(entity))  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize("texts", [_varied, _dev_and_hostile], ids=["varied names", "dev e-mails and hostile"])
def test_cached_contexts_and_decoding_agree_with_scoring_each_candidate(texts: object) -> None:
    model = tagger()
    facts = facts_of(lexicon())
    checked = entities = 0
    for text in texts():  # type: ignore[operator]
        p = prepare(tokenize(text), facts)
        for i, _, _, fast in model.scores(p):
            assert fast == model.summed(features(p, i, "O")), (text[:80], p.words[i])
            checked += 1
        got = model.tag(p)
        assert got == _reference_tag(model, p), text[:80]
        entities += len(got)
    assert checked > 2000 and entities > 500


def test_the_varied_texts_hold_what_the_caches_read() -> None:
    """The check above means something: line breaks between neighbours, particles, candidates that open a line,
    multi-word places and lines of every length cap occur, and many words are new (distinct names)."""
    facts = facts_of(lexicon())
    ps = [prepare(tokenize(t), facts) for t in _varied()]
    assert any(p.particles for p in ps)
    assert any(p.phrase for p in ps)
    assert any(p.newlines and p.words[p.newlines[0] + 1 :][:1] != [NEWLINE] for p in ps)
    assert {min(n, 5) for p in ps for n in p.line_len.values()} == {1, 2, 3, 4, 5}
    assert any(facts[p.words[i]].low in facts.lex.lower_places and p.words[i].islower() for p in ps for i in p.cands)
    words = [p.words[i] for p in ps for i in p.cands]
    assert len(set(words)) > len(words) / 4
