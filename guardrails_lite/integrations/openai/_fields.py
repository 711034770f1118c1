"""The one rule for what of an upstream reply's objects reaches the caller (`kept`), whatever the API (Chat
Completions, Responses), plain or streamed, sync or async.

An allow-list, so a field or type a later ``openai`` version adds is dropped rather than passed:

- only the SDK classes of `_CLASSES` are kept (their fields walked); an object of any other class (annotations,
  audio, logprobs, reasoning summaries, tool definitions, prompt and text configuration echoed from the request,
  a future type) is dropped;
- numbers, booleans and None are kept (they cannot hold text);
- a string is kept only if it is one of the values its field's type lists (``Literal``: an enum such as ``role``,
  ``status`` or ``finish_reason``; the SDK does not enforce them, so ``finish_reason: "<a secret>"`` would pass);
  or if its field is a name the model chose (`_NAMES`: the tool or function it calls), shaped like an identifier
  and passed unchanged by the policy's checks (the `Check`, as for tool arguments); or if its field is one of the
  server's names for its own objects (`_IDS`: ids, call ids, the model's name, the system fingerprint) and it is
  shaped like one (`_ID_SHAPE`: at most 128 letters, digits and ``_ . : / -``, no ``//`` or ``:/``, no dotted host
  at the end or before a path, in a model's name none before a path: no spaces, markup, URLs, scheme-less links,
  ``@``, placeholders), or a reasoning item's ``encrypted_content``, base64 the provider reads back
  (`_OPAQUE_SHAPE`). These are not run through the policy: the model does not write them, and a check per
  identifier cost up to a millisecond per reply (PII recognizers on 48 hex digits); an identifier-shaped value of a
  hostile server passes (SECURITY.md, upstream server);
- every other string is dropped: instructions, metadata and every other request field echoed by the server,
  error messages, the text of the answer, refusals and tool arguments (the reply builders put those back as
  the policy's checks let them out).

A dropped field becomes None, or ``[]`` / ``""`` where its type admits neither None nor the other.
"""

from __future__ import annotations

import functools
import re
import types
import typing
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from pydantic import BaseModel

from guardrails_lite.integrations.openai._side import built

__all__ = ["Check", "kept", "kept_fields"]

M = TypeVar("M")
#: The policy's check of one piece of model text outside the answer (`SideText`): its text as let out, or None.
Check = Callable[[str | None, str], str | None]

#: Names the model chose (the tool or function it calls): kept when shaped like an identifier and passed unchanged
#: by the policy's checks.
_NAMES = frozenset({"name"})
#: The server's names for its own objects: kept when shaped like an identifier (not checked by the policy).
_IDS = frozenset({"id", "item_id", "call_id", "model", "system_fingerprint"})
# ":" and "/" are in model names ("ft:gpt-4o:org::id", "accounts/x/models/y"); "//" and ":/" only in URLs
# (review r14a L2).
_ID_SHAPE = re.compile(r"\A[A-Za-z0-9](?:[A-Za-z0-9_.-]|:(?!/)|/(?!/)){0,127}\Z")
# A dotted host ending the value or followed by a path ("evil.co", "evil.example/x", "https:evil.example/x"):
# chat apps and linkify render it as a link (review r15a L2). The model's name keeps file-name endings
# ("llama-2-7b.Q4_K_M.gguf", as local OpenAI-compatible servers report it): only a host with a path is refused there.
# (A port may follow the host, and an IDN top-level domain is written "xn--...": review r15b L3.)
_HOST = r"\.(?:[A-Za-z]{2,}+|[Xx][Nn]--[A-Za-z0-9-]++)(?::\d++)?+"
_HOST_END = re.compile(_HOST + r"(?:/|\Z)")
_HOST_PATH = re.compile(_HOST + "/")
#: Opaque data the provider reads back: kept when base64 (standard or URL-safe).
_OPAQUE = frozenset({"encrypted_content"})
_OPAQUE_SHAPE = re.compile(r"[A-Za-z0-9+/_-]*={0,2}\Z")

#: The SDK classes whose objects are kept, by module (under ``openai.types``) and name.
_CLASSES = frozenset(
    f"{module}.{name}"
    for module, names in {
        "chat.chat_completion": "ChatCompletion Choice",
        "chat.chat_completion_message": "ChatCompletionMessage FunctionCall",
        "chat.chat_completion_message_tool_call": "ChatCompletionMessageToolCall Function",  # openai < 1.99
        "chat.chat_completion_message_function_tool_call": "ChatCompletionMessageFunctionToolCall Function",
        "chat.chat_completion_message_custom_tool_call": "ChatCompletionMessageCustomToolCall Custom",
        "chat.chat_completion_chunk": "ChatCompletionChunk Choice ChoiceDelta ChoiceDeltaToolCall "
        "ChoiceDeltaToolCallFunction ChoiceDeltaFunctionCall",
        "completion_usage": "CompletionUsage CompletionTokensDetails PromptTokensDetails",
        "responses.response": "Response IncompleteDetails",
        "responses.response_error": "ResponseError",
        "responses.response_usage": "ResponseUsage InputTokensDetails OutputTokensDetails",
        "responses.response_output_message": "ResponseOutputMessage",
        "responses.response_output_text": "ResponseOutputText",
        "responses.response_output_refusal": "ResponseOutputRefusal",
        "responses.response_function_tool_call": "ResponseFunctionToolCall",
        "responses.response_custom_tool_call": "ResponseCustomToolCall",
        "responses.response_reasoning_item": "ResponseReasoningItem",
        "responses.tool_choice_function": "ToolChoiceFunction",
        "responses.tool_choice_custom": "ToolChoiceCustom",
        "responses.tool_choice_types": "ToolChoiceTypes",
        **{
            f"responses.response_{event}_event": "".join(p.title() for p in f"response_{event}_event".split("_"))
            for event in (
                "created in_progress queued completed incomplete output_item_added output_item_done "
                "content_part_added content_part_done refusal_delta refusal_done function_call_arguments_delta "
                "function_call_arguments_done custom_tool_call_input_delta custom_tool_call_input_done"
            ).split()
        },
        "responses.response_text_delta_event": "ResponseTextDeltaEvent",
        "responses.response_text_done_event": "ResponseTextDoneEvent",
    }.items()
    for name in names.split()
)


