"""Batches are all-or-nothing, runs and their ingest log are recorded, and opening fails clearly."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from store_factories import MakeCoded, build_coded

from tacitus.errors import StoreError
from tacitus.model import IngestOutcome
from tacitus.store import SCHEMA_VERSION, Store, open_store
from tacitus.store import database as database_module

TEXTS = ("First text: Blinken met Qureshi.", "Second text: Blinken met Wang.",
         "Third text: Blinken met Lavrov.")


def _empty(store: Store) -> bool:
    return all(count == 0 for table, count in store.counts().items() if table != "runs")


def test_batch_is_written_with_its_outcomes(store: Store) -> None:
    coded = [build_coded(text) for text in TEXTS]
    run_id = store.start_run(["folder/"])
    outcomes = [IngestOutcome(origin=item.article.origin, status="new",
                              article_id=item.article.id, title=item.article.title)
                for item in coded]
    store.write_batch(coded, outcomes, run_id=run_id)
    counts = store.counts()
    assert (counts["articles"], counts["events"], counts["ingest_log"]) == (3, 3, 3)
    assert [row["status"] for row in store.ingest_log(run_id)] == ["new"] * 3


def test_a_batch_failing_half_way_leaves_nothing(store: Store) -> None:
    good = build_coded(TEXTS[0])
    broken = build_coded(TEXTS[1])
    # a value the events table cannot hold: its insert fails after the articles went in
    broken = replace(broken, events=(replace(broken.events[0], goldstein="high"),))
    run_id = store.start_run(["x"])
    with pytest.raises(StoreError, match="cannot write a batch"):
        store.write_batch([good, broken], [IngestOutcome("x", "new")], run_id=run_id)
    assert _empty(store)
    store.write_batch([good], [], run_id=run_id)
    assert store.counts()["articles"] == 1


@pytest.mark.parametrize("failing_table", ["articles", "events", "event_mentions", "claims",
                                           "ingest_log"])
def test_failure_at_any_table_rolls_the_batch_back(
    store: Store, monkeypatch: pytest.MonkeyPatch, failing_table: str
) -> None:
    real_insert = database_module.insert_rows

    def insert_then_fail(connection: duckdb.DuckDBPyConnection, table: str, *args: object,
                         **kwargs: object) -> None:
        real_insert(connection, table, *args, **kwargs)  # type: ignore[arg-type]
        if table == failing_table:
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(database_module, "insert_rows", insert_then_fail)
    run_id = store.start_run(["x"])
    with pytest.raises(StoreError, match="disk on fire"):
        store.write_batch([build_coded(text) for text in TEXTS], [IngestOutcome("x", "failed")],
                          run_id=run_id)
    assert _empty(store)


def test_an_unknown_outcome_status_rolls_back(store: Store, make_coded: MakeCoded) -> None:
    run_id = store.start_run(["x"])
    with pytest.raises(StoreError, match="unknown ingest status 'weird'"):
        store.write_batch([make_coded()], [IngestOutcome("x", "weird")], run_id=run_id)
    assert _empty(store)


def test_ingest_log_keeps_order_across_batches_and_splits_reasons(store: Store) -> None:
    first = store.start_run(["a", "b"])
    store.write_batch([], [IngestOutcome("a.html", "failed", "no-article: nothing: here"),
                           IngestOutcome("b.html", "skipped", "not-english: in German")],
                      run_id=first)
    store.write_batch([], [IngestOutcome("c.html", "duplicate", "already stored", "a1", "T")],
                      run_id=first)
    second = store.start_run(["d"])
    store.write_batch([], [IngestOutcome("d.html", "new", article_id="a2")], run_id=second)
    log = store.ingest_log(first)
    assert [(row["origin"], row["status"], row["reason"], row["message"]) for row in log] == [
        ("a.html", "failed", "no-article", "nothing: here"),
        ("b.html", "skipped", "not-english", "in German"),
        ("c.html", "duplicate", "already stored", ""),
    ]
    assert (log[2]["article_id"], log[2]["title"]) == ("a1", "T")
    assert log[0]["at"].endswith("+00:00")
    assert [row["origin"] for row in store.ingest_log()] == ["a.html", "b.html", "c.html",
                                                             "d.html"]


def test_runs_record_sources_and_counts(store: Store) -> None:
    run_id = store.start_run(["feed.xml", "page.html"])
    assert store.runs()[0]["finished_at"] is None
    store.finish_run(run_id, {"new": 2, "duplicate": 1, "skipped": 0, "failed": 0})
    [run] = store.runs()
    assert run["run_id"] == run_id
    assert run["sources"] == ["feed.xml", "page.html"]
    assert run["counts"] == {"new": 2, "duplicate": 1, "skipped": 0, "failed": 0}
    assert run["started_at"] <= run["finished_at"]


def test_run_ids_are_unique(store: Store) -> None:
    assert len({store.start_run([]) for _ in range(5)}) == 5


def test_finishing_an_unknown_run_fails(store: Store) -> None:
    with pytest.raises(StoreError, match="no run 'run-nope'"):
        store.finish_run("run-nope", {})


def test_read_only_store_refuses_writes(db_path: Path, make_coded: MakeCoded) -> None:
    open_store(db_path).close()
    with open_store(db_path, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.write_article(make_coded())
        with pytest.raises(StoreError, match="read-only"):
            store.start_run(["x"])
        assert store.counts()["articles"] == 0


def test_read_only_open_of_a_missing_database_fails(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        open_store(tmp_path / "missing.duckdb", read_only=True)
    assert not (tmp_path / "missing.duckdb").exists()


def test_read_only_open_of_a_foreign_duckdb_file_fails(db_path: Path) -> None:
    duckdb.connect(str(db_path)).close()
    with pytest.raises(StoreError, match="not a Tacitus database"):
        open_store(db_path, read_only=True)


def test_a_file_that_is_not_a_database_fails(db_path: Path) -> None:
    db_path.write_text("just some text, not a database\n" * 200)
    with pytest.raises(StoreError, match="not a DuckDB database"):
        open_store(db_path)


def test_a_missing_folder_fails(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no folder"):
        open_store(tmp_path / "nowhere" / "db.duckdb")


def test_a_newer_schema_is_refused(db_path: Path) -> None:
    open_store(db_path).close()
    connection = duckdb.connect(str(db_path))
    connection.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION + 1])
    connection.close()
    with pytest.raises(StoreError, match="newer than this Tacitus"):
        open_store(db_path)


def test_reopening_keeps_one_schema_version_row(db_path: Path) -> None:
    for _ in range(3):
        open_store(db_path).close()
    connection = duckdb.connect(str(db_path), read_only=True)
    assert connection.execute("SELECT version FROM schema_version").fetchall() == [
        (SCHEMA_VERSION,)
    ]
    connection.close()


def test_a_database_locked_by_another_process_fails_clearly(db_path: Path) -> None:
    open_store(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys\nc = duckdb.connect(sys.argv[1])\nprint('ready', flush=True)\n"
         "sys.stdin.read()", str(db_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked by another process"):
            open_store(db_path)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()  # type: ignore[union-attr]
