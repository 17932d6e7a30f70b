"""Where each merged event was reported: mention, source and article counts, and every mention.

``num_mentions`` counts event_mentions rows, ``num_articles`` distinct articles, ``num_sources``
distinct outlets (the article's ``source``, else its URL's host, else the article itself).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import duckdb

from tacitus.store.queries import select_events
from tacitus.store.readback import Record, iso

OUTLET_SQL = ("coalesce(nullif(a.source, ''), nullif(regexp_extract(a.url, '://([^/:]+)', 1), ''), "
              "m.article_id)")

_MENTIONS = """
SELECT m.event_id, m.article_id, {outlet} AS outlet, a.url, a.date AS article_date,
       m.sentence_index, m.sentence, m."start", m."end", m.trigger, m.trigger_start, m.trigger_end,
       {coded} AS coded_event_id
FROM event_mentions AS m LEFT JOIN articles AS a ON a.id = m.article_id
WHERE m.event_id IN (SELECT unnest(?::VARCHAR[]))
ORDER BY m.event_id, a.date NULLS LAST, m.article_id, m."start", m.trigger_start
"""


def merged_schema(connection: duckdb.DuckDBPyConnection) -> bool:
    """Whether the file has the version-2 tables (a version-1 file opened read-only has not)."""
    row = connection.execute(
        "SELECT count(*) FROM information_schema.columns "
        "WHERE table_name = 'event_mentions' AND column_name = 'coded_event_id'").fetchone()
    return bool(row and row[0])


def coded_event_sql(connection: duckdb.DuckDBPyConnection) -> str:
    """The coder's event id of a mention ``m``: its own event's id in a version-1 file."""
    return "coalesce(m.coded_event_id, m.event_id)" if merged_schema(connection) else "m.event_id"


def event_reports(connection: duckdb.DuckDBPyConnection,
                  event_ids: Sequence[str]) -> dict[str, Record]:
    """Per event id: ``num_mentions``, ``num_sources``, ``num_articles`` and ``mentions``."""
    sql = _MENTIONS.format(outlet=OUTLET_SQL, coded=coded_event_sql(connection))
    cursor = connection.execute(sql, [list(event_ids)])
    names = [column[0] for column in cursor.description or ()]
    reports: dict[str, Record] = {
        event_id: {"mentions": [], "sources": set(), "articles": set()} for event_id in event_ids}
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        entry = reports[row.pop("event_id")]
        entry["sources"].add(row["outlet"])
        entry["articles"].add(row["article_id"])
        row["article_date"] = iso(row["article_date"])
        entry["mentions"].append(row)
    return {
        event_id: {"num_mentions": len(entry["mentions"]), "num_sources": len(entry["sources"]),
                   "num_articles": len(entry["articles"]), "mentions": entry["mentions"]}
        for event_id, entry in reports.items()
    }


def select_events_with_reports(connection: duckdb.DuckDBPyConnection,
                               **filters: Any) -> list[Record]:
    """``select_events`` rows with ``event_reports`` keys added."""
    rows = select_events(connection, **filters)
    reports = event_reports(connection, [row["id"] for row in rows])
    return [{**row, **reports[row["id"]]} for row in rows]


def _dyad_condition(first: str, second: str | None, params: list[Any]) -> str:
    if second is None:
        params += [first, first]
        return "(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))"
    params += [first, second, second, first]
    return ("((starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)) "
            "OR (starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)))")


def select_dyad_events(connection: duckdb.DuckDBPyConnection, *, first: str,
                       second: str | None, since: date | None = None,
                       until: date | None = None) -> list[Record]:
    """Merged events between two actor code prefixes (either way), or of one actor with anyone.

    Each record has id, date, source_code, target_code, cameo, quad_class, goldstein and
    num_mentions; undated events are left out (a series needs a date).
    """
    params: list[Any] = []
    conditions = [_dyad_condition(first, second, params), "e.date IS NOT NULL"]
    if since is not None:
        conditions.append("e.date >= ?")
        params.append(since)
    if until is not None:
        conditions.append("e.date <= ?")
        params.append(until)
    sql = (
        "SELECT e.id, e.date, e.source_code, e.source_name, e.target_code, e.target_name, e.cameo, "
        "e.cameo_name, e.quad_class, e.goldstein, "
        "(SELECT count(*) FROM event_mentions AS m WHERE m.event_id = e.id) AS num_mentions "
        f"FROM events AS e WHERE {' AND '.join(conditions)} ORDER BY e.date, e.id"
    )
    cursor = connection.execute(sql, params)
    names = [column[0] for column in cursor.description or ()]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
