"""Read queries for the analyst's views: event counts per pair of codes, people, mapped events.

Codes come back whole; ``tacitus.analysis.levels`` folds them to country level. Every filter is a
bound parameter.
"""

from __future__ import annotations

from typing import Any

import duckdb

from tacitus.store.browse import EventFilter, _conditions
from tacitus.store.queries import _fetch, _has_table, _where
from tacitus.store.readback import Record

_SIDES = """
WITH sides AS (
    SELECT source_code AS code, source_name AS name, source_kind AS kind FROM events
    UNION ALL
    SELECT target_code, target_name, target_kind FROM events WHERE target_code IS NOT NULL)
"""


def select_pair_counts(connection: duckdb.DuckDBPyConnection,
                       selection: EventFilter) -> list[Record]:
    """Events per (source code, target code, quad class) among those ``selection`` keeps, with
    their Goldstein sum; ``target_code`` is ``None`` for events without a target."""
    params: list[Any] = []
    where = _where(_conditions(selection, params))
    return _fetch(connection, f"""
        SELECT e.source_code, e.target_code, e.quad_class, count(*) AS events,
               sum(e.goldstein) AS goldstein_sum
        FROM events AS e {where}
        GROUP BY 1, 2, 3 ORDER BY 1, 2 NULLS FIRST, 3""", params)


def select_people(connection: duckdb.DuckDBPyConnection, code: str, *, level: str,
                  limit: int) -> list[Record]:
    """People who act under ``code`` (a prefix at level "country", the whole code at "sector"),
    with their code and number of events, most active first."""
    match = "starts_with(code, ?)" if level == "country" else "code = ?"
    return _fetch(connection, f"""{_SIDES}
        SELECT name, code, count(*) AS events FROM sides
        WHERE kind = 'person' AND {match}
        GROUP BY name, code ORDER BY events DESC, name, code LIMIT ?""", [code, limit])


def select_mapped_events(connection: duckdb.DuckDBPyConnection, selection: EventFilter, *,
                         limit: int) -> list[Record]:
    """Events with a place among those ``selection`` keeps, newest first: id, date, codes, CAMEO
    code and name, quad class, place name, country, latitude and longitude."""
    if not _has_table(connection, "event_places"):
        return []
    params: list[Any] = []
    conditions = _conditions(selection, params)
    params.append(limit)
    rows = _fetch(connection, f"""
        SELECT e.id, e.date, e.source_code, e.target_code, e.cameo, e.cameo_name, e.quad_class,
               p.name AS place, p.country, p.lat, p.lon
        FROM events AS e JOIN event_places AS p ON p.event_id = e.id {_where(conditions)}
        ORDER BY e.date DESC NULLS LAST, e.id LIMIT ?""", params)
    return [{**row, "date": row["date"].isoformat() if row["date"] else None} for row in rows]
