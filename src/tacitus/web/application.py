"""The web application: the JSON API, the pages, static assets and the security headers."""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

import jinja2
from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from tacitus import __version__
from tacitus.errors import NotFoundError, SettingsError, StoreError, TacitusError
from tacitus.web import dashboard, json_api, views
from tacitus.web.cache import AnswerCache
from tacitus.web.highlight import inline_code
from tacitus.web.snapshot import Refresher, SnapshotKeeper

# Article text is hostile input: no script but our own files, no plug-ins, no framing. Plotly
# sets style attributes on its SVG, so inline style (not script) is allowed.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
REFRESH_SECONDS = 1.0
CACHE_SIZE = 1024


def plotly_js() -> Path:
    """The plotly.js bundle that the ``plotly`` wheel ships."""
    spec = importlib.util.find_spec("plotly")
    if spec is None or not spec.submodule_search_locations:
        raise StoreError("the plotly package is not installed: pip install 'tacitus[web]'")
    path = Path(next(iter(spec.submodule_search_locations))) / "package_data" / "plotly.min.js"
    if not path.is_file():
        raise StoreError(f"the plotly package has no plotly.min.js at {path}")
    return path


def _templates() -> Jinja2Templates:
    folder = Path(str(resources.files("tacitus.web").joinpath("templates")))
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=True,
                                     undefined=jinja2.StrictUndefined)
    environment.globals["label"] = views.label
    environment.filters["inline_code"] = inline_code
    return Jinja2Templates(env=environment)


def _status(error: TacitusError) -> int:
    if isinstance(error, NotFoundError):
        return 404
    if isinstance(error, SettingsError):
        return 400
    return 503


def create_app(keeper: SnapshotKeeper, *, refresh_seconds: float | None = REFRESH_SECONDS,
               cache_size: int = CACHE_SIZE) -> FastAPI:
    """The app over ``keeper``'s snapshots; ``refresh_seconds=None`` never renews them.

    Up to ``cache_size`` successful API answers are kept per snapshot (0: none).
    """
    cache = AnswerCache(cache_size)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        refresher = None
        if refresh_seconds is not None:
            refresher = Refresher(keeper, interval=refresh_seconds)
            refresher.start()
        try:
            yield
        finally:
            if refresher is not None:
                refresher.stop()

    app = FastAPI(title="Tacitus", version=__version__, docs_url=None, redoc_url=None,
                  lifespan=lifespan,
                  description="Read-only access to a Tacitus database: events with their "
                              "evidence, actors, dyads, quotes, claims and articles.")
    app.state.keeper = keeper
    app.state.templates = _templates()
    static = Path(str(resources.files("tacitus.web").joinpath("static")))
    plotly_path = plotly_js()

    def _error_page(request: Request, status: int, message: str) -> Response:
        templates: Jinja2Templates = app.state.templates
        return templates.TemplateResponse(
            request, "error.html", {"title": "Error", "status": status, "message": message},
            status_code=status)

    # middleware added last runs first: the security headers wrap cached answers too
    @app.middleware("http")
    async def cached_answers(request: Request,
                             call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if request.method != "GET" or not request.url.path.startswith("/api/"):
            return await call_next(request)
        key = (keeper.generation, str(request.url.path) + "?" + str(request.url.query))
        body = cache.get(key)
        if body is not None:
            return Response(body, media_type="application/json", headers={"X-Cache": "hit"})
        response = await call_next(request)
        # call_next hands back a streamed response: read it once to keep and to send
        stream = getattr(response, "body_iterator", None)
        json_answer = response.headers.get("content-type", "").startswith("application/json")
        if response.status_code != 200 or stream is None or not json_answer:
            return response
        chunks = [chunk async for chunk in stream]
        body = b"".join(chunk if isinstance(chunk, bytes) else chunk.encode() for chunk in chunks)
        cache.put(key, body)
        return Response(body, status_code=200, media_type="application/json",
                        headers={"X-Cache": "miss"})

    @app.middleware("http")
    async def security_headers(request: Request,
                               call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(TacitusError)
    async def tacitus_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, TacitusError)
        status = _status(error)
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": str(error)}, status_code=status)
        return _error_page(request, status, str(error))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        message = "; ".join(f"{'.'.join(map(str, item['loc']))}: {item['msg']}"
                            for item in error.errors())
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": message}, status_code=422)
        return _error_page(request, 422, message)

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_bundle() -> FileResponse:
        return FileResponse(plotly_path, media_type="text/javascript",
                            headers={"Cache-Control": "max-age=86400"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(static / "favicon.svg", media_type="image/svg+xml")

    app.mount("/static", StaticFiles(directory=static), name="static")
    app.include_router(json_api.router)
    app.include_router(dashboard.router)
    return app
