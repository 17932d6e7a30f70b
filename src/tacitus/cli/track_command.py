"""The `track` command: an actor's claims with the later events that meet, keep or break them."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from tacitus.analysis.answers import track_record
from tacitus.cli.options import DbOption, existing_db, fail
from tacitus.cli.output import print_json, render_table, stdout_console
from tacitus.errors import SettingsError, TacitusError
from tacitus.settings import DEFAULT_DB
from tacitus.store import open_store

CLAIM_COLUMNS = ("date", "kind", "actor", "addressee", "topic", "text", "status", "note")
LINK_COLUMNS = ("claim", "relation", "date", "source", "cameo", "target", "sentence")


class TrackFormat(StrEnum):
    table = "table"
    json = "json"


def track(
    code: Annotated[str, typer.Argument(metavar="CODE", help="Actor code prefix, e.g. TAL.")],
    db: DbOption = DEFAULT_DB,
    output_format: Annotated[TrackFormat, typer.Option("--format", help="Output format.")
                             ] = TrackFormat.table,
) -> None:
    """An actor's track record: its claims and the claims addressed to it, met, kept or broken."""
    try:
        actor = code.strip().upper()
        if not actor.isalnum():
            raise SettingsError(f"CODE must be an actor code such as USA or TAL, got {code!r}")
        with open_store(existing_db(db), read_only=True) as store:
            record = track_record(store, actor)
    except TacitusError as error:
        raise fail(error) from error
    result = record.to_dict()
    if output_format is TrackFormat.json:
        print_json(result)
        return
    console = stdout_console()
    for side, title in (("made", f"claims made by {actor}"),
                        ("addressed", f"claims addressed to {actor}")):
        rows = result[side]
        console.print(render_table(rows, CLAIM_COLUMNS, title=title))
        links = [{"claim": f"{row['kind']}: {row['text']}", **link}
                 for row in rows for link in row["events"]]
        if links:
            console.print(render_table(links, LINK_COLUMNS, title=f"evidence ({side})"))
