"""The store: one DuckDB file, written one transaction per batch, read as plain dicts."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import Any, TextIO, TypeVar

import duckdb

from tacitus.actors.knowledge import KnowledgeBase
from tacitus.errors import StoreError
from tacitus.events.dedup import Cluster, MergeRules
from tacitus.model import CodedArticle, IngestOutcome
from tacitus.store import exports, queries, reports
from tacitus.store.bulk import insert_rows
from tacitus.store.features import insert_features
from tacitus.store.merging import MENTION_COLUMNS, plan_merge
from tacitus.store.rows import ARTICLE_TABLES, COLUMNS, article_rows, outcome_rows
from tacitus.store.schema import apply_schema, check_version, column_types, stored_version
from tacitus.store.window import MergeWindow

T = TypeVar("T")
log = logging.getLogger(__name__)

# Tables whose rows have a key: a row already there is skipped, which makes writes idempotent.
_KEYED = frozenset({"articles", "actors", "events", "event_mentions", "event_places", "quotes",
                    "claims", "coded_events"})


def _now() -> datetime:
    # stored as naive UTC: TIMESTAMP WITH TIME ZONE would need a time-zone library to read back
    return datetime.now(UTC).replace(tzinfo=None)


def _rollback(connection: duckdb.DuckDBPyConnection) -> None:
    # a failed COMMIT has rolled the transaction back already: nothing is left to undo
    with suppress(duckdb.TransactionException):
        connection.execute("ROLLBACK")


def _open_error(path: Path, error: duckdb.Error) -> StoreError:
    text = str(error)
    if "lock" in text.lower():
        return StoreError(f"database {path} is locked by another process: {text}")
    if "different configuration" in text:
        return StoreError(
            f"database {path} is already open in this process with other settings "
            f"(read-only and writable at once)"
        )
    if "does not exist" in text:
        return StoreError(f"no database at {path}")
    if "not a valid" in text:
        return StoreError(f"{path} is not a DuckDB database")
    return StoreError(f"cannot open database {path}: {text}")


class Store:
    """An open Tacitus database. Use ``open_store``; close it (or use ``with``) when done."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: Path, *,
                 read_only: bool) -> None:
        self._connection = connection
        self.path = path
        self.read_only = read_only
        self.merge_rules = MergeRules()
        self._types = column_types(connection)
        self._window = MergeWindow(self.merge_rules)

    # -- life cycle -------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database file; the store cannot be used after this."""
        self._connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def _transaction(self, what: str) -> Iterator[duckdb.DuckDBPyConnection]:
        if self.read_only:
            raise StoreError(f"cannot {what}: database {self.path} is open read-only")
        connection = self._connection
        try:
            connection.execute("BEGIN TRANSACTION")
        except duckdb.Error as error:
            raise StoreError(f"cannot {what} in {self.path}: {error}") from error
        try:
            yield connection
            connection.execute("COMMIT")
        except StoreError:
            _rollback(connection)
            raise
        except Exception as error:  # whatever fails, the batch is undone and reported as one error
            _rollback(connection)
            log.debug("rolled back: %s in %s", what, self.path, exc_info=True)
            raise StoreError(f"cannot {what} in {self.path}: {error}") from error
        except BaseException:
            _rollback(connection)
            raise

    def _read(self, query: Callable[..., T], /, **options: Any) -> T:
        try:
            return query(self._connection, **options)
        except duckdb.Error as error:
            raise StoreError(f"cannot read database {self.path}: {error}") from error

    # -- writes -----------------------------------------------------------------------------------

    def write_article(self, coded: CodedArticle) -> None:
        """Store one coded article (nothing happens if its id is stored already)."""
        with self._transaction("write an article") as connection:
            touched = self._insert_articles(connection, [coded])
        self._window.commit(touched)

    def write_batch(self, coded: Sequence[CodedArticle], outcomes: Sequence[IngestOutcome], *,
                    run_id: str) -> None:
        """Store a batch of coded articles and its ingest outcomes in one transaction."""
        with self._transaction("write a batch") as connection:
            touched = self._insert_articles(connection, coded)
            rows = outcome_rows(outcomes, run_id=run_id, at=_now(),
                                first_seq=queries.next_log_seq(connection, run_id))
            self._insert(connection, "ingest_log", rows)
        # the merge window changes with what is committed only
        self._window.commit(touched)
        log.debug("stored %d articles and %d outcomes in %s", len(coded), len(outcomes), self.path)

    def _insert_articles(self, connection: duckdb.DuckDBPyConnection,
                         coded: Sequence[CodedArticle]) -> tuple[Cluster, ...]:
        """Insert the articles not stored yet; return the merge clusters they touched."""
        ids, hashes = queries.stored_keys(connection, [item.article.id for item in coded],
                                          [item.article.content_hash for item in coded])
        new = [item for item in coded
               if item.article.id not in ids and item.article.content_hash not in hashes]
        tables = article_rows(new, ingested_at=_now())
        touched: tuple[Cluster, ...] = ()
        for table in ARTICLE_TABLES:
            if table == "events":
                # every coded event is kept as found; events and its mentions hold merged events
                self._insert(connection, "coded_events", tables["events"], COLUMNS["events"])
                touched = self._insert_merged(connection, new, tables["events"])
            elif table != "event_mentions":
                self._insert(connection, table, tables[table])
        return touched

    def _insert_merged(self, connection: duckdb.DuckDBPyConnection,
                       new: Sequence[CodedArticle],
                       coded_rows: Sequence[tuple[Any, ...]]) -> tuple[Cluster, ...]:
        if self._window.rules != self.merge_rules:
            self._window = MergeWindow(self.merge_rules)
        plan = plan_merge(connection, self._window, new, coded_rows)
        if plan.replaced:
            replaced = list(plan.replaced)
            connection.execute("DELETE FROM event_mentions WHERE event_id IN "
                               "(SELECT unnest(?::VARCHAR[]))", [replaced])
            connection.execute("DELETE FROM events WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                               [replaced])
        self._insert(connection, "events", plan.events)
        self._insert(connection, "event_mentions", plan.mentions, MENTION_COLUMNS)
        insert_features(connection, plan.features)
        return plan.touched

    def _insert(self, connection: duckdb.DuckDBPyConnection, table: str,
                rows: Sequence[tuple[Any, ...]], columns: Sequence[str] | None = None) -> None:
        insert_rows(connection, table, columns or COLUMNS[table], rows,
                    types=self._types[table], skip_existing=table in _KEYED)

    def start_run(self, sources: Sequence[str]) -> str:
        """Record the start of an ingest run; return its id."""
        run_id = f"run-{_now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        with self._transaction("start a run") as connection:
            connection.execute(
                "INSERT INTO runs (run_id, started_at, sources) VALUES (?, ?, ?)",
                [run_id, _now(), list(sources)],
            )
        log.info("run %s started in %s", run_id, self.path)
        return run_id

    def finish_run(self, run_id: str, counts: Mapping[str, int]) -> None:
        """Record the end of a run and its outcome counts."""
        with self._transaction("finish a run") as connection:
            found = connection.execute(
                "UPDATE runs SET finished_at = ?, counts = ? WHERE run_id = ? RETURNING run_id",
                [_now(), json.dumps(dict(counts), sort_keys=True), run_id],
            ).fetchall()
            if not found:
                raise StoreError(f"no run {run_id!r} in {self.path}")
        log.info("run %s finished: %s", run_id, dict(counts))

    # -- reads ------------------------------------------------------------------------------------

    def find_article(self, *, content_hash: str, url: str | None) -> str | None:
        """The id of a stored article with the same content hash or URL, if any."""
        return self.find_articles([(content_hash, url)])[0]

    def find_articles(self, keys: Sequence[tuple[str, str | None]]) -> list[str | None]:
        """``find_article`` for many (content hash, URL) keys at once, in their order."""
        return self._read(queries.find_article_ids, keys=keys)

    def events(self, *, actor: str | None = None, since: date | None = None,
               until: date | None = None, limit: int | None = None,
               with_reports: bool = False,
               min_confidence: float | None = None) -> list[dict[str, Any]]:
        """Events as ``Event.to_dict()``; ``actor`` is a source or target code prefix;
        ``min_confidence`` keeps the events whose confidence reaches it.

        ``with_reports`` adds num_mentions, num_sources, num_articles and every mention.
        """
        query = reports.select_events_with_reports if with_reports else queries.select_events
        return self._read(query, actor=actor, since=since, until=until, limit=limit,
                          min_confidence=min_confidence)

    def dyad_events(self, first: str, second: str | None, *, since: date | None = None,
                    until: date | None = None) -> list[dict[str, Any]]:
        """Dated events between two code prefixes (either way), or of ``first`` with anyone."""
        return self._read(reports.select_dyad_events, first=first, second=second, since=since,
                          until=until)

    def export(self, output_format: str, out: Path | TextIO, *, kb: KnowledgeBase,
               header: bool = False, min_confidence: float | None = None) -> int:
        """Write the events in one of ``EXPORT_FORMATS`` to ``out`` (a file, or a text stream
        for all but Parquet); returns the row count. ``kb`` gives the GDELT form of each actor
        code; ``header`` puts column names first in the GDELT tables; ``min_confidence`` keeps
        the events whose confidence reaches it."""
        return self._read(exports.export, output_format=output_format, out=out, kb=kb,
                          header=header, min_confidence=min_confidence)

    def quotes(self, *, speaker: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Quotes as ``Quote.to_dict()``; ``speaker`` is a speaker code prefix."""
        return self._read(queries.select_quotes, speaker=speaker, limit=limit)

    def claims(self, *, actor: str | None = None, kind: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Claims as ``Claim.to_dict()``; ``actor`` is an actor or addressee code prefix."""
        return self._read(queries.select_claims, actor=actor, kind=kind, limit=limit)

    def articles(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Articles as ``Article.to_dict()`` plus ``ingested_at``."""
        return self._read(queries.select_articles, limit=limit)

    def ingest_log(self, run_id: str | None = None) -> list[dict[str, Any]]:
        """What happened to each input, of one run or of all runs."""
        return self._read(queries.select_ingest_log, run_id=run_id)

    def runs(self) -> list[dict[str, Any]]:
        """Every ingest run with its sources and counts."""
        return self._read(queries.select_runs)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return self._read(queries.count_rows)

    def sql(self, query: str, params: Sequence[Any] = ()) -> duckdb.DuckDBPyRelation:
        """A DuckDB relation over the database for one's own SQL, with ``?`` parameters; on a
        read-only store it cannot change anything."""
        try:
            if not self.read_only and any(
                    statement.type != duckdb.StatementType.SELECT
                    for statement in self._connection.extract_statements(query)):
                # one's own SQL may change the stored events: the merge window reads them again
                self._window = MergeWindow(self.merge_rules)
            return self._connection.sql(query, params=list(params) or None)
        except duckdb.Error as error:
            raise StoreError(f"the query failed: {error}") from error


# DuckDB settings of a writable store (docs/scaling.md, round seven). One thread: the writer is
# the parent of the coding workers, one a core, and its statements are a batch's small look-ups
# and inserts, which gain nothing from a second thread that takes CPU from a worker.
WRITER_CONFIG: Mapping[str, str] = MappingProxyType({"threads": "1"})


def open_store(path: Path | str, *, read_only: bool = False,
               config: Mapping[str, str] | None = None) -> Store:
    """Open (and on first use create) the database at ``path``; ``config``: DuckDB settings
    (``duckdb_settings()`` names) over ``WRITER_CONFIG`` for a writable store, over DuckDB's
    defaults for a read-only one."""
    path = Path(path)
    if not read_only and path.parent != Path() and not path.parent.is_dir():
        raise StoreError(f"cannot create database {path}: no folder {path.parent}")
    settings: dict[str, str | bool | int | float | list[str]] = {
        **({} if read_only else WRITER_CONFIG), **(config or {})}
    try:
        connection = duckdb.connect(str(path), read_only=read_only, config=settings)
    except duckdb.Error as error:
        raise _open_error(path, error) from error
    try:
        _prepare(connection, path, read_only=read_only)
        return Store(connection, path, read_only=read_only)
    except BaseException:
        connection.close()
        raise


def _refuse_foreign(connection: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Refuse to add Tacitus's tables to another program's database (an empty one is fine)."""
    tables = connection.execute(
        "SELECT count(*), count(*) FILTER (WHERE table_name = 'schema_version') "
        "FROM information_schema.tables WHERE table_catalog = current_database()").fetchone()
    if tables and tables[0] and not tables[1]:
        raise StoreError(f"{path} is not a Tacitus database: it holds {tables[0]} other "
                         "tables and no schema_version; give a new or empty file")


def _prepare(connection: duckdb.DuckDBPyConnection, path: Path, *, read_only: bool) -> None:
    try:
        if not read_only:
            _refuse_foreign(connection, path)
            connection.execute("BEGIN TRANSACTION")
            try:
                apply_schema(connection)
            except BaseException:
                _rollback(connection)
                raise
            connection.execute("COMMIT")
            return
        tables = connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()
        if not tables or not tables[0]:
            raise StoreError(f"{path} is not a Tacitus database (no schema_version table)")
        version = stored_version(connection)
        if version is not None:
            check_version(version)
    except duckdb.Error as error:
        raise StoreError(f"cannot prepare database {path}: {error}") from error
