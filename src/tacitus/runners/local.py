"""The local runner: stream inputs, skip what is stored, code in batches, commit each batch."""

from __future__ import annotations

import gc
import logging
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tacitus.errors import CodingBudgetError, IngestError, NotEnglishError
from tacitus.ingest import read_sources
from tacitus.ingest.names import printable_name
from tacitus.model import Article, CodedArticle, IngestOutcome
from tacitus.runners.budget import budget_seconds, time_budget
from tacitus.runners.grouping import groups_of
from tacitus.runners.workers import (
    CodingPool,
    OnFailure,
    can_fork,
    freeze_loaded,
    release_freed_memory,
)
from tacitus.settings import Settings
from tacitus.store import Store

if TYPE_CHECKING:
    # a type only: runners never load the model themselves
    from tacitus.pipeline import ArticleCoder

log = logging.getLogger(__name__)

OnOutcome = Callable[[IngestOutcome], None]
# Called with a batch's outcomes once the batch is committed (what a restart need not redo).
OnCommit = Callable[[Sequence[IngestOutcome]], None]


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did, counted by outcome status."""

    run_id: str
    counts: dict[str, int] = field(
        default_factory=lambda: {"new": 0, "duplicate": 0, "skipped": 0, "failed": 0}
    )
    problems: list[IngestOutcome] = field(default_factory=list)

    def add(self, outcome: IngestOutcome) -> None:
        self.counts[outcome.status] += 1
        if outcome.status in ("skipped", "failed"):
            self.problems.append(outcome)


def outcome_for_error(error: IngestError) -> IngestOutcome:
    """A non-English article is skipped on purpose; every other ingest error is a failure."""
    status = "skipped" if isinstance(error, NotEnglishError) else "failed"
    reason = f"{error.reason}: {error.message}"
    if status == "failed":
        log.warning("%s: %s", error.origin, reason)
    else:
        log.info("skipped %s: %s", error.origin, reason)
    return IngestOutcome(origin=error.origin, status=status, reason=reason)


def log_failure(outcome: IngestOutcome, trace: str) -> None:
    """Log an article that failed to code: the reason at warning, the traceback at debug."""
    log.warning("%s: %s", outcome.origin, outcome.reason)
    log.debug("%s failed with:\n%s", outcome.origin, trace)


@dataclass(slots=True)
class PlannedBatch:
    """Articles to code together, and the outcomes of the inputs read before them."""

    articles: list[Article] = field(default_factory=list)
    outcomes: list[IngestOutcome] = field(default_factory=list)


@dataclass(slots=True)
class Recorder:
    """Counts each outcome into the run summary and passes it to the caller's callback."""

    summary: IngestSummary
    on_outcome: OnOutcome | None = None

    def __call__(self, outcome: IngestOutcome) -> None:
        self.summary.add(outcome)
        if self.on_outcome is not None:
            self.on_outcome(outcome)


def plan_batches(
    items: Iterable[Article | IngestError], *, settings: Settings, store: Store,
    record: OnOutcome,
) -> Iterator[PlannedBatch]:
    """Group new articles into batches of ``settings.batch_size``; the last batch may be short.

    Duplicates (of a stored article, or of one earlier in this stream) and inputs that did not
    become articles are recorded and carried by the batch they were read in. The store is asked
    about ``batch_size`` inputs at a time; duplicates within the stream are caught without it.
    """
    seen_hashes: set[str] = set()
    seen_urls: set[str] = set()
    batch = PlannedBatch()

    def note(outcome: IngestOutcome) -> None:
        batch.outcomes.append(outcome)
        record(outcome)

    # the store is asked about a batch's worth of inputs at once, not one article at a time
    for chunk in groups_of(items, settings.batch_size):
        stored_ids = iter(store.find_articles([(item.content_hash, item.url) for item in chunk
                                               if isinstance(item, Article)]))
        for item in chunk:
            # 1. inputs that did not become articles are logged with their reason
            if isinstance(item, IngestError):
                note(outcome_for_error(item))
                continue
            # 2. the same article (content or URL) is stored once, across runs and within this one
            stored_id = next(stored_ids)
            if (item.content_hash in seen_hashes or (item.url and item.url in seen_urls)
                    or stored_id):
                note(IngestOutcome(origin=item.origin, status="duplicate",
                                   reason="already stored", article_id=stored_id or item.id,
                                   title=item.title))
                continue
            seen_hashes.add(item.content_hash)
            if item.url:
                seen_urls.add(item.url)
            batch.articles.append(item)
            # 3. batches bound what a crash loses to the batch in flight
            if len(batch.articles) >= settings.batch_size:
                yield batch
                batch = PlannedBatch()
    yield batch


