"""grounding keeps the digests of recent documents across calls: same verdicts, the right names, bounded."""

from __future__ import annotations

import pytest

from guardrails_lite import Context
from guardrails_lite.validators.grounding import _recent, clear_document_cache
from guardrails_lite.verdict import Document
from tests.validators.conftest import build

MAIL = "From: Dana Whitfield\nSubject: Venue\nI booked the Lakeside Hall for 12 September.\nDana"
WRONG = "Dana booked the Lakeside Hall for 14 September."


def _nearest(docs: tuple[Document, ...]) -> str:
    verdict = build({"use": "grounding"})(WRONG, Context("output", documents=docs))
    assert not verdict.passed
    return verdict.findings[0].message


def test_a_second_call_with_the_same_documents_gives_the_same_verdict_and_their_own_names() -> None:
    clear_document_cache()
    first = _nearest((Document(MAIL, "mail-a"),))
    assert _nearest((Document(MAIL, "mail-a"),)) == first
    assert first.endswith("mail-a")
    assert _nearest((Document(MAIL, "mail-b"),)).endswith("mail-b")  # same text, another name: not shared


def test_the_cache_is_bounded_and_skips_large_documents() -> None:
    clear_document_cache()
    for n in range(_recent.SIZE + 5):
        _nearest((Document(MAIL + f"\nRef {n}", "m"),))
    assert _recent.kept() == _recent.SIZE
    clear_document_cache()
    big = MAIL + "\nThe hall has a garden. " * (_recent.MAX_CHARS // 20)
    _nearest((Document(big, "m"),))
    assert _recent.kept() == 0


@pytest.mark.parametrize("filler", ["The hall costs 40 EUR on 3 May. ", "Dana paid 12 EUR for 3 days; it cost 9%. "])
def test_figure_checks_grow_linearly_with_the_documents(monkeypatch: pytest.MonkeyPatch, filler: str) -> None:
    """Comparisons of figures, counted (not timed): each candidate source sentence used to re-scan every
    figure of the thread, so twice the sentences cost four times the comparisons."""
    from guardrails_lite.validators.grounding import _numbers

    calls = [0]
    same = _numbers.same

    def counted(a: _numbers.Quantity, b: _numbers.Quantity) -> bool:
        calls[0] += 1
        return same(a, b)

    monkeypatch.setattr(_numbers, "same", counted)
    counts = []
    for n in (100, 200):
        clear_document_cache()
        calls[0] = 0
        _nearest((Document(MAIL + "\n" + filler * n, "m"),))
        counts.append(calls[0])
    assert counts[1] <= 2.5 * counts[0], counts


REPLY = "From: Tom Reed\nTo: Dana Whitfield\nSubject: Re: Venue\nThanks, I paid the 300 EUR deposit on 2 June.\nTom"
CLAIMS = (
    "Dana booked the Lakeside Hall for 12 September and Tom paid the 300 EUR deposit.",
    "Tom booked the Lakeside Hall for 14 September.",  # wrong doer and date: found through a kept reading too
    "Dana paid the 300 EUR deposit on 2 June.",
)


def _verdicts(docs: tuple[Document, ...]) -> list[tuple[bool, list[str]]]:
    check = build({"use": "grounding"})
    out = []
    for claim in CLAIMS:
        v = check(claim, Context("output", documents=docs))
        out.append((v.passed, [f.message for f in v.findings]))
    return out


def test_a_new_set_of_known_e_mails_gives_the_verdicts_of_e_mails_never_seen() -> None:
    """Each e-mail's reading is kept on its own (a thread grows by a reply): the reply read alone first, then in
    a thread with the first e-mail, judges as if nothing were kept (the reply's "To:" and the thread's names)."""
    thread = (Document(MAIL, "m1"), Document(REPLY, "m2"))
    clear_document_cache()
    unseen = _verdicts(thread)
    assert [passed for passed, _ in unseen] == [True, False, False]
    clear_document_cache()
    _verdicts((Document(REPLY, "m2"),))
    _verdicts((Document(MAIL, "m1"),))
    assert _recent.kept_texts()[0] == 2
    assert _verdicts(thread) == unseen


def test_the_readings_of_e_mails_are_bounded_by_their_characters() -> None:
    clear_document_cache()
    for n in range(300):
        _recent.per_text(f"{n} " * 200, len)  # 400-600 characters each
    count, chars = _recent.kept_texts()
    assert chars <= _recent.TEXT_CHARS and count < 300
    assert _recent.per_text("x" * (_recent.TEXT_CHARS // 4 + 1), len) == _recent.TEXT_CHARS // 4 + 1
    assert _recent.kept_texts()[0] == count  # too long to keep: read each time
    clear_document_cache(texts=False)
    assert _recent.kept_texts()[0] == count
    clear_document_cache()
    assert _recent.kept_texts() == (0, 0)
