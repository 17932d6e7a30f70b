"""What the commands share: the common options, argument checks, and how an error is reported."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from tacitus.errors import SettingsError, StoreError, TacitusError

stderr = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
LexiconOption = Annotated[
    Path | None,
    typer.Option("--lexicon", help="A user event lexicon (TSV) layered on the packaged one."),
]
ActorsOption = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="A users' actor layer folder (from `actors import-phoenix`); "
                 "repeatable."),
]


def parse_date(value: str | None, option: str) -> date | None:
    """A ``YYYY-MM-DD`` option value, or ``None`` when it is not given."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise SettingsError(f"{option} must be a date as YYYY-MM-DD, got {value!r}") from error


def actor_code(value: str, what: str) -> str:
    """An actor code prefix argument, upper-cased."""
    code = value.strip().upper()
    if not code.isalnum():
        raise SettingsError(f"{what} must be an actor code such as USA or TALGOV, got {value!r}")
    return code


def existing_db(db: Path) -> Path:
    """``db``, which a reading command needs to exist already."""
    if not db.is_file():
        raise StoreError(f"no database at {db}: run `tacitus ingest SOURCE... --db {db}` first")
    return db


def fail(error: TacitusError, code: int = 2) -> typer.Exit:
    """Print ``error`` to stderr; the exit to raise."""
    stderr.print(f"[bold red]error:[/] {error}", highlight=False, markup=True)
    return typer.Exit(code)
