"""The `watch` command: poll feeds on a schedule and ingest new items until stopped."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Annotated

import typer

from tacitus.cli.options import DbOption, fail
from tacitus.errors import SettingsError, TacitusError
from tacitus.ingest.watchstate import state_path
from tacitus.runners.watcher import FeedReport, watch_feeds
from tacitus.runners.workers import default_workers
from tacitus.settings import DEFAULT_DB, Settings
from tacitus.store import open_store


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """Turn SIGINT and SIGTERM into ``stop.set()`` while inside, so the cycle ends cleanly."""
    def request_stop(number: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {number: signal.signal(number, request_stop)
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def print_report(report: FeedReport) -> None:
    if report.counts is not None:
        counts = report.counts
        typer.echo(f"cycle {report.cycle}: {report.feed}: {counts['new']} new, "
                   f"{counts['duplicate']} duplicate, {counts['skipped']} skipped, "
                   f"{counts['failed']} failed")
        for problem in report.problems:
            typer.echo(f"  {problem.status}: {problem.origin}: {problem.reason}")
    else:
        detail = f" ({report.message})" if report.message else ""
        typer.echo(f"cycle {report.cycle}: {report.feed}: {report.status}{detail}")


def watch(
    feeds: Annotated[list[str], typer.Argument(help="Feed URLs (RSS, Atom, JSON Feed) or files.")],
    db: DbOption = DEFAULT_DB,
    every: Annotated[float, typer.Option(help="Seconds between the starts of two polls.")] = 900.0,
    cycles: Annotated[
        int | None, typer.Option(help="Stop after this many polls (default: until stopped).")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Articles parsed and committed together.")] = 32,
    allow_private_addresses: Annotated[
        bool, typer.Option(help="Allow fetching from private and loopback addresses.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No per-feed report.")] = False,
    workers: Annotated[
        int | None, typer.Option(help="Processes that code a poll's new items (default: the "
                                 "number of cores; 1 codes in this process).")
    ] = None,
) -> None:
    """Poll feeds every --every seconds and ingest new items; stops on Ctrl-C or SIGTERM."""
    from tacitus.pipeline import make_article_coder

    try:
        if every <= 0:
            raise SettingsError(f"--every must be positive, got {every}")
        if cycles is not None and cycles < 1:
            raise SettingsError(f"--cycles must be at least 1, got {cycles}")
        if workers is not None and workers < 1:
            raise SettingsError(f"--workers must be at least 1, got {workers}")
        settings = Settings(db_path=db, batch_size=batch_size,
                            allow_private_addresses=allow_private_addresses)
        coder = make_article_coder(settings)
        stop = threading.Event()
        with open_store(db) as store, stop_on_signals(stop):
            done = watch_feeds(feeds, settings=settings, store=store, coder=coder,
                               state_file=state_path(db), every=every, cycles=cycles, stop=stop,
                               on_report=None if quiet else print_report,
                               workers=workers or default_workers())
    except TacitusError as error:
        raise fail(error) from error
    typer.echo(f"watched {len(feeds)} feeds for {done} cycles (db {db})")
