"""The `serve` command: the web dashboard and JSON API over a database, with uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from tacitus.cli.options import DbOption, existing_db, fail
from tacitus.errors import TacitusError
from tacitus.settings import DEFAULT_DB


def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    refresh: Annotated[
        float, typer.Option("--refresh", help="Seconds between checks for a changed database.")
    ] = 1.0,
    cache_size: Annotated[
        int, typer.Option("--cache-size", help="API answers kept per snapshot (0: none).")
    ] = 1024,
) -> None:
    """Serve the dashboard and the JSON API (docs at /docs); reads a snapshot of the database."""
    # the web stack is an extra: import it only when serving
    import uvicorn

    from tacitus.web import SnapshotKeeper, create_app

    try:
        keeper = SnapshotKeeper(existing_db(db))
    except TacitusError as error:
        raise fail(error) from error
    try:
        typer.echo(f"serving {db} on http://{host}:{port}/ (API docs at /docs)")
        app = create_app(keeper, refresh_seconds=refresh, cache_size=cache_size)
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        keeper.close()
