from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import structlog

pytest_plugins = ["pytester"]


@pytest.fixture(autouse=True)
def _quiet_structlog() -> Iterator[None]:
    # Tests capture events with structlog.testing.capture_logs; otherwise keep stdout clean.
    structlog.configure(
        processors=[structlog.processors.JSONRenderer()],
        logger_factory=structlog.ReturnLoggerFactory(),
        cache_logger_on_first_use=False,
    )
    yield
    structlog.reset_defaults()


def scripted(*answers: str) -> tuple[Callable[[Any], str], list[Any]]:
    """A fake LLM returning `answers` in turn; the list records every prompt it received."""
    seen: list[Any] = []
    it = iter(answers)

    def llm(prompt: Any) -> str:
        seen.append(prompt)
        return next(it)

    return llm, seen