def commit_batch(
    store: Store, batch: PlannedBatch, coded: Sequence[CodedArticle],
    failures: Sequence[IngestOutcome], *, run_id: str, record: OnOutcome,
) -> list[IngestOutcome]:
    """Write a coded batch with every outcome of its inputs in one transaction; return those."""
    news = [IngestOutcome(origin=item.article.origin, status="new", article_id=item.article.id,
                          title=item.article.title) for item in coded]
    for outcome in (*failures, *news):
        record(outcome)
    outcomes = [*batch.outcomes, *failures, *news]
    store.write_batch(coded, outcomes, run_id=run_id)
    return outcomes


def ingest_items(
    items: Iterable[Article | IngestError],
    *,
    sources: Sequence[str],
    settings: Settings,
    store: Store,
    coder: ArticleCoder,
    on_outcome: OnOutcome | None = None,
    on_commit: OnCommit | None = None,
    workers: int = 1,
) -> IngestSummary:
    """Code and store a stream of articles as one run named by ``sources``.

    With ``workers`` above 1 the batches are coded by that many forked processes and committed
    here in input order: the same store as with one worker."""
    summary = IngestSummary(run_id=store.start_run([printable_name(source) for source in sources]))
    record = Recorder(summary, on_outcome)
    batches = plan_batches(items, settings=settings, store=store, record=record)
    if workers > 1 and not can_fork():
        log.info("this platform cannot fork: coding in this process")
        workers = 1
    pool = CodingPool[PlannedBatch](coder, code_batch, workers=workers,
                                     on_failure=log_failure) if workers > 1 else None
    if pool is None:
        # coded here: the loaded coder out of the collector's sight, as the pool does
        freeze_loaded()
    try:
        coded_batches = (pool.code_in_order(batches, lambda batch: batch.articles)
                         if pool is not None
                         else ((batch, code_batch(coder, batch.articles)) for batch in batches))
        for batch, (coded, failures) in coded_batches:
            outcomes = commit_batch(store, batch, coded, failures, run_id=summary.run_id,
                                    record=record)
            if on_commit is not None:
                on_commit(outcomes)
            # the batch's objects are gone: their pages go back (see release_freed_memory)
            release_freed_memory()
    except BaseException:
        if pool is not None:
            pool.terminate()
        raise
    else:
        if pool is not None:
            pool.close()
    finally:
        # a run stopped by the store itself (a full disk) is still marked finished
        store.finish_run(summary.run_id, summary.counts)
        if pool is None:
            gc.unfreeze()
    return summary


def run_ingest(
    sources: Sequence[str],
    *,
    settings: Settings,
    store: Store,
    coder: ArticleCoder,
    on_outcome: OnOutcome | None = None,
    workers: int = 1,
) -> IngestSummary:
    """Ingest every source into the store; one failing input never stops the others."""
    return ingest_items(read_sources(sources, settings=settings), sources=sources,
                        settings=settings, store=store, coder=coder, on_outcome=on_outcome,
                        workers=workers)


def code_batch(
    coder: ArticleCoder, articles: Sequence[Article], *, on_failure: OnFailure = log_failure,
) -> tuple[list[CodedArticle], list[IngestOutcome]]:
    """Code a batch; if the batch fails, code its articles one by one and report the failures
    (each also to ``on_failure``, with its traceback)."""
    if not articles:
        return [], []
    try:
        with time_budget(budget_seconds(articles), origin=f"a batch of {len(articles)}"):
            return list(coder.code_many(articles)), []
    except Exception:  # the runner isolates failures: retried article by article below
        log.debug("a batch of %d articles failed; coding them one by one", len(articles),
                  exc_info=True)
        coded: list[CodedArticle] = []
        failures: list[IngestOutcome] = []
        for article in articles:
            try:
                with time_budget(budget_seconds([article]), origin=article.origin):
                    coded.append(coder.code(article))
            except Exception as error:  # one article's failure must not lose the rest of the batch
                failure = IngestOutcome(
                    origin=article.origin, status="failed",
                    reason=coding_reason(error), article_id=article.id, title=article.title)
                failures.append(failure)
                on_failure(failure, traceback.format_exc())
        return coded, failures


def coding_reason(error: Exception) -> str:
    """The ingest-log reason of an article that failed to code."""
    if isinstance(error, CodingBudgetError):
        return f"{error.reason}: {error.message}"
    return f"coding-error: {type(error).__name__}: {printable_name(str(error))[:300]}"
