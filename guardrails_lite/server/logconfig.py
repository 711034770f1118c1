"""Logging for `serve`: one JSON object per line on stderr, the library's events, ours and uvicorn's alike.

The gateway is an application, so it configures the standard `logging` module (the library never
does): the ``guardrails_lite`` loggers (the library's events and the gateway's ``request`` events)
and uvicorn's, all through the CLI's JSON formatter. Events carry lengths, counts, ids and labels,
never prompt, answer, PII or key text; uvicorn's access log is off (the ``request`` event replaces
it). uvicorn applies this configuration in the parent process and again in every worker.

A request scrubbed of PII logs three events (``validator_failed``, ``repaired``, ``request``); with
the standard machinery they cost the gateway about 0.25 ms of CPU per request, a tenth of its
whole cost (benchmarks/results/gateway.md). Three things cut that, none changing a line's content:

- `lean_records`: no caller lookup, thread, process or process-name fields in the gateway's own log records
  (what the logging HOWTO's "Optimization" switches do, but for its loggers only: the switches themselves are
  process-wide and stay as the application set them); the JSON lines never carried these fields;
- `GatewayJson` renders the library's events from their fields directly, with one encoder and the
  timestamp formatted once per second;
- `LineBatch` writes the lines of one event-loop iteration with one ``write``: a pipe write per line
  (and the wake-up of the process reading the pipe) was most of the cost. It formats a library event
  whose fields are all plain values then too, not as it is logged: a decision line logged while a
  request's input is checked is formatted once the request waits for the upstream, off its path.
"""

from __future__ import annotations

import asyncio
import logging
import time
import types
from collections.abc import Callable, Mapping
from typing import Any

from guardrails_lite.cli.main import JsonLines
from guardrails_lite.logs import LOGGER_NAME, LogEvent, event_of
from guardrails_lite.server.jsontext import encoder

__all__ = ["GatewayJson", "LeanRecords", "LineBatch", "lean_records", "log_config", "make_record"]


#: ``json.dumps(value, ensure_ascii=False, default=str)``, as `JsonLines` writes a line.
_ENCODE = encoder(ensure_ascii=False, default=str)
#: Field values a line may be formatted from later: immutable, so the line reads as it would when logged.
_PLAIN = frozenset({str, int, float, bool, type(None)})
_PLAIN_OR_TUPLE = _PLAIN | {tuple}


def _frozen(fields: Mapping[str, object]) -> bool:
    """Whether every value of `fields` is immutable (a plain value, or a tuple of them)."""
    types = set(map(type, fields.values()))
    if types <= _PLAIN:
        return True
    tuples = (v for v in fields.values() if type(v) is tuple)
    return types <= _PLAIN_OR_TUPLE and all(_PLAIN.issuperset(map(type, t)) for t in tuples)


def lean_records() -> None:
    """Leave out of the gateway's own log records what its lines never show (caller, thread, process ids),
    build the library's event records from a template (`LeanRecords`) and add their fields in one step
    (`make_record`). Scoped to the gateway's loggers: ``logging``'s process-wide switches (``_srcfile``,
    ``logThreads``, ``logProcesses``, ``logMultiprocessing``) are left as they are, so an application's
    loggers (its modules loaded with ``--import``) keep their records' caller, thread and process fields."""
    current = logging.getLogRecordFactory()
    if not isinstance(current, LeanRecords):
        logging.setLogRecordFactory(LeanRecords(current))
    # ``Logger._log`` calls ``self.findCaller`` (the frame walk) and ``self.makeRecord``: both replaced on the
    # gateway's loggers only, not on ``Logger`` for every logger of the process.
    names = {LOGGER_NAME, *_GATEWAY_LOGGERS}
    names.update(name for name in list(logging.Logger.manager.loggerDict) if name.startswith(LOGGER_NAME + "."))
    for name in names:
        logger = logging.getLogger(name)
        logger.makeRecord = types.MethodType(make_record, logger)  # type: ignore[method-assign]
        logger.findCaller = types.MethodType(_no_caller, logger)  # type: ignore[method-assign]


