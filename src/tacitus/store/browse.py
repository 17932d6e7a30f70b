"""Read queries for browsing: filtered, paged events; one event, one article; actors and dyads.

Every filter is a bound parameter; results are JSON-ready dicts like those of ``queries``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from tacitus.errors import StoreError
from tacitus.store.queries import (
    _EVENTS,
    _FIRST_REPORT,
    _PLACE_COLUMNS,
    _PLACE_JOIN,
    _fetch,
    _has_table,
    _where,
)
from tacitus.store.readback import (
    Record,
    article_record,
    claim_record,
    event_record,
    iso,
    quote_record,
)
from tacitus.store.reports import event_reports

MAX_PAGE = 500


def _events_sql(connection: duckdb.DuckDBPyConnection) -> str:
    # each event with its first report in its own article and its place, as ``select_events``
    placed = _has_table(connection, "event_places")
    return _EVENTS.format(place_columns=_PLACE_COLUMNS if placed else "",
                          place_join=_PLACE_JOIN if placed else "")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What ``select_event_page`` keeps; every field left ``None`` keeps everything.

    ``actor`` and the dyad sides are code prefixes at ``level`` "country" (``USA`` matches
    ``USAGOV``) and whole codes at level "sector" (a dyad matches either way round), ``root`` a
    two-digit CAMEO root, ``plover`` a PLOVER type, ``quad`` a quad class 1–4, ``min_confidence``
    the lowest confidence kept, ``text`` a case-insensitive substring of the evidence sentence of
    any report.
    """

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    level: str = "country"
    root: str | None = None
    plover: str | None = None
    quad: int | None = None
    min_confidence: float | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None


def _matches(column: str, level: str) -> str:
    return f"starts_with({column}, ?)" if level == "country" else f"{column} = ?"


def _conditions(selection: EventFilter, params: list[Any]) -> list[str]:
    conditions: list[str] = []
    source, target = _matches("e.source_code", selection.level), _matches("e.target_code",
                                                                            selection.level)
    if selection.actor is not None:
        conditions.append(f"({source} OR {target})")
        params += [selection.actor, selection.actor]
    if selection.dyad is not None:
        first, second = selection.dyad
        conditions.append(f"(({source} AND {target}) OR ({source} AND {target}))")
        params += [first, second, second, first]
    if selection.quad is not None:
        conditions.append("e.quad_class = ?")
        params.append(selection.quad)
    if selection.min_confidence is not None:
        conditions.append("e.confidence >= ?")
        params.append(selection.min_confidence)
    if selection.root is not None:
        conditions.append("e.root_code = ?")
        params.append(selection.root)
    if selection.plover is not None:
        conditions.append("upper(e.plover) = upper(?)")
        params.append(selection.plover)
    if selection.since is not None:
        conditions.append("e.date >= ?")
        params.append(selection.since)
    if selection.until is not None:
        conditions.append("e.date <= ?")
        params.append(selection.until)
    if selection.text is not None:
        # strpos, not LIKE: the user's % and _ are text, not wildcards
        conditions.append("e.id IN (SELECT t.event_id FROM event_mentions AS t "
                          "WHERE strpos(lower(t.sentence), lower(?)) > 0)")
        params.append(selection.text)
    return conditions


def _page(limit: int, offset: int, params: list[Any], *, most: int = MAX_PAGE) -> str:
    if not 0 <= limit <= most or offset < 0:
        raise StoreError(f"a page holds 0 to {most} rows from offset 0 or more, "
                         f"got limit {limit} and offset {offset}")
    params += [limit, offset]
    return "LIMIT ? OFFSET ?"


def select_event_page(connection: duckdb.DuckDBPyConnection, selection: EventFilter, *,
                      limit: int, offset: int, most: int = MAX_PAGE) -> tuple[int, list[Record]]:
    """The number of events that match, and one page of them (at most ``most`` rows), newest
    first, with report counts."""
    params: list[Any] = []
    where = _where(_conditions(selection, params))
    row = connection.execute(f"SELECT count(*) FROM events AS e {where}", params).fetchone()
    total = int(row[0]) if row else 0
    order = 'ORDER BY e.date DESC NULLS LAST, m.article_id, m."start", m.trigger_start, e.id'
    sql = " ".join((_events_sql(connection), where, _FIRST_REPORT, order,
                    _page(limit, offset, params, most=most)))
    rows = [event_record(item) for item in _fetch(connection, sql, params)]
    reports = event_reports(connection, [item["id"] for item in rows])
    return total, [{**item, **reports[item["id"]]} for item in rows]


def select_event(connection: duckdb.DuckDBPyConnection, event_id: str) -> Record | None:
    """One merged event with every report of it (``mentions``), or ``None`` if there is none."""
    sql = " ".join((_events_sql(connection), "WHERE e.id = ?", _FIRST_REPORT))
    rows = _fetch(connection, sql, [event_id])
    if not rows:
        return None
    record = event_record(rows[0])
    return {**record, **event_reports(connection, [event_id])[event_id]}


