"""What a worker process (or a Ray actor) builds its guard from: a policy's source, never a built guard.

A built pipeline holds engines, locks and models that must not cross processes, so workers get the
policy file's path, or a `Policy` object's data, plus the modules that define the application's
validators (``--import``). Each worker then parses the policy itself and builds its pipeline once,
with every validator warmed up before the first item.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guardrails_lite.pipeline import Pipeline
from guardrails_lite.policy import Policy, load_policy, parse_policy
from guardrails_lite.validators.pii import process_salt, set_process_salt

__all__ = ["PolicySource"]


@dataclass(frozen=True, slots=True)
class PolicySource:
    """A picklable recipe for a policy: a file `path` or the policy's `data`, after `imports`.

    `setup` (a picklable callable, e.g. the application's logging configuration) runs first in
    each worker: a worker starts as a fresh interpreter and inherits no configuration. `salt` is
    this process's key for PII ``hash`` without ``hash_stable``, so every worker hashes a value
    the way this process does.
    """

    path: str | None
    data: dict[str, Any] | None
    imports: tuple[str, ...] = ()
    setup: Callable[[], None] | None = None
    salt: bytes | None = None

    @classmethod
    def of(
        cls,
        policy: Policy | str | os.PathLike[str],
        *,
        imports: Sequence[str] = (),
        setup: Callable[[], None] | None = None,
    ) -> PolicySource:
        if isinstance(policy, Policy):
            try:
                # As written (unset fields left out), each entry with its own fields (serialize_as_any).
                data = policy.model_dump(mode="json", exclude_unset=True, serialize_as_any=True)
            except Exception as e:  # noqa: BLE001 - e.g. a Python object in a field: say what to do instead
                raise ValueError(
                    f"policy {policy.name!r} cannot be sent to worker processes ({type(e).__name__}); "
                    "pass the policy file's path instead"
                ) from None
            return cls(None, data, tuple(imports), setup, process_salt())
        return cls(str(Path(policy).resolve()), None, tuple(imports), setup, process_salt())

    def load(self) -> Policy:
        """Run `setup`, import the modules, then parse the policy (raises `PolicyError`)."""
        if self.setup is not None:
            self.setup()
        if self.salt is not None:
            set_process_salt(self.salt)
        for name in self.imports:
            importlib.import_module(name)
        if self.path is not None:
            return load_policy(self.path)
        return parse_policy(self.data, f"policy {self.data.get('name', '') if self.data else ''}".strip())

    def pipeline(self) -> Pipeline:
        """The built pipeline, every validator constructed and warmed up."""
        pipeline = Pipeline(self.load())
        for steps in pipeline.steps.values():
            for step in steps:
                _ = step.validator  # builds and warms: no item pays for loading an engine
        return pipeline