def kept(value: M, check: Check, where: str = "") -> M | None:
    """`value`, an SDK object (or a list of them), as the caller may get it (see the module docstring): None if it
    is dropped (an item of a list that is dropped is left out). `where` names it in findings."""
    if isinstance(value, list):
        return [k for v in value if (k := kept(v, check, where)) is not None]  # type: ignore[return-value]
    if isinstance(value, BaseModel):
        fields = kept_fields(value, check, where)
        return None if fields is None else built(type(value), **fields)
    return None


def kept_fields(
    value: BaseModel, check: Check, where: str = "", skip: frozenset[str] = frozenset()
) -> dict[str, Any] | None:
    """The fields of `value` as `kept` keeps them (every declared field but `skip`, dropped ones empty), or None when
    objects of its class are dropped."""
    rules = _rules(type(value))
    if rules is None:
        return None
    out: dict[str, Any] = {}
    for name, v in value.__dict__.items():  # anything may set a name there: only declared fields pass
        rule = rules.get(name)
        if rule is not None and name not in skip:
            got = _field(rule, name, v, check, f"{where}.{name}" if where else name)
            out[name] = rule.empty if got is _DROP else got
    for name, rule in rules.items():
        if name not in skip:
            out.setdefault(name, rule.empty)
    return out


def _field(rule: _Rule, name: str, value: Any, check: Check, where: str) -> Any:
    """`value` of the field `name` as kept, or `_DROP`."""
    if isinstance(value, list) != rule.listed and value is not None:
        return _DROP  # a list where the type has none, or the reverse: not what the SDK builds from a reply
    if isinstance(value, list):
        items = (_value(rule, name, v, check, where) for v in value)
        return [v for v in items if v is not _DROP]
    return _value(rule, name, value, check, where)


def _value(rule: _Rule, name: str, value: Any, check: Check, where: str) -> Any:
    """One value (not a list) of the field `name` as kept, or `_DROP`."""
    kind = type(value)
    if kind is str:
        return _string(rule, name, value, check, where)
    if kind in _SCALARS:
        return value
    if isinstance(value, BaseModel):
        got = kept(value, check, where)
        return _DROP if got is None else got
    return _DROP  # dicts (metadata, schemas), lists in lists and anything else


def _id_shaped(name: str, value: str) -> bool:
    if not _ID_SHAPE.match(value):
        return False
    return not (_HOST_PATH if name == "model" else _HOST_END).search(value)


def _string(rule: _Rule, name: str, value: str, check: Check, where: str) -> Any:
    if value in rule.literals:
        return value
    if name in _IDS:
        return value if _id_shaped(name, value) else _DROP
    if name in _NAMES:
        return value if _id_shaped(name, value) and check(value, where) == value else _DROP
    if name in _OPAQUE:
        return value if _OPAQUE_SHAPE.match(value) else _DROP
    return _DROP


class _Rule(NamedTuple):
    """A declared field: the strings its type lists (``Literal``), its value when dropped, whether it holds a list."""

    literals: frozenset[str]
    empty: Any
    listed: bool


_SCALARS = frozenset({int, float, bool, type(None)})
_DROP: Any = object()


@functools.cache
def _rules(cls: type[BaseModel]) -> dict[str, _Rule] | None:
    """The rules of `cls`'s declared fields, or None when its objects are not kept (not in `_CLASSES`).
    ``model_fields`` read on the class: every pydantic 2.x has it."""
    name = f"{cls.__module__.removeprefix('openai.types.')}.{cls.__qualname__}"
    if name not in _CLASSES:
        return None
    return {
        f: _Rule(frozenset(_literals(i.annotation)), _empty(i.annotation), list in _origins(i.annotation))
        for f, i in cls.model_fields.items()
    }


def _literals(annotation: Any) -> set[str]:
    """Every string a ``Literal`` anywhere in `annotation` lists (through unions, lists, ``Annotated``)."""
    if typing.get_origin(annotation) is typing.Literal:
        return {a for a in typing.get_args(annotation) if type(a) is str}
    out: set[str] = set()
    for arg in typing.get_args(annotation):
        out |= _literals(arg)
    return out


def _origins(annotation: Any) -> set[Any]:
    """The types a field's value may have at its top: ``Optional[List[X]]`` -> {list, NoneType}."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return {o for a in typing.get_args(annotation) for o in _origins(a)}
    if typing.get_origin(annotation) is typing.Annotated:
        return _origins(typing.get_args(annotation)[0])
    return {typing.get_origin(annotation) or annotation}


def _empty(annotation: Any) -> Any:
    """A dropped field's value: None if its type admits it, else an empty list or string, else None."""
    origins = _origins(annotation)
    if type(None) in origins:
        return None
    if list in origins:
        return []
    return "" if str in origins else None
