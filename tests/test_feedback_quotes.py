"""Review r16a L2: the re-ask quotes the span a check found only when its offsets point into the answer itself.

After an earlier output entry changed the text (here `pii` restoring a placeholder), the offsets point into the
changed text; quoting the raw answer by them named the wrong words, so re-asks fixed the wrong thing."""

from __future__ import annotations

from guardrails_lite import Guard, parse_policy
from tests.conftest import scripted

EMAIL = "jane.doe@corp-mail.com"
FORBIDDEN = {"use": "regex", "id": "forbidden", "patterns": ["forbidden-word"], "on_fail": "retry"}


def reask_of(policy: object, answers: tuple[str, ...], prompt: str) -> str:
    llm, seen = scripted(*answers)
    Guard(policy).run(llm, [{"role": "user", "content": prompt}])  # type: ignore[arg-type]
    return str(seen[1][-1]["content"])


def test_no_quote_from_offsets_into_a_restored_text() -> None:
    policy = parse_policy(
        {
            "name": "f",
            "input": [{"use": "pii", "operator": "pseudonymise", "on_fail": "repair"}],
            "output": [{"use": "pii", "restore": True, "on_fail": "repair"}, FORBIDDEN],
            "max_retries": 1,
        }
    )
    feedback = reask_of(policy, ("Mail <EMAIL_ADDRESS_1> about the forbidden-word here.", "Fine."), f"I am {EMAIL}.")
    assert "- forbidden: text matches a denied pattern" in feedback
    line = next(x for x in feedback.splitlines() if x.startswith("- forbidden"))
    assert '"' not in line  # no quote at all rather than the wrong words
    assert EMAIL not in feedback


def test_quotes_the_span_when_nothing_changed_before() -> None:
    policy = parse_policy({"name": "f", "output": [FORBIDDEN], "max_retries": 1})
    feedback = reask_of(policy, ("Mail them about the forbidden-word here.", "Fine."), "Hi.")
    assert '- forbidden: text matches a denied pattern (pattern 0): "forbidden-word"' in feedback
