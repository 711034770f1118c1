"""The gateway's log lines: the lean path writes exactly what the CLI's JSON formatter writes, batched per loop turn."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import threading
from collections.abc import Iterator

import pytest

from guardrails_lite.cli.main import JsonLines
from guardrails_lite.logs import EventLogger
from guardrails_lite.server.logconfig import GatewayJson, LeanRecords, LineBatch, lean_records, make_record


@pytest.fixture
def logger() -> tuple[EventLogger, logging.Logger]:
    std = logging.getLogger("guardrails_lite.test_gateway_logs")
    before = (std.handlers[:], std.level, std.propagate)
    std.handlers, std.propagate = [], False
    std.setLevel(logging.INFO)
    yield EventLogger(std.name), std
    std.handlers, std.level, std.propagate = before


def _lines(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_event_lines_match_the_cli_formatter(logger: tuple[EventLogger, logging.Logger]) -> None:
    log, std = logger
    plain, lean = io.StringIO(), io.StringIO()
    for stream, formatter in ((plain, JsonLines()), (lean, GatewayJson())):
        handler = logging.StreamHandler(stream)
        handler.setFormatter(formatter)
        std.addHandler(handler)
    log.info("request", policy="dé", ids=["pii", "x"], status=200, ok=True, none=None, odd='a\nb"c', t=3.5)
    std.info("uvicorn style %s", "message")  # not an event: the general path
    assert _lines(plain) == _lines(lean)
    assert _lines(lean)[0]["event"] == "request" and _lines(lean)[0]["odd"] == 'a\nb"c'
    assert _lines(lean)[1]["event"] == "uvicorn style message"


def test_lean_records_keep_the_lines(logger: tuple[EventLogger, logging.Logger]) -> None:
    log, std = logger
    with _lean():
        before = io.StringIO()
        handler = logging.StreamHandler(before)
        handler.setFormatter(GatewayJson())
        std.addHandler(handler)
        log.info("one", n=1)
        lean_records()
        log.info("one", n=1)
    first, second = _lines(before)
    first.pop("timestamp"), second.pop("timestamp")
    assert first == second == {"level": "info", "logger": std.name, "event": "one", "n": 1}


@contextlib.contextmanager
def _lean() -> Iterator[None]:
    """`lean_records`' switches and record factory, restored afterwards."""
    saved = (logging._srcfile, logging.logThreads, logging.logProcesses, logging.logMultiprocessing)  # type: ignore[attr-defined]
    factory, make = logging.getLogRecordFactory(), logging.Logger.makeRecord
    try:
        yield
    finally:
        logging._srcfile, logging.logThreads, logging.logProcesses, logging.logMultiprocessing = saved  # type: ignore[attr-defined]
        logging.setLogRecordFactory(factory)
        logging.Logger.makeRecord = make  # type: ignore[method-assign]
        for logger in list(logging.Logger.manager.loggerDict.values()):
            if isinstance(logger, logging.Logger):
                vars(logger).pop("makeRecord", None)
                vars(logger).pop("findCaller", None)


def test_an_events_lean_record_holds_what_a_standard_record_holds(logger: tuple[EventLogger, logging.Logger]) -> None:
    log, std = logger
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    std.addHandler(Keep())
    with _lean():
        lean_records()
        lean_records()  # once is enough: the factory is not wrapped twice
        assert type(logging.getLogRecordFactory()) is LeanRecords
        log.warning("one", n=1, ids=("a",))
        std.info("plain %s", "x")  # not an event: the standard factory's record
        logging.setLogRecordFactory(logging.LogRecord)
        log.warning("one", n=1, ids=("a",))
    lean, plain, standard = records
    assert type(lean) is type(standard) is logging.LogRecord and plain.getMessage() == "plain x"
    # The thread, process and task of the event are left out of a lean record only (the process-wide
    # switches are not turned off): the standard record of the same logger still has them.
    untracked = {"thread", "threadName", "process", "processName", "taskName"}
    assert all(getattr(lean, k) is None for k in untracked if k in vars(lean))
    assert standard.thread == threading.get_ident() and standard.threadName == threading.current_thread().name
    per_call = {"args", "created", "msecs", "relativeCreated", *untracked}
    assert {k: v for k, v in vars(lean).items() if k not in per_call} == {
        k: v for k, v in vars(standard).items() if k not in per_call
    }
    assert lean.getMessage() == standard.getMessage() == 'one n=1 ids=["a"]'
    assert 0 <= standard.created - lean.created < 60 and 0 <= lean.msecs < 1000


