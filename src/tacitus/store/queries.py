"""Read queries: filters become parameters, results become JSON-ready dicts in a fixed order."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

import duckdb

from tacitus.errors import StoreError
from tacitus.store.bulk import quote_identifier
from tacitus.store.readback import (
    Record,
    article_record,
    claim_record,
    event_record,
    quote_record,
    timestamps,
)
from tacitus.store.schema import TABLES

# An event may be reported in several places; its dict shows the first report in its own article.
_EVENTS = """
SELECT e.id, e.source_code, e.source_name, e.source_kind, e.source_country, e.source_roles,
       e.target_code, e.target_name, e.target_kind, e.target_country, e.target_roles,
       e.cameo, e.cameo_name, e.plover, e.plover_mode, e.goldstein, e.quad_class, e.date,
       e.confidence, e.trigger, m.article_id, m.sentence, m.sentence_index, m."start", m."end",
       m.trigger_start, m.trigger_end{place_columns}
FROM events AS e JOIN event_mentions AS m ON m.event_id = e.id{place_join}
"""
# an event's place is its first report's: the merged event keeps that report's id
_PLACE_COLUMNS = (", p.name AS place_name, p.country AS place_country, p.lat AS place_lat, "
                  "p.lon AS place_lon, p.feature AS place_feature")
_PLACE_JOIN = " LEFT JOIN event_places AS p ON p.event_id = e.id"
_FIRST_REPORT = """
QUALIFY row_number() OVER (
    PARTITION BY e.id
    ORDER BY m.article_id = e.article_id DESC, m.article_id, m.sentence_index, m.trigger_start
) = 1
"""
_EVENT_ORDER = ('ORDER BY e.date NULLS LAST, m.article_id, m."start", m.trigger_start, '
                'e.cameo, e.id')


def _fetch(
    connection: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()
) -> list[Record]:
    cursor = connection.execute(sql, list(params))
    names = [column[0] for column in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _has_table(connection: duckdb.DuckDBPyConnection, table: str) -> bool:
    """Whether the file has ``table`` (an older file opened read-only may not)."""
    row = connection.execute("SELECT count(*) FROM information_schema.tables "
                             "WHERE table_name = ?", [table]).fetchone()
    return bool(row and row[0])


def _where(conditions: Sequence[str]) -> str:
    return f"WHERE {' AND '.join(conditions)}" if conditions else ""


def _limit(limit: int | None, params: list[Any]) -> str:
    if limit is None:
        return ""
    if limit < 0:
        raise StoreError(f"limit cannot be negative, got {limit}")
    params.append(limit)
    return "LIMIT ?"


def select_events(
    connection: duckdb.DuckDBPyConnection,
    *,
    actor: str | None,
    since: date | None,
    until: date | None,
    limit: int | None,
    min_confidence: float | None = None,
) -> list[Record]:
    """Events whose source or target code starts with ``actor``, dated within since–until, of
    at least ``min_confidence``."""
    conditions: list[str] = []
    params: list[Any] = []
    if min_confidence is not None:
        conditions.append("e.confidence >= ?")
        params.append(min_confidence)
    if actor is not None:
        conditions.append("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))")
        params += [actor, actor]
    if since is not None:
        conditions.append("e.date >= ?")
        params.append(since)
    if until is not None:
        conditions.append("e.date <= ?")
        params.append(until)
    placed = _has_table(connection, "event_places")
    events = _EVENTS.format(place_columns=_PLACE_COLUMNS if placed else "",
                            place_join=_PLACE_JOIN if placed else "")
    sql = " ".join((events, _where(conditions), _FIRST_REPORT, _EVENT_ORDER,
                    _limit(limit, params)))
    return [event_record(row) for row in _fetch(connection, sql, params)]


def select_quotes(
    connection: duckdb.DuckDBPyConnection, *, speaker: str | None, limit: int | None
) -> list[Record]:
    """Quotes whose speaker code starts with ``speaker``."""
    conditions: list[str] = []
    params: list[Any] = []
    if speaker is not None:
        conditions.append("starts_with(speaker_code, ?)")
        params.append(speaker)
    sql = " ".join(("SELECT * FROM quotes", _where(conditions),
                    'ORDER BY date NULLS LAST, article_id, "start", id', _limit(limit, params)))
    return [quote_record(row) for row in _fetch(connection, sql, params)]


def select_claims(
    connection: duckdb.DuckDBPyConnection,
    *,
    actor: str | None,
    kind: str | None,
    limit: int | None,
) -> list[Record]:
    """Claims of one ``kind`` whose actor or addressee code starts with ``actor``."""
    conditions: list[str] = []
    params: list[Any] = []
    if actor is not None:
        conditions.append("(starts_with(actor_code, ?) OR starts_with(addressee_code, ?))")
        params += [actor, actor]
    if kind is not None:
        conditions.append("kind = ?")
        params.append(kind)
    sql = " ".join(("SELECT * FROM claims", _where(conditions),
                    'ORDER BY date NULLS LAST, article_id, "start", kind, id',
                    _limit(limit, params)))
    return [claim_record(row) for row in _fetch(connection, sql, params)]


def select_articles(connection: duckdb.DuckDBPyConnection, *, limit: int | None) -> list[Record]:
    """Stored articles, by date."""
    params: list[Any] = []
    sql = f"SELECT * FROM articles ORDER BY date NULLS LAST, id {_limit(limit, params)}"
    return [article_record(row) for row in _fetch(connection, sql, params)]


def find_article_ids(
    connection: duckdb.DuckDBPyConnection, keys: Sequence[tuple[str, str | None]]
) -> list[str | None]:
    """For each (content hash, URL), the id of a stored article with this content hash or else
    this URL (the first id when several have the URL), or None: two queries for all the keys."""
    if not keys:
        return []
    hashes = sorted({content_hash for content_hash, _ in keys})
    found = connection.execute(
        "SELECT content_hash, min(id) FROM articles "
        "WHERE content_hash IN (SELECT unnest(?::VARCHAR[])) GROUP BY content_hash",
        [hashes]).fetchall()
    by_hash = {str(content_hash): str(article_id) for content_hash, article_id in found}
    urls = sorted({url for content_hash, url in keys
                   if url is not None and content_hash not in by_hash})
    by_url: dict[str, str] = {}
    if urls:
        by_url = {str(url): str(article_id) for url, article_id in connection.execute(
            "SELECT url, min(id) FROM articles WHERE url IN (SELECT unnest(?::VARCHAR[])) "
            "GROUP BY url", [urls]).fetchall()}
    return [by_hash.get(content_hash) or (by_url.get(url) if url is not None else None)
            for content_hash, url in keys]


def stored_keys(
    connection: duckdb.DuckDBPyConnection, article_ids: Sequence[str], hashes: Sequence[str]
) -> tuple[set[str], set[str]]:
    """The ids and content hashes, among these, of articles stored already."""
    if not article_ids and not hashes:
        return set(), set()
    rows = connection.execute(
        "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) "
        "OR content_hash IN (SELECT unnest(?::VARCHAR[]))",
        [list(article_ids), list(hashes)],
    ).fetchall()
    return {str(row[0]) for row in rows}, {str(row[1]) for row in rows}


def select_ingest_log(
    connection: duckdb.DuckDBPyConnection, *, run_id: str | None
) -> list[Record]:
    """The ingest log of one run (or every run), in the order inputs were handled."""
    params: list[Any] = []
    condition = ""
    if run_id is not None:
        condition = "WHERE l.run_id = ?"
        params.append(run_id)
    sql = (
        'SELECT l.run_id, l."at", l.origin, l.status, l.reason, l.message, l.article_id, l.title '
        f"FROM ingest_log AS l LEFT JOIN runs AS r ON r.run_id = l.run_id {condition} "
        "ORDER BY r.started_at NULLS LAST, l.run_id, l.seq"
    )
    return [timestamps(row, "at") for row in _fetch(connection, sql, params)]


def next_log_seq(connection: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """The sequence number the next ingest-log row of a run gets."""
    row = connection.execute(
        "SELECT coalesce(max(seq) + 1, 0) FROM ingest_log WHERE run_id = ?", [run_id]
    ).fetchone()
    return int(row[0]) if row else 0


def select_runs(connection: duckdb.DuckDBPyConnection) -> list[Record]:
    """Every run, oldest first, with its sources and outcome counts."""
    rows = _fetch(connection, "SELECT * FROM runs ORDER BY started_at, run_id")
    return [
        {
            **timestamps(row, "started_at", "finished_at"),
            "sources": list(row["sources"]),
            "counts": json.loads(row["counts"]) if row["counts"] is not None else None,
        }
        for row in rows
    ]


def count_rows(connection: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per table."""
    counts: dict[str, int] = {}
    for table in TABLES:
        row = connection.execute(f"SELECT count(*) FROM {quote_identifier(table)}").fetchone()
        counts[table] = int(row[0]) if row else 0
    return counts
