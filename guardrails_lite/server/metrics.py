"""Prometheus metrics of the gateway, fed by the pipeline's ``on_result`` hook and the upstream client.

Decisions and validator latencies come from each `StageResult`'s ``runs`` (one per policy entry
that ran, on the call's stage checks; streamed prefix checks are not decisions and are not
counted). Upstream latency is the time to the upstream's response headers, per upstream request
(re-asks count separately). Labels hold policy names, stages, entry ids, actions, endpoints and
status codes: bounded sets fixed at start-up, never text.

The values are plain numbers in dictionaries, added to under one lock per request (a call's
decisions, latencies and outcome together), and turned into Prometheus families only when
``/metrics`` is read: a collector on prometheus_client's registry, written out by its text
exposition. prometheus_client's own metric objects cost the gateway about 1,300 Python bytecodes
per request (a lock and a few calls per observation, a Python loop over a histogram's buckets).

With several workers, each process writes its values to a file of its own under
``GUARDRAILS_METRICS_DIR`` (`serve` makes it) whenever they changed, at most every `SHARE_EVERY`
seconds, and ``/metrics`` adds the other workers' files to its own values, so any worker answers
for all of them (a worker's latest requests reach the others' answers within `SHARE_EVERY`
seconds; a stopped worker's counts stay, its in-flight requests do not).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import os
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from prometheus_client.utils import floatToGoString

from guardrails_lite.logs import get_logger
from guardrails_lite.pipeline import ResultHook, StageResult
from guardrails_lite.server.processes import alive

__all__ = ["CONTENT_TYPE", "METRICS_DIR_VARIABLE", "SHARE_EVERY", "Metrics"]

CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4
#: The folder where each worker shares its values (set by `serve` with several workers).
METRICS_DIR_VARIABLE = "GUARDRAILS_METRICS_DIR"
#: Most seconds between a change of a worker's values and its file's. A busy worker writes its file every
#: time: ~0.3-0.5 ms of CPU a write (JSON, a file written and renamed) plus the file system's journal work;
#: at 0.05 s that was 20 writes a second per worker, about 1 % of a core each, spent only with several
#: workers. Prometheus scrapes every 15 s or so; a half-second lag does not show.
SHARE_EVERY = 0.5
log = get_logger("guardrails_lite.server")
_FAST = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
_SLOW = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)


class Family(NamedTuple):
    """One metric as Prometheus shows it: a counter, or a histogram when it has buckets."""

    name: str
    help: str
    labels: tuple[str, ...]
    buckets: tuple[float, ...] = ()


REQUESTS = Family("guardrails_requests", "Requests by outcome.", ("policy", "endpoint", "stream", "outcome"))
REQUEST_SECONDS = Family(
    "guardrails_request_duration_seconds",
    "Time from a request's arrival to the end of its response (streams: to the last event).",
    ("endpoint", "stream"),
    _SLOW,
)
DECISIONS = Family(
    "guardrails_decisions",
    "What each policy entry decided on the call's stage checks (allow when it passed).",
    ("policy", "stage", "validator", "action"),
)
VALIDATOR_SECONDS = Family(
    "guardrails_validator_duration_seconds",
    "Time one policy entry took on one text.",
    ("policy", "stage", "validator"),
    _FAST,
)
UPSTREAM_SECONDS = Family(
    "guardrails_upstream_duration_seconds",
    "Time to the upstream's response headers, per upstream request.",
    ("endpoint",),
    _SLOW,
)
UPSTREAM_ERRORS = Family(
    "guardrails_upstream_errors",
    "Upstream failures: an HTTP status >= 400, 'timeout', 'connection', 'stream_error' (an error event "
    "in a stream), 'bad_response' (a reply that could not be read or a stream cut short) or "
    "'stale_connection' (a pooled connection the upstream had closed: the request was resent).",
    ("kind",),
)
FAMILIES = (REQUESTS, REQUEST_SECONDS, DECISIONS, VALIDATOR_SECONDS, UPSTREAM_SECONDS, UPSTREAM_ERRORS)
#: A histogram's ``le`` labels, as prometheus_client writes them.
_LE: dict[str, list[str]] = {
    f.name: [floatToGoString(b) for b in f.buckets] + ["+Inf"]  # type: ignore[no-untyped-call]
    for f in FAMILIES
    if f.buckets
}
_IN_FLIGHT = ("guardrails_in_flight_requests", "Requests being handled now (all workers).")

#: Per family, per label values: a counter's value, or a histogram's per-bucket counts (the last one
#: for +Inf) followed by the sum of its observations.
Values = dict[str, dict[tuple[str, ...], Any]]


class Metrics:
    """The gateway's metrics: `hook`, `request`, `upstream` and `upstream_error` count; `render` writes
    the Prometheus text (this worker's values, and the other workers' shared ones)."""

    def __init__(self, in_flight: Callable[[], int] = lambda: 0) -> None:
        self.in_flight = in_flight
        self._lock = threading.Lock()
        self._values: Values = {f.name: {} for f in FAMILIES}
        v = self._values
        self._requests, self._request_seconds = v[REQUESTS.name], v[REQUEST_SECONDS.name]
        self._decisions, self._validator_seconds = v[DECISIONS.name], v[VALIDATOR_SECONDS.name]
        self._upstream_seconds, self._upstream_errors = v[UPSTREAM_SECONDS.name], v[UPSTREAM_ERRORS.name]
        folder = os.environ.get(METRICS_DIR_VARIABLE)
        self.shared = _Shared(Path(folder)) if folder else None
        self.registry = CollectorRegistry(auto_describe=False)
        self.registry.register(_Collector(self))

    # -- counting ------------------------------------------------------------------------------
    def hook(self, policy: str) -> ResultHook:
        """The ``on_result`` hook of `policy`'s pipeline: each entry's decision and latency."""

        def on_result(result: StageResult) -> None:
            with self._lock:
                self._results(policy, (result,))

        return on_result

    def request(self, policy: str, endpoint: str, stream: bool, outcome: str, seconds: float | None,
                results: Iterable[StageResult] = ()) -> None:  # fmt: skip
        """One request's outcome and duration, with its stage results (their decisions and latencies)."""
        flag = "true" if stream else "false"
        with self._lock:
            self._results(policy, results)
            key = (policy, endpoint, flag, outcome)
            self._requests[key] = self._requests.get(key, 0.0) + 1.0
            if seconds is not None:
                _observe(self._request_seconds, (endpoint, flag), _SLOW, seconds)
            self._changed()

    def upstream(self, endpoint: str, seconds: float, status: int) -> None:
        with self._lock:
            _observe(self._upstream_seconds, (endpoint,), _SLOW, seconds)
            if status >= 400:
                self._error(str(status))
            self._changed()

    def upstream_error(self, kind: str) -> None:
        with self._lock:
            self._error(kind)
            self._changed()

    def _error(self, kind: str) -> None:
        self._upstream_errors[(kind,)] = self._upstream_errors.get((kind,), 0.0) + 1.0

    def _results(self, policy: str, results: Iterable[StageResult]) -> None:
        decisions, seconds = self._decisions, self._validator_seconds
        for result in results:
            stage = result.stage
            for run in result.runs:
                key = (policy, stage, run.id, run.decision)
                decisions[key] = decisions.get(key, 0.0) + 1.0
                _observe(seconds, (policy, stage, run.id), _FAST, run.seconds)

    def _changed(self) -> None:
        if self.shared is not None:
            self.shared.dirty = True

    # -- reading -------------------------------------------------------------------------------
    def values(self) -> Values:
        """A copy of this worker's values."""
        with self._lock:
            return {name: {k: (v[:] if isinstance(v, list) else v) for k, v in d.items()}
                    for name, d in self._values.items()}  # fmt: skip

    def render(self) -> bytes:
        """The Prometheus text exposition of every worker (or of this process alone)."""
        return generate_latest(self.registry)

    async def share_forever(self) -> None:
        """With several workers: write this worker's values to its file whenever they changed, at most
        every `SHARE_EVERY` seconds, until cancelled (then once more)."""
        shared = self.shared
        if shared is None:
            return
        try:
            while True:
                await asyncio.sleep(SHARE_EVERY)
                if shared.dirty:
                    shared.dirty = False
                    shared.write(self.values(), self.in_flight())
        except OSError as e:  # the folder went away or cannot be written: this worker's counts stay its own
            log.warning("metrics_not_shared", error=type(e).__name__)
            return
        finally:
            with contextlib.suppress(OSError):
                shared.write(self.values(), 0)


