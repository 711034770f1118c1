"""The shipped e-mail summariser policy through `Guard.run` (issue 16, item 7): citing is required, and
the sources list follows the summary a repair kept."""

from __future__ import annotations

import json
from pathlib import Path

from guardrails_lite import Guard, load_policy
from tests.conftest import scripted

ROOT = Path(__file__).resolve().parent.parent
GUARD = Guard(load_policy(ROOT / "policies" / "email-summary.yaml"))
ASK = [{"role": "user", "content": "Summarise the thread about the Q3 venue booking."}]
THREAD = [
    "From: Dana Whitfield\nSubject: Q3 offsite venue\n\nHi all, I booked the Lakeside Hall for 12 September. "
    "The deposit of 400 EUR is paid.\nDana",
    "From: Omar Haddad\nSubject: Re: Q3 offsite venue\n\nThanks Dana. The caterer confirmed lunch for 40 people.\nOmar",
]
KEPT = "Dana booked the Lakeside Hall for 12 September [email-1]."


def answer(summary: str, sources: list[str]) -> str:
    return json.dumps({"summary": summary, "confidence": 0.9, "sources": sources})


def test_the_sources_of_a_sentence_a_repair_dropped_are_dropped_too() -> None:
    invented = " The caterer charges 900 EUR for the dinner [email-2]."
    llm, seen = scripted(answer(KEPT + invented, ["email-1", "email-2"]))
    result = GUARD.run(llm, ASK, context=THREAD)
    assert json.loads(result.text) == {"summary": KEPT, "confidence": 0.9, "sources": ["email-1"]}
    assert result.action == "repair" and len(seen) == 1
    assert {"grounded_summary", "cited_sources"} <= {f.id for f in result.findings}


def test_an_empty_sources_list_is_re_asked() -> None:
    llm, seen = scripted(answer(KEPT, []), answer(KEPT, ["email-1"]))
    result = GUARD.run(llm, ASK, context=THREAD)
    assert json.loads(result.text)["sources"] == ["email-1"]
    assert (result.action, result.attempts, len(seen)) == ("retry", 2, 2)
    feedback = seen[1][-1]
    assert feedback["role"] == "user" and "sources" in feedback["content"]


def test_sources_the_summary_never_cites_are_removed() -> None:
    llm, _ = scripted(answer(KEPT, ["email-1", "email-2"]))
    result = GUARD.run(llm, ASK, context=THREAD)
    assert json.loads(result.text)["sources"] == ["email-1"]
    assert "cited_sources" in {f.id for f in result.findings}
