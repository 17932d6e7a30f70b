"""Snapshots: the web process reads a private copy, renewed when the file changes, even while
another process holds the database read-write (which DuckDB would not let it open)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest
from web_factories import meeting

from tacitus.errors import StoreError
from tacitus.store import browse, open_store
from tacitus.web import SnapshotKeeper
from tacitus.web.views import read

HERE = Path(__file__).resolve().parent
# holds the database read-write, writes one article, says so, and waits to be told to stop
WRITER = """
import sys
from datetime import date
from web_factories import meeting
from tacitus.store import open_store
with open_store(sys.argv[1]) as store:
    store.write_article(meeting(date(2022, 1, 3), "Kabul"))
    print("written", flush=True)
    sys.stdin.readline()
"""


def _events(keeper: SnapshotKeeper) -> int:
    return read(keeper, browse.select_totals)["events"]


def test_snapshot_renews_only_when_the_file_changes(keeper: SnapshotKeeper, web_db: Path) -> None:
    assert _events(keeper) == 3 and not keeper.refresh()
    with open_store(web_db) as store:
        store.write_article(meeting(date(2022, 2, 1), "Rome"))
    assert keeper.refresh() and _events(keeper) == 4
    assert not keeper.refresh() and keeper.refreshes == 2


def test_snapshot_reads_what_a_live_writer_committed(keeper: SnapshotKeeper, web_db: Path) -> None:
    environment = {**os.environ, "PYTHONPATH": str(HERE)}
    with subprocess.Popen([sys.executable, "-c", WRITER, str(web_db)], env=environment,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as writer:
        assert writer.stdin is not None and writer.stdout is not None
        try:
            assert writer.stdout.readline().strip() == "written"
            # the rule this design works around: no other process may open the file at all
            with pytest.raises(duckdb.IOException, match="lock"):
                duckdb.connect(str(web_db), read_only=True)
            assert keeper.refresh() and _events(keeper) == 4
        finally:
            writer.stdin.close()
            writer.wait(timeout=60)
    assert writer.returncode == 0
    # and the web process holds no lock: a writer can open the file at any time
    with open_store(web_db) as store:
        assert store.counts()["events"] == 4


def test_a_replaced_snapshot_lives_until_its_last_reader_is_done(keeper: SnapshotKeeper,
                                                                  web_db: Path) -> None:
    with keeper.cursor() as cursor:
        with open_store(web_db) as store:
            store.write_article(meeting(date(2022, 3, 1), "Oslo"))
        assert keeper.refresh()
        old = Path(cursor.execute("SELECT path FROM duckdb_databases() "
                                  "WHERE database_name = current_database()").fetchone()[0])
        assert old.is_file()
        assert cursor.execute("SELECT count(*) FROM events").fetchone() == (3,)
    assert not old.exists()
    assert _events(keeper) == 4


def test_what_cannot_be_served_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        SnapshotKeeper(tmp_path / "missing.duckdb", workdir=tmp_path)
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (a INTEGER)").close()
    with pytest.raises(StoreError, match="not a Tacitus database"):
        SnapshotKeeper(other, workdir=tmp_path)
    assert [path.name for path in tmp_path.iterdir()] == ["other.duckdb"]


def test_answers_are_cached_per_snapshot(web_db: Path, keeper: SnapshotKeeper) -> None:
    from fastapi.testclient import TestClient

    from tacitus.web import create_app

    with TestClient(create_app(keeper, refresh_seconds=None, cache_size=8)) as client:
        first = client.get("/api/status")
        again = client.get("/api/status")
        assert (first.headers["x-cache"], again.headers["x-cache"]) == ("miss", "hit")
        assert again.json() == first.json() and again.headers["content-security-policy"]
        assert client.get("/api/events/evt_missing").status_code == 404
        assert client.get("/api/events/evt_missing").status_code == 404
        with open_store(web_db) as store:
            store.write_article(meeting(date(2022, 4, 1), "Paris"))
        assert keeper.refresh()
        fresh = client.get("/api/status")
        assert fresh.headers["x-cache"] == "miss" and fresh.json()["totals"]["events"] == 4
