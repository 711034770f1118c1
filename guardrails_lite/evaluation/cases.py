"""Evaluation cases as data: the `Case` model and the YAML / JSON Lines loaders.

A case file is YAML (a list of cases, or a mapping with a ``cases:`` list) or JSON Lines (one case
object per line; blank lines and ``#`` lines are skipped). A case::

    - id: invoice-injection            # unique
      prompt: Summarise this e-mail.   # screened on the input stage
      context: ["From: ...", {name: mail-2, text: "..."}]   # untrusted documents
      answer: '{"summary": "..."}'     # the model's answer; or answers: [first, after re-ask, ...]
      expect: block                    # allow | warn | repair | retry | block, or a list of acceptable ones
      fires: [prompt_injection]        # entry ids or use names that must detect something
      not_fires: [pii]                 # ... and that must not
      tags: [injection, indirect]

Outcomes are the guard's own `Action` vocabulary: what the guarded call did, its most severe
action. ``retry`` means the answer was rejected for a re-ask (if the script has no further answer
the case stops there; if all re-asks are rejected too it is still ``retry``, not ``block``);
``block`` means an entry with ``on_fail: block`` stopped the call. A case without an answer runs
the input stage only.

Every problem is a `CaseFileError` naming the file and the line (JSON Lines) or the case index,
its line and the field (YAML); nothing is silently skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Self

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from guardrails_lite.errors import GuardrailsError
from guardrails_lite.pipeline import Action
from guardrails_lite.verdict import Document, as_documents

__all__ = ["Case", "CaseFileError", "ContextDoc", "load_cases", "load_suite", "suite_names"]


class CaseFileError(GuardrailsError):
    """A case file that cannot be used. `problems` are (where, message) pairs, `where` like ``line 3``."""

    def __init__(self, source: str, problems: Sequence[tuple[str, str]]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__("\n".join(f"{source}: {w}: {m}" if w else f"{source}: {m}" for w, m in self.problems))


class ContextDoc(BaseModel):
    """An untrusted context document given with a case."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    name: str | None = None


