"""Code batches on several processes, forked from a copy of the one holding the loaded coder.

The parent loads the model and the tables once; right after, it forks a zygote (``zygote.py``),
and every worker is a fork of that zygote, so it starts at once and shares the loaded model's
memory pages until it writes to them. Batches go out in input order and are committed in input
order, at most ``2 × workers`` in flight, so the parent commits exactly what one process would
have committed, in the same order: the same articles, events and ids.

A worker grows a little with every batch (spaCy's string store keeps every new word it parses,
and the pages it shares with the zygote are copied as it writes to them), so after
``BATCHES_PER_WORKER`` batches it is replaced by a fresh fork of the zygote: memory stays bounded
however many articles a run codes, and what the parent grows meanwhile (it reads, de-duplicates
and commits) never reaches a worker. After each batch a worker hands the C heap's freed pages
back. Before forking, the parent's objects are frozen out of the garbage collector's sight
(``gc.freeze``), so a worker's collections do not write to, and copy, the pages they live on.
Workers ignore SIGINT: Ctrl-C reaches the parent, which stops the pool.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from tacitus.model import Article, CodedArticle, IngestOutcome
from tacitus.runners.zygote import ZygotePool

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


# what the workers run: set in the parent just before it forks the zygote, inherited by each worker
_WORK: tuple[ArticleCoder, CodeArticles] | None = None
# batches a worker codes before a fresh fork replaces it (32 articles a batch by default): a
# worker's own memory grows with each batch as it copies the pages it writes to (every Python
# object it reads gets its reference count written), from about 150 MB after the fork to about
# 400 MB after 16 batches
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


def freeze_loaded() -> None:
    """Put every object alive now (the loaded model and tables, which live as long as the run)
    out of the garbage collector's sight until ``gc.unfreeze``: its full collections stop walking
    them (in a forked worker, stop writing to the pages they share with the parent). One process
    coding 96 real-length articles spent 0.19 CPU s collecting garbage, 0.07 s frozen."""
    gc.collect()
    gc.freeze()


class CodingPool(Generic[Batch]):
    """``workers`` forked processes that apply ``code(coder, articles)`` to batches in order."""

    def __init__(self, coder: ArticleCoder, code: CodeArticles, *, workers: int,
                 on_failure: OnFailure, batches_per_worker: int | None = None) -> None:
        global _WORK
        batches_per_worker = batches_per_worker or BATCHES_PER_WORKER
        self._on_failure = on_failure
        _WORK = (coder, code)
        freeze_loaded()
        # the workers are forks of a zygote forked now, before this process grows: each inherits
        # the loaded model instead of loading it again, and is replaced by a fresh fork of the
        # zygote after `batches_per_worker` batches
        self._processes = ZygotePool(_code_in_worker, workers=workers,
                                     tasks_per_worker=batches_per_worker)
        self.workers = workers
        # results that came back before those of earlier batches, by batch number
        self._early: dict[int, tuple[Coded, list[tuple[IngestOutcome, str]]]] = {}
        log.info("coding on %d worker processes, each replaced after %d batches", workers,
                 batches_per_worker)

    @property
    def zygote_pid(self) -> int | None:
        """The process the workers are forked from."""
        return self._processes.zygote_pid

    def code_in_order(self, batches: Iterable[Batch],
                      articles: Callable[[Batch], Sequence[Article]],
                      ) -> Iterator[tuple[Batch, Coded]]:
        """Each batch with what ``code`` returned for its articles, in input order."""
        pending: deque[tuple[int, Batch]] = deque()
        for number, batch in enumerate(batches):
            self._processes.submit(number, articles(batch))
            pending.append((number, batch))
            # 2 × workers in flight: every worker busy while the parent commits, memory bounded
            if len(pending) >= 2 * self.workers:
                yield self._collect(*pending.popleft())
        while pending:
            yield self._collect(*pending.popleft())

    def _collect(self, number: int, batch: Batch) -> tuple[Batch, Coded]:
        while number not in self._early:
            done, result = self._processes.next_result()
            self._early[done] = result
        coded, failed = self._early.pop(number)
        for outcome, trace in failed:
            self._on_failure(outcome, trace)
        return batch, coded

    def close(self) -> None:
        self._processes.close()
        gc.unfreeze()

    def terminate(self) -> None:
        self._processes.terminate()
        gc.unfreeze()
