"""The `relations`, `profile` and `export` commands: read merged events, render or write them."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.analysis.answers import actor_profile, relationship
from tacitus.cli.options import DbOption, actor_code, existing_db, fail
from tacitus.cli.output import print_json, render_table, stdout_console
from tacitus.errors import TacitusError
from tacitus.settings import DEFAULT_DB
from tacitus.store import open_store

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


FormatOption = Annotated[ViewFormat, typer.Option("--format", help="Output format.")]


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
        first_code = actor_code(first, "A")
        second_code = actor_code(second, "B") if second is not None else None
        with open_store(existing_db(db), read_only=True) as store:
            answer = relationship(store, first_code, second_code, by=by.value)
    except TacitusError as error:
        raise fail(error) from error
    if output_format is ViewFormat.json:
        print_json(answer)
        return
    title = f"{first_code} – {second_code or 'world'} by {by.value}"
    stdout_console().print(render_table([*answer["series"], answer["total"]], SERIES_COLUMNS,
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
        actor = actor_code(code, "CODE")
        with open_store(existing_db(db), read_only=True) as store:
            result = actor_profile(store, actor)
    except TacitusError as error:
        raise fail(error) from error
    if output_format is ViewFormat.json:
        print_json(result)
        return
    console = stdout_console()
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
    header: Annotated[
        bool, typer.Option("--header", help="Column names first (GDELT tables).")
    ] = False,
    *,
    out: Annotated[str, typer.Option("--out", help="File to write, or - for stdout.")],
) -> None:
    """Write the merged events as GDELT 2.0 event or mention tables, Parquet or JSONL."""
    to_stdout = out == "-"
    try:
        with open_store(existing_db(db), read_only=True) as store:
            count = store.export(output_format.value, sys.stdout if to_stdout else Path(out),
                                 kb=load_knowledge_base(), header=header)
    except TacitusError as error:
        raise fail(error) from error
    # on stdout the rows are the output: the count goes to stderr
    typer.echo(f"{count} rows written to {'stdout' if to_stdout else out} "
               f"({output_format.value})", err=to_stdout)
