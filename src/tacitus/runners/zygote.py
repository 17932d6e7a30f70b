"""Worker processes forked from a zygote: a small process made before the parent grows.

A fork copies its parent as it is at that moment. Forked from the parent of a long run, each new
worker would start from everything the parent has grown since the model was loaded (over 10,000
articles the parent grew from about 190 to 600 MB, and every worker forked later started and
ended larger: docs/scaling.md). The zygote is a fork of the parent made when the pool starts,
right after the model and tables are loaded; it does nothing but fork workers, so every worker,
the first or the hundredth, starts from the same small image however long the run.

Tasks reach the workers through one queue. Each result comes back as one pickled bytes object on
one pipe, read and decoded by the parent's own thread: no result thread whose C heap arena fills
with objects the main thread frees. A worker exits after ``tasks_per_worker`` tasks and the zygote
forks its replacement. When a worker dies (a signal, the kernel's OOM killer) the zygote tells the
parent, which raises instead of waiting for ever for the task it had. The zygote and the workers
leave Ctrl-C to the parent (which stops them), die of SIGTERM whatever handler the parent had set,
and on Linux die with their parent.

Forking needs a platform that forks (not Windows): see ``workers.can_fork``.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import pickle
import signal
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Lock
from typing import Any

log = logging.getLogger(__name__)

FORK = multiprocessing.get_context("fork")
# Linux's prctl option that sends a signal to a process when its parent dies
PR_SET_PDEATHSIG = 1
# how long stopping waits for the zygote before killing it
STOP_SECONDS = 30.0
# a message on the zygote's pipe: a worker died (its pid and exit code)
DIED = "died"


class WorkerLostError(RuntimeError):
    """A worker or the zygote died while tasks were in flight."""


class WorkerTraceback(Exception):
    """The traceback of an exception raised in a worker, as its text (the ``__cause__`` of the
    exception the parent re-raises)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return f"\n\nin the worker:\n{self.text}"


def _die_with_parent() -> None:
    """Ask Linux to send SIGTERM to this process when its parent dies (elsewhere: nothing)."""
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return
    prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def _become_child() -> None:
    """In the zygote and in each worker: Ctrl-C is the parent's to handle, SIGTERM ends the
    process (a handler the parent set, such as the watch's, must not keep it alive)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()


def _outcome(index: int, work: Callable[[Any], Any], task: object) -> bytes:
    """``work(task)`` pickled with its task's index, or the exception it raised."""
    try:
        return pickle.dumps(("done", index, work(task)), pickle.HIGHEST_PROTOCOL)
    except Exception as error:  # handed to the parent, which raises it
        trace = traceback.format_exc()
        try:
            return pickle.dumps(("error", index, (error, trace)), pickle.HIGHEST_PROTOCOL)
        except Exception:  # an exception that cannot be pickled: its text is enough
            plain = RuntimeError(f"{type(error).__name__}: {error}")
            return pickle.dumps(("error", index, (plain, trace)), pickle.HIGHEST_PROTOCOL)


def _work_loop(work: Callable[[Any], Any], tasks: Queue[tuple[int, object]],
               results: Connection, sending: Lock, tasks_per_worker: int) -> None:
    """A worker: do ``tasks_per_worker`` tasks, sending each result back, then exit."""
    _become_child()
    for _ in range(tasks_per_worker):
        index, task = tasks.get()
        outcome = _outcome(index, work, task)
        with sending:
            results.send_bytes(outcome)


def _zygote_loop(control: Connection, parents_end: Connection,
                 start_worker: Callable[[], BaseProcess], workers: int) -> None:
    """The zygote: keep ``workers`` workers alive until the parent says stop or goes away."""
    _become_child()
    parents_end.close()  # so that the parent's end closing (the parent gone) reaches this one
    live: dict[int, BaseProcess] = {}
    for _ in range(workers):
        worker = start_worker()
        live[worker.sentinel] = worker
    try:
        while True:
            ready = wait([control, *live])
            if control in ready:  # stop, or the parent is gone
                return
            for sentinel in ready:
                assert isinstance(sentinel, int)
                ended = live.pop(sentinel)
                ended.join()
                if ended.exitcode != 0:
                    control.send((DIED, ended.pid, ended.exitcode))
                worker = start_worker()
                live[worker.sentinel] = worker
    finally:
        for worker in live.values():
            worker.terminate()
        for worker in live.values():
            worker.join()


class ZygotePool:
    """``workers`` processes forked from a zygote, each doing ``tasks_per_worker`` tasks of
    ``work`` before the zygote replaces it. Results come back in the order they are done."""

    def __init__(self, work: Callable[[Any], Any], *, workers: int, tasks_per_worker: int) -> None:
        self._tasks: Queue[tuple[int, object]] = FORK.Queue()
        self._results, results_in = FORK.Pipe(duplex=False)
        self._control, zygotes_end = FORK.Pipe()
        sending = FORK.Lock()

        def start_worker() -> BaseProcess:
            worker = FORK.Process(target=_work_loop, name="tacitus-worker", daemon=True,
                                  args=(work, self._tasks, results_in, sending, tasks_per_worker))
            worker.start()
            return worker

        self._zygote = FORK.Process(target=_zygote_loop, name="tacitus-zygote",
                                    args=(zygotes_end, self._control, start_worker, workers))
        self._zygote.start()
        # the workers' ends: held by the zygote and its workers, not by the parent
        results_in.close()
        zygotes_end.close()

    @property
    def zygote_pid(self) -> int | None:
        return self._zygote.pid

    def submit(self, index: int, task: object) -> None:
        """Queue ``task``; its result comes back from ``next_result`` with ``index``."""
        self._tasks.put((index, task))

    def next_result(self) -> tuple[int, Any]:
        """The index and result of the next task done; a task's exception is raised here."""
        while True:
            ready = wait([self._results, self._control, self._zygote.sentinel])
            if self._results in ready:
                status, index, value = pickle.loads(self._results.recv_bytes())
                if status == "error":
                    error, trace = value
                    raise error from WorkerTraceback(trace)
                return index, value
            if self._control in ready:
                try:
                    _, pid, code = self._control.recv()
                except EOFError:
                    pass  # the zygote is gone: its exit code says how
                else:
                    raise WorkerLostError(f"a coding worker (pid {pid}) died with exit code "
                                          f"{code}; the task it was doing is lost")
            self._zygote.join()
            raise WorkerLostError(f"the worker zygote died with exit code {self._zygote.exitcode}")

    def close(self) -> None:
        """Stop the workers once every result has been read."""
        self._stop()
        self._tasks.close()
        self._tasks.join_thread()

    def terminate(self) -> None:
        """Stop the workers now, whatever they are doing."""
        self._tasks.cancel_join_thread()
        self._stop()
        self._tasks.close()

    def _stop(self) -> None:
        if self._zygote.is_alive():
            with contextlib.suppress(OSError):  # the zygote is already going
                self._control.send("stop")
        self._zygote.join(STOP_SECONDS)
        if self._zygote.is_alive():
            log.warning("the worker zygote did not stop within %.0f s: killing it", STOP_SECONDS)
            self._zygote.kill()
            self._zygote.join()
        self._control.close()
        self._results.close()
