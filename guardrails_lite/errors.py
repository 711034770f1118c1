"""Exceptions raised by guardrails-lite.

    GuardrailsError                 base of everything below
    ├── PolicyError                 a policy (file or object) is invalid; names the file and field paths
    ├── PluginError                 an installed validator plugin (entry point) cannot be loaded; names it
    └── Blocked                     a guarded call was stopped; carries the stage and the findings
        └── RetriesExhausted        the output stage asked for retries until `max_retries` ran out

A validator that crashes never raises out of a guarded call: its error becomes a finding of kind
``error`` and the policy's ``on_error`` decides (``block`` by default).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from guardrails_lite.verdict import Finding, Stage

__all__ = ["Blocked", "GuardrailsError", "PluginError", "PolicyError", "RetriesExhausted"]


class GuardrailsError(Exception):
    """Base class of every guardrails-lite exception."""


class PolicyError(GuardrailsError):
    """An invalid policy. `problems` holds (field path, message) pairs; `source` the file, if any."""

    def __init__(self, problems: Sequence[tuple[str, str]], source: str | None = None) -> None:
        self.problems: tuple[tuple[str, str], ...] = tuple(problems)
        self.source = source
        super().__init__(self._render())

    def __reduce__(self) -> tuple[Any, ...]:  # so it crosses process pools (pickle) and copy.deepcopy
        return (type(self), (self.problems, self.source))

    def _render(self) -> str:
        where = self.source or "<policy>"
        lines = [f"{where}: {path}: {msg}" if path else f"{where}: {msg}" for path, msg in self.problems]
        return "\n".join(lines) if lines else f"{where}: invalid policy"


class PluginError(GuardrailsError):
    """A validator plugin (an entry point in the ``guardrails_lite.validators`` group) failed to load.

    Raised on the first validator lookup (loading a policy), naming the entry point and its
    distribution: a broken plugin stops every policy from loading rather than silently missing.
    """


class Blocked(GuardrailsError):
    """A guarded call was stopped at `stage` ("input" or "output") because of `findings`.

    `by` holds the ids of the entries that stopped it (those whose decision was to block, or to
    re-ask until the retries ran out); `findings` covers every stage of the call, repairs included.
    The message names `by` only: never the prompt, the answer or matched text.
    """

    def __init__(
        self, stage: Stage, findings: Sequence[Finding], reason: str | None = None, *, by: Sequence[str] | None = None
    ) -> None:
        self.stage: Stage = stage
        self.findings: tuple[Finding, ...] = tuple(findings)
        self.by: tuple[str, ...] = tuple(sorted(set(by))) if by is not None else tuple(sorted({f.id for f in findings}))
        self.reason = reason or f"blocked at {stage} stage by {', '.join(self.by) or 'policy'}"
        super().__init__(self.reason)

    def __reduce__(self) -> tuple[Any, ...]:  # a block inside a worker process reaches its caller as Blocked
        return (_rebuild, (type(self), self.__dict__.copy()))


class RetriesExhausted(Blocked):
    """The output was rejected on every one of `attempts` calls; `by` names the entries that asked to re-ask."""

    def __init__(self, findings: Sequence[Finding], attempts: int, *, by: Sequence[str] | None = None) -> None:
        self.attempts = attempts
        ids = sorted(set(by)) if by is not None else sorted({f.id for f in findings})
        super().__init__(
            "output", findings, f"output rejected after {attempts} attempts by {', '.join(ids) or 'policy'}", by=ids
        )


def _rebuild(cls: type[Blocked], state: dict[str, Any]) -> Blocked:
    """`Blocked` (or a subclass) with the fields it was pickled with, its constructor not run again."""
    made = cls.__new__(cls)
    GuardrailsError.__init__(made, state["reason"])
    made.__dict__.update(state)
    return made
