"""The local runner: stream inputs, skip what is stored, code in batches, commit each batch."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tacitus.errors import IngestError, NotEnglishError
from tacitus.ingest import read_sources
from tacitus.model import Article, CodedArticle, IngestOutcome
from tacitus.pipeline import ArticleCoder
from tacitus.settings import Settings
from tacitus.store import Store

OnOutcome = Callable[[IngestOutcome], None]


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
    return IngestOutcome(origin=error.origin, status=status, reason=reason)


@dataclass(slots=True)
class _Batch:
    articles: list[Article] = field(default_factory=list)
    outcomes: list[IngestOutcome] = field(default_factory=list)


def run_ingest(
    sources: Sequence[str],
    *,
    settings: Settings,
    store: Store,
    coder: ArticleCoder,
    on_outcome: OnOutcome | None = None,
) -> IngestSummary:
    """Ingest every source into the store; one failing input never stops the others."""
    summary = IngestSummary(run_id=store.start_run(list(sources)))
    seen_hashes: set[str] = set()
    seen_urls: set[str] = set()
    batch = _Batch()

    def record(outcome: IngestOutcome) -> None:
        batch.outcomes.append(outcome)
        summary.add(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    def flush() -> None:
        coded = _code_batch(coder, batch.articles, record)
        for item in coded:
            record(IngestOutcome(origin=item.article.origin, status="new",
                                 article_id=item.article.id, title=item.article.title))
        store.write_batch(coded, batch.outcomes, run_id=summary.run_id)
        batch.articles.clear()
        batch.outcomes.clear()

    for item in read_sources(sources, settings=settings):
        # 1. inputs that did not become articles are logged with their reason
        if isinstance(item, IngestError):
            record(outcome_for_error(item))
            continue
        # 2. the same article (content or URL) is stored once, across runs and within this one
        stored_id = store.find_article(content_hash=item.content_hash, url=item.url)
        if item.content_hash in seen_hashes or (item.url and item.url in seen_urls) or stored_id:
            record(IngestOutcome(origin=item.origin, status="duplicate",
                                 reason="already stored", article_id=stored_id or item.id,
                                 title=item.title))
            continue
        seen_hashes.add(item.content_hash)
        if item.url:
            seen_urls.add(item.url)
        batch.articles.append(item)
        # 3. code and commit in batches: a crash loses at most the batch in flight
        if len(batch.articles) >= settings.batch_size:
            flush()
    flush()
    store.finish_run(summary.run_id, summary.counts)
    return summary


def _code_batch(
    coder: ArticleCoder, articles: list[Article], record: OnOutcome
) -> list[CodedArticle]:
    """Code a batch; if the batch fails, code its articles one by one and log the ones that fail."""
    try:
        return list(coder.code_many(articles))
    except Exception:  # the runner isolates failures: retried article by article below
        coded: list[CodedArticle] = []
        for article in articles:
            try:
                coded.append(coder.code(article))
            except Exception as error:  # one article's failure must not lose the rest of the batch
                record(IngestOutcome(origin=article.origin, status="failed",
                                     reason=f"coding-error: {type(error).__name__}: {error}",
                                     article_id=article.id, title=article.title))
        return coded
