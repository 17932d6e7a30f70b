"""Code batches on several processes, forked from the one holding the loaded coder.

The parent loads the model and the tables once; each worker is a fork of it, so it starts at once
and shares the parent's memory pages until it writes to them. Batches go out in input order and
come back in input order, at most ``2 × workers`` in flight, so the parent commits exactly what
one process would have committed, in the same order: the same articles, events and ids.

A worker grows a little with every batch (spaCy's string store keeps every new word it parses,
and the pages it shares with the parent are copied as it writes to them), so after
``BATCHES_PER_WORKER`` batches it is replaced by a fresh fork of the parent: memory stays bounded
however many articles a run codes. After each batch it hands the C heap's freed pages back.
Before forking, the parent's objects are frozen out of the garbage collector's sight
(``gc.freeze``), so a worker's collections do not write to, and copy, the pages they live on.
A worker ignores SIGINT: Ctrl-C reaches the parent, which stops the pool.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from multiprocessing.pool import AsyncResult, Pool
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from tacitus.model import Article, CodedArticle, IngestOutcome

if TYPE_CHECKING:
    from tacitus.pipeline import ArticleCoder

log = logging.getLogger(__name__)

Batch = TypeVar("Batch")
# a batch coded: the coded articles and the outcomes of those that failed
Coded = tuple[list[CodedArticle], list[IngestOutcome]]
# told of each article that failed, with its traceback
OnFailure = Callable[[IngestOutcome, str], None]


class CodeArticles(Protocol):
    """Code a batch, telling ``on_failure`` of each article that failed."""

    def __call__(self, coder: ArticleCoder, articles: Sequence[Article], *,
                 on_failure: OnFailure) -> Coded: ...


# what the forked workers run: set in the parent just before it forks, inherited by each child
_WORK: tuple[ArticleCoder, CodeArticles] | None = None
# batches a worker codes before a fresh fork replaces it (32 articles a batch by default): a
# worker's own memory grows with each batch as it copies the parent's pages it writes to (every
# Python object it reads gets its reference count written), from about 150 MB after the fork to
# about 400 MB after 16 batches. Replacing it after 8 did not lower the 10,000-article peak
# (docs/scaling.md): what grows there is the parent, which each new fork inherits
BATCHES_PER_WORKER = 16


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """Whether this platform starts processes by forking (not Windows): workers need it."""
    return "fork" in multiprocessing.get_all_start_methods()


def _start_worker() -> None:
    """In each new worker: Ctrl-C is the parent's to handle (it stops the pool)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _code_in_worker(articles: Sequence[Article]) -> tuple[Coded, list[tuple[IngestOutcome, str]]]:
    """The coded batch and its failures with their tracebacks, handed back to the parent to log
    (a worker's own log lines would not reach the parent's handlers)."""
    assert _WORK is not None, "the worker was not forked from a parent holding a coder"
    coder, code = _WORK
    failed: list[tuple[IngestOutcome, str]] = []
    coded = code(coder, articles, on_failure=lambda outcome, trace: failed.append((outcome, trace)))
    release_freed_memory()
    return coded, failed


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or ``None`` where the C library has none."""
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def release_freed_memory() -> None:
    """Hand the C heap's freed pages back to the system. Parsing a batch allocates and frees a few
    hundred MB of working memory, which the C allocator otherwise keeps: a worker held about
    330 MB of its own after three batches of 32 real-length articles, 45 MB once trimmed."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


class CodingPool(Generic[Batch]):
    """``workers`` forked processes that apply ``code(coder, articles)`` to batches in order."""

    def __init__(self, coder: ArticleCoder, code: CodeArticles, *, workers: int,
                 on_failure: OnFailure, batches_per_worker: int | None = None) -> None:
        global _WORK
        batches_per_worker = batches_per_worker or BATCHES_PER_WORKER
        self._on_failure = on_failure
        _WORK = (coder, code)
        # the loaded model and tables live as long as the run: out of the collector's sight
        gc.collect()
        gc.freeze()
        # fork: the children inherit the loaded model instead of loading it again; each is
        # replaced by a fresh fork after `batches_per_worker` batches
        self._pool: Pool = multiprocessing.get_context("fork").Pool(
            workers, initializer=_start_worker, maxtasksperchild=batches_per_worker)
        self.workers = workers
        log.info("coding on %d worker processes, each replaced after %d batches", workers,
                 batches_per_worker)

    def code_in_order(self, batches: Iterable[Batch],
                      articles: Callable[[Batch], Sequence[Article]],
                      ) -> Iterator[tuple[Batch, Coded]]:
        """Each batch with what ``code`` returned for its articles, in input order."""
        pending: deque[tuple[Batch, AsyncResult[tuple[Coded, list[tuple[IngestOutcome, str]]]]]]
        pending = deque()
        for batch in batches:
            pending.append((batch, self._pool.apply_async(_code_in_worker, (articles(batch),))))
            # 2 × workers in flight: every worker busy while the parent commits, memory bounded
            if len(pending) >= 2 * self.workers:
                yield self._collect(*pending.popleft())
        while pending:
            yield self._collect(*pending.popleft())

    def _collect(self, batch: Batch,
                 result: AsyncResult[tuple[Coded, list[tuple[IngestOutcome, str]]]],
                 ) -> tuple[Batch, Coded]:
        coded, failed = result.get()
        for outcome, trace in failed:
            self._on_failure(outcome, trace)
        return batch, coded

    def close(self) -> None:
        self._pool.close()
        self._pool.join()
        gc.unfreeze()

    def terminate(self) -> None:
        self._pool.terminate()
        self._pool.join()
        gc.unfreeze()
