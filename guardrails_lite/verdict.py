"""What a validator sees (`Context`) and what it reports (`Verdict` made of `Finding`s).

A validator is any callable ``(text, ctx) -> Verdict``. It reports; the policy decides.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

Stage: TypeAlias = Literal["input", "output"]
Message: TypeAlias = Mapping[str, Any]
FindingKind: TypeAlias = Literal["detection", "error", "limit"]

__all__ = [
    "JUDGE_SCRUB",
    "BudgetExceeded",
    "Context",
    "ContextArg",
    "Document",
    "Finding",
    "Message",
    "Stage",
    "Validator",
    "Verdict",
    "as_documents",
    "check_budget",
    "check_deadline",
    "deadline_scope",
    "seconds_left",
]


class BudgetExceeded(TimeoutError):
    """The running entry's time budget ran out (raised by `check_deadline`).

    The pipeline turns it into the same error verdict as a validator that returned too late, so
    the entry's ``on_error`` decides (fail closed by default). Long loops raise it cooperatively
    instead of running on after the budget is spent: Python's `re` holds the GIL, so a validator
    that runs on stalls every other thread of the process too.
    """


def check_deadline(deadline: float | None) -> None:
    """Raise `BudgetExceeded` once `time.monotonic()` has passed `deadline` (None: no budget).

    Cheap (a clock read): call it once per candidate or per chunk in loops whose length the
    input decides.
    """
    if deadline is not None and time.monotonic() > deadline:
        raise BudgetExceeded("validator time budget exceeded")


# The running entry's deadline, for code too deep in a validator to be handed its `Context`.
_RUNNING_DEADLINE: ContextVar[float | None] = ContextVar("guardrails_lite_deadline", default=None)


@contextmanager
def deadline_scope(deadline: float | None) -> Iterator[None]:
    """Inside the block `check_budget()` checks `deadline` (the pipeline opens one around each entry)."""
    token = _RUNNING_DEADLINE.set(deadline)
    try:
        yield
    finally:
        _RUNNING_DEADLINE.reset(token)


def check_budget() -> None:
    """`check_deadline` against the running entry's deadline; nothing outside an entry (no budget).

    For loops in helpers a validator calls without passing its `Context` on: a scorer called once
    per sentence, a recognizer called once per candidate. Costs a context-variable read and a clock read.
    """
    check_deadline(_RUNNING_DEADLINE.get())


def seconds_left(deadline: float | None, cap: float) -> float:
    """Seconds until `deadline`, at most `cap` (a timeout for one bounded step such as a regex).

    Raises `BudgetExceeded` when none is left, so no step starts with a zero or negative timeout.
    """
    if deadline is None:
        return cap
    left = deadline - time.monotonic()
    if left <= 0:
        raise BudgetExceeded("validator time budget exceeded")
    return min(cap, left)


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a validator found.

    Validators fill `message` and whatever of `score`/`start`/`end`/`entity_type` they know; the
    pipeline stamps `validator` (the use-name), `id` (the policy entry id) and `target` (what text
    the offsets point into: ``"prompt"``, ``"messages[2]"``, ``"context[0]"``, ``"answer"``,
    ``"answer.summary"``). `kind` is ``"error"`` when the validator crashed or ran out of time and
    ``"limit"`` when an input exceeded a policy limit; such findings are not detections.
    `message` must never quote the inspected text (it is logged and shown).
    """

    message: str
    score: float | None = None
    start: int | None = None
    end: int | None = None
    entity_type: str | None = None
    validator: str = ""
    id: str = ""
    kind: FindingKind = "detection"
    target: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "validator": self.validator,
            "id": self.id,
            "message": self.message,
            "score": self.score,
            "start": self.start,
            "end": self.end,
            "entity_type": self.entity_type,
            "kind": self.kind,
            "target": self.target,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """A validator's report: `passed`, its `findings` and, if it can fix the text, `repaired`.

    A passed verdict may also carry `repaired`: a normalised text that is taken without any
    action (e.g. JSON lifted out of a markdown fence).
    """

    passed: bool
    findings: tuple[Finding, ...] = ()
    repaired: str | None = None

    @classmethod
    def ok(cls) -> Verdict:
        return _PASS

    @classmethod
    def fail(cls, *findings: Finding, repaired: str | None = None) -> Verdict:
        return cls(False, findings, repaired)


