"""Code batches on several processes, forked from the one holding the loaded coder.

The parent loads the model and the tables once; each worker is a fork of it, so it starts at once
and shares the parent's memory pages until it writes to them. Batches go out in input order and
come back in input order, at most ``2 × workers`` in flight, so the parent commits exactly what
one process would have committed, in the same order: the same articles, events and ids.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing.pool import AsyncResult, Pool
from typing import TYPE_CHECKING, Generic, TypeVar

from tacitus.model import Article, CodedArticle, IngestOutcome

if TYPE_CHECKING:
    from tacitus.pipeline import ArticleCoder

log = logging.getLogger(__name__)

Batch = TypeVar("Batch")
# a batch coded: the coded articles and the outcomes of those that failed
Coded = tuple[list[CodedArticle], list[IngestOutcome]]
CodeArticles = Callable[["ArticleCoder", Sequence[Article]], Coded]

# what the forked workers run: set in the parent just before it forks, inherited by each child
_WORK: tuple[ArticleCoder, CodeArticles] | None = None


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """Whether this platform starts processes by forking (not Windows): workers need it."""
    return "fork" in multiprocessing.get_all_start_methods()


def _code_in_worker(articles: Sequence[Article]) -> Coded:
    assert _WORK is not None, "the worker was not forked from a parent holding a coder"
    coder, code = _WORK
    return code(coder, articles)


class CodingPool(Generic[Batch]):
    """``workers`` forked processes that apply ``code(coder, articles)`` to batches in order."""

    def __init__(self, coder: ArticleCoder, code: CodeArticles, *, workers: int) -> None:
        global _WORK
        _WORK = (coder, code)
        # fork: the children inherit the loaded model instead of loading it again
        self._pool: Pool = multiprocessing.get_context("fork").Pool(workers)
        self.workers = workers
        log.info("coding on %d worker processes", workers)

    def code_in_order(self, batches: Iterable[Batch],
                      articles: Callable[[Batch], Sequence[Article]],
                      ) -> Iterator[tuple[Batch, Coded]]:
        """Each batch with what ``code`` returned for its articles, in input order."""
        pending: deque[tuple[Batch, AsyncResult[Coded]]] = deque()
        for batch in batches:
            pending.append((batch, self._pool.apply_async(_code_in_worker, (articles(batch),))))
            # 2 × workers in flight: every worker busy while the parent commits, memory bounded
            if len(pending) >= 2 * self.workers:
                done, result = pending.popleft()
                yield done, result.get()
        while pending:
            done, result = pending.popleft()
            yield done, result.get()

    def close(self) -> None:
        self._pool.close()
        self._pool.join()

    def terminate(self) -> None:
        self._pool.terminate()
        self._pool.join()
