"""Coded partitions as Parquet: what a Dask worker sends back, written to disk by the client.

One row per coded article or failed input, in the partition's order. ``article_id``, ``origin``,
``title`` and the counts can be queried in place (DuckDB ``read_parquet``); ``payload`` holds the
pickled ``CodedArticle`` (or ``IngestOutcome``) so that the client merges exactly what was coded.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tacitus.model import CodedArticle, IngestOutcome

_SCHEMA = pa.schema([
    ("position", pa.int32()),
    ("kind", pa.string()),
    ("article_id", pa.string()),
    ("origin", pa.string()),
    ("title", pa.string()),
    ("events", pa.int32()),
    ("quotes", pa.int32()),
    ("claims", pa.int32()),
    ("payload", pa.binary()),
])


@dataclass(frozen=True, slots=True)
class CodedPartition:
    """A partition's coded articles and its coding failures, each in input order."""

    coded: tuple[CodedArticle, ...]
    failures: tuple[IngestOutcome, ...]


def partition_bytes(coded: Sequence[CodedArticle], failures: Sequence[IngestOutcome]) -> bytes:
    """A partition as the bytes of one Parquet file."""
    rows: list[dict[str, object]] = []
    for item in coded:
        rows.append({"kind": "coded", "article_id": item.article.id, "origin": item.article.origin,
                     "title": item.article.title, "events": len(item.events),
                     "quotes": len(item.quotes), "claims": len(item.claims),
                     "payload": pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)})
    for outcome in failures:
        rows.append({"kind": "failed", "article_id": outcome.article_id, "origin": outcome.origin,
                     "title": outcome.title, "events": 0, "quotes": 0, "claims": 0,
                     "payload": pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)})
    for position, row in enumerate(rows):
        row["position"] = position
    table = pa.Table.from_pylist(rows, schema=_SCHEMA)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue().to_pybytes())


def write_partition(data: bytes, path: Path) -> None:
    """Write a partition's bytes to ``path`` (the client is the only writer)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def read_partition(path: Path) -> CodedPartition:
    """Read a partition file back into coded articles and failures, in their order."""
    table = pq.read_table(path, columns=["position", "kind", "payload"])
    rows = sorted(table.to_pylist(), key=lambda row: int(row["position"]))
    # the payload was pickled by this package's own worker function, never by an outside party
    coded = tuple(pickle.loads(row["payload"]) for row in rows if row["kind"] == "coded")
    failures = tuple(pickle.loads(row["payload"]) for row in rows if row["kind"] == "failed")
    return CodedPartition(coded=coded, failures=failures)