_PASS = Verdict(True)


@dataclass(frozen=True, slots=True)
class Document:
    """An untrusted context document (retrieved passage, e-mail, tool result)."""

    text: str
    name: str | None = None

    def target(self, index: int) -> str:
        """How findings name this document: its name, else ``context[index]``."""
        return f"context[{index}]" if self.name is None else self.name

    def __repr__(self) -> str:  # its size only: reprs reach logs and error reports (review r17 L5)
        return f"Document(<{len(self.text)} chars>, name={self.name!r})"


#: Untrusted documents as callers pass them: one text or `Document`, a mapping of name to text, or a
#: sequence of texts, `Document`s and ``{"text": ..., "name": ...}`` objects (as in case files and JSON).
ContextArg: TypeAlias = "str | Document | Mapping[str, str] | Sequence[str | Document | Mapping[str, Any]] | None"


def as_documents(context: ContextArg) -> list[Document]:
    """The documents in `context` (see `ContextArg`).

    Raises `TypeError` for anything else: a document read as something it is not (``{"page_content": ...}`` as "",
    bytes as their repr) would be screened empty and pass while the application sends the real one (review r16a M4).
    """
    if context is None:
        return []
    if isinstance(context, (str, Document)):
        return [Document(context) if isinstance(context, str) else context]
    if isinstance(context, Mapping):
        return [_document({"text": text, "name": name}, f"context[{name!r}]") for name, text in context.items()]
    if isinstance(context, (bytes, bytearray)) or not isinstance(context, Sequence):
        raise TypeError(f"context: {_SHAPE}; got {type(context).__name__}")
    return [_document(item, f"context[{i}]") for i, item in enumerate(context)]


_SHAPE = "a document is a str, a Document or {'text': str, 'name': str}"


def _document(item: object, where: str) -> Document:
    """A number stands for its digits (hostile JSON: text, never a crash); a mapping needs its ``text``."""
    if isinstance(item, Document):
        return item
    if isinstance(item, Mapping) and "text" in item and set(item) <= {"text", "name"}:
        text, name = item["text"], item.get("name")
        if _plain(text) and (name is None or _plain(name)):
            return Document(str(text), None if name is None else str(name))
    elif _plain(item):
        return Document(str(item))
    raise TypeError(f"{where}: {_SHAPE}; got {type(item).__name__}")


def _plain(value: object) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


#: `Context.state` key of the policy's own PII scrubber (its first input `pii` entry, a ``str -> str``), set by the
#: pipeline for LLM judges, which run before `pii` does.
JUDGE_SCRUB = "guardrails_lite.judge_scrub"


@dataclass(slots=True)
class Context:
    """Everything a validator may look at besides the text itself.

    `state` is scratch space for one guarded call, shared by its input and output stages (the PII
    vault lives there). It is never logged. Key it by the validator's entry id.
    """

    stage: Stage
    messages: Sequence[Message] = ()
    documents: Sequence[Document] = ()
    metadata: Mapping[str, Any] = field(default_factory=dict)
    state: dict[str, Any] = field(default_factory=dict)
    target: str = ""
    entry_id: str = ""
    #: `time.monotonic()` by which the running entry's time budget ends (set by the pipeline before each
    #: entry; None outside one). Validators that wait on I/O (LLM judges) keep their timeouts inside it;
    #: long loops call `check_deadline(ctx.deadline)` and stop with `BudgetExceeded` once it has passed.
    deadline: float | None = None

    def __repr__(self) -> str:
        # Sizes only: every validator gets a Context, so a crashing validator's traceback with locals, or a
        # debugger print, would show the messages, the documents and the PII vault in `state` (review r17 L5).
        return (
            f"Context(stage={self.stage!r}, target={self.target!r}, entry_id={self.entry_id!r}, "
            f"messages=<{len(self.messages)}>, documents=<{len(self.documents)}>, "
            f"metadata=<{len(self.metadata)} keys>, state=<{len(self.state)} keys>)"
        )


Validator: TypeAlias = Callable[[str, Context], Verdict]