def _observe(histograms: dict[tuple[str, ...], Any], key: tuple[str, ...], bounds: tuple[float, ...],
             value: float) -> None:  # fmt: skip
    counts = histograms.get(key)
    if counts is None:
        counts = histograms[key] = [0.0] * (len(bounds) + 2)
    counts[bisect_left(bounds, value)] += 1.0  # the first bound >= value: Prometheus's ``le``
    counts[-1] += value


class _Shared:
    """This worker's file in the shared folder, and the other workers' files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pid = os.getpid()
        self.dirty = False
        #: Workers whose file could not be read as shared values (logged once each).
        self.skipped: set[int] = set()

    def write(self, values: Values, in_flight: int) -> None:
        data = {"in_flight": in_flight, "values": {name: list(d.items()) for name, d in values.items()}}
        tmp = self.folder / f"{self.pid}.tmp"
        tmp.write_text(json.dumps(data))
        os.replace(tmp, self.folder / f"{self.pid}.json")  # readers see the old file or the new one, whole

    def others(self) -> Iterator[tuple[Values, int]]:
        """Each other worker's values, and its in-flight requests (0 for a worker that is gone)."""
        for path in self.folder.glob("*.json"):
            pid = int(path.stem) if path.stem.isdigit() else -1
            if pid in (self.pid, -1):
                continue
            try:
                data = json.loads(path.read_text())
            except OSError:  # removed while read: skipped this time
                continue
            except ValueError:
                data = None
            shared = _checked(data)
            if shared is None:  # another program's file, or another version's: never the whole scrape's failure
                if pid not in self.skipped:
                    self.skipped.add(pid)
                    log.warning("metrics_file_skipped", pid=pid)
                continue
            values, in_flight = shared
            yield values, in_flight if alive(pid) else 0