def select_article(connection: duckdb.DuckDBPyConnection, article_id: str) -> Record | None:
    """One article with its actor mentions, the event reports in it, its quotes and claims."""
    rows = _fetch(connection, "SELECT * FROM articles WHERE id = ?", [article_id])
    if not rows:
        return None
    mentions = _fetch(connection, 'SELECT sentence_index, "start", "end", text, actor_code, '
                      'actor_name, how FROM mentions WHERE article_id = ? ORDER BY "start", "end"',
                      [article_id])
    reports = _fetch(connection, """
        SELECT m.event_id, m.sentence_index, m.sentence, m."start", m."end", m.trigger,
               m.trigger_start, m.trigger_end, e.cameo, e.cameo_name, e.plover, e.quad_class,
               e.goldstein, e.source_code, e.target_code
        FROM event_mentions AS m JOIN events AS e ON e.id = m.event_id
        WHERE m.article_id = ? ORDER BY m."start", m.trigger_start, m.event_id""", [article_id])
    quotes = _fetch(connection, 'SELECT * FROM quotes WHERE article_id = ? ORDER BY "start", id',
                    [article_id])
    claims = _fetch(connection, 'SELECT * FROM claims WHERE article_id = ? ORDER BY "start", id',
                    [article_id])
    return {**article_record(rows[0]), "mentions": mentions, "events": reports,
            "quotes": [quote_record(item) for item in quotes],
            "claims": [claim_record(item) for item in claims]}


def select_article_list(connection: duckdb.DuckDBPyConnection, *, text: str | None,
                        limit: int, offset: int) -> tuple[int, list[Record]]:
    """Articles without their text, newest first; ``text`` is a substring of title or body."""
    params: list[Any] = []
    conditions = []
    if text is not None:
        conditions.append("(strpos(lower(title), lower(?)) > 0 "
                          "OR strpos(lower(text), lower(?)) > 0)")
        params += [text, text]
    where = _where(conditions)
    row = connection.execute(f"SELECT count(*) FROM articles {where}", params).fetchone()
    sql = (f"SELECT id, title, date, url, source, origin, length(text) AS characters FROM articles "
           f"{where} ORDER BY date DESC NULLS LAST, id {_page(limit, offset, params)}")
    rows = [{**item, "date": iso(item["date"])} for item in _fetch(connection, sql, params)]
    return (int(row[0]) if row else 0), rows


def select_actor_names(connection: duckdb.DuckDBPyConnection, code: str) -> list[str]:
    """Every name stored for an actor code."""
    rows = connection.execute("SELECT name FROM actors WHERE code = ? ORDER BY name",
                              [code]).fetchall()
    return [str(row[0]) for row in rows]


def select_event_points(connection: duckdb.DuckDBPyConnection) -> list[Record]:
    """Every dated event as a series point: id, date, quad_class, goldstein, num_mentions."""
    return _fetch(connection, """
        SELECT e.id, e.date, e.quad_class, e.goldstein,
               (SELECT count(*) FROM event_mentions AS m WHERE m.event_id = e.id) AS num_mentions
        FROM events AS e WHERE e.date IS NOT NULL ORDER BY e.date, e.id""")


def select_totals(connection: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """How many articles, events, reports, quotes and claims the database holds."""
    totals: dict[str, int] = {}
    for name, table in (("articles", "articles"), ("events", "events"),
                        ("reports", "event_mentions"), ("quotes", "quotes"),
                        ("claims", "claims")):
        row = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
        totals[name] = int(row[0]) if row else 0
    return totals


def _count(connection: duckdb.DuckDBPyConnection, table: str, where: str,
           params: Sequence[Any]) -> int:
    row = connection.execute(f"SELECT count(*) FROM {table} {where}", list(params)).fetchone()
    return int(row[0]) if row else 0


def select_quote_page(connection: duckdb.DuckDBPyConnection, *, speaker: str | None,
                      limit: int, offset: int) -> tuple[int, list[Record]]:
    """The number of quotes that match and one page of them, newest first; ``speaker`` is a
    speaker code prefix."""
    params: list[Any] = []
    conditions: Sequence[str] = ()
    if speaker is not None:
        conditions = ("starts_with(speaker_code, ?)",)
        params.append(speaker)
    total = _count(connection, "quotes", _where(conditions), params)
    sql = (f"SELECT * FROM quotes {_where(conditions)} "
           f'ORDER BY date DESC NULLS LAST, article_id, "start", id {_page(limit, offset, params)}')
    return total, [quote_record(item) for item in _fetch(connection, sql, params)]


def select_claim_page(connection: duckdb.DuckDBPyConnection, *, actor: str | None,
                      kind: str | None, limit: int, offset: int) -> tuple[int, list[Record]]:
    """The number of claims that match and one page of them, newest first; ``actor`` is an actor
    or addressee code prefix."""
    params: list[Any] = []
    conditions: list[str] = []
    if actor is not None:
        conditions.append("(starts_with(actor_code, ?) OR starts_with(addressee_code, ?))")
        params += [actor, actor]
    if kind is not None:
        conditions.append("kind = ?")
        params.append(kind)
    total = _count(connection, "claims", _where(conditions), params)
    sql = (f"SELECT * FROM claims {_where(conditions)} "
           f'ORDER BY date DESC NULLS LAST, article_id, "start", id {_page(limit, offset, params)}')
    return total, [claim_record(item) for item in _fetch(connection, sql, params)]
