"""The command line: parse arguments, build Settings, call the pipeline or the store, render."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from tacitus import __version__
from tacitus.commands import evaluate as evaluate_command
from tacitus.commands import relations as relations_commands
from tacitus.commands import track as track_command
from tacitus.commands import watch as watch_command
from tacitus.commands.actors import app as actors_app
from tacitus.commands.lexicon import app as lexicon_app
from tacitus.commands.scale import Engine, EngineOption, SchedulerOption, WorkersOption, make_engine
from tacitus.commands.serve import serve as serve_command
from tacitus.errors import IngestError, PairSpanError, SettingsError, StoreError, TacitusError
from tacitus.events.pair import record_pair_spans
from tacitus.ingest import article_from_bytes, article_from_record, read_file
from tacitus.model import Article, IngestOutcome
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.render import render_csv, render_table
from tacitus.settings import DEFAULT_DB, Settings
from tacitus.store import open_store

app = typer.Typer(
    name="tacitus",
    help="Political event data from the news: who did what to whom, who said what, with evidence.",
    no_args_is_help=True,
    add_completion=False,
)
stderr = Console(stderr=True)


class CodeFormat(StrEnum):
    json = "json"


class TableFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class ListFormat(StrEnum):
    table = "table"
    json = "json"


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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tacitus {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Tacitus reads the news and turns it into political event data."""


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise SettingsError(f"{option} must be a date as YYYY-MM-DD, got {value!r}") from error


def _fail(error: TacitusError, code: int = 2) -> typer.Exit:
    stderr.print(f"[bold red]error:[/] {error}", highlight=False, markup=True)
    return typer.Exit(code)


def _read_document(path: str, settings: Settings) -> Article:
    if path == "-":
        return article_from_bytes(sys.stdin.buffer.read(), origin="<stdin>", settings=settings)
    file = Path(path)
    if not file.is_file():
        raise SettingsError(f"no such file: {path}")
    items = list(read_file(file, settings=settings))
    if len(items) != 1:
        raise SettingsError(f"{path} holds {len(items)} articles: `tacitus code` takes one "
                            "document; use `tacitus ingest` for feeds and collections")
    if isinstance(items[0], IngestError):
        raise items[0]
    return items[0]


def _iter_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield number, None, f"line {number}: not JSON ({error.msg})"
                continue
            if not isinstance(record, dict):
                yield number, None, f"line {number}: not a JSON object"
                continue
            yield number, record, ""


@app.command()
def code(
    path: Annotated[
        str | None, typer.Argument(help="A page (.html), a text file (.txt) or - for stdin.")
    ] = None,
    jsonl: Annotated[
        Path | None,
        typer.Option("--jsonl", help="Code every record of a JSONL file (id, text or html, date)."),
    ] = None,
    on_date: Annotated[
        str | None, typer.Option("--date", help="Article date YYYY-MM-DD (overrides the page).")
    ] = None,
    output_format: Annotated[
        CodeFormat, typer.Option("--format", help="Output format.")
    ] = CodeFormat.json,
    lexicon: LexiconOption = None,
    actors: ActorsOption = None,
) -> None:
    """Code one document (or each line of a JSONL file) and print JSON; no database."""
    try:
        settings = Settings(lexicon_path=lexicon, actor_layers=tuple(actors or ()))
        article_date = _parse_date(on_date, "--date")
        if (path is None) == (jsonl is None):
            raise SettingsError("give either one PATH (or -) or --jsonl FILE")
        coder = make_article_coder(settings)
        if jsonl is not None:
            _code_jsonl(jsonl, coder, settings, article_date)
            return
        assert path is not None
        article = _read_document(path, settings)
        if article_date is not None:
            article = replace(article, date=article_date)
        typer.echo(json.dumps(coder.code(article).to_dict(), ensure_ascii=False, indent=2))
    except IngestError as error:
        raise _fail(error, 1) from error
    except TacitusError as error:
        raise _fail(error) from error


def _code_jsonl(
    path: Path, coder: ArticleCoder, settings: Settings, default_date: date | None
) -> None:
    if not path.is_file():
        raise SettingsError(f"no such file: {path}")
    for number, record, problem in _iter_jsonl(path):
        record_id = record.get("id", number) if record is not None else number
        if record is None:
            typer.echo(json.dumps({"id": record_id, "error": problem}, ensure_ascii=False))
            continue
        try:
            article = article_from_record(record, origin=f"{path}:{number}", settings=settings)
        except IngestError as error:
            typer.echo(json.dumps({"id": record_id, "error": str(error)}, ensure_ascii=False))
            continue
        if article.date is None and default_date is not None:
            article = replace(article, date=default_date)
        if "pair" not in record:
            output = {"id": record_id, **coder.code(article).to_dict()}
        else:
            try:
                output = _code_with_pair(record_id, record, article, coder)
            except PairSpanError as error:
                output = {"id": record_id, "error": f"line {number}: {error}"}
        typer.echo(json.dumps(output, ensure_ascii=False))


