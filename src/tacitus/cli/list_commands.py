"""The ``events``, ``quotes`` and ``claims`` commands: list what the database holds."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from tacitus.cli.options import DbOption, existing_db, fail, parse_date
from tacitus.cli.output import print_rows
from tacitus.errors import TacitusError
from tacitus.settings import DEFAULT_DB
from tacitus.store import open_store

EVENT_COLUMNS = ("date", "source", "cameo", "cameo_name", "target", "goldstein", "sentence")


class TableFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class ListFormat(StrEnum):
    table = "table"
    json = "json"


def events(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Actor code prefix (source or target).")] = None,
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    output_format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
    min_confidence: Annotated[float | None, typer.Option(
        min=0.0, max=1.0, help="Only events of at least this confidence.")] = None,
) -> None:
    """List coded events."""
    try:
        with open_store(existing_db(db), read_only=True) as store:
            rows = store.events(actor=actor, since=parse_date(since, "--since"),
                                until=parse_date(until, "--until"), limit=limit,
                                with_reports=output_format is TableFormat.json,
                                min_confidence=min_confidence)
    except TacitusError as error:
        raise fail(error) from error
    print_rows(rows, output_format.value, EVENT_COLUMNS, title="events")


def quotes(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int | None, typer.Option(help="At most this many quotes.")] = None,
    output_format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """List quotes with their speakers."""
    try:
        with open_store(existing_db(db), read_only=True) as store:
            rows = store.quotes(limit=limit)
    except TacitusError as error:
        raise fail(error) from error
    print_rows(rows, output_format.value, ("date", "speaker", "direct", "cue", "text"),
               title="quotes")


def claims(
    db: DbOption = DEFAULT_DB,
    kind: Annotated[str | None, typer.Option(help="demand, commitment, denial, appeal …")] = None,
    actor: Annotated[str | None, typer.Option(
        help="Only claims made by or addressed to this actor code prefix.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many claims.")] = None,
    output_format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """List demands, commitments, denials, appeals, offers and threats."""
    try:
        with open_store(existing_db(db), read_only=True) as store:
            rows = store.claims(actor=actor.strip().upper() if actor else None, kind=kind,
                                limit=limit)
    except TacitusError as error:
        raise fail(error) from error
    print_rows(rows, output_format.value, ("date", "kind", "actor", "addressee", "topic", "text"),
               title="claims")
