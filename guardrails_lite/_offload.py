"""Where the async drivers run the guard's checks: inline for a short text, else in a worker thread.

Checks are CPU work (patterns, models, parsers). Run on the event loop they stall everything else
the loop serves: a 184 KB prompt held the gateway's ``/healthz`` for 2.2 s, and every other request
and stream of the process waited with it. A hop to a thread costs about 0.15 ms of CPU, more than
checking a short text costs, so a text under `INLINE_CHARS` characters is checked inline (a few
milliseconds of loop time at most: checks run in linear time), unless a policy entry calls a model
(`MODEL_BACKENDS`: an LLM judge waits on the network), and a longer one in the loop's
default executor (``loop.run_in_executor(None, ...)``; an application bounds it with
``loop.set_default_executor``, as ``guardrails-lite serve`` does with ``--check-threads``).

A caller cancelled while its check runs waits for the check to end before the cancellation goes on
(bounded by the entries' time budgets), so a call's state is never used by two threads at once.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

__all__ = ["INLINE_CHARS", "MODEL_BACKENDS", "run_checks"]

P = ParamSpec("P")
T = TypeVar("T")

#: Texts shorter than this are checked on the event loop itself.
INLINE_CHARS = 2000
#: Entry backends that call a model: an LLM judge (an HTTP call of up to ``llm_timeout_s``) or a local
#: network (tens of ms). A guard with one checks every text in a thread (`Guard.offload`).
MODEL_BACKENDS = frozenset({"llm", "transformers", "embeddings"})


async def run_checks(chars: int, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """``fn(*args, **kwargs)``: inline when it checks fewer than `INLINE_CHARS` characters, else in a
    worker thread (with the caller's context variables)."""
    if chars < INLINE_CHARS:
        return fn(*args, **kwargs)
    import asyncio  # here, not at the top: guard.py imports this module, and a sync application never needs asyncio

    ctx = contextvars.copy_context()
    work = asyncio.get_running_loop().run_in_executor(None, functools.partial(ctx.run, fn, *args, **kwargs))
    try:
        return await asyncio.shield(work)
    except asyncio.CancelledError:
        await asyncio.wait((work,))  # the thread still holds the call's state: let it finish first
        raise
