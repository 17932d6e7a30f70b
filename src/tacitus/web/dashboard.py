"""The dashboard's HTML pages, rendered on the server from the same views as the JSON API."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from tacitus.analysis.series import PERIODS
from tacitus.errors import SettingsError
from tacitus.store import browse
from tacitus.web import views
from tacitus.web.highlight import Span, segment_text
from tacitus.web.json_api import FormFilters, Level, keeper_of

router = APIRouter(include_in_schema=False)
SEARCH_LIMIT = 50
EXPLORER_PAGE = 25
TOP_NETWORK = 8
ACTORS = 200


def _templates(request: Request) -> Jinja2Templates:
    templates: Jinja2Templates = request.app.state.templates
    return templates


def _page(request: Request, name: str, **context: Any) -> HTMLResponse:
    return _templates(request).TemplateResponse(request, name, context)


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request, by: Annotated[str, Query(pattern="^(day|week|month)$")]
                  = "month") -> HTMLResponse:
    """Totals, latest events, most active dyads and the cooperation–conflict chart."""
    return _page(request, "overview.html", title="Overview", periods=PERIODS,
                 **views.overview(keeper_of(request), by=by))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, level: Level = "country") -> HTMLResponse:
    """Actors at country or sector level, most active first, each with its name."""
    page = views.actor_list(keeper_of(request), level=level, text=None, limit=ACTORS, offset=0)
    return _page(request, "actors.html", title="Actors", page=page, level=level)


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor_page(request: Request, code: str, level: Level = "country") -> HTMLResponse:
    """Counterparts (each once), sectors or people, the timeline, notable events and claims."""
    actor = views.actor_code(code)
    keeper = keeper_of(request)
    view = views.actor_view(keeper, actor, level=level)
    profile = views.actor_profile(keeper, actor)
    network = {"center": actor,
               "partners": [[item["code"], item["cooperative"]] for item in view["counterparts"]
                            if item["cooperative"] >= item["conflictual"]][:TOP_NETWORK],
               "adversaries": [[item["code"], item["conflictual"]]
                               for item in view["counterparts"]
                               if item["cooperative"] < item["conflictual"]][:TOP_NETWORK]}
    track = views.track_record(keeper, actor)
    return _page(request, "actor.html", title=actor, view=view, profile=profile,
                 network=network, track=track)


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad_page(request: Request, a: str, b: str,
              by: Annotated[str, Query(pattern="^(day|week|month)$")] = "month") -> HTMLResponse:
    """The dyad's series by period and the events behind each point."""
    view = views.dyad_view(keeper_of(request), views.actor_code(a, "a"), views.actor_code(b, "b"),
                           by=by)
    return _page(request, "dyad.html", title=f"{view['a']} – {view['b']}", periods=PERIODS,
                 **view)


@router.get("/events", response_class=HTMLResponse)
def events_explorer(request: Request, filters: FormFilters,
                    offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    """Every event, filtered and paged, with its evidence, the map and a CSV download."""
    keeper = keeper_of(request)
    selection = filters.selection()
    page = views.event_page(keeper, selection, limit=EXPLORER_PAGE, offset=offset)
    rows = [{**event, "segments": segment_text(event["sentence"], _trigger_spans(event))}
            for event in page["items"]]
    links = filters.query_string()
    return _page(request, "events.html", title="Events", page=page, rows=rows,
                 filters=filters, query=urlencode(links),
                 previous=urlencode({**links, "offset": max(offset - EXPLORER_PAGE, 0)}),
                 next=urlencode({**links, "offset": offset + EXPLORER_PAGE}),
                 mapped=views.mapped_events(keeper, selection), step=EXPLORER_PAGE)


def _trigger_spans(report: dict[str, Any]) -> list[Span]:
    start = report["trigger_start"] - report["start"]
    return [Span(start, start + report["trigger_end"] - report["trigger_start"], "trigger")]


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    """Every report of one event, each sentence with its trigger marked."""
    event = views.event_detail(keeper_of(request), event_id)
    reports = [{**report, "segments": segment_text(report["sentence"], _trigger_spans(report))}
               for report in event["mentions"]]
    return _page(request, "event.html", title=event["cameo_name"], event=event, reports=reports)


def article_spans(article: dict[str, Any], current: str | None) -> list[Span]:
    """Highlights of an article: actor mentions, event evidence (``current`` apart), quotes."""
    spans = [Span(item["start"], item["end"], "actor", f"{item['actor_code']} {item['actor_name']}",
                  f"/actors/{item['actor_code']}") for item in article["mentions"]]
    for report in article["events"]:
        kind = "current" if report["event_id"] == current else "evidence"
        label = f"{report['cameo']} {report['cameo_name']}"
        spans.append(Span(report["start"], report["end"], kind, label))
    spans += [Span(quote["start"], quote["end"], "quote",
                   f"quote: {(quote['speaker'] or {}).get('name') or quote['speaker_text']}")
              for quote in article["quotes"]]
    return spans


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str,
                 event: Annotated[str | None, Query(max_length=100)] = None) -> HTMLResponse:
    """The article's text with actors, events and quotes highlighted; ``event`` marked apart."""
    article = views.article_detail(keeper_of(request), article_id)
    segments = segment_text(article["text"], article_spans(article, event))
    return _page(request, "article.html", title=article["title"], article=article,
                 segments=segments, current=event)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str, Query(max_length=200)] = "",
                root: Annotated[str | None, Query(max_length=2)] = None,
                since: str | None = None, until: str | None = None) -> HTMLResponse:
    """Events whose evidence, actors whose code or name, articles whose text hold ``q``."""
    text = q.strip() or None
    keeper = keeper_of(request)
    root = root or None
    if root is not None and not (len(root) == 2 and root.isdigit()):
        raise SettingsError(f"root must be a two-digit CAMEO root such as 04, got {root!r}")
    selection = browse.EventFilter(root=root, text=text, since=views.parse_day(since, "since"),
                                   until=views.parse_day(until, "until"))
    events = views.event_page(keeper, selection, limit=SEARCH_LIMIT, offset=0)
    actors = views.actor_list(keeper, level="sector", text=text, limit=SEARCH_LIMIT,
                              offset=0)["items"]
    _, articles = views.read(keeper, browse.select_article_list, text=text, limit=SEARCH_LIMIT,
                             offset=0)
    return _page(request, "search.html", title="Search", q=q, root=root or "",
                 since=since or "", until=until or "", events=events,
                 actors=actors if text else [], articles=articles if text else [])


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference, rendered from the OpenAPI schema (no CDN, no inline script)."""
    schema = request.app.openapi()
    return _page(request, "api_docs.html", title="API", schema=schema)
