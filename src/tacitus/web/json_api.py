"""The JSON API under ``/api``: read-only events, actors, dyads, quotes, claims and articles."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from tacitus.analysis.series import PERIODS
from tacitus.errors import SettingsError
from tacitus.store import browse
from tacitus.web import views
from tacitus.web.snapshot import SnapshotKeeper

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=0, le=browse.MAX_PAGE, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]
Text = Annotated[str | None, Query(max_length=200, description="Case-insensitive substring.")]
Code = Annotated[str | None, Query(max_length=30, description="Actor code prefix, e.g. USA.")]
Period = Annotated[str, Query(pattern="^(day|week|month)$", description="Period of each point.")]


def keeper_of(request: Request) -> SnapshotKeeper:
    """The snapshot keeper the app was built with."""
    keeper: SnapshotKeeper = request.app.state.keeper
    return keeper


def _optional_code(value: str | None, what: str) -> str | None:
    return None if value is None or not value.strip() else views.actor_code(value, what)


def event_filter(*, actor: str | None, a: str | None, b: str | None, root: str | None,
                 plover: str | None, since: str | None, until: str | None,
                 q: str | None, min_confidence: float | None = None) -> browse.EventFilter:
    """An ``EventFilter`` from query parameters, each checked."""
    first, second = _optional_code(a, "a"), _optional_code(b, "b")
    if (first is None) != (second is None):
        raise SettingsError("a dyad needs both a and b")
    if root is not None and root.strip() and not (len(root) == 2 and root.isdigit()):
        raise SettingsError(f"root must be a two-digit CAMEO root such as 04, got {root!r}")
    if plover is not None and plover.strip() and not plover.replace("_", "").isalpha():
        raise SettingsError(f"plover must be a PLOVER type such as CONSULT, got {plover!r}")
    return browse.EventFilter(
        actor=_optional_code(actor, "actor"),
        dyad=(first, second) if first is not None and second is not None else None,
        root=root or None, plover=plover or None,
        since=views.parse_day(since, "since"), until=views.parse_day(until, "until"),
        text=q.strip() if q and q.strip() else None, min_confidence=min_confidence)


@router.get("/events", summary="Events, newest first, filtered and paged")
def list_events(request: Request, actor: Code = None, a: Code = None, b: Code = None,
                root: Annotated[str | None, Query(max_length=2)] = None,
                plover: Annotated[str | None, Query(max_length=30)] = None,
                since: Annotated[str | None, Query(description="YYYY-MM-DD")] = None,
                until: Annotated[str | None, Query(description="YYYY-MM-DD")] = None,
                q: Text = None, limit: Limit = 50, offset: Offset = 0,
                min_confidence: Annotated[float | None, Query(
                    ge=0.0, le=1.0, description="the least confidence kept")] = None,
                ) -> dict[str, Any]:
    """Merged events with their reports; ``a`` and ``b`` select a dyad (either way round)."""
    selection = event_filter(actor=actor, a=a, b=b, root=root, plover=plover, since=since,
                             until=until, q=q, min_confidence=min_confidence)
    return views.event_page(keeper_of(request), selection, limit=limit, offset=offset)


@router.get("/events/{event_id}", summary="One event with every report and its sentence")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    """The event and ``mentions``: each report with article, outlet, sentence and offsets."""
    return views.event_detail(keeper_of(request), event_id)


@router.get("/actors", summary="Actors by number of events")
def list_actors(request: Request, q: Text = None, limit: Limit = 50,
                offset: Offset = 0) -> dict[str, Any]:
    """Actor codes with a name and their number of events; ``q`` matches a code or a name."""
    total, rows = views.read(keeper_of(request), browse.select_actor_list,
                             text=q.strip() if q and q.strip() else None,
                             limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "actors": rows}


@router.get("/actors/{code}/profile", summary="An actor's partners, adversaries, trend, claims")
def get_profile(request: Request, code: str) -> dict[str, Any]:
    """What ``tacitus profile CODE --format json`` prints, plus ``names`` and ``timeline``."""
    return views.actor_profile(keeper_of(request), views.actor_code(code))


@router.get("/actors/{code}/track", summary="An actor's claims, met, kept or broken")
def get_track_record(request: Request, code: str) -> dict[str, Any]:
    """What ``tacitus track CODE --format json`` prints: claims made and addressed, each with a
    status, a note and the later events linked to it."""
    return views.track_record(keeper_of(request), views.actor_code(code))


@router.get("/dyads", summary="The most active pairs of actors")
def list_dyads(request: Request,
               limit: Annotated[int, Query(ge=1, le=100)] = 10) -> list[dict[str, Any]]:
    """Pairs of actor codes with their event counts and Goldstein sum."""
    return views.read(keeper_of(request), browse.select_top_dyads, limit=limit)


@router.get("/dyads/{a}/{b}/series", summary="How a relationship moves, period by period")
def get_dyad_series(request: Request, a: str, b: str, by: Period = "month") -> dict[str, Any]:
    """What ``tacitus relations A B --format json`` prints, plus the events behind each point."""
    if by not in PERIODS:
        raise SettingsError(f"by must be one of {', '.join(PERIODS)}")
    return views.dyad_view(keeper_of(request), views.actor_code(a, "a"),
                           views.actor_code(b, "b"), by=by)


@router.get("/quotes", summary="Quotes with their speakers")
def list_quotes(request: Request, speaker: Code = None, limit: Limit = 50,
                offset: Offset = 0) -> list[dict[str, Any]]:
    """Quotes, newest first; ``speaker`` is a speaker code prefix."""
    return views.read(keeper_of(request), browse.select_quote_page,
                      speaker=_optional_code(speaker, "speaker"), limit=limit, offset=offset)


@router.get("/claims", summary="Demands, commitments, denials, appeals, offers, threats")
def list_claims(request: Request, actor: Code = None,
                kind: Annotated[str | None, Query(pattern="^[a-z]+$")] = None,
                limit: Limit = 50, offset: Offset = 0) -> list[dict[str, Any]]:
    """Claims, newest first; ``actor`` is an actor or addressee code prefix."""
    return views.read(keeper_of(request), browse.select_claim_page,
                      actor=_optional_code(actor, "actor"), kind=kind, limit=limit,
                      offset=offset)


@router.get("/articles", summary="Articles, newest first, without their text")
def list_articles(request: Request, q: Text = None, limit: Limit = 50,
                  offset: Offset = 0) -> dict[str, Any]:
    """Article metadata; ``q`` matches the title or the text."""
    total, rows = views.read(keeper_of(request), browse.select_article_list,
                             text=q.strip() if q and q.strip() else None,
                             limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "articles": rows}


@router.get("/articles/{article_id}", summary="One article with everything coded in it")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """The article, its actor ``mentions``, event reports (``events``), quotes and claims."""
    return views.article_detail(keeper_of(request), article_id)


@router.get("/status", summary="What the database holds and how fresh the snapshot is")
def get_status(request: Request) -> dict[str, Any]:
    """Row totals and the number of snapshots taken since the server started."""
    keeper = keeper_of(request)
    return {"totals": views.read(keeper, browse.select_totals),
            "snapshots": keeper.refreshes}
