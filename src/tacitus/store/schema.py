"""The database schema: packaged ``schema.sql``, applied on open, with a recorded version."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from importlib import resources

import duckdb

from tacitus.errors import StoreError
from tacitus.store.features import backfill_features

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4
# Version 2 merges reports of one event across articles: a version-1 file gets each event's own
# report copied as its coded event, and each mention linked to it (one report per event, as before).
_MIGRATE_TO_2 = (
    "INSERT INTO coded_events SELECT * FROM events ON CONFLICT DO NOTHING",
    "UPDATE event_mentions SET coded_event_id = event_id WHERE coded_event_id IS NULL",
)
# Version 3 keeps each coded event's evidence features (report_features): an older file gets them
# computed from its stored sentences and actor spans, once, when it is first opened for writing.
# Version 4 keeps each claim's confidence (the claim decision stage's probability): an older
# file's claims get none.
_MIGRATE_TO_4 = ("ALTER TABLE claims ADD COLUMN IF NOT EXISTS confidence DOUBLE",)
TABLES = (
    "articles", "actors", "mentions", "events", "event_mentions", "event_places", "quotes",
    "claims", "ingest_log", "runs",
)


def schema_sql() -> str:
    """The schema script shipped with the package."""
    return resources.files("tacitus.store").joinpath("schema.sql").read_text(encoding="utf-8")


def apply_schema(connection: duckdb.DuckDBPyConnection) -> None:
    """Create every missing table and record the schema version on first use."""
    connection.execute(schema_sql())
    version = stored_version(connection)
    if version is not None:
        check_version(version)
        if version == SCHEMA_VERSION:
            return
        if version < 2:
            for statement in _MIGRATE_TO_2:
                connection.execute(statement)
        if version < 4:
            for statement in _MIGRATE_TO_4:
                connection.execute(statement)
        if version < 3:
            log.info("computing the evidence features of %d stored events",
                     backfill_features(connection))
    connection.execute(
        "INSERT INTO schema_version VALUES (?, ?)",
        [SCHEMA_VERSION, datetime.now(UTC).replace(tzinfo=None)],
    )


def stored_version(connection: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version recorded in the database, or ``None`` before the first one."""
    row = connection.execute("SELECT max(version) FROM schema_version").fetchone()
    return None if row is None or row[0] is None else int(row[0])


def check_version(version: int) -> None:
    """Refuse a database written by a newer Tacitus than this one."""
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the database has schema version {version}, newer than this Tacitus "
            f"({SCHEMA_VERSION}): upgrade Tacitus to read it"
        )


def column_types(connection: duckdb.DuckDBPyConnection) -> dict[str, dict[str, str]]:
    """Column name → SQL type, per table, in table order, as the database reports them."""
    rows = connection.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
    ).fetchall()
    types: dict[str, dict[str, str]] = {}
    for table, column, data_type in rows:
        types.setdefault(str(table), {})[str(column)] = str(data_type)
    return types
