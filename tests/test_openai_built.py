"""`built` (the guarded replies' model builder) makes what pydantic's ``model_construct`` makes; `kept` keeps declared
fields only.

`built` sets up the SDK's plain models from a template of their defaults instead of pydantic's
field-by-field loop; the instance must be the same: its ``__dict__`` (values and order, which the
serializer follows), the fields counted as set, no extra fields, the JSON the gateway sends.
"""

from __future__ import annotations

from typing import Any

import pytest
from openai.types.chat import ChatCompletion, ChatCompletionMessage
from openai.types.chat.chat_completion import Choice
from openai.types.completion_usage import CompletionUsage
from openai.types.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from guardrails_lite.integrations.openai._fields import kept
from guardrails_lite.integrations.openai._side import built

CONSTRUCT: Any = BaseModel.model_construct.__func__  # type: ignore[attr-defined]


class Aliased(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    schema_: str | None = Field(default=None, alias="schema")
    tags: list[str] = Field(default_factory=list)


def state(model: BaseModel) -> tuple[Any, ...]:
    return (
        type(model),
        list(model.__dict__.items()),
        model.__pydantic_fields_set__,
        model.__pydantic_extra__,
        model.__pydantic_private__,
    )


MESSAGE = {"role": "assistant", "content": "hello", "refusal": None}
CASES: list[tuple[type[BaseModel], dict[str, Any]]] = [
    (ChatCompletionMessage, MESSAGE),
    (ChatCompletionMessage, {"content": None, "role": "assistant", "tool_calls": None, "function_call": None}),
    (Choice, {"index": 0, "finish_reason": "stop", "logprobs": None, "message": ChatCompletionMessage(**MESSAGE)}),
    (CompletionUsage, {"total_tokens": 3, "prompt_tokens": 1, "completion_tokens": 2}),
    (
        ChatCompletion,
        {
            "model": "m",
            "id": "c",
            "object": "chat.completion",
            "created": 1,
            "choices": [],
            "usage": None,
            "system_fingerprint": "fp",
        },
    ),
    # Not what `built` handles itself: an undeclared field, a required one missing, aliases and factories.
    (ChatCompletionMessage, {"role": "assistant", "content": "x", "reasoning": "undeclared"}),
    (Choice, {"index": 0, "finish_reason": "stop"}),
    (Aliased, {"schema": "s"}),
    (Aliased, {"schema_": "s", "tags": ["a"]}),
]


@pytest.mark.parametrize(("cls", "fields"), CASES)
def test_built_is_model_construct(cls: type[BaseModel], fields: dict[str, Any]) -> None:
    ours, theirs = built(cls, **fields), CONSTRUCT(cls, None, **fields)
    assert state(ours) == state(theirs)
    assert ours.model_dump_json(exclude_unset=True, by_alias=True) == theirs.model_dump_json(
        exclude_unset=True, by_alias=True
    )


def test_built_keeps_a_given_fields_set() -> None:
    model = built(ChatCompletionMessage, {"role"}, role="assistant", content="x")
    assert model.__pydantic_fields_set__ == {"role"}
    assert model.model_dump(exclude_unset=True) == {"role": "assistant"}


def test_built_orders_fields_as_declared_whatever_the_call_order() -> None:
    model = built(CompletionUsage, total_tokens=3, prompt_tokens=1, completion_tokens=2)
    assert model.model_dump_json() == (
        '{"completion_tokens":2,"prompt_tokens":1,"total_tokens":3,'
        '"completion_tokens_details":null,"prompt_tokens_details":null}'
    )


def passed(text: str | None, where: str) -> str | None:
    return text  # a policy with no checks: only the shape of an identifier decides


def test_kept_drops_undeclared_fields_at_every_depth() -> None:
    reply = ChatCompletion.model_validate(
        {
            "id": "c", "object": "chat.completion", "created": 1, "model": "m", "provider_note": "secret",
            "choices": [{"index": 0, "finish_reason": "stop", "junk": "secret",
                         "message": {"role": "assistant", "content": "hi", "reasoning_content": "secret"}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3, "cost_note": "secret"},
        }
    )  # fmt: skip
    assert "secret" in reply.model_dump_json()
    clean = kept(reply, passed)
    assert clean is not None and "secret" not in clean.model_dump_json()
    assert clean.id == "c" and clean.choices[0].finish_reason == "stop"
    assert clean.usage is not None and clean.usage.total_tokens == 3
    assert clean.choices[0].message.content is None  # the answer's text is the builders' to put back, checked
    # Every declared field counts as set (the SDK's construct marks them so), defaults included.
    assert clean.__pydantic_fields_set__ == set(ChatCompletion.model_fields)
    assert clean.choices[0].message.__pydantic_fields_set__ == set(ChatCompletionMessage.model_fields)


def test_kept_rebuilds_responses_models() -> None:
    reply = Response.model_validate(
        {
            "id": "r", "object": "response", "created_at": 1, "model": "m", "parallel_tool_calls": True,
            "tool_choice": "auto", "tools": [], "extra_thing": "secret",
            "output": [{"type": "message", "id": "m1", "role": "assistant", "status": "completed", "junk": "secret",
                        "content": [{"type": "output_text", "text": "hi", "annotations": []}]}],
        }
    )  # fmt: skip
    clean = kept(reply, passed)
    assert clean is not None and "secret" not in clean.model_dump_json()
    assert clean.output[0].id == "m1" and clean.tool_choice == "auto" and clean.output_text == ""


def test_kept_drops_undeclared_names_in_the_instance_dict() -> None:
    # Anything may set an attribute in a model's ``__dict__`` (a proxy, a subclass, a patched SDK):
    # only the declared fields pass, at every depth, and they are not moved into the extra fields either.
    reply = ChatCompletion.model_validate(
        {
            "id": "c", "object": "chat.completion", "created": 1, "model": "m",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}],
        }
    )  # fmt: skip
    reply.__dict__["smuggled"] = "secret-top"
    reply.choices[0].message.__dict__["smuggled"] = "secret-inner"
    clean = kept(reply, passed)
    assert clean is not None
    message = clean.choices[0].message
    for model in (clean, message):
        assert "smuggled" not in model.__dict__
        assert not model.__pydantic_extra__
    assert "secret" not in clean.model_dump_json()
    assert message.role == "assistant" and clean.id == "c"


