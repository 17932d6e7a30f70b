"""The forked coding pool: batches back in input order, workers replaced after N batches."""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Sequence
from typing import Any

import pytest

from tacitus.runners import workers
from tacitus.runners.workers import CodingPool, can_fork

pytestmark = pytest.mark.skipif(not can_fork(), reason="the pool forks")


def who_codes(coder: Any, articles: Sequence[int], *, on_failure: Any) -> Any:
    """Stands for ``code_batch``: each item with the process that handled it and whether that
    process ignores Ctrl-C."""
    ignores = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    return [(item, coder, os.getpid(), ignores) for item in articles], []


def run(batches_per_worker: int, batches: int = 6) -> list[tuple[int, str, int, bool]]:
    pool: CodingPool[list[int]] = CodingPool("the coder", who_codes, workers=2,
                                             on_failure=print,  # type: ignore[arg-type]
                                             batches_per_worker=batches_per_worker)
    try:
        coded = [row for _, (rows, _) in pool.code_in_order(
            ([2 * n, 2 * n + 1] for n in range(batches)), lambda batch: batch) for row in rows]
    finally:
        pool.close()
    return coded  # type: ignore[return-value]


def test_batches_come_back_in_order_from_workers_holding_the_parents_coder() -> None:
    coded = run(batches_per_worker=100)
    assert [item for item, *_ in coded] == list(range(12))
    assert {coder for _, coder, _, _ in coded} == {"the coder"}
    assert os.getpid() not in {pid for _, _, pid, _ in coded}
    assert len({pid for _, _, pid, _ in coded}) <= 2


def test_a_worker_is_replaced_after_its_batches() -> None:
    coded = run(batches_per_worker=1)
    assert [item for item, *_ in coded] == list(range(12))
    # one fresh fork for every batch
    assert len({pid for _, _, pid, _ in coded}) == 6


def test_workers_leave_ctrl_c_to_the_parent() -> None:
    assert all(ignores for *_, ignores in run(batches_per_worker=2, batches=2))
    assert signal.getsignal(signal.SIGINT) is not signal.SIG_IGN


def test_the_parent_collector_is_given_back_after_the_run() -> None:
    run(batches_per_worker=2, batches=2)
    assert gc.get_freeze_count() == 0


def test_a_worker_can_hand_freed_memory_back() -> None:
    # glibc (Linux) has malloc_trim; elsewhere releasing is skipped, never an error
    if sys.platform.startswith("linux"):
        assert workers._malloc_trim() is not None
    workers.release_freed_memory()