def test_lean_records_leave_the_applications_logging_alone(logger: tuple[EventLogger, logging.Logger]) -> None:
    """Review 12a L4: the gateway's lean records must not switch off caller, thread and process fields of the
    records of an application's loggers (its ``--import`` modules): ``logging``'s global switches stay as set."""
    _, std = logger
    app = logging.getLogger("an_application.module")
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    keep = Keep()
    app.addHandler(keep)
    try:
        with _lean():
            switches = (logging._srcfile, logging.logThreads, logging.logProcesses, logging.logMultiprocessing)  # type: ignore[attr-defined]
            lean_records()
            assert (logging._srcfile, logging.logThreads, logging.logProcesses, logging.logMultiprocessing) == switches  # type: ignore[attr-defined]
            assert switches[0] is not None and all(switches[1:])  # the defaults: on (else this test proves nothing)
            app.warning("the application's own line")
            assert "findCaller" not in vars(app) and "findCaller" in vars(std)
    finally:
        app.removeHandler(keep)
    (record,) = records
    assert record.filename == "test_gateway_logs.py"
    assert record.funcName == "test_lean_records_leave_the_applications_logging_alone"
    assert record.thread == threading.get_ident() and record.process is not None and record.processName is not None


def test_make_record_makes_the_standard_record(logger: tuple[EventLogger, logging.Logger]) -> None:
    _, std = logger
    standard = logging.Logger.makeRecord
    with _lean():
        lean_records()
        # The gateway's loggers only: an application's (a module loaded with ``--import``) keeps the standard one.
        for name in ("guardrails_lite", "guardrails_lite.server", std.name):
            assert logging.getLogger(name).makeRecord.__func__ is make_record  # type: ignore[attr-defined]
        assert logging.Logger.makeRecord is standard
        assert logging.getLogger("an_application.module").makeRecord.__func__ is standard  # type: ignore[attr-defined]
        for extra in (None, {}, {"event": "one", "n": 1, "ids": ("a",), "text_sha": "ab12"}):
            args = ("n", logging.INFO, "f.py", 3, "%s", ("x",), None, "fn", extra, None)
            ours, theirs = make_record(std, *args), standard(std, *args)
            assert list(vars(ours)) == list(vars(theirs))  # the same attributes, extra ones last
            assert {k: v for k, v in vars(ours).items() if k not in ("created", "msecs", "relativeCreated")} == {
                k: v for k, v in vars(theirs).items() if k not in ("created", "msecs", "relativeCreated")
            }
        # An extra field may not overwrite the record's own attributes, nor take the formatter's two names.
        for clash in ("msg", "levelname", "message", "asctime"):
            extra = {"event": "one", clash: "x"}
            with pytest.raises(KeyError) as ours_error:
                make_record(std, "n", logging.INFO, "f.py", 3, "%s", ("x",), None, "fn", extra, None)
            with pytest.raises(KeyError) as theirs_error:
                standard(std, "n", logging.INFO, "f.py", 3, "%s", ("x",), None, "fn", extra, None)
            expected = repr(f"Attempt to overwrite {clash!r} in LogRecord")
            assert str(ours_error.value) == str(theirs_error.value) == expected


def test_lines_of_one_loop_turn_go_out_in_one_write(logger: tuple[EventLogger, logging.Logger]) -> None:
    log, std = logger
    writes: list[str] = []

    class Spy(io.StringIO):
        def write(self, s: str) -> int:
            writes.append(s)
            return len(s)

    handler = LineBatch(Spy())
    handler.setFormatter(GatewayJson())
    std.addHandler(handler)
    seen_before_turn: list[int] = []

    async def main() -> None:
        for i in range(3):
            log.info("in_loop", i=i)
        seen_before_turn.append(len([w for w in writes if w]))
        await asyncio.sleep(0)  # the loop's next turn runs the scheduled flush
        await asyncio.sleep(0)
        thread = threading.Thread(target=lambda: log.info("from_thread"))  # no loop there: written at once
        thread.start()
        thread.join()
        log.info("last")  # kept; asyncio.run's own shutdown turns flush it

    asyncio.run(main())
    handler.flush()
    out = [w for w in writes if w]
    assert seen_before_turn == [0]
    assert [json.loads(x)["event"] for x in out[0].splitlines()] == ["in_loop"] * 3
    assert [json.loads(x)["event"] for x in "".join(out[1:]).splitlines()] == ["from_thread", "last"]


