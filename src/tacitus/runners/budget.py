"""A time budget for coding: a too-costly article fails with a reason instead of holding the run."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType

from tacitus.errors import CodingBudgetError
from tacitus.model import Article

# seconds any article may take, plus this much per character of text: well above what coding costs
# (0.15 to 1 ms a character on a loaded 2-core machine, linear in length), so only an article whose
# cost runs away fails
BASE_SECONDS = 60.0
SECONDS_PER_CHAR = 0.003


def budget_seconds(articles: Sequence[Article]) -> float:
    """The time coding ``articles`` may take."""
    return BASE_SECONDS + SECONDS_PER_CHAR * sum(len(article.text) for article in articles)


@contextmanager
def time_budget(seconds: float, *, origin: str) -> Iterator[None]:
    """Raise ``CodingBudgetError`` in the block once ``seconds`` have passed.

    A timer signal interrupts the main thread only; in any other thread (a Dask worker) the block
    runs without a budget.
    """
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise CodingBudgetError(origin, f"coding took over its budget of {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
