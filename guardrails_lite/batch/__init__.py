"""Batch screening: a policy over JSON Lines on all cores, and over Ray Data beyond one machine.

* `scan_jsonl` runs one stage over a JSON Lines stream on a process pool (``scan --workers N``),
  output in input order and identical to one process, memory flat on any input size.
* `run_cases` runs evaluation cases the same way (``eval --workers N``).
* `scan_dataset` maps a Ray Data dataset through the same stage with a guard built once per actor
  (extra ``[ray]``; Ray is imported only when it is called).

Workers build their own guard from a `PolicySource` (a policy file or a `Policy`'s data, plus the
modules that define the application's validators), never from a pickled guard.
"""

from __future__ import annotations

from guardrails_lite.batch._cases import CaseJob, run_cases
from guardrails_lite.batch._jsonl import ScanSummary, scan_jsonl
from guardrails_lite.batch._pool import WorkerStartError
from guardrails_lite.batch._ray import scan_dataset
from guardrails_lite.batch._source import PolicySource

__all__ = ["CaseJob", "PolicySource", "ScanSummary", "WorkerStartError", "run_cases", "scan_dataset", "scan_jsonl"]