def test_no_pydantic_attribute_newer_than_the_floor() -> None:
    # pyproject allows pydantic>=2.6; ``__pydantic_fields__`` only exists from 2.10, so reading it made
    # importing the openai integration (and the gateway) raise AttributeError on 2.6-2.9.
    # ``model_fields`` read on the class works on every 2.x.
    import pathlib
    import re

    import guardrails_lite

    root = pathlib.Path(guardrails_lite.__file__).parent
    read = re.compile(r"\.__pydantic_fields__\b|getattr\([^)]*__pydantic_fields__")
    users = [str(p.relative_to(root)) for p in root.rglob("*.py") if read.search(p.read_text())]
    assert users == []


def test_built_is_the_sdks_construct_for_the_objects_the_builders_make() -> None:
    """The reply builders make these with `built` instead of the SDK's ``model_construct`` (which walks each field's
    type again, ~50 us a model): from values that are already SDK objects both make the same instance."""
    from openai.types.chat.chat_completion_chunk import Choice as ChunkChoice
    from openai.types.chat.chat_completion_chunk import ChoiceDelta
    from openai.types.responses import ResponseOutputMessage, ResponseOutputRefusal, ResponseOutputText

    text = {"type": "output_text", "text": "hi", "annotations": []}
    message = {"id": "m1", "type": "message", "role": "assistant", "status": "completed"}
    cases: list[tuple[type[BaseModel], dict[str, Any]]] = [
        (ResponseOutputText, text),
        (ResponseOutputRefusal, {"type": "refusal", "refusal": "no"}),
        (ResponseOutputMessage, {**message, "content": [ResponseOutputText.construct(**text)]}),
        (ChunkChoice, {"index": 0, "delta": ChoiceDelta(content="x"), "finish_reason": None, "logprobs": None}),
        (
            Response,
            {
                "id": "r",
                "object": "response",
                "created_at": 1.0,
                "model": "m",
                "output": [],
                "tools": [],
                "parallel_tool_calls": True,
                "tool_choice": "auto",
                "usage": None,
                "metadata": None,
            },
        ),
    ]
    for cls, fields in cases:
        ours, sdk = built(cls, **fields), cls.model_construct(**fields)
        assert state(ours) == state(sdk), cls
        assert ours.to_json() == sdk.to_json() and ours.model_dump_json() == sdk.model_dump_json()
