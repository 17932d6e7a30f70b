"""The `track` command: an actor's claims with the later events that meet, keep or break them."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from tacitus.analysis.answers import track_record
from tacitus.errors import SettingsError, StoreError, TacitusError
from tacitus.render import render_table
from tacitus.settings import DEFAULT_DB
from tacitus.store import open_store

stderr = Console(stderr=True)
# rich falls back to 80 columns when stdout is not a terminal: too narrow for evidence
WIDTH_WHEN_PIPED = 160
CLAIM_COLUMNS = ("date", "kind", "actor", "addressee", "topic", "text", "status", "note")
LINK_COLUMNS = ("claim", "relation", "date", "source", "cameo", "target", "sentence")


class TrackFormat(StrEnum):
    table = "table"
    json = "json"


def track(
    code: Annotated[str, typer.Argument(metavar="CODE", help="Actor code prefix, e.g. TAL.")],
    db: Annotated[Path, typer.Option("--db", help="DuckDB database file.")] = DEFAULT_DB,
    output_format: Annotated[TrackFormat, typer.Option("--format", help="Output format.")
                             ] = TrackFormat.table,
) -> None:
    """An actor's track record: its claims and the claims addressed to it, met, kept or broken."""
    try:
        actor = code.strip().upper()
        if not actor.isalnum():
            raise SettingsError(f"CODE must be an actor code such as USA or TAL, got {code!r}")
        if not db.is_file():
            raise StoreError(f"no database at {db}: run `tacitus ingest SOURCE... --db {db}` "
                             "first")
        with open_store(db, read_only=True) as store:
            record = track_record(store, actor)
    except TacitusError as error:
        stderr.print(f"[bold red]error:[/] {error}", highlight=False, markup=True)
        raise typer.Exit(2) from error
    result = record.to_dict()
    if output_format is TrackFormat.json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    console = Console()
    console = console if console.is_terminal else Console(width=WIDTH_WHEN_PIPED)
    for side, title in (("made", f"claims made by {actor}"),
                        ("addressed", f"claims addressed to {actor}")):
        rows = result[side]
        console.print(render_table(rows, CLAIM_COLUMNS, title=title))
        links = [{"claim": f"{row['kind']}: {row['text']}", **link}
                 for row in rows for link in row["events"]]
        if links:
            console.print(render_table(links, LINK_COLUMNS, title=f"evidence ({side})"))
