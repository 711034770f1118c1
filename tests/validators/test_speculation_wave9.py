"""speculation, wave 9: the rules' one named result type, and reports closed by a study as the finder."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.speculation._hit import RuleHit
from guardrails_lite.validators.speculation._kinds import kind_hits
from guardrails_lite.validators.speculation._opinion import opinion_hits
from guardrails_lite.validators.speculation._rules import general_hits
from tests.validators.conftest import build, check


def _lowers(sentence: str) -> tuple[list[str], list[bool]]:
    from guardrails_lite.text import word_tokens

    toks = word_tokens(sentence)
    return [w.lower() for w, _ in toks], [w[:1].isupper() for w, _ in toks]


@pytest.mark.parametrize(
    ("rules", "sentence"),
    [
        (kind_hits, "There is a real possibility that the data was copied."),
        (general_hits, "I reckon the vendor changed the terms."),
        (opinion_hits, "The new portal is clunky."),
    ],
)
def test_every_rule_family_returns_named_hits(rules: object, sentence: str) -> None:
    lowers, capitals = _lowers(sentence)
    hits = rules(lowers, capitals)  # type: ignore[operator]
    assert hits, sentence
    for hit in hits:
        assert isinstance(hit, RuleHit)
        assert hit.category in ("hedge", "attribution", "unverifiable", "opinion")
        assert 0 <= hit.start < hit.end <= len(lowers)


def test_rule_hit_fields_are_named() -> None:
    hit = RuleHit("hedge", 2, 4)
    assert (hit.category, hit.start, hit.end) == ("hedge", 2, 4)
    assert RuleHit._fields == ("category", "start", "end")


_FOUND_BY_A_STUDY = [
    "Many customers feel the new layout is confusing, the survey found.",
    "Most drivers think the new depot is too far out, an internal review found.",
    "Half the tenants feel the rent is unfair, the poll finds.",
]
_NOT_A_FINDER = [
    "The new layout is probably confusing, and never found.",
    "The missing invoices were presumably shredded, never to be found.",
]


@pytest.mark.parametrize("sentence", _FOUND_BY_A_STUDY)
def test_a_study_named_as_finder_reports_the_sentence(sentence: str) -> None:
    assert check(build({"use": "speculation"}), sentence).passed, sentence


@pytest.mark.parametrize("sentence", _NOT_A_FINDER)
def test_found_without_a_finder_is_no_report(sentence: str) -> None:
    assert not check(build({"use": "speculation"}), sentence).passed, sentence