class Case(BaseModel):
    """One evaluation case: what goes in, what the model answers, and what the policy should do.

    `expect` is one outcome or a list of acceptable ones. `fires` names validators (entry ids or
    ``use`` names) that must detect something in the case, `not_fires` ones that must not.
    `answers` scripts a model that answers differently on a re-ask; `answer` is the one-answer form.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    prompt: str | None = None
    answer: str | None = None
    answers: list[str] | None = Field(None, min_length=1)
    context: list[str | ContextDoc] = Field(default_factory=list)
    expect: list[Action] | None = None
    fires: list[str] = Field(default_factory=list)
    not_fires: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    note: str = ""

    @field_validator("expect", mode="before")
    @classmethod
    def _one_or_many(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v

    @field_validator("context", mode="before")
    @classmethod
    def _doc_or_docs(cls, v: Any) -> Any:
        return [v] if isinstance(v, (str, dict)) else v

    @model_validator(mode="after")
    def _complete(self) -> Self:
        if self.prompt is None and self.answer is None and not self.answers:
            raise ValueError("give a prompt, an answer or both")
        if self.answer is not None and self.answers:
            raise ValueError("give either answer or answers, not both")
        if not self.expect and not self.fires and not self.not_fires:
            raise ValueError("say what should happen: expect, fires or not_fires")
        both = set(self.fires) & set(self.not_fires)
        if both:
            raise ValueError(f"in both fires and not_fires: {', '.join(sorted(both))}")
        return self

    @property
    def scripted_answers(self) -> list[str]:
        if self.answers:
            return list(self.answers)
        return [self.answer] if self.answer is not None else []

    @property
    def documents(self) -> list[Document]:
        return as_documents([d if isinstance(d, str) else d.model_dump() for d in self.context])

    @property
    def label(self) -> bool | None:
        """True if the policy should act on this case (anything but allow, ``warn`` included), False if
        it should let it through untouched, None when unsaid or when both are acceptable."""
        if self.fires:
            return True
        if self.expect and "allow" not in self.expect:
            return True
        if self.expect and set(self.expect) == {"allow"}:
            return False
        return None


def _loc(loc: Iterable[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _errors(e: ValidationError) -> list[str]:
    msgs = []
    for err in e.errors():
        where = _loc(err["loc"])
        msg = "unknown key" if err["type"] == "extra_forbidden" else str(err["msg"]).removeprefix("Value error, ")
        msgs.append(f"{where}: {msg}" if where else msg)
    return msgs


def parse_cases(items: Sequence[Any], source: str, where: Sequence[str]) -> list[Case]:
    """Validate raw case objects; `where[i]` says where item i came from (``line 4``, ``case 2``)."""
    problems: list[tuple[str, str]] = []
    cases: list[Case] = []
    seen: dict[str, str] = {}
    for raw, here in zip(items, where, strict=True):
        if not isinstance(raw, dict):
            problems.append((here, f"a case must be a mapping, got {type(raw).__name__}"))
            continue
        try:
            case = Case.model_validate(raw)
        except ValidationError as e:
            label = f"{here} (id {raw['id']!r})" if isinstance(raw.get("id"), str) else here
            problems.extend((label, msg) for msg in _errors(e))
            continue
        if case.id in seen:
            problems.append((here, f"duplicate id {case.id!r} (first at {seen[case.id]})"))
            continue
        seen[case.id] = here
        cases.append(case)
    if problems:
        raise CaseFileError(source, problems)
    return cases


def _load_jsonl(text: str, source: str) -> list[Case]:
    items: list[Any] = []
    where: list[str] = []
    problems: list[tuple[str, str]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            items.append(json.loads(line))
        except (ValueError, RecursionError) as e:
            problems.append(
                (f"line {n}", f"not valid JSON ({e})" if isinstance(e, ValueError) else "nested too deeply")
            )
            continue
        where.append(f"line {n}")
    if problems:
        raise CaseFileError(source, problems)
    return parse_cases(items, source, where)


def _load_yaml(text: str, source: str) -> list[Case]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise CaseFileError(source, [("", f"not valid YAML: {e}")]) from None
    if isinstance(data, dict) and "cases" in data:
        extra = sorted(str(k) for k in set(data) - {"cases", "description"})
        if extra:
            raise CaseFileError(source, [(k, "unknown key (a case file has 'cases' and 'description')") for k in extra])
        data = data["cases"]
    if not isinstance(data, list):
        raise CaseFileError(source, [("", "expected a list of cases (or a mapping with a 'cases' list)")])
    return parse_cases(data, source, [f"case {i} (line {n})" for i, n in enumerate(_item_lines(text, len(data)))])


def _item_lines(text: str, count: int) -> list[int]:
    """1-based line where each top-level list item starts (the file already parsed, so this cannot fail)."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if isinstance(node, yaml.MappingNode):
        node = next((v for k, v in node.value if k.value == "cases"), node)
    if isinstance(node, yaml.SequenceNode) and len(node.value) == count:
        return [item.start_mark.line + 1 for item in node.value]
    return [0] * count


def parse_case_text(text: str, source: str, *, jsonl: bool) -> list[Case]:
    cases = _load_jsonl(text, source) if jsonl else _load_yaml(text, source)
    if not cases:
        raise CaseFileError(source, [("", "no cases")])
    return cases


def load_cases(path: str | Path) -> list[Case]:
    """Read cases from a ``.yaml``/``.yml`` file or a ``.jsonl``/``.ndjson`` file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        why = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise CaseFileError(str(path), [("", f"cannot read case file: {why}")]) from None
    return parse_case_text(text, str(path), jsonl=p.suffix.lower() in (".jsonl", ".ndjson"))


def suite_names() -> list[str]:
    """Names of the suites shipped in the package (``--suite NAME``)."""
    folder = resources.files("guardrails_lite.data").joinpath("suites")
    return sorted(f.name.rsplit(".", 1)[0] for f in folder.iterdir() if f.name.endswith((".yaml", ".jsonl")))


def load_suite(name: str) -> list[Case]:
    """Cases of a shipped suite, e.g. ``attacks``."""
    folder = resources.files("guardrails_lite.data").joinpath("suites")
    for ext in (".yaml", ".jsonl"):
        f = folder.joinpath(name + ext)
        if f.is_file():
            return parse_case_text(f.read_text("utf-8"), f"suite:{name}", jsonl=ext == ".jsonl")
    raise CaseFileError(f"suite:{name}", [("", f"no such suite; shipped: {', '.join(suite_names()) or 'none'}")])
