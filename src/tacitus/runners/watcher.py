"""The watch runner: poll feeds every few seconds and ingest the items not stored yet.

Per feed and cycle: 1. a conditional poll, 2. the items whose key (link, else title and text) is
not seen, 3. those items ingested through the local runner in batches (coded by ``workers`` forked
processes, as ``ingest`` does), each item marked seen once its batch is committed. The feed's
validators are saved only when all its new items are in, so a restart after a crash re-reads the
feed and loses nothing; the store's de-duplication makes a re-read item a duplicate, never a second
copy. A failing feed is retried with exponential back-off; the others carry on.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from tacitus.errors import FetchError, IngestError
from tacitus.ingest.boundary import unexpected_error
from tacitus.ingest.feeds import FeedItem, article_from_item, parse_feed
from tacitus.ingest.polling import poll_feed
from tacitus.ingest.sources import read_page
from tacitus.ingest.watchstate import FeedState, load_state, save_state
from tacitus.model import Article, IngestOutcome
from tacitus.runners.local import IngestSummary, ingest_items
from tacitus.settings import Settings
from tacitus.store import Store

if TYPE_CHECKING:
    # a type only: runners never load the model themselves
    from tacitus.pipeline import ArticleCoder

log = logging.getLogger(__name__)

# a dead item link is retried on this many polls before it is given up (and logged as failed)
MAX_ITEM_ATTEMPTS = 3
MAX_BACKOFF_SECONDS = 3600.0


@dataclass(frozen=True, slots=True)
class FeedReport:
    """What one poll of one feed did: ingested (with counts), unchanged, or failed (and why)."""

    cycle: int
    feed: str
    status: str
    counts: dict[str, int] | None = None
    message: str = ""
    problems: tuple[IngestOutcome, ...] = ()


OnReport = Callable[[FeedReport], None]


def item_key(item: FeedItem) -> str:
    """A feed item's identity: its link, else a hash of its title and text."""
    if item.link:
        return item.link
    digest = hashlib.sha256(f"{item.title or ''}\n{item.text}".encode()).hexdigest()
    return f"sha256:{digest[:32]}"


def backoff_seconds(every: float, failures: int) -> float:
    """How long a feed that failed ``failures`` times in a row waits before its next poll."""
    return float(min(every * 2 ** min(failures, 16), MAX_BACKOFF_SECONDS))


def watch_feeds(
    feeds: Sequence[str],
    *,
    settings: Settings,
    store: Store,
    coder: ArticleCoder,
    state_file: Path,
    every: float,
    cycles: int | None,
    stop: threading.Event,
    on_report: OnReport | None = None,
    workers: int = 1,
) -> int:
    """Poll ``feeds`` every ``every`` seconds, ``cycles`` times or until ``stop``; count cycles.
    A poll's new items are coded by ``workers`` processes (forked for that poll)."""
    states = load_state(state_file)
    done = 0
    while not stop.is_set() and (cycles is None or done < cycles):
        started = time.monotonic()
        done += 1
        for feed in feeds:
            if stop.is_set():
                break
            state = states.setdefault(feed, FeedState())
            report = _poll_once(feed, state, cycle=done, settings=settings, store=store,
                                coder=coder, every=every, stop=stop, workers=workers,
                                save=partial(save_state, state_file, states))
            save_state(state_file, states)
            if on_report is not None:
                on_report(report)
        if cycles is None or done < cycles:
            stop.wait(max(0.0, every - (time.monotonic() - started)))
    return done


def _poll_once(feed: str, state: FeedState, *, cycle: int, settings: Settings, store: Store,
               coder: ArticleCoder, every: float, stop: threading.Event, workers: int,
               save: Callable[[], None]) -> FeedReport:
    if time.time() < state.retry_at:
        return FeedReport(cycle=cycle, feed=feed, status="waiting",
                          message=f"backing off after {state.failures} failures")
    # 1. poll; a feed that cannot be read waits longer each time
    try:
        poll = poll_feed(feed, validators=state.validators, settings=settings)
        items = parse_feed(poll.data, origin=feed) if poll.changed else []
    except IngestError as error:
        state.failures += 1
        state.retry_at = time.time() + backoff_seconds(every, state.failures)
        log.warning("%s: poll %d failed: %s: %s", feed, state.failures, error.reason,
                    error.message)
        return FeedReport(cycle=cycle, feed=feed, status="failed",
                          message=f"{error.reason}: {error.message}")
    state.failures = 0
    state.retry_at = 0.0
    if not poll.changed:
        return FeedReport(cycle=cycle, feed=feed, status="unchanged")
    # 2. the items not stored yet
    fresh = [(index, item) for index, item in enumerate(items, start=1)
             if item_key(item) not in state.seen]
    if not fresh:
        state.validators = poll.validators
        return FeedReport(cycle=cycle, feed=feed, status="unchanged")
    # 3. ingest them; each committed batch marks its items seen
    summary, complete = _ingest_fresh(feed, fresh, state, settings=settings, store=store,
                                      coder=coder, stop=stop, save=save, workers=workers)
    if complete:
        state.validators = poll.validators
    return FeedReport(cycle=cycle, feed=feed, status="ingested", counts=dict(summary.counts),
                      problems=tuple(summary.problems))


def _ingest_fresh(feed: str, fresh: Sequence[tuple[int, FeedItem]], state: FeedState, *,
                  settings: Settings, store: Store, coder: ArticleCoder, stop: threading.Event,
                  save: Callable[[], None], workers: int) -> tuple[IngestSummary, bool]:
    keys_by_origin: dict[str, str] = {}
    retry: set[str] = set()
    reader = None if settings.offline else partial(read_page, settings=settings)
    stopped = False

    def articles() -> Iterator[Article | IngestError]:
        nonlocal stopped
        for index, item in fresh:
            if stop.is_set():
                stopped = True
                return
            key = item_key(item)
            result: Article | IngestError
            try:
                result = article_from_item(item, origin=f"{feed}#item{index}",
                                           settings=settings, read_page=reader)
            except IngestError as error:
                result = error
                state.attempts[key] = state.attempts.get(key, 0) + 1
                if isinstance(error, FetchError) and state.attempts[key] < MAX_ITEM_ATTEMPTS:
                    retry.add(key)
            except Exception as error:  # the boundary of one item: the feed goes on
                result = unexpected_error(f"{feed}#item{index}", error)
            keys_by_origin[result.origin] = key
            yield result

    def mark(outcomes: Sequence[IngestOutcome]) -> None:
        for outcome in outcomes:
            key = keys_by_origin.get(outcome.origin)
            if key is not None and key not in retry:
                state.mark_seen(key)
        save()

    summary = ingest_items(articles(), sources=[feed], settings=settings, store=store,
                           coder=coder, on_commit=mark, workers=workers)
    return summary, not stopped and not retry
