"""The ``tacitus actors`` commands: look up a name, list the knowledge base, import dictionaries.

Users' dictionary layers are folders holding ``actors.tsv`` and ``agents.tsv`` (see
``tacitus.actors.layers``); they are read and written by ``tacitus.ingest.dictionaries``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tacitus.actors.knowledge import KnowledgeBase, load_knowledge_base
from tacitus.actors.layers import (
    Layer,
)
from tacitus.cli.options import fail
from tacitus.cli.output import render_table, stdout_console
from tacitus.errors import SettingsError, TacitusError, UnknownActorError
from tacitus.ingest.dictionaries import import_phoenix_files, read_actor_layer, write_actor_layer
from tacitus.settings import DEFAULT_MODEL

if TYPE_CHECKING:
    from tacitus.actors.lookup import Lookup

app = typer.Typer(name="actors", help="The actor knowledge base: look up, list, import.",
                  no_args_is_help=True)
LIST_COLUMNS = ("kind", "code", "name", "country", "detail")


class LookupFormat(StrEnum):
    json = "json"
    table = "table"


class Kind(StrEnum):
    country = "country"
    organisation = "organisation"
    group = "group"
    office = "office"
    type = "type"


def default_layer_dir() -> Path:
    """Where imported layers are kept unless ``--out`` says otherwise (XDG data directory)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tacitus" / "actors" / "phoenix"


def _fail(error: TacitusError) -> typer.Exit:
    return fail(error, 1 if isinstance(error, UnknownActorError) else 2)


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise SettingsError(f"--date must be YYYY-MM-DD, got {value!r}") from error


def _print_table(rows: list[dict[str, Any]], columns: Sequence[str], title: str) -> None:
    stdout_console().print(render_table(rows, columns, title=title))


def lookup_in_text(name: str, day: date | None, layers: Sequence[Layer]) -> Lookup:
    """Resolve a phrase ("US Secretary of State Antony Blinken") by parsing it."""
    from tacitus.actors import make_actor_resolver
    from tacitus.actors.lookup import Lookup
    from tacitus.nlp.parser import load_language

    mentions = make_actor_resolver(extra=layers)(load_language(DEFAULT_MODEL)(name), day)
    if not mentions:
        raise UnknownActorError(f"no known actor is named {name!r}")
    widest = max(mentions, key=lambda mention: mention.end - mention.start)
    return Lookup(widest.actor, widest.how)


@app.command()
def lookup(
    name: Annotated[str, typer.Argument(help="A name, e.g. \"Imran Khan\" or \"the Kremlin\".")],
    on: Annotated[str | None, typer.Option("--date", help="As of this day, YYYY-MM-DD.")] = None,
    actors: Annotated[list[Path] | None, typer.Option(
        "--actors", help="A users' layer folder (from import-phoenix); repeatable.")] = None,
    output_format: Annotated[LookupFormat, typer.Option("--format")] = LookupFormat.json,
) -> None:
    """What a name stands for on a date: code, name, country, types and how it was decided."""
    # the lookup reads names the way the resolver does, with spaCy: loaded when the command runs
    from tacitus.actors.lookup import lookup_actor

    try:
        day = _parse_day(on)
        layers = [read_actor_layer(directory) for directory in actors or ()]
        try:
            found = lookup_actor(load_knowledge_base(), name, day, layers=layers)
        except UnknownActorError:
            found = lookup_in_text(name, day, layers)
    except TacitusError as error:
        raise _fail(error) from error
    if output_format is LookupFormat.json:
        typer.echo(json.dumps(found.to_dict(), ensure_ascii=False))
    else:
        row = found.to_dict()
        _print_table([row], ("code", "name", "country", "types", "how"), "actor")


def list_rows(kb: KnowledgeBase, kind: Kind | None) -> list[dict[str, Any]]:
    """The knowledge base as rows of one shape: kind, code, name, country, detail."""
    rows: list[dict[str, Any]] = []
    if kind in (None, Kind.country):
        rows += [{"kind": "country", "code": c.code, "name": c.name, "country": c.code,
                  "detail": c.kind} for c in kb.countries.values()]
    if kind in (None, Kind.organisation):
        rows += [{"kind": "organisation", "code": o.code, "name": o.name, "country": None,
                  "detail": o.kind} for o in kb.organisations]
    if kind in (None, Kind.group):
        rows += [{"kind": "group", "code": g.code, "name": g.name, "country": g.country,
                  "detail": ""} for g in kb.groups.values()]
    if kind in (None, Kind.office):
        rows += [{"kind": "office", "code": t.code, "name": t.name, "country": t.country,
                  "detail": f"{t.office} {t.start.isoformat()}–"
                            f"{t.end.isoformat() if t.end else ''}"} for t in kb.tenures]
    if kind in (None, Kind.type):
        rows += [{"kind": "type", "code": t.code, "name": t.label, "country": None,
                  "detail": t.kind} for t in kb.types.values()]
    return rows


@app.command("list")
def list_actors(
    kind: Annotated[Kind | None, typer.Option("--kind", help="Only this kind.")] = None,
    output_format: Annotated[LookupFormat, typer.Option("--format")] = LookupFormat.table,
) -> None:
    """List what the packaged knowledge base knows."""
    try:
        rows = list_rows(load_knowledge_base(), kind)
    except TacitusError as error:
        raise _fail(error) from error
    if output_format is LookupFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        _print_table(rows, LIST_COLUMNS, "actors")


@app.command("import-phoenix")
def import_phoenix(
    files: Annotated[list[Path], typer.Argument(help="Phoenix/PETRARCH .actors and agents files.")],
    out: Annotated[Path | None, typer.Option(
        "--out", help="Layer folder to write (default: ~/.local/share/tacitus/actors/phoenix).")
    ] = None,
) -> None:
    """Turn PETRARCH/Phoenix dictionaries into a users' layer that --actors can load."""
    directory = out if out is not None else default_layer_dir()
    try:
        report = import_phoenix_files(files, load_knowledge_base())
        write_actor_layer(report.actors, report.agents, directory)
        read_actor_layer(directory)
    except TacitusError as error:
        raise _fail(error) from error
    except OSError as error:
        raise _fail(SettingsError(f"cannot write {directory}: {error}")) from error
    typer.echo(f"{len(report.actors)} actors, {len(report.agents)} role words, "
               f"{len(report.skipped)} entries skipped → {directory}")
    for reason in report.skipped[:20]:
        typer.echo(f"  skipped: {reason}")
    if len(report.skipped) > 20:
        typer.echo(f"  … and {len(report.skipped) - 20} more")
