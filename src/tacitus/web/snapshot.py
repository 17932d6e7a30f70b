"""Serve a database that another process may be writing: read from a private snapshot copy.

DuckDB lets one process hold a file read-write and then no other process may open it, not even
read-only; and a reader's shared lock would stop ``tacitus ingest`` from opening it. So the web
process never opens the database file: it copies the file and its write-ahead log into a folder of
its own and opens the copy read-only. A copy counts only when the files' size and modification
time are the same before and after it, so no write happened during it and the copy equals what a
crash at that moment would leave, which DuckDB recovers by replaying the log. ``refresh`` makes a
new snapshot when the files have changed; requests lease the current one, and a replaced snapshot
is closed and deleted when its last lease ends.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from tacitus.errors import StoreError
from tacitus.store.schema import check_version, stored_version

log = logging.getLogger(__name__)

COPY_ATTEMPTS = 20
# a writer commits in bursts: wait a little between attempts so one falls in a quiet moment
RETRY_PAUSE = 0.05

FileState = tuple[tuple[int, int], tuple[int, int]]


def _stat(path: Path) -> tuple[int, int]:
    try:
        status = path.stat()
    except FileNotFoundError:
        return (-1, -1)
    return (status.st_mtime_ns, status.st_size)


def wal_path(path: Path) -> Path:
    """Where DuckDB keeps the write-ahead log of a database file."""
    return path.with_name(path.name + ".wal")


def file_state(path: Path) -> FileState:
    """Modification time and size of a database file and of its write-ahead log."""
    return (_stat(path), _stat(wal_path(path)))


@dataclass(slots=True)
class Snapshot:
    """One copy of the database, open read-only, with the number of requests using it."""

    folder: Path
    connection: duckdb.DuckDBPyConnection
    state: FileState
    leases: int = 0
    retired: bool = False

    def discard(self) -> None:
        self.connection.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def _copy_quietly(source: Path, folder: Path) -> tuple[Path, FileState]:
    target = folder / source.name
    for _ in range(COPY_ATTEMPTS):
        before = file_state(source)
        if before[0][1] < 0:
            raise StoreError(f"no database at {source}")
        for stale in (target, wal_path(target)):
            stale.unlink(missing_ok=True)
        try:
            shutil.copyfile(source, target)
            if before[1][1] >= 0:
                shutil.copyfile(wal_path(source), wal_path(target))
        except FileNotFoundError:
            # the writer checkpointed and removed its log mid-copy: try again
            time.sleep(RETRY_PAUSE)
            continue
        if file_state(source) == before:
            return target, before
        time.sleep(RETRY_PAUSE)
    raise StoreError(f"{source} changed during each of {COPY_ATTEMPTS} attempts to copy it")


def _open_copy(path: Path, source: Path) -> duckdb.DuckDBPyConnection:
    try:
        connection = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as error:
        raise StoreError(f"cannot open a snapshot of {source}: {error}") from error
    try:
        found = connection.execute("SELECT count(*) FROM information_schema.tables "
                                   "WHERE table_name = 'schema_version'").fetchone()
        if not found or not found[0]:
            raise StoreError(f"{source} is not a Tacitus database (no schema_version table)")
        version = stored_version(connection)
        if version is not None:
            check_version(version)
    except duckdb.Error as error:
        connection.close()
        raise StoreError(f"cannot read a snapshot of {source}: {error}") from error
    except StoreError:
        connection.close()
        raise
    return connection


class SnapshotKeeper:
    """The current read-only snapshot of a database file, renewed when the file changes."""

    def __init__(self, source: Path, *, workdir: Path | None = None) -> None:
        self.source = Path(source)
        self._root = Path(tempfile.mkdtemp(prefix="tacitus-web-", dir=workdir))
        self._lock = threading.Lock()
        self._count = 0
        self._current: Snapshot | None = None
        self.refreshes = 0
        self.generation = 0
        try:
            self.refresh()
        except BaseException:
            shutil.rmtree(self._root, ignore_errors=True)
            raise

    def refresh(self) -> bool:
        """Take a new snapshot if the file changed since the last one; whether one was taken."""
        current = self._current
        if current is not None and file_state(self.source) == current.state:
            return False
        self._count += 1
        folder = self._root / str(self._count)
        folder.mkdir()
        try:
            copy, state = _copy_quietly(self.source, folder)
            snapshot = Snapshot(folder, _open_copy(copy, self.source), state)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        with self._lock:
            old, self._current = self._current, snapshot
            self.generation = self._count
            if old is not None:
                old.retired = True
                if old.leases:
                    old = None
        if old is not None:
            old.discard()
        self.refreshes += 1
        return True

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor on the current snapshot, for one thread, kept alive until the block ends."""
        with self._lock:
            snapshot = self._current
            if snapshot is None:
                raise StoreError(f"the snapshot of {self.source} is closed")
            snapshot.leases += 1
        cursor = snapshot.connection.cursor()
        try:
            yield cursor
        finally:
            cursor.close()
            with self._lock:
                snapshot.leases -= 1
                done = snapshot.retired and not snapshot.leases
            if done:
                snapshot.discard()

    def close(self) -> None:
        """Close the current snapshot and delete every copy."""
        with self._lock:
            snapshot, self._current = self._current, None
        if snapshot is not None:
            snapshot.connection.close()
        shutil.rmtree(self._root, ignore_errors=True)


class Refresher:
    """A daemon thread that calls ``keeper.refresh()`` every ``interval`` seconds until stopped."""

    def __init__(self, keeper: SnapshotKeeper, *, interval: float) -> None:
        self._keeper = keeper
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tacitus-snapshot", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self._keeper.refresh()
            except StoreError as error:
                # the last good snapshot keeps serving; the next tick tries again
                log.warning("snapshot not refreshed: %s", error)
