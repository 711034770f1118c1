"""`scope`'s TF-IDF scores of a long text (wave 13 speed path) are the plain cosine's, to the last bit.

A text with at least as many terms as every topic text is scored from its term counts without building its unit
vector (`TfIdf.scores`); the plain computation (`TfIdf._short`: the text's unit vector, then the cosine over the
smaller side) must give the same floats. The plain cosine is also recomputed here from its definition.
"""

from __future__ import annotations

import math
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails_lite import Context
from guardrails_lite.validators.scope import TfIdf, Topic, _stems, _terms

TOPICS = [
    Topic(
        name="email summary",
        description="Summarising an e-mail thread; who wrote what, decisions, dates, deadlines and action items.",
        examples=["Summarise this e-mail thread.", "What did Dana say about the venue booking?"],
    ),
    Topic(
        name="gossip",
        description="Speculation about colleagues; who is to blame, their motives, feelings, whether someone is fired.",
        examples=["Who is to blame for the delay?", "Is Bob going to be fired?", "booking booking venue venue"],
    ),
]
WORDS = "venue booking deposit thread blame delay fired summary decision dates Dana Bob paid hall e-mail the of".split()


def _cosines(tfidf: TfIdf, text: str) -> list[float]:
    """The definition: the best cosine of the text's TF-IDF vector with each topic's texts (any summation order)."""
    counts = Counter(_terms(_stems(text)))
    vec = {t: (1.0 + math.log(c)) * tfidf.idf.get(t, tfidf.unknown) for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    out = [0.0] * tfidf.n_topics
    for i, topic_vec in tfidf.vectors:
        out[i] = max(out[i], sum(v / norm * topic_vec.get(t, 0.0) for t, v in vec.items()))
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=120))
def test_long_and_short_paths_give_the_same_floats(words: list[str]) -> None:
    tfidf = TfIdf(TOPICS)
    text = " ".join(words)
    fast = tfidf.scores(text, Context("output"))
    assert fast == tfidf._short(_stems(text))  # bit for bit: the speed path changes no verdict
    for a, b in zip(fast, _cosines(tfidf, text), strict=True):
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def test_a_long_answer_takes_the_count_path_and_matches_the_definition() -> None:
    tfidf = TfIdf(TOPICS)
    text = " ".join(WORDS * 6) + " Dana booked the venue and paid the deposit; the hall is fired up."
    assert len(Counter(_terms(_stems(text)))) >= tfidf.longest  # the count path is the one under test
    fast = tfidf.scores(text, Context("output"))
    assert fast == tfidf._short(_stems(text))
    for a, b in zip(fast, _cosines(tfidf, text), strict=True):
        assert math.isclose(a, b, rel_tol=1e-9)
    assert fast[1] > 0.0  # "blame", "delay", "fired" are in the answer: the gossip topic is scored, not skipped
