"""The `serve` command: the web dashboard and JSON API over a database, with uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from tacitus.errors import StoreError, TacitusError
from tacitus.settings import DEFAULT_DB

stderr = Console(stderr=True)


def serve(
    db: Annotated[Path, typer.Option("--db", help="DuckDB database file.")] = DEFAULT_DB,
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
        if not db.is_file():
            raise StoreError(f"no database at {db}: run `tacitus ingest SOURCE... --db {db}` first")
        keeper = SnapshotKeeper(db)
    except TacitusError as error:
        stderr.print(f"[bold red]error:[/] {error}", highlight=False, markup=True)
        raise typer.Exit(2) from error
    try:
        typer.echo(f"serving {db} on http://{host}:{port}/ (API docs at /docs)")
        app = create_app(keeper, refresh_seconds=refresh, cache_size=cache_size)
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        keeper.close()
