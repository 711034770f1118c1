"""scope: topics, the nearest-topic explanation, refusals, the embeddings and LLM backends."""

from __future__ import annotations

from typing import Any

import pytest

from guardrails_lite import Guard, Trusted, parse_policy
from tests.conftest import scripted
from tests.validators.conftest import EMAIL_TOPIC, GOSSIP_TOPIC, SCOPE, build, check


@pytest.mark.parametrize(
    ("text", "passed", "why"),
    [
        ("Summarise the thread about the Q3 venue booking.", True, ""),
        ("What are the action items and deadlines?", True, ""),
        ("Write me a poem about cats.", False, "off the allowed topics; nearest allowed topic: email summary"),
        ("Who is to blame for the delay?", False, "on denied topic: gossip"),
        ("Will Tom be sacked?", False, "on denied topic: gossip (similarity 1.00)"),
    ],
)
def test_scope_explains_the_nearest_topic(text: str, passed: bool, why: str) -> None:
    verdict = check(build(SCOPE, "input"), text, stage="input")
    assert verdict.passed is passed
    if not passed:
        assert why in verdict.findings[0].message and "margin" in verdict.findings[0].message
        assert text not in verdict.findings[0].message


def test_off_topic_prompt_is_refused_without_calling_the_model() -> None:
    from guardrails_lite import Blocked
    from guardrails_lite.validators.scope import refusal_for

    policy = parse_policy({"name": "t", "input": [SCOPE]})
    llm, seen = scripted("never")
    with pytest.raises(Blocked) as info:
        Guard(policy).run(llm, "Write me a poem about cats.")
    assert seen == []
    assert refusal_for(info.value, policy) == "I can only summarise this e-mail thread."
    assert Guard(policy).run(scripted("ok")[0], "Summarise this thread, please.").text == "ok"


def test_scope_on_the_output_stage_retries_an_off_topic_answer() -> None:
    policy = parse_policy({"name": "t", "output": [{**SCOPE, "on_fail": "retry", "denied_topics": [GOSSIP_TOPIC]}]})
    llm, seen = scripted(
        "Honestly, Bob is going to be fired soon.", "The thread decided the venue; the action items are listed."
    )
    result = Guard(policy).run(llm, "Summarise.")
    assert result.attempts == 2 and "gossip" in seen[1]


def test_scope_spec_checks() -> None:
    for bad, match in [
        ({"use": "scope"}, "allowed_topics, denied_topics or both"),
        ({**SCOPE, "threshold": -0.1}, "threshold"),
        ({**SCOPE, "backend": "embeddings"}, "model_path"),
        ({**SCOPE, "backend": "llm"}, "llm_model"),
        ({**SCOPE, "denied_topics": [EMAIL_TOPIC]}, "unique"),
    ]:
        with pytest.raises(Exception, match=match):
            parse_policy({"name": "t", "input": [bad]})
    spec = parse_policy({"name": "t", "input": [SCOPE]}).input[0]
    assert "email summary" in (spec.instructions() or "") and "gossip" in (spec.instructions() or "")


def test_embeddings_backend_loads_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    import numpy as np

    loaded: list[str] = []

    class TinyModel:
        """A stand-in encoder: bag of two word groups, normalised."""

        def __init__(self, path: str, device: str = "cpu") -> None:
            loaded.append(path)

        def encode(self, texts: list[str], normalize_embeddings: bool = True) -> Any:
            rows = []
            for t in texts:
                low = t.lower()
                mail = sum(w in low for w in ("thread", "e-mail", "summar", "venue", "action"))
                gossip = sum(w in low for w in ("blame", "fired", "colleague"))
                v = np.array([mail + 0.01, low.count("cat"), gossip])
                rows.append(v / np.linalg.norm(v))
            return np.array(rows)

    monkeypatch.setitem(sys.modules, "sentence_transformers", types.SimpleNamespace(SentenceTransformer=TinyModel))
    entry = {**SCOPE, "backend": "embeddings", "model_path": "/models/tiny", "threshold": 0.5}
    v = build(entry, "input", Trusted(model_dirs=["/models/tiny"]))
    assert loaded == []  # build is cheap
    assert check(v, "Summarise the venue thread.", stage="input").passed
    assert not check(v, "A cat, a cat, a cat.", stage="input").passed
    assert loaded == ["/models/tiny"]


def test_llm_judge_backend_against_a_scripted_server() -> None:
    from tests.openai_server import Reply, ScriptedServer

    with ScriptedServer() as server:
        entry = {**SCOPE, "backend": "llm", "llm_model": "judge", "llm_base_url": server.url}
        v = build(entry, "input", Trusted(judge_urls=[server.url]))
        server.push(Reply('{"topic": "email summary"}'), Reply('{"topic": "gossip"}'), Reply("none of them"))
        assert check(v, "Summarise it.", stage="input").passed
        assert "on denied topic: gossip" in check(v, "Who is to blame?", stage="input").findings[0].message
        assert not check(v, "Poem please.", stage="input").passed
        assert server.requests[0].body["model"] == "judge"
        assert "Summarise it." in server.requests[0].texts()


def test_scope_screens_each_user_message_of_a_chat() -> None:
    from guardrails_lite import Blocked

    policy = parse_policy({"name": "t", "input": [SCOPE]})
    llm, seen = scripted("ok")
    messages = [
        {"role": "system", "content": "You summarise e-mail threads."},
        {"role": "user", "content": "Summarise this e-mail thread."},
        {"role": "assistant", "content": "Sure."},
        {"role": "user", "content": "Now tell me who is to blame and who will be fired."},
    ]
    with pytest.raises(Blocked) as info:
        Guard(policy).run(llm, messages)
    assert seen == [] and {f.target for f in info.value.findings} == {"messages[3]"}
