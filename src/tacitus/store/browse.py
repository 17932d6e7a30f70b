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
from tacitus.store.queries import _fetch, _where
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
# each event with its first report in its own article, as ``queries.select_events`` shows it
_EVENTS = """
SELECT e.id, e.source_code, e.source_name, e.source_kind, e.source_country, e.source_roles,
       e.target_code, e.target_name, e.target_kind, e.target_country, e.target_roles,
       e.cameo, e.cameo_name, e.plover, e.plover_mode, e.goldstein, e.quad_class, e.date,
       e.confidence, e.trigger, m.article_id, m.sentence, m.sentence_index, m."start", m."end",
       m.trigger_start, m.trigger_end
FROM events AS e JOIN event_mentions AS m ON m.event_id = e.id
"""
_FIRST_REPORT = """
QUALIFY row_number() OVER (
    PARTITION BY e.id
    ORDER BY m.article_id = e.article_id DESC, m.article_id, m.sentence_index, m.trigger_start
) = 1
"""


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What ``select_event_page`` keeps; every field left ``None`` keeps everything.

    ``actor`` and the dyad sides are code prefixes (a dyad matches either way round), ``root`` a
    two-digit CAMEO root, ``plover`` a PLOVER type, ``text`` a case-insensitive substring of the
    evidence sentence of any report, ``min_confidence`` the least confidence kept.
    """

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    root: str | None = None
    plover: str | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None
    min_confidence: float | None = None


def _conditions(selection: EventFilter, params: list[Any]) -> list[str]:
    conditions: list[str] = []
    if selection.actor is not None:
        conditions.append("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))")
        params += [selection.actor, selection.actor]
    if selection.dyad is not None:
        first, second = selection.dyad
        conditions.append("((starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)) "
                          "OR (starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)))")
        params += [first, second, second, first]
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
    if selection.min_confidence is not None:
        conditions.append("e.confidence >= ?")
        params.append(selection.min_confidence)
    if selection.text is not None:
        # strpos, not LIKE: the user's % and _ are text, not wildcards
        conditions.append("e.id IN (SELECT t.event_id FROM event_mentions AS t "
                          "WHERE strpos(lower(t.sentence), lower(?)) > 0)")
        params.append(selection.text)
    return conditions


def _page(limit: int, offset: int, params: list[Any]) -> str:
    if not 0 <= limit <= MAX_PAGE or offset < 0:
        raise StoreError(f"a page holds 0 to {MAX_PAGE} rows from offset 0 or more, "
                         f"got limit {limit} and offset {offset}")
    params += [limit, offset]
    return "LIMIT ? OFFSET ?"


def select_event_page(connection: duckdb.DuckDBPyConnection, selection: EventFilter, *,
                      limit: int, offset: int) -> tuple[int, list[Record]]:
    """The number of events that match, and one page of them, newest first, with report counts."""
    params: list[Any] = []
    where = _where(_conditions(selection, params))
    row = connection.execute(f"SELECT count(*) FROM events AS e {where}", params).fetchone()
    total = int(row[0]) if row else 0
    order = 'ORDER BY e.date DESC NULLS LAST, m.article_id, m."start", m.trigger_start, e.id'
    sql = " ".join((_EVENTS, where, _FIRST_REPORT, order, _page(limit, offset, params)))
    rows = [event_record(item) for item in _fetch(connection, sql, params)]
    reports = event_reports(connection, [item["id"] for item in rows])
    return total, [{**item, **reports[item["id"]]} for item in rows]


def select_event(connection: duckdb.DuckDBPyConnection, event_id: str) -> Record | None:
    """One merged event with every report of it (``mentions``), or ``None`` if there is none."""
    sql = " ".join((_EVENTS, "WHERE e.id = ?", _FIRST_REPORT))
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


_SIDES = """
WITH sides AS (
    SELECT source_code AS code, source_name AS name FROM events
    UNION ALL
    SELECT target_code, target_name FROM events WHERE target_code IS NOT NULL)
"""


def select_actor_list(connection: duckdb.DuckDBPyConnection, *, text: str | None,
                      limit: int, offset: int) -> tuple[int, list[Record]]:
    """Actors that take part in events, most active first; ``text`` matches a code or name."""
    params: list[Any] = []
    having = ""
    if text is not None:
        having = ("HAVING bool_or(starts_with(code, upper(?)) "
                  "OR strpos(lower(name), lower(?)) > 0)")
        params += [text, text]
    grouped = ("SELECT code, min(name) AS name, count(*) AS events FROM sides "
               f"GROUP BY code {having}")
    row = connection.execute(f"{_SIDES} SELECT count(*) FROM ({grouped})", params).fetchone()
    page_params = list(params)
    sql = f"{_SIDES} {grouped} ORDER BY events DESC, code {_page(limit, offset, page_params)}"
    return (int(row[0]) if row else 0), _fetch(connection, sql, page_params)


def select_actor_names(connection: duckdb.DuckDBPyConnection, code: str) -> list[str]:
    """Every name stored for an actor code."""
    rows = connection.execute("SELECT name FROM actors WHERE code = ? ORDER BY name",
                              [code]).fetchall()
    return [str(row[0]) for row in rows]


def select_top_dyads(connection: duckdb.DuckDBPyConnection, *, limit: int) -> list[Record]:
    """Pairs of actor codes (either way round) with the most events, and their quad balance."""
    params: list[Any] = []
    sql = f"""
        SELECT least(source_code, target_code) AS a, greatest(source_code, target_code) AS b,
               count(*) AS events,
               count(*) FILTER (WHERE quad_class <= 2) AS cooperative,
               count(*) FILTER (WHERE quad_class >= 3) AS conflictual,
               round(sum(goldstein), 3) AS goldstein_sum
        FROM events WHERE target_code IS NOT NULL AND target_code <> source_code
        GROUP BY 1, 2 ORDER BY events DESC, a, b {_page(limit, 0, params)}"""
    return _fetch(connection, sql, params)


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


def select_quote_page(connection: duckdb.DuckDBPyConnection, *, speaker: str | None,
                      limit: int, offset: int) -> list[Record]:
    """Quotes, newest first; ``speaker`` is a speaker code prefix."""
    params: list[Any] = []
    conditions: Sequence[str] = ()
    if speaker is not None:
        conditions = ("starts_with(speaker_code, ?)",)
        params.append(speaker)
    sql = (f"SELECT * FROM quotes {_where(conditions)} "
           f'ORDER BY date DESC NULLS LAST, article_id, "start", id {_page(limit, offset, params)}')
    return [quote_record(item) for item in _fetch(connection, sql, params)]


def select_claim_page(connection: duckdb.DuckDBPyConnection, *, actor: str | None,
                      kind: str | None, limit: int, offset: int) -> list[Record]:
    """Claims, newest first; ``actor`` is an actor or addressee code prefix."""
    params: list[Any] = []
    conditions: list[str] = []
    if actor is not None:
        conditions.append("(starts_with(actor_code, ?) OR starts_with(addressee_code, ?))")
        params += [actor, actor]
    if kind is not None:
        conditions.append("kind = ?")
        params.append(kind)
    sql = (f"SELECT * FROM claims {_where(conditions)} "
           f'ORDER BY date DESC NULLS LAST, article_id, "start", id {_page(limit, offset, params)}')
    return [claim_record(item) for item in _fetch(connection, sql, params)]
