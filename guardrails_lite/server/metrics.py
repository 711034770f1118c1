"""Prometheus metrics of the gateway, fed by the pipeline's ``on_result`` hook and the upstream client.

Decisions and validator latencies come from each `StageResult`'s ``runs`` (one per policy entry
that ran, on the call's stage checks; streamed prefix checks are not decisions and are not
counted). Upstream latency is the time to the upstream's response headers, per upstream request
(re-asks count separately). Labels hold policy names, stages, entry ids, actions, endpoints and
status codes: bounded sets fixed at start-up, never text.

With several workers, each process writes its values to files under ``PROMETHEUS_MULTIPROC_DIR``
(`serve` sets it) and ``/metrics`` merges them, so any worker answers for all of them.
"""

from __future__ import annotations

import os
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, disable_created_metrics, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from prometheus_client.multiprocess import MultiProcessCollector

from guardrails_lite.pipeline import ResultHook, StageResult

__all__ = ["CONTENT_TYPE", "Metrics"]

CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4
_FAST = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
_SLOW = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)


def _multiprocess() -> bool:
    return bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))


class Metrics:
    """The gateway's collectors, in a registry of their own (several apps may share a process in tests)."""

    def __init__(self) -> None:
        disable_created_metrics()  # type: ignore[no-untyped-call]  # *_created samples add nothing here
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "guardrails_requests", "Requests by outcome.", ("policy", "endpoint", "stream", "outcome"), registry=r
        )
        self.request_seconds = Histogram(
            "guardrails_request_duration_seconds",
            "Time from a request's arrival to the end of its response (streams: to the last event).",
            ("endpoint", "stream"),
            buckets=_SLOW,
            registry=r,
        )
        self.decisions = Counter(
            "guardrails_decisions",
            "What each policy entry decided on the call's stage checks (allow when it passed).",
            ("policy", "stage", "validator", "action"),
            registry=r,
        )
        self.validator_seconds = Histogram(
            "guardrails_validator_duration_seconds",
            "Time one policy entry took on one text.",
            ("policy", "stage", "validator"),
            buckets=_FAST,
            registry=r,
        )
        self.upstream_seconds = Histogram(
            "guardrails_upstream_duration_seconds",
            "Time to the upstream's response headers, per upstream request.",
            ("endpoint",),
            buckets=_SLOW,
            registry=r,
        )
        self.upstream_errors = Counter(
            "guardrails_upstream_errors",
            "Upstream failures: an HTTP status >= 400, 'timeout', 'connection', 'stream_error' (an error event "
            "in a stream), 'bad_response' (a reply that could not be read or a stream cut short) or "
            "'stale_connection' (a pooled connection the upstream had closed: the request was resent).",
            ("kind",),
            registry=r,
        )
        self.in_flight = Gauge(
            "guardrails_in_flight_requests",
            "Requests being handled now (all workers).",
            registry=r,
            multiprocess_mode="livesum",
        )
        self._children: dict[tuple[Any, ...], Any] = {}

    def _child(self, metric: Any, *labels: str) -> Any:
        key = (id(metric), *labels)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*labels)
        return child

    def hook(self, policy: str) -> ResultHook:
        """The ``on_result`` hook of `policy`'s pipeline: per (stage, entry), its latency child and its
        decision counters, bound on first use (entries and decisions are fixed sets)."""
        bound: dict[tuple[str, str], tuple[Any, dict[str, Any]]] = {}

        def on_result(result: StageResult) -> None:
            stage = result.stage
            for run in result.runs:
                entry = bound.get((stage, run.id))
                if entry is None:
                    entry = bound[(stage, run.id)] = (self.validator_seconds.labels(policy, stage, run.id), {})
                seconds, decisions = entry
                counter = decisions.get(run.decision)
                if counter is None:
                    counter = decisions[run.decision] = self.decisions.labels(policy, stage, run.id, run.decision)
                counter.inc()
                seconds.observe(run.seconds)

        return on_result

    def request(self, policy: str, endpoint: str, stream: bool, outcome: str, seconds: float | None) -> None:
        flag = "true" if stream else "false"
        self._child(self.requests, policy, endpoint, flag, outcome).inc()
        if seconds is not None:
            self._child(self.request_seconds, endpoint, flag).observe(seconds)

    def upstream(self, endpoint: str, seconds: float, status: int) -> None:
        self._child(self.upstream_seconds, endpoint).observe(seconds)
        if status >= 400:
            self.upstream_error(str(status))

    def upstream_error(self, kind: str) -> None:
        self._child(self.upstream_errors, kind).inc()

    def render(self) -> bytes:
        """The Prometheus text exposition of every worker (or of this process alone)."""
        if _multiprocess():
            merged = CollectorRegistry()
            MultiProcessCollector(merged)  # type: ignore[no-untyped-call]
            return generate_latest(merged)
        return generate_latest(self.registry)