def _code_with_pair(record_id: object, record: dict[str, Any], article: Article,
                    coder: ArticleCoder) -> dict[str, Any]:
    """The coded record plus ``pair_event``: the event between its marked source and target."""
    source, target = record_pair_spans(record, article.text)
    doc = coder.nlp(article.text)
    event = coder.code_pair_parsed(article, doc, source=source, target=target)
    return {"id": record_id, **coder.code_parsed(article, doc).to_dict(),
            "pair_event": event.to_dict() if event is not None else None}


@app.command()
def ingest(
    sources: Annotated[
        list[str], typer.Argument(help="Files, folders, feeds (.rss/.atom/.xml) or http(s) URLs.")
    ],
    db: DbOption = DEFAULT_DB,
    batch_size: Annotated[int, typer.Option(help="Articles parsed and committed together.")] = 32,
    allow_private_addresses: Annotated[
        bool, typer.Option(help="Allow fetching from private and loopback addresses.")
    ] = False,
    offline: Annotated[
        bool, typer.Option("--offline", help="Never use the network: no URLs, no feed links.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    lexicon: LexiconOption = None,
    actors: ActorsOption = None,
    engine: EngineOption = Engine.local,
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
) -> None:
    """Read news into the database; prints new / duplicate / skipped / failed counts."""
    try:
        settings = Settings(db_path=db, batch_size=batch_size,
                            allow_private_addresses=allow_private_addresses, offline=offline,
                            lexicon_path=lexicon, actor_layers=tuple(actors or ()))
        runner = make_engine(engine, settings=settings, workers=workers, scheduler=scheduler)
        with open_store(db) as store, _progress(quiet) as progress:
            task = progress.add_task("ingesting", total=None)

            def advance(outcome: IngestOutcome) -> None:
                label = f"{outcome.status:>9} {outcome.origin[-60:]}"
                progress.update(task, advance=1, description=label)

            summary = runner.run(sources, store=store, on_outcome=advance)
    except TacitusError as error:
        raise _fail(error) from error
    counts = summary.counts
    typer.echo(
        f"articles: {counts['new']} new, {counts['duplicate']} duplicate, "
        f"{counts['skipped']} skipped, {counts['failed']} failed  (run {summary.run_id}, db {db})"
    )
    for problem in summary.problems:
        typer.echo(f"  {problem.status}: {problem.origin}: {problem.reason}")


def _progress(quiet: bool) -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("{task.completed} inputs"), BarColumn(),
        TextColumn("{task.description}"), TimeElapsedColumn(),
        console=stderr, disable=quiet or not stderr.is_terminal, transient=True,
    )


EVENT_COLUMNS = ("date", "source", "cameo", "cameo_name", "target", "goldstein", "sentence")


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Actor code prefix (source or target).")] = None,
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    output_format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
) -> None:
    """List coded events."""
    try:
        with open_store(_existing(db), read_only=True) as store:
            rows = store.events(actor=actor, since=_parse_date(since, "--since"),
                                until=_parse_date(until, "--until"), limit=limit,
                                with_reports=output_format is TableFormat.json)
    except TacitusError as error:
        raise _fail(error) from error
    _render(rows, output_format.value, EVENT_COLUMNS, title="events")


@app.command()
def quotes(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int | None, typer.Option(help="At most this many quotes.")] = None,
    output_format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """List quotes with their speakers."""
    try:
        with open_store(_existing(db), read_only=True) as store:
            rows = store.quotes(limit=limit)
    except TacitusError as error:
        raise _fail(error) from error
    _render(rows, output_format.value, ("date", "speaker", "direct", "cue", "text"), title="quotes")


@app.command()
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
        with open_store(_existing(db), read_only=True) as store:
            rows = store.claims(actor=actor.strip().upper() if actor else None, kind=kind,
                                limit=limit)
    except TacitusError as error:
        raise _fail(error) from error
    _render(rows, output_format.value, ("date", "kind", "actor", "addressee", "topic", "text"),
            title="claims")


def _existing(db: Path) -> Path:
    if not db.is_file():
        raise StoreError(f"no database at {db}: run `tacitus ingest SOURCE... --db {db}` first")
    return db


def _render(rows: Sequence[dict[str, Any]], output_format: str, columns: Sequence[str],
            *, title: str) -> None:
    if output_format == "json":
        typer.echo(json.dumps(list(rows), ensure_ascii=False, indent=2))
    elif output_format == "csv":
        sys.stdout.write(render_csv(rows, columns))
    else:
        console = Console()
        if not console.is_terminal:
            console = Console(width=TABLE_WIDTH_WHEN_PIPED)
        console.print(render_table(rows, columns, title=title))


# rich would fall back to 80 columns when stdout is not a terminal: too narrow for evidence
TABLE_WIDTH_WHEN_PIPED = 160

for _command in (relations_commands.relations, relations_commands.profile,
                 relations_commands.export):
    app.command()(_command)
app.command(name="eval")(evaluate_command.evaluate)
app.command()(track_command.track)
app.command()(watch_command.watch)
app.command(name="serve")(serve_command)
app.add_typer(actors_app, name="actors")
app.add_typer(lexicon_app, name="lexicon")


def main() -> None:
    """Entry point of the ``tacitus`` command."""
    app()