def _no_caller(self: logging.Logger, stack_info: bool = False, stacklevel: int = 1) -> tuple[str, int, str, None]:
    """``Logger.findCaller`` as ``logging`` answers it when ``_srcfile`` is None: no frame walk per record."""
    return _UNKNOWN_FILE, 0, "(unknown function)", None


#: The loggers the gateway's own events go through (the library's events use ``guardrails_lite``).
_GATEWAY_LOGGERS = ("guardrails_lite.server",)


#: Names a record's extra fields may not take besides its own attributes (as ``Logger.makeRecord`` says).
_RESERVED = frozenset({"message", "asctime"})


def make_record(self: logging.Logger, name: str, level: int, fn: str, lno: int, msg: object, args: Any,
                exc_info: Any, func: str | None = None, extra: Mapping[str, object] | None = None,
                sinfo: str | None = None) -> logging.LogRecord:  # fmt: skip
    """``Logger.makeRecord``, the same record and the same refusal (`KeyError`) of an extra field that would
    overwrite one of its attributes, with the extra fields (an event's ten or so) checked and added by two
    set operations and one update instead of a Python loop over them (~200 bytecodes a record)."""
    record = logging.getLogRecordFactory()(name, level, fn, lno, msg, args, exc_info, func, sinfo)
    if extra is not None:
        fields = record.__dict__
        if not _RESERVED.isdisjoint(extra) or not fields.keys().isdisjoint(extra):
            clash = next(key for key in extra if key in _RESERVED or key in fields)
            raise KeyError(f"Attempt to overwrite {clash!r} in LogRecord")
        fields.update(extra)
    return record


class LeanRecords:
    """A log record factory: a library event's record (`event_of`) is a copy of a template record plus what
    differs per event (logger, level, message, time), others are `base`'s. ``LogRecord.__init__`` works out
    the same constant attributes anew for each record (with `lean_records`: the file and module names of
    an unknown caller, no thread or process), about a fifth of an event's cost in the gateway."""

    def __init__(self, base: Callable[..., logging.LogRecord]) -> None:
        self.base = base
        probe = base("guardrails_lite", logging.INFO, _UNKNOWN_FILE, 0, "%s", (LogEvent("probe", {}),), None)
        # The probe's thread, process and asyncio task are not every event's: left out, as ``logging``'s
        # switches (``logThreads`` ...) leave them out, without turning those off for the whole process.
        self._fixed = {k: None if k in _UNTRACKED else v for k, v in vars(probe).items() if k not in _PER_EVENT}
        self._lean = type(probe) is logging.LogRecord  # another factory's records are its own

    def __call__(self, name: str, level: int, fn: str, lno: int, msg: object, args: Any, exc_info: Any,
                 func: str | None = None, sinfo: str | None = None, **kwargs: Any) -> logging.LogRecord:  # fmt: skip
        if (fn != _UNKNOWN_FILE or exc_info or kwargs or type(args) is not tuple or len(args) != 1
                or type(args[0]) is not LogEvent or not self._lean):  # fmt: skip
            return self.base(name, level, fn, lno, msg, args, exc_info, func, sinfo, **kwargs)
        record: logging.LogRecord = logging.LogRecord.__new__(logging.LogRecord)
        created = time.time()
        record.__dict__ = {
            **self._fixed, "name": name, "msg": msg, "args": args, "levelname": logging.getLevelName(level),
            "levelno": level, "lineno": lno, "funcName": func, "created": created,
            "msecs": int((created - int(created)) * 1000) + 0.0,  # as LogRecord computes them
            "relativeCreated": (created - _STARTED) * 1000, "stack_info": sinfo,
        }  # fmt: skip
        return record


#: Record fields of the thread, process and task that logged it: None in a lean record (`LeanRecords`).
_UNTRACKED = frozenset({"thread", "threadName", "process", "processName", "taskName"})
#: What `logging` names the caller's file when it does not look it up (`lean_records`).
_UNKNOWN_FILE = "(unknown file)"
_STARTED: float = getattr(logging, "_startTime", time.time())
_PER_EVENT = frozenset(
    {"name", "msg", "args", "levelno", "levelname", "lineno", "funcName", "stack_info", "created", "msecs",
     "relativeCreated"}
)  # fmt: skip


