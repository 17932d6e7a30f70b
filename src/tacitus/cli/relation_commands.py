"""The `relations`, `profile` and `export` commands: read merged events, render or write them."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.analysis.answers import actor_profile, relationship
from tacitus.errors import SettingsError, StoreError, TacitusError
from tacitus.render import render_table
from tacitus.settings import DEFAULT_DB
from tacitus.store import open_store

stderr = Console(stderr=True)
# rich falls back to 80 columns when stdout is not a terminal: too narrow for evidence
WIDTH_WHEN_PIPED = 160
SERIES_COLUMNS = ("period", "events", "verbal_cooperation", "material_cooperation",
                  "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean",
                  "cc_index", "mentions")


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"


class ViewFormat(StrEnum):
    table = "table"
    json = "json"


class ExportFormat(StrEnum):
    gdelt = "gdelt"
    gdelt_mentions = "gdelt-mentions"
    parquet = "parquet"
    jsonl = "jsonl"


DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
FormatOption = Annotated[ViewFormat, typer.Option("--format", help="Output format.")]


def _fail(error: TacitusError) -> typer.Exit:
    stderr.print(f"[bold red]error:[/] {error}", highlight=False, markup=True)
    return typer.Exit(2)


def _existing(db: Path) -> Path:
    if not db.is_file():
        raise StoreError(f"no database at {db}: run `tacitus ingest SOURCE... --db {db}` first")
    return db


def _console() -> Console:
    console = Console()
    return console if console.is_terminal else Console(width=WIDTH_WHEN_PIPED)


def _code(value: str, what: str) -> str:
    code = value.strip().upper()
    if not code.isalnum():
        raise SettingsError(f"{what} must be an actor code such as USA or TALGOV, got {value!r}")
    return code


def relations(
    first: Annotated[str, typer.Argument(metavar="A", help="Actor code prefix, e.g. USA.")],
    second: Annotated[
        str | None,
        typer.Argument(metavar="[B]", help="Other actor code prefix; leave out for the world."),
    ] = None,
    db: DbOption = DEFAULT_DB,
    by: Annotated[Period, typer.Option("--by", help="Period of each point.")] = Period.month,
    output_format: FormatOption = ViewFormat.table,
) -> None:
    """How a relationship moves: events by quad class, Goldstein and cooperation-conflict index."""
    try:
        first_code = _code(first, "A")
        second_code = _code(second, "B") if second is not None else None
        with open_store(_existing(db), read_only=True) as store:
            answer = relationship(store, first_code, second_code, by=by.value)
    except TacitusError as error:
        raise _fail(error) from error
    if output_format is ViewFormat.json:
        typer.echo(json.dumps(answer, ensure_ascii=False, indent=2))
        return
    title = f"{first_code} – {second_code or 'world'} by {by.value}"
    _console().print(render_table([*answer["series"], answer["total"]], SERIES_COLUMNS,
                                  title=title))


def profile(
    code: Annotated[
        str, typer.Argument(metavar="CODE", help="Actor code prefix, e.g. TAL or USAGOV.")
    ],
    db: DbOption = DEFAULT_DB,
    output_format: FormatOption = ViewFormat.table,
) -> None:
    """An actor's partners, adversaries, trend, notable events and claims."""
    try:
        actor = _code(code, "CODE")
        with open_store(_existing(db), read_only=True) as store:
            result = actor_profile(store, actor)
    except TacitusError as error:
        raise _fail(error) from error
    if output_format is ViewFormat.json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    console = _console()
    console.print(f"{actor}: {result['events']} events, trend {result['direction']}",
                  highlight=False, markup=False)
    sides = ("code", "name", "events", "cooperative", "conflictual", "goldstein_sum")
    console.print(render_table(result["partners"], sides, title="partners"))
    console.print(render_table(result["adversaries"], sides, title="adversaries"))
    console.print(render_table(result["trend"], SERIES_COLUMNS, title="trend by month"))
    console.print(render_table(result["notable_events"],
                               ("date", "source", "cameo", "target", "goldstein", "num_mentions",
                                "sentence"), title="notable events"))
    console.print(render_table(result["claims"], ("date", "kind", "actor", "addressee", "text"),
                               title="claims"))


def export(
    db: DbOption = DEFAULT_DB,
    output_format: Annotated[
        ExportFormat, typer.Option("--format", help="GDELT 2.0 events or mentions, Parquet, JSONL.")
    ] = ExportFormat.jsonl,
    *,
    out: Annotated[Path, typer.Option("--out", help="File to write.")],
) -> None:
    """Write the merged events as GDELT 2.0 event or mention tables, Parquet or JSONL."""
    try:
        with open_store(_existing(db), read_only=True) as store:
            count = store.export(output_format.value, out, kb=load_knowledge_base())
    except TacitusError as error:
        raise _fail(error) from error
    typer.echo(f"{count} rows written to {out} ({output_format.value})")
