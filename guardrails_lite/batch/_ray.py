"""`scan_dataset`: one stage of a policy over a Ray Data dataset (extra ``[ray]``).

A class-based `map_batches` UDF builds the guard once per actor (from a `PolicySource`) and adds
the columns `scan` writes: ``action``, ``output`` (null when rejected), ``findings`` (a list of
structs with a fixed schema, so blocks without findings still write the same Parquet schema) and
``error`` (null, or why the row could not be scanned, as in `scan`'s error records). Ray and
pyarrow are imported only here, when it is called.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from guardrails_lite.batch._records import scan_text
from guardrails_lite.batch._source import PolicySource
from guardrails_lite.policy import Policy, load_policy
from guardrails_lite.verdict import Finding, Stage

if TYPE_CHECKING:
    import pyarrow as pa
    import ray.data

__all__ = ["OUTPUT_COLUMNS", "ScanBatch", "finding_type", "scan_dataset"]

#: Columns added to every row.
OUTPUT_COLUMNS = ("action", "output", "findings", "error")

_FIELD_TYPES = {"score": "float64", "start": "int64", "end": "int64"}  # every other field is a string


def finding_type() -> pa.DataType:
    """Arrow type of one finding: the keys of `Finding.to_dict`, in order."""
    import pyarrow as pa

    keys = Finding("").to_dict()
    return pa.struct([(k, getattr(pa, _FIELD_TYPES.get(k, "string"))()) for k in keys])


class ScanBatch:
    """The `map_batches` UDF: the guard is built in `__init__`, once per actor."""

    def __init__(self, source: PolicySource, stage: Stage, column: str, context_column: str | None) -> None:
        self.pipeline = source.pipeline()
        self.stage: Stage = stage
        self.column = column
        self.context_column = context_column

    def __call__(self, batch: pa.Table) -> pa.Table:
        import pyarrow as pa

        clash = [c for c in OUTPUT_COLUMNS if c in batch.column_names]
        if clash:
            raise ValueError(f"the dataset already has column(s) {', '.join(clash)}: rename them first")
        if self.column not in batch.column_names:
            raise ValueError(f"no column {self.column!r} in the dataset (columns: {', '.join(batch.column_names)})")
        texts = batch.column(self.column).to_pylist()
        contexts: list[Any] = (
            batch.column(self.context_column).to_pylist() if self.context_column else [None] * len(texts)
        )
        rows = [self._row(text, context) for text, context in zip(texts, contexts, strict=True)]
        out = batch
        types = {name: pa.string() for name in OUTPUT_COLUMNS} | {"findings": pa.list_(finding_type())}
        for name in OUTPUT_COLUMNS:
            out = out.append_column(name, pa.array([r[name] for r in rows], type=types[name]))
        return out

    def _row(self, text: Any, context: Any) -> dict[str, Any]:
        if not isinstance(text, str):
            return _failed(f"expected a string in column {self.column!r}, got {type(text).__name__}")
        try:
            record = scan_text(self.pipeline, self.stage, text, context)
        except Exception as e:  # noqa: BLE001 - one bad row must not end the job
            return _failed(f"internal error: {type(e).__name__}")
        return {"action": record["action"], "output": record["output"], "findings": record["findings"], "error": None}


def _failed(reason: str) -> dict[str, Any]:
    return {"action": None, "output": None, "findings": [], "error": reason}


def scan_dataset(
    ds: ray.data.Dataset,
    policy: Policy | str | os.PathLike[str],
    *,
    stage: Stage = "input",
    column: str = "text",
    context_column: str | None = None,
    imports: Sequence[str] = (),
    setup: Callable[[], None] | None = None,
    actors: int | None = None,
    num_cpus: float = 1.0,
    batch_size: int = 256,
) -> ray.data.Dataset:
    """`ds` with ``action``, ``output``, ``findings`` and ``error`` columns from one stage of `policy`.

    `column` holds the texts, `context_column` (optional) each row's untrusted documents as in
    `scan`'s ``context``. A policy file is read here, on the driver, and sent to the actors as
    data. `imports` are modules defining the application's validators and `setup`
    a picklable callable run first in each actor (its logging configuration). `actors` fixes the
    actor pool's size (default: Ray's autoscaling pool); each actor reserves `num_cpus`. Leave a
    CPU for Ray's read and write tasks: on a 2-CPU machine two actors at ``num_cpus=0.5``, never
    two at 1.0, which starves the reads and never finishes.
    """
    import ray.data

    if not isinstance(policy, Policy):
        # Read here: a broken file fails now, naming it, and the cluster's nodes need no copy of it.
        policy = load_policy(os.fspath(policy))
    source = PolicySource.of(policy, imports=imports, setup=setup)
    compute = ray.data.ActorPoolStrategy(size=actors) if actors is not None else ray.data.ActorPoolStrategy()
    return ds.map_batches(
        ScanBatch,
        fn_constructor_kwargs={"source": source, "stage": stage, "column": column, "context_column": context_column},
        batch_format="pyarrow",
        batch_size=batch_size,
        compute=compute,
        num_cpus=num_cpus,
        zero_copy_batch=True,
        udf_modifying_row_count=False,
    )