class GatewayJson(JsonLines):
    """The CLI's JSON lines, without uvicorn's coloured copy of each message."""

    _SKIP = JsonLines._SKIP | {"color_message"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._second: tuple[int, str] = (-1, "")

    def _timestamp(self, created: float) -> str:
        second, text = self._second
        if int(created) != second:
            text = time.strftime("%Y-%m-%dT%H:%M:%S", self.converter(created))
            self._second = (int(created), text)
        return text

    def format(self, record: logging.LogRecord) -> str:
        message = event_of(record)
        if message is None:
            return super().format(record)  # uvicorn's records, anything else: the general way
        # The same object `JsonLines` builds from the record's attributes: the event's own fields.
        out: dict[str, object] = {
            "timestamp": self._timestamp(record.created),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": message.event,
        }
        out.update(message.fields)
        return _ENCODE(out)


class LineBatch(logging.StreamHandler):  # type: ignore[type-arg]
    """A stream handler that writes the lines emitted during one event-loop iteration together.

    On a thread running an event loop, a record is kept and a flush is scheduled with ``call_soon``
    (it runs on the loop's next iteration, before it waits for I/O); elsewhere (check threads,
    start-up, shutdown) it is written at once, after any kept lines. ``logging.shutdown`` flushes
    what is kept at exit; a process killed outright loses at most one iteration's lines.

    A library event (`event_of`) whose fields are all immutable (`_frozen`) is kept as its record and
    formatted by the flush: the line is the same. Any other record (an event with a list among its
    fields, uvicorn's records, whose arguments may be objects that change) is formatted at once, as
    ``logging``'s handlers do.
    """

    def __init__(self, stream: Any = None) -> None:
        super().__init__(stream)
        self._kept: list[str | logging.LogRecord] = []
        #: The loop a flush is scheduled on (a loop closed before running it no longer counts).
        self._scheduled: asyncio.AbstractEventLoop | None = None

    def handle(self, record: logging.LogRecord) -> bool:
        """``Handler.handle`` without its two method calls around the lock (the handler has no filters in
        the gateway's configuration)."""
        if self.filters:
            return super().handle(record)
        with self.lock:  # type: ignore[union-attr]  # created by Handler.__init__
            self.emit(record)
        return True

    def emit(self, record: logging.LogRecord) -> None:
        loop = asyncio._get_running_loop()
        if loop is None or loop.is_closed():
            line = self._line(record)
            if line is not None:
                self._write(line)
            return
        event = event_of(record)
        if event is not None and _frozen(event.fields):
            self._kept.append(record)  # `handle` holds the handler's lock
        else:
            line = self._line(record)
            if line is None:
                return
            self._kept.append(line)
        if self._scheduled is not loop:
            self._scheduled = loop
            loop.call_soon(self.flush)

    def _line(self, record: logging.LogRecord) -> str | None:
        try:
            return self.format(record) + self.terminator
        except Exception:  # noqa: BLE001 - logging's own rule: report and go on
            self.handleError(record)
            return None

    def _write(self, line: str) -> None:
        self.acquire()
        try:
            kept, self._kept = self._kept, []
            lines = [k if isinstance(k, str) else self._line(k) or "" for k in kept]
            self.stream.write("".join(lines) + line)
            self.stream.flush()
        except (OSError, ValueError):  # a closed or broken stream (the reader went away): not the request's failure
            pass
        finally:
            self.release()

    def flush(self) -> None:
        self.acquire()
        try:
            self._scheduled = None
            if self._kept:
                self._write("")
            elif self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()
        finally:
            self.release()


def log_config(level: str) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` (picklable: uvicorn sends it to each worker process)."""
    upper = level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "guardrails_lite.server.logconfig.GatewayJson"}},
        "handlers": {
            "stderr": {
                "class": "guardrails_lite.server.logconfig.LineBatch",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            }
        },
        "loggers": {
            "guardrails_lite": {"handlers": ["stderr"], "level": upper, "propagate": False},
            "uvicorn": {"handlers": ["stderr"], "level": upper, "propagate": False},
            "uvicorn.error": {"level": upper},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }
