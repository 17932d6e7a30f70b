"""The JSON API under ``/api``: read-only events, actors, dyads, quotes, claims and articles.

Every list answers `{total, limit, offset, items}`; `/api/events.csv` takes the same filters as
`/api/events` and answers CSV.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from tacitus.actors.labels import LEVELS
from tacitus.analysis.series import PERIODS
from tacitus.errors import SettingsError
from tacitus.store import browse
from tacitus.web import schemas, views
from tacitus.web.snapshot import SnapshotKeeper

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=0, le=browse.MAX_PAGE,
                             description=f"Rows per page, 0 to {browse.MAX_PAGE}.")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]
Text = Annotated[str | None, Query(max_length=200, description="Case-insensitive substring.")]
Code = Annotated[str | None, Query(max_length=30,
                                   description="Actor code, e.g. `USA` or `USAGOV`.")]
Period = Annotated[str, Query(pattern="^(day|week|month)$",
                              description="Period of each point: `day`, `week` or `month`.")]
Level = Annotated[str, Query(pattern="^(country|sector)$",
                             description="`country` (default): `USA` covers `USAGOV` and "
                                         "`USAMIL`; `sector`: each code on its own.")]
Root = Annotated[str | None, Query(max_length=2, description="Two-digit CAMEO root, `01` to "
                                                             "`20` (e.g. `04` consult).")]
Plover = Annotated[str | None, Query(max_length=30,
                                     description="PLOVER type, e.g. `CONSULT`, `ASSAULT`.")]
Quad = Annotated[int | None, Query(ge=1, le=4, description="Quad class: 1 verbal cooperation, "
                                   "2 material cooperation, 3 verbal conflict, "
                                   "4 material conflict.")]
Confidence = Annotated[float | None, Query(ge=0, le=1,
                                           description="Lowest confidence kept, 0 to 1.")]
Day = Annotated[str | None, Query(max_length=10, description="A date as `YYYY-MM-DD`.")]
Kind = Annotated[str | None, Query(pattern="^[a-z]+$", description="`demand`, `commitment`, "
                                   "`denial`, `appeal`, `offer` or `threat`.")]


def keeper_of(request: Request) -> SnapshotKeeper:
    """The snapshot keeper the app was built with."""
    keeper: SnapshotKeeper = request.app.state.keeper
    return keeper


def _optional_code(value: str | None, what: str) -> str | None:
    return None if value is None or not value.strip() else views.actor_code(value, what)


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The filters of `/api/events`, `/api/events.csv` and the `/events` page, as given."""

    actor: str | None = None
    a: str | None = None
    b: str | None = None
    level: str = "country"
    root: str | None = None
    plover: str | None = None
    quad: int | None = None
    min_confidence: float | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None

    def selection(self) -> browse.EventFilter:
        """An ``EventFilter``, each value checked."""
        first, second = _optional_code(self.a, "a"), _optional_code(self.b, "b")
        if (first is None) != (second is None):
            raise SettingsError("a dyad needs both a and b")
        root, plover = (self.root or "").strip(), (self.plover or "").strip()
        if root and not (len(root) == 2 and root.isdigit()):
            raise SettingsError(f"root must be a two-digit CAMEO root such as 04, got {root!r}")
        if plover and not plover.replace("_", "").isalpha():
            raise SettingsError(f"plover must be a PLOVER type such as CONSULT, got {plover!r}")
        if self.level not in LEVELS:
            raise SettingsError(f"level must be one of {', '.join(LEVELS)}")
        return browse.EventFilter(
            actor=_optional_code(self.actor, "actor"),
            dyad=(first, second) if first is not None and second is not None else None,
            level=self.level, root=root or None, plover=plover or None, quad=self.quad,
            min_confidence=self.min_confidence,
            since=views.parse_day(self.since, "since"), until=views.parse_day(self.until, "until"),
            text=self.q.strip() if self.q and self.q.strip() else None)

    def query_string(self) -> dict[str, str]:
        """The filters that are set, to build links with."""
        values = {"actor": self.actor, "a": self.a, "b": self.b, "root": self.root,
                  "plover": self.plover, "quad": self.quad,
                  "min_confidence": self.min_confidence, "since": self.since,
                  "until": self.until, "q": self.q}
        given = {key: str(value) for key, value in values.items() if value not in (None, "")}
        return {**given, "level": self.level} if self.level != "country" else given


