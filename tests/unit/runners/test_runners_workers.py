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
from tacitus.runners.zygote import WorkerLostError, WorkerTraceback

pytestmark = pytest.mark.skipif(not can_fork(), reason="the pool forks")


def who_codes(coder: Any, articles: Sequence[int], *, on_failure: Any) -> Any:
    """Stands for ``code_batch``: each item with the process that handled it and whether that
    process ignores Ctrl-C."""
    ignores = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    return [(item, coder, os.getpid(), ignores) for item in articles], []


def run_pool(code: Any, batches: int, *, batches_per_worker: int = 100) -> tuple[list[Any], int]:
    """What ``code`` returned for each item of ``batches`` batches of two, and the zygote's pid."""
    pool: CodingPool[list[int]] = CodingPool("the coder", code, workers=2,
                                             on_failure=print,  # type: ignore[arg-type]
                                             batches_per_worker=batches_per_worker)
    try:
        coded = [row for _, (rows, _) in pool.code_in_order(
            ([2 * n, 2 * n + 1] for n in range(batches)), lambda batch: batch) for row in rows]
    except BaseException:
        pool.terminate()
        raise
    pool.close()
    assert pool.zygote_pid is not None
    return coded, pool.zygote_pid


def run(batches_per_worker: int, batches: int = 6) -> list[tuple[int, str, int, bool]]:
    return run_pool(who_codes, batches, batches_per_worker=batches_per_worker)[0]


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
    # the parent's own handler stays as it was (a shell may start it with SIGINT ignored)
    before = signal.getsignal(signal.SIGINT)
    assert all(ignores for *_, ignores in run(batches_per_worker=2, batches=2))
    assert signal.getsignal(signal.SIGINT) is before


def test_the_parent_collector_is_given_back_after_the_run() -> None:
    run(batches_per_worker=2, batches=2)
    assert gc.get_freeze_count() == 0


def test_a_worker_can_hand_freed_memory_back() -> None:
    # glibc (Linux) has malloc_trim; elsewhere releasing is skipped, never an error
    if sys.platform.startswith("linux"):
        assert workers._malloc_trim() is not None
    workers.release_freed_memory()


def whose_child(coder: Any, articles: Sequence[int], *, on_failure: Any) -> Any:
    """Each item with the process that coded it, its parent, and whether SIGTERM ends it."""
    ends = signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    return [(item, os.getpid(), os.getppid(), ends) for item in articles], []


def test_workers_are_forked_from_the_zygote_not_from_the_runner() -> None:
    # the runner's SIGTERM handler (the watch sets one) must not keep a worker alive
    previous = signal.signal(signal.SIGTERM, lambda number, frame: None)
    try:
        coded, zygote = run_pool(whose_child, batches=6, batches_per_worker=1)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert [item for item, *_ in coded] == list(range(12))
    assert zygote != os.getpid()
    # every worker, the recycled ones too (one per batch), is a child of the zygote
    assert len({pid for _, pid, _, _ in coded}) == 6
    assert {parent for _, _, parent, _ in coded} == {zygote}
    assert all(ends for *_, ends in coded)


def fails_on_three(coder: Any, articles: Sequence[int], *, on_failure: Any) -> Any:
    if 3 in articles:
        raise ValueError("three is not codable")
    return list(articles), []


def test_an_exception_in_a_worker_is_raised_in_the_parent_with_its_traceback() -> None:
    with pytest.raises(ValueError, match="three is not codable") as raised:
        run_pool(fails_on_three, batches=4)
    assert isinstance(raised.value.__cause__, WorkerTraceback)
    assert "fails_on_three" in str(raised.value.__cause__)


def dies_on_three(coder: Any, articles: Sequence[int], *, on_failure: Any) -> Any:
    if 3 in articles:
        os.kill(os.getpid(), signal.SIGKILL)
    return list(articles), []


def test_a_worker_killed_mid_batch_stops_the_run_instead_of_hanging() -> None:
    with pytest.raises(WorkerLostError, match="died with exit code -9"):
        run_pool(dies_on_three, batches=4)
    assert gc.get_freeze_count() == 0