#: Per family: how its value looks in a shared file (a counter's number, or a histogram's counts and sum).
_SHAPES = {f.name: len(f.buckets) + 2 if f.buckets else 0 for f in FAMILIES}


def _number(value: object) -> bool:
    """A count, or a sum of seconds: a finite number, not negative (JSON has no NaN, Python's parser does)."""
    return type(value) in (int, float) and math.isfinite(value) and value >= 0  # type: ignore[arg-type,operator]


def _checked(data: Any) -> tuple[Values, int] | None:
    """A shared file's values and in-flight count, if it holds what `_Shared.write` writes; else None."""
    if not isinstance(data, dict) or not isinstance(data.get("values"), dict) or type(data.get("in_flight")) is not int:
        return None
    values: Values = {}
    for name, items in data["values"].items():
        family = next((f for f in FAMILIES if f.name == name), None)
        if family is None or not isinstance(items, list):
            return None
        width = _SHAPES[name]
        found = values[name] = {}
        for item in items:
            if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], list)):
                return None
            key, value = item
            if len(key) != len(family.labels) or not all(isinstance(k, str) for k in key):
                return None
            if width == 0 and _number(value):
                found[tuple(key)] = float(value)
            elif width and isinstance(value, list) and len(value) == width and all(map(_number, value)):
                found[tuple(key)] = [float(v) for v in value]
            else:
                return None
    return values, data["in_flight"]


def _add(into: Values, values: Values) -> None:
    for name, items in values.items():
        target = into.setdefault(name, {})
        for key, value in items.items():
            have = target.get(key)
            if have is None:
                target[key] = value
            elif isinstance(have, list):
                target[key] = [a + b for a, b in zip(have, value, strict=True)]
            else:
                target[key] = have + value


class _Collector:
    """The families of `metrics` (and of the other workers), built when the registry is read."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def collect(self) -> Iterator[Metric]:
        m = self.metrics
        values, in_flight = m.values(), m.in_flight()
        if m.shared is not None:
            for other, busy in m.shared.others():
                _add(values, other)
                in_flight += busy
        for family in FAMILIES:
            yield _family(family, values.get(family.name, {}))
        yield GaugeMetricFamily(*_IN_FLIGHT, value=in_flight)


def _family(family: Family, values: dict[tuple[str, ...], Any]) -> Metric:
    if not family.buckets:
        counter = CounterMetricFamily(family.name, family.help, labels=family.labels)
        for key, value in sorted(values.items()):
            counter.add_metric(list(key), value)
        return counter
    histogram = HistogramMetricFamily(family.name, family.help, labels=family.labels)
    bounds = _LE[family.name]
    for key, counts in sorted(values.items()):
        cumulative, total = [], 0.0
        for bound, count in zip(bounds, counts, strict=False):  # the sum, last, has no bound
            total += count
            cumulative.append((bound, total))
        histogram.add_metric(list(key), cumulative, sum_value=counts[-1])
    return histogram
