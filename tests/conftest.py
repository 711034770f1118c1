from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest

pytest_plugins = ["pytester"]


@pytest.fixture(autouse=True)
def _library_logger() -> Iterator[None]:
    # The CLI (run in-process by some tests) configures the library's logger; undo that after each test.
    log = logging.getLogger("guardrails_lite")
    saved = (list(log.handlers), log.level, log.propagate)
    yield
    log.handlers, log.level, log.propagate = saved[0], saved[1], saved[2]


def scripted(*answers: str) -> tuple[Callable[[Any], str], list[Any]]:
    """A fake LLM returning `answers` in turn; the list records every prompt it received."""
    seen: list[Any] = []
    it = iter(answers)

    def llm(prompt: Any) -> str:
        seen.append(prompt)
        return next(it)

    return llm, seen