def event_query(actor: Code = None,
                a: Annotated[str | None, Query(max_length=30, description="One side of a "
                                               "dyad (with `b`; either way round).")] = None,
                b: Annotated[str | None, Query(max_length=30,
                                               description="The other side of the dyad.")] = None,
                level: Level = "country", root: Root = None, plover: Plover = None,
                quad: Quad = None, min_confidence: Confidence = None,
                since: Day = None, until: Day = None,
                q: Annotated[str | None, Query(max_length=200, description="Words in the "
                                               "evidence sentence of any report.")] = None,
                ) -> EventQuery:
    """The event filters from the query string."""
    return EventQuery(actor=actor, a=a, b=b, level=level, root=root, plover=plover, quad=quad,
                      min_confidence=min_confidence, since=since, until=until, q=q)


Filters = Annotated[EventQuery, Depends(event_query)]


def _number(value: str | None, what: str, low: float, high: float) -> float | None:
    if value is None or not value.strip():
        return None
    try:
        number = float(value)
    except ValueError as error:
        raise SettingsError(f"{what} must be a number from {low:g} to {high:g}") from error
    if not low <= number <= high:
        raise SettingsError(f"{what} must be a number from {low:g} to {high:g}")
    return number


def form_query(actor: Code = None, a: Code = None, b: Code = None, level: Level = "country",
               root: Root = None, plover: Plover = None,
               quad: Annotated[str | None, Query(max_length=1)] = None,
               min_confidence: Annotated[str | None, Query(max_length=10)] = None,
               since: Day = None, until: Day = None, q: Text = None) -> EventQuery:
    """The event filters of the `/events` form, where a field left empty arrives as ``""``."""
    quad_class = _number(quad, "quad", 1, 4)
    if quad_class is not None and not quad_class.is_integer():
        raise SettingsError("quad must be 1, 2, 3 or 4")
    return EventQuery(actor=actor, a=a, b=b, level=level, root=root, plover=plover,
                      quad=None if quad_class is None else int(quad_class),
                      min_confidence=_number(min_confidence, "min_confidence", 0, 1),
                      since=since, until=until, q=q)


FormFilters = Annotated[EventQuery, Depends(form_query)]


@router.get("/events", summary="Events, newest first, filtered and paged",
            response_model=schemas.Page[schemas.Event])
def list_events(request: Request, filters: Filters, limit: Limit = 50,
                offset: Offset = 0) -> dict[str, Any]:
    """Merged events with their reports; `a` and `b` select a dyad (either way round)."""
    return views.event_page(keeper_of(request), filters.selection(), limit=limit, offset=offset)


@router.get("/events.csv", summary="The same events as CSV, with a header row",
            response_class=Response,
            responses={200: {"content": {"text/csv": {}},
                             "description": f"Columns: {', '.join(views.CSV_COLUMNS)}."}})
def events_csv(request: Request, filters: Filters) -> Response:
    """Every event that matches (up to 100,000), one row each; codes stay text (`042`)."""
    rows = views.event_table(keeper_of(request), filters.selection())
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=views.CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="events.csv"'})


@router.get("/events/{event_id}", summary="One event with every report and its sentence",
            response_model=schemas.Event)
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    """The event and `mentions`: each report with article, outlet, sentence and offsets."""
    return views.event_detail(keeper_of(request), event_id)


@router.get("/actors", summary="Actors by number of events",
            response_model=schemas.Page[schemas.Actor])
def list_actors(request: Request, q: Text = None, level: Level = "country", limit: Limit = 50,
                offset: Offset = 0) -> dict[str, Any]:
    """Actor codes at `level` with the institution they name and their number of events; `q`
    matches a code prefix or a name."""
    return views.actor_list(keeper_of(request), level=level,
                            text=q.strip() if q and q.strip() else None,
                            limit=limit, offset=offset)


@router.get("/actors/{code}", summary="An actor's counterparts, sectors and people",
            response_model=schemas.ActorView)