def test_a_loop_closed_before_its_flush_loses_nothing(logger: tuple[EventLogger, logging.Logger]) -> None:
    log, std = logger
    stream = io.StringIO()
    handler = LineBatch(stream)
    handler.setFormatter(GatewayJson())
    std.addHandler(handler)
    loop = asyncio.new_event_loop()

    async def stop_at_once() -> None:
        log.info("kept")
        loop.stop()

    task = loop.create_task(stop_at_once())
    loop.run_forever()  # stopped before the flush callback ran
    assert task.done()
    loop.close()
    assert stream.getvalue() == ""

    async def next_loop() -> None:
        log.info("next_loop")  # another loop: its flush is scheduled there
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        assert [e["event"] for e in _lines(stream)] == ["kept", "next_loop"]

    asyncio.run(next_loop())


def test_events_of_plain_values_are_formatted_by_the_flush_others_at_once(
    logger: tuple[EventLogger, logging.Logger],
) -> None:
    log, std = logger
    formatted: list[str] = []

    class Counting(GatewayJson):
        def format(self, record: logging.LogRecord) -> str:
            formatted.append(record.getMessage().split(" ", 1)[0])
            return super().format(record)

    stream = io.StringIO()
    handler = LineBatch(stream)
    handler.setFormatter(Counting())
    std.addHandler(handler)
    seen: list[list[str]] = []

    async def main() -> None:
        log.info("repaired", id="pii", chars_before=330, ids=("pii", "x"), none=None, ok=True, t=0.5)
        kinds = ["EMAIL_ADDRESS"]
        log.info("validator_failed", id="pii", kinds=kinds, text_chars=330)  # a list: formatted now
        kinds[0] = "CHANGED"
        changing = ["before"]
        std.info("uvicorn style %s", changing)  # an object argument: formatted now, as logged
        changing[0] = "after"
        seen.append(formatted[:])  # the plain event is not formatted yet, the other records are
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        seen.append(formatted[:])

    asyncio.run(main())
    assert seen == [["validator_failed", "uvicorn"], ["validator_failed", "uvicorn", "repaired"]]
    lines = _lines(stream)
    assert [e["event"] for e in lines] == ["repaired", "validator_failed", "uvicorn style ['before']"]
    assert lines[0]["ids"] == ["pii", "x"] and lines[0]["none"] is None and lines[0]["t"] == 0.5
    assert lines[1]["kinds"] == ["EMAIL_ADDRESS"]  # as it was when logged, not as it was at the flush


def test_a_list_changed_after_it_was_logged_keeps_its_logged_value(logger: tuple[EventLogger, logging.Logger]) -> None:
    log, std = logger
    stream = io.StringIO()
    handler = LineBatch(stream)
    handler.setFormatter(GatewayJson())
    std.addHandler(handler)

    async def main() -> None:
        ids = ["pii"]
        nested = (["a"],)  # a tuple holding a list is not frozen either
        log.info("blocked", ids=ids, nested=nested)
        ids.append("injection")
        nested[0].append("b")
        await asyncio.sleep(0)
        await asyncio.sleep(0)

    asyncio.run(main())
    (line,) = _lines(stream)
    assert line["ids"] == ["pii"] and line["nested"] == [["a"]]


def test_a_line_batch_still_applies_its_filters(logger: tuple[EventLogger, logging.Logger]) -> None:
    log, std = logger
    stream = io.StringIO()
    handler = LineBatch(stream)
    handler.setFormatter(GatewayJson())
    handler.addFilter(lambda record: "secret" not in record.getMessage())
    std.addHandler(handler)
    log.info("kept", n=1)
    log.info("dropped", what="secret")
    assert [e["event"] for e in _lines(stream)] == ["kept"]
