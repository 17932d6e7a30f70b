"""The `ingest --engine local|dask` choice: build the runner the options name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from tacitus.errors import SettingsError
from tacitus.runners.local import IngestSummary, OnOutcome, run_ingest
from tacitus.runners.workers import default_workers
from tacitus.settings import Settings
from tacitus.store import Store

if TYPE_CHECKING:
    # loaded by make_engine for the local engine only: the CLI starts without the model
    from tacitus.pipeline import ArticleCoder


class Engine(StrEnum):
    local = "local"
    dask = "dask"


EngineOption = Annotated[
    Engine, typer.Option("--engine", help="local: this process; dask: a Dask cluster.")
]
WorkersOption = Annotated[
    int | None,
    typer.Option("--workers", help="Processes that code: the local engine's, or a new Dask "
                 "local cluster's (default: the number of cores; 1 codes in this process, for "
                 "reproducible debugging)."),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option("--scheduler", help="Dask engine: address of an existing scheduler "
                 "(tcp://host:8786) instead of a local cluster."),
]


@dataclass(frozen=True, slots=True)
class EngineRunner:
    """An ingest engine, ready to run: the loaded coder (local) or the cluster to use (dask)."""

    settings: Settings
    coder: ArticleCoder | None
    workers: int
    scheduler: str | None

    def run(self, sources: Sequence[str], *, store: Store,
            on_outcome: OnOutcome | None) -> IngestSummary:
        """Ingest ``sources`` into ``store`` with this engine."""
        if self.coder is not None:
            return run_ingest(sources, settings=self.settings, store=store, coder=self.coder,
                              on_outcome=on_outcome, workers=self.workers)
        # imported here: the Dask engine needs the [dask] extra, the local one does not
        from tacitus.runners.dask import DaskOptions, run_ingest_dask

        options = DaskOptions(workers=self.workers, scheduler=self.scheduler)
        return run_ingest_dask(sources, settings=self.settings, store=store, options=options,
                               on_outcome=on_outcome)


def make_engine(engine: Engine, *, settings: Settings, workers: int | None,
                scheduler: str | None) -> EngineRunner:
    """Check the engine options and load what the engine needs in this process."""
    from tacitus.pipeline import make_article_coder

    if workers is not None and workers < 1:
        raise SettingsError(f"--workers must be at least 1, got {workers}")
    if engine is Engine.local:
        if scheduler is not None:
            raise SettingsError("--scheduler needs --engine dask")
        # loaded here once; the local engine's workers are forks of this process
        return EngineRunner(settings=settings, coder=make_article_coder(settings),
                            workers=workers or default_workers(), scheduler=None)
    if workers is not None and scheduler is not None:
        raise SettingsError("give --workers (a new local cluster) or --scheduler, not both")
    # the workers load the model; the client only reads, de-duplicates and writes
    return EngineRunner(settings=settings, coder=None, workers=workers or default_workers(),
                        scheduler=scheduler)
