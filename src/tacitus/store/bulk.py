"""Bulk inserts: one statement per table, every value passed as a parameter.

DuckDB runs ``executemany`` one row at a time (tens of seconds for ten thousand rows), so a table's
rows go in as one list parameter per column, zipped back into rows by ``unnest``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import duckdb

from tacitus.errors import StoreError
from tacitus.store.rows import Row


def quote_identifier(name: str) -> str:
    """A column or table name as a quoted SQL identifier (names come from code, not input)."""
    return '"' + name.replace('"', '""') + '"'


def insert_rows(
    connection: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Row],
    *,
    types: Mapping[str, str],
    skip_existing: bool,
) -> None:
    """Insert ``rows`` into ``table``; ``skip_existing`` skips rows whose key is there."""
    if not rows:
        return
    if any(len(row) != len(columns) for row in rows):
        raise StoreError(f"a row for table {table} does not have its {len(columns)} columns")
    missing = [column for column in columns if column not in types]
    if missing:
        raise StoreError(f"table {table} has no column {', '.join(missing)}: schema out of date")
    values = ", ".join(
        f"unnest(${position}::{types[column]}[])" for position, column in enumerate(columns, 1)
    )
    names = ", ".join(quote_identifier(column) for column in columns)
    statement = f"INSERT INTO {quote_identifier(table)} ({names}) SELECT {values}"
    if skip_existing:
        statement += " ON CONFLICT DO NOTHING"
    connection.execute(statement, [list(column) for column in zip(*rows, strict=True)])
