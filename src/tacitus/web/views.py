"""What each API answer and page shows, read from the current snapshot as JSON-ready dicts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import duckdb

from tacitus.analysis import answers
from tacitus.analysis.series import dyad_series
from tacitus.errors import NotFoundError, SettingsError, StoreError
from tacitus.store import Store, browse
from tacitus.store.readback import iso
from tacitus.web.snapshot import SnapshotKeeper

T = TypeVar("T")
TOP_DYADS = 10
LATEST = 15


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


def event_page(keeper: SnapshotKeeper, selection: browse.EventFilter, *, limit: int,
               offset: int) -> dict[str, Any]:
    """One page of events that match ``selection``, newest first."""
    total, rows = read(keeper, browse.select_event_page, selection, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "events": rows}


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
                "dyads": browse.select_top_dyads(cursor, limit=TOP_DYADS),
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
