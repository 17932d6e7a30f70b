"""The ``ingest`` command: read news into the database with the local or the Dask engine."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from tacitus.cli.engines import Engine, EngineOption, SchedulerOption, WorkersOption, make_engine
from tacitus.cli.options import ActorsOption, DbOption, LexiconOption, fail, stderr
from tacitus.errors import TacitusError
from tacitus.model import IngestOutcome
from tacitus.settings import DEFAULT_DB, Settings
from tacitus.store import open_store


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
        raise fail(error) from error
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
