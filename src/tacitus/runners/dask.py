"""The Dask runner: the client reads and de-duplicates, workers code partitions, the client writes.

Partitions are the local runner's batches, committed in the same order through the same store
calls, so both runners store the same articles, events and ids. Each worker process loads the
model once (``worker_coder``); at most ``2 × workers`` partitions are in flight, so memory stays
bounded whatever the input size.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tacitus.errors import IngestError, SettingsError
from tacitus.ingest import read_sources
from tacitus.model import Article, IngestOutcome
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.runners.local import (
    IngestSummary,
    OnOutcome,
    PlannedBatch,
    Recorder,
    code_batch,
    commit_batch,
    log_failure,
    plan_batches,
)
from tacitus.runners.partitions import partition_bytes, read_partition, write_partition
from tacitus.settings import Settings
from tacitus.store import Store

# Each worker process keeps its coders here: the model is loaded once per process, not per task.
_CODERS: dict[Settings, ArticleCoder] = {}
_CODERS_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class DaskOptions:
    """Where to run: a new local cluster of ``workers`` processes, or an existing ``scheduler``."""

    workers: int = 2
    scheduler: str | None = None
    threads_per_worker: int = 1

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise SettingsError(f"workers must be at least 1, got {self.workers}")
        if self.threads_per_worker < 1:
            raise SettingsError(
                f"threads_per_worker must be at least 1, got {self.threads_per_worker}")


def worker_coder(settings: Settings) -> ArticleCoder:
    """The article coder for ``settings`` in this process, built on first use."""
    with _CODERS_LOCK:
        coder = _CODERS.get(settings)
        if coder is None:
            coder = _CODERS[settings] = make_article_coder(settings)
        return coder


# an article that failed on a worker, with its traceback, for the client to log
WorkerFailure = tuple[IngestOutcome, str]


def code_partition(settings: Settings,
                   articles: Sequence[Article]) -> tuple[bytes, list[WorkerFailure]]:
    """Code one partition on a worker; return it as Parquet bytes, and the failures with their
    tracebacks (a worker's own log is not the user's)."""
    failed: list[WorkerFailure] = []
    coded, failures = code_batch(worker_coder(settings), articles,
                                 on_failure=lambda outcome, trace: failed.append((outcome, trace)))
    return partition_bytes(coded, failures), failed


@contextmanager
def open_client(options: DaskOptions) -> Iterator[Any]:
    """A ``distributed.Client`` on the given scheduler, or on a new ``LocalCluster``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise SettingsError(
            "the Dask engine needs the [dask] extra: pip install 'tacitus[dask]'") from error
    if options.scheduler is not None:
        # distributed's constructors carry no annotations
        with Client(options.scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    # the scheduler always serves HTTP; a random loopback port never clashes (8787 would warn
    # when taken) and is not exposed; without bokeh it serves no dashboard, silently
    cluster = LocalCluster(n_workers=options.workers, processes=True,
                           dashboard_address="127.0.0.1:0",
                           threads_per_worker=options.threads_per_worker,
                           silence_logs=logging.ERROR)  # type: ignore[no-untyped-call]
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        yield client


def run_ingest_dask(
    sources: Sequence[str],
    *,
    settings: Settings,
    store: Store,
    options: DaskOptions,
    on_outcome: OnOutcome | None = None,
    parts_dir: Path | None = None,
) -> IngestSummary:
    """Ingest every source on a Dask cluster; the same result as ``run_ingest``.

    Coded partitions are written as Parquet files under ``parts_dir`` (kept) or a temporary
    folder beside the database (removed as they are merged) and merged into the store in order.
    """
    with open_client(options) as client:
        return ingest_on_client(client, sources, settings=settings, store=store,
                                on_outcome=on_outcome, parts_dir=parts_dir)


def ingest_on_client(
    client: Any,
    sources: Sequence[str],
    *,
    settings: Settings,
    store: Store,
    on_outcome: OnOutcome | None = None,
    parts_dir: Path | None = None,
) -> IngestSummary:
    """``run_ingest_dask`` on an open ``distributed.Client``."""
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    if parts_dir is not None:
        return _run(client, sources, settings=settings, store=store, window=2 * workers,
                    on_outcome=on_outcome, parts_dir=parts_dir, keep_parts=True)
    with tempfile.TemporaryDirectory(prefix=".tacitus-parts-",
                                     dir=store.path.parent.resolve()) as folder:
        return _run(client, sources, settings=settings, store=store, window=2 * workers,
                    on_outcome=on_outcome, parts_dir=Path(folder), keep_parts=False)


def _run(client: Any, sources: Sequence[str], *, settings: Settings, store: Store, window: int,
         on_outcome: OnOutcome | None, parts_dir: Path, keep_parts: bool) -> IngestSummary:
    summary = IngestSummary(run_id=store.start_run(list(sources)))
    record = Recorder(summary, on_outcome)
    in_flight: deque[tuple[int, PlannedBatch, Any]] = deque()

    def commit_next() -> None:
        number, batch, future = in_flight.popleft()
        path = parts_dir / summary.run_id / f"part-{number:05d}.parquet"
        data, failed = future.result()
        for outcome, trace in failed:
            log_failure(outcome, trace)
        write_partition(data, path)
        future.release()
        partition = read_partition(path)
        commit_batch(store, batch, partition.coded, partition.failures, run_id=summary.run_id,
                     record=record)
        if not keep_parts:
            # merged: the temporary copy only costs disk from here on
            path.unlink()

    try:
        items: Iterator[Article | IngestError] = read_sources(sources, settings=settings)
        for number, batch in enumerate(plan_batches(items, settings=settings, store=store,
                                                    record=record)):
            # 1. send the partition to a worker (an empty one costs a round trip, keeps the order)
            future = client.submit(code_partition, settings, batch.articles, pure=False)
            in_flight.append((number, batch, future))
            # 2. commit the oldest partitions in order while the workers code the newer ones
            while len(in_flight) > window:
                commit_next()
        while in_flight:
            commit_next()
    finally:
        # a run stopped by the store or the cluster is still marked finished
        store.finish_run(summary.run_id, summary.counts)
    return summary
