"""`_support.support` judges candidate cores best-first and stops early; it must choose what a plain scan of
every candidate in source order chooses (issue 17: speed work, output-identical).

The plain scan below is the algorithm as it was before the shortcut: every candidate judged in full, the
nearest fact the first of highest coverage on its own, the best supported core the first of highest
(coverage alone, coverage with bridges), else the first unsupported one of highest coverage; when the
nearest fact contradicts a core that borrows from the thread (a name or figure of another sentence, or a figure
only the thread's arithmetic gives: wave 16), the best core that borrows nothing, if it is as close to the claim
on its own. Every claim of
every answer sentence of the project's grounding sets is compared, with both option sets the policies use.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from guardrails_lite.validators.grounding import _support
from guardrails_lite.validators.grounding._claims import make_claim, split_claims, strip_report
from guardrails_lite.validators.grounding._facts import Digest, Fact
from guardrails_lite.validators.grounding._validator import Sources
from guardrails_lite.validators.grounding._words import tokens
from guardrails_lite.verdict import Document
from tests.validators.output_identity import DATA, _grounding_cases, grounding_sets


def _plain(claim: _support.Claim, dig: Digest, opts: _support.Options) -> _support.Support:
    best = _support.Support(False, None, -1.0, _support.NO_WORDS)
    if not claim.words and not claim.quants:
        return _support.Support(True, None, 1.0, "")
    if opts.entities and len(claim.quants) > _support.MAX_FIGURES:
        return _support.Support(False, None, 0.0, _support.TOO_MANY_FIGURES)
    own = dig.candidates(claim.words) if claim.words else []
    thread = _support.Thread(claim, own, dig)
    nearest = _support.Support(False, None, -1.0, _support.NO_WORDS)
    rank = plain_rank = (-1.0, -1.0)
    plain = best
    for f in own if claim.words and opts.coverage > 0 else dig.facts:
        held = _support._held(claim, f) if claim.negated else frozenset()
        alone = _support._coverage(claim.words, f, (), held)
        bridges: list[Fact] = []
        problem, cov = _support._mismatch(claim, f, thread, opts, bridges, held, alone)
        if alone > nearest.coverage:
            nearest = _support.Support(not problem, f, alone, problem)
        if not problem:
            if not bridges and id(f) not in thread.derived and (alone, cov) > plain_rank:
                plain, plain_rank = _support.Support(True, f, cov, ""), (alone, cov)
            if not best.ok or (alone, cov) > rank:
                best, rank = _support.Support(True, f, cov, "", tuple(bridges)), (alone, cov)
        elif not best.ok and cov > best.coverage:
            best = _support.Support(False, f, cov, problem)
    borrows = best.ok and (bool(best.bridges) or id(best.fact) in thread.derived)
    if borrows and nearest.problem in _support.CONTRADICTIONS and nearest.coverage > rank[0]:
        if plain.ok and plain_rank[0] >= rank[0]:
            return plain
        return _support.Support(False, nearest.fact, nearest.coverage, nearest.problem)
    return best


OPTIONS = [_support.Options(), _support.Options(0.5, True, False), _support.Options(0.8, False, True)]


@pytest.mark.parametrize("path", grounding_sets(), ids=lambda p: Path(p).relative_to(DATA).as_posix())
def test_best_first_support_equals_the_plain_scan(path: Path) -> None:
    compared = 0
    for text, docs in _grounding_cases(path):
        dig = Sources([Document(t, n) for t, n in docs]).claims
        content = strip_report(tokens(text))[0]
        for part in split_claims(content):
            claim = make_claim(part, dig.proper)
            for opts in OPTIONS:
                fast, plain = _support.support(claim, dig, opts), _plain(claim, dig, opts)
                assert (fast.ok, fast.fact, fast.coverage, fast.problem, fast.bridges) == (
                    plain.ok,
                    plain.fact,
                    plain.coverage,
                    plain.problem,
                    plain.bridges,
                ), text
                compared += 1
    assert compared > 0