def get_actor(request: Request, code: str, level: Level = "country") -> dict[str, Any]:
    """Counterparts each once with cooperative and conflictual counts (never the actor itself),
    the sector codes under a country and the people who act under the code."""
    return views.actor_view(keeper_of(request), views.actor_code(code), level=level)


@router.get("/actors/{code}/profile", summary="An actor's partners, adversaries, trend, claims")
def get_profile(request: Request, code: str) -> dict[str, Any]:
    """What `tacitus profile CODE --format json` prints, plus `names` and `timeline`."""
    return views.actor_profile(keeper_of(request), views.actor_code(code))


@router.get("/actors/{code}/track", summary="An actor's claims, met, kept or broken")
def get_track_record(request: Request, code: str) -> dict[str, Any]:
    """What `tacitus track CODE --format json` prints: claims made and addressed, each with a
    status, a note and the later events linked to it."""
    return views.track_record(keeper_of(request), views.actor_code(code))


@router.get("/dyads", summary="The most active pairs of actors",
            response_model=schemas.Page[schemas.Dyad])
def list_dyads(request: Request, level: Level = "country", limit: Limit = 10,
               offset: Offset = 0) -> dict[str, Any]:
    """Pairs of actors at `level` with their event counts and Goldstein sum; an actor is never
    its own counterpart."""
    return views.dyad_list(keeper_of(request), level=level, limit=limit, offset=offset)


@router.get("/dyads/{a}/{b}/series", summary="How a relationship moves, period by period")
def get_dyad_series(request: Request, a: str, b: str, by: Period = "month") -> dict[str, Any]:
    """What `tacitus relations A B --format json` prints, plus the events behind each point.
    A point with `sparse` true has too few events to read as a trend."""
    if by not in PERIODS:
        raise SettingsError(f"by must be one of {', '.join(PERIODS)}")
    return views.dyad_view(keeper_of(request), views.actor_code(a, "a"),
                           views.actor_code(b, "b"), by=by)


@router.get("/quotes", summary="Quotes with their speakers",
            response_model=schemas.Page[schemas.Quote])
def list_quotes(request: Request, speaker: Code = None, limit: Limit = 50,
                offset: Offset = 0) -> dict[str, Any]:
    """Quotes, newest first; `speaker` is a speaker code prefix."""
    total, rows = views.read(keeper_of(request), browse.select_quote_page,
                             speaker=_optional_code(speaker, "speaker"), limit=limit,
                             offset=offset)
    return views.envelope(total, limit, offset, rows)


@router.get("/claims", summary="Demands, commitments, denials, appeals, offers, threats",
            response_model=schemas.Page[schemas.Claim])
def list_claims(request: Request, actor: Code = None, kind: Kind = None, limit: Limit = 50,
                offset: Offset = 0) -> dict[str, Any]:
    """Claims, newest first; `actor` is an actor or addressee code prefix."""
    total, rows = views.read(keeper_of(request), browse.select_claim_page,
                             actor=_optional_code(actor, "actor"), kind=kind, limit=limit,
                             offset=offset)
    return views.envelope(total, limit, offset, rows)


@router.get("/articles", summary="Articles, newest first, without their text",
            response_model=schemas.Page[schemas.ArticleItem])
def list_articles(request: Request, q: Text = None, limit: Limit = 50,
                  offset: Offset = 0) -> dict[str, Any]:
    """Article metadata; `q` matches the title or the text."""
    total, rows = views.read(keeper_of(request), browse.select_article_list,
                             text=q.strip() if q and q.strip() else None,
                             limit=limit, offset=offset)
    return views.envelope(total, limit, offset, rows)


@router.get("/articles/{article_id}", summary="One article with everything coded in it")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """The article, its actor `mentions`, event reports (`events`), quotes and claims."""
    return views.article_detail(keeper_of(request), article_id)


@router.get("/status", summary="What the database holds and how fresh the snapshot is")
def get_status(request: Request) -> dict[str, Any]:
    """Row totals and the number of snapshots taken since the server started."""
    keeper = keeper_of(request)
    return {"totals": views.read(keeper, browse.select_totals),
            "snapshots": keeper.refreshes}
