"""What each API answer and page shows, read from the current snapshot as JSON-ready dicts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import duckdb

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.actors.labels import code_label
from tacitus.analysis import answers, levels
from tacitus.analysis.series import dyad_series
from tacitus.errors import NotFoundError, SettingsError, StoreError
from tacitus.store import Store, browse, explore
from tacitus.store.readback import iso
from tacitus.web.snapshot import SnapshotKeeper

T = TypeVar("T")
TOP_DYADS = 10
LATEST = 15
PEOPLE = 20
MAPPED = 2000
CSV_ROWS = 100_000
CSV_COLUMNS = ("id", "date", "source_code", "source_name", "cameo", "cameo_name", "target_code",
               "target_name", "quad_class", "goldstein", "plover", "confidence", "num_mentions",
               "place", "sentence", "article_id")


def read(keeper: SnapshotKeeper, query: Callable[..., T], /, *args: Any, **options: Any) -> T:
    """Run one query function on a cursor of the current snapshot."""
    with keeper.cursor() as cursor:
        try:
            return query(cursor, *args, **options)
        except duckdb.Error as error:
            raise StoreError(f"cannot read database {keeper.source}: {error}") from error


def actor_code(value: str, what: str = "actor") -> str:
    """An actor code prefix such as USA or TALGOV, upper-cased."""
    code = value.strip().upper()
    if not code.isalnum() or len(code) > 30:
        raise SettingsError(f"{what} must be an actor code such as USA or TALGOV, got {value!r}")
    return code


def _dated(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**row, "date": iso(row["date"])} for row in rows]


def label(code: str | None) -> str | None:
    """The institution an actor code names ("United States government"), if it is known."""
    return None if code is None else code_label(load_knowledge_base(), code)


def envelope(total: int, limit: int, offset: int, items: list[Any]) -> dict[str, Any]:
    """The shape of every list answer."""
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def event_page(keeper: SnapshotKeeper, selection: browse.EventFilter, *, limit: int,
               offset: int) -> dict[str, Any]:
    """One page of events that match ``selection``, newest first."""
    total, rows = read(keeper, browse.select_event_page, selection, limit=limit, offset=offset)
    return envelope(total, limit, offset, rows)


def event_table(keeper: SnapshotKeeper, selection: browse.EventFilter) -> list[dict[str, Any]]:
    """Every event that matches ``selection`` (up to ``CSV_ROWS``) as flat rows of
    ``CSV_COLUMNS``; codes stay strings (CAMEO 042 keeps its zero)."""
    _, rows = read(keeper, browse.select_event_page, selection, limit=CSV_ROWS, offset=0,
                   most=CSV_ROWS)
    flat = []
    for row in rows:
        source, target, place = row["source"] or {}, row["target"] or {}, row["location"] or {}
        flat.append({**row, "source_code": source.get("code"), "source_name": source.get("name"),
                     "target_code": target.get("code"), "target_name": target.get("name"),
                     "place": place.get("name")})
    return [{column: item.get(column) for column in CSV_COLUMNS} for item in flat]


def mapped_events(keeper: SnapshotKeeper, selection: browse.EventFilter) -> list[dict[str, Any]]:
    """Events with a place among those ``selection`` keeps, for the map."""
    return read(keeper, explore.select_mapped_events, selection, limit=MAPPED)


def _labelled(item: levels.Tally, *, pair: bool) -> dict[str, Any]:
    if pair:
        return {**item.to_dict(), "a_name": label(item.a), "b_name": label(item.b)}
    answer = item.to_dict()
    del answer["a"], answer["b"]
    return {"code": item.a, "name": label(item.a), **answer}


def dyad_list(keeper: SnapshotKeeper, *, level: str, limit: int, offset: int) -> dict[str, Any]:
    """Pairs of actors at ``level`` with the most events; no actor is its own counterpart."""
    pairs = levels.dyads(read(keeper, explore.select_pair_counts, browse.EventFilter()), level)
    return envelope(len(pairs), limit, offset,
                    [_labelled(item, pair=True) for item in pairs[offset:offset + limit]])


def actor_list(keeper: SnapshotKeeper, *, level: str, text: str | None, limit: int,
               offset: int) -> dict[str, Any]:
    """Actors at ``level`` by number of events; ``text`` matches a code prefix or a name."""
    rows = levels.actors(read(keeper, explore.select_pair_counts, browse.EventFilter()), level)
    items = [_labelled(item, pair=False) for item in rows]
    if text is not None:
        needle = text.casefold()
        items = [item for item in items if item["code"].startswith(text.upper())
                 or needle in (item["name"] or "").casefold()]
    return envelope(len(items), limit, offset, items[offset:offset + limit])


def actor_view(keeper: SnapshotKeeper, code: str, *, level: str) -> dict[str, Any]:
    """An actor at ``level``: its name, counterparts (each once), sectors and people."""
    rows = read(keeper, explore.select_pair_counts, browse.EventFilter(actor=code, level=level))
    sides = levels.counterparts(code, rows, level)
    return {"code": code, "name": label(code), "level": level,
            "counterparts": [_labelled(levels.Tally(item.b or "", None, item.events,
                                                    item.cooperative, item.conflictual,
                                                    item.goldstein_sum), pair=False)
                             for item in sides],
            "sectors": [_labelled(item, pair=False) for item in levels.sectors(code, rows)
                        if item.a != code],
            "people": read(keeper, explore.select_people, code, level=level, limit=PEOPLE)}


def event_detail(keeper: SnapshotKeeper, event_id: str) -> dict[str, Any]:
    """One event with every report of it."""
    event = read(keeper, browse.select_event, event_id)
    if event is None:
        raise NotFoundError(f"no event {event_id!r}")
    return event


def article_detail(keeper: SnapshotKeeper, article_id: str) -> dict[str, Any]:
    """One article with its actor mentions, event reports, quotes and claims."""
    article = read(keeper, browse.select_article, article_id)
    if article is None:
        raise NotFoundError(f"no article {article_id!r}")
    return article


def actor_profile(keeper: SnapshotKeeper, code: str) -> dict[str, Any]:
    """``tacitus profile CODE --format json``, plus the names the actor goes by and its timeline."""

    def gather(cursor: duckdb.DuckDBPyConnection) -> dict[str, Any]:
        profile = answers.actor_profile(_archive(keeper, cursor), code, with_timeline=True)
        timeline = profile.pop("timeline")
        return {**profile, "names": browse.select_actor_names(cursor, code),
                "timeline": timeline}

    return read(keeper, gather)


def track_record(keeper: SnapshotKeeper, code: str) -> dict[str, Any]:
    """``tacitus track CODE --format json``: claims made and addressed, met, kept or broken."""
    return read(keeper, lambda cursor: answers.track_record(_archive(keeper, cursor),
                                                            code).to_dict())


def dyad_view(keeper: SnapshotKeeper, first: str, second: str, *, by: str) -> dict[str, Any]:
    """The series of a dyad by period, and the events behind each point."""
    return read(keeper, lambda cursor: answers.relationship(
        _archive(keeper, cursor), first, second, by=by, with_events=True))


def _archive(keeper: SnapshotKeeper, cursor: duckdb.DuckDBPyConnection) -> Store:
    # a Store over the lease's cursor; the lease, not the Store, closes it
    return Store(cursor, keeper.source, read_only=True)


def overview(keeper: SnapshotKeeper, *, by: str = "month") -> dict[str, Any]:
    """Totals, the latest events, the most active dyads and the cooperation–conflict series."""

    def gather(cursor: duckdb.DuckDBPyConnection) -> dict[str, Any]:
        _, latest = browse.select_event_page(cursor, browse.EventFilter(), limit=LATEST, offset=0)
        points = browse.select_event_points(cursor)
        return {"totals": browse.select_totals(cursor), "latest": latest,
                "dyads": [_labelled(item, pair=True) for item in levels.dyads(
                    explore.select_pair_counts(cursor, browse.EventFilter()),
                    "country")[:TOP_DYADS]],
                "by": by, "series": [point.to_dict() for point in dyad_series(points, by)]}

    return read(keeper, gather)


def parse_day(value: str | None, what: str) -> date | None:
    """A ``YYYY-MM-DD`` query parameter."""
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as error:
        raise SettingsError(f"{what} must be a date as YYYY-MM-DD, got {value!r}") from error
