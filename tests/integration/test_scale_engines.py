"""The local and Dask engines store the same articles, events and ids from the same 200 pages."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from distributed import LocalCluster
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.pipeline import make_article_coder
from tacitus.runners import workers as workers_module
from tacitus.runners.dask import DaskOptions, run_ingest_dask
from tacitus.runners.local import run_ingest
from tacitus.settings import Settings
from tacitus.store import open_store

REPO_ROOT = Path(__file__).resolve().parents[2]
# run bookkeeping differs between runs by design (run ids, timestamps)
RUN_TABLES = frozenset({"runs", "ingest_log", "schema_version"})
VOLATILE_TYPES = ("TIMESTAMP", "TIMESTAMP WITH TIME ZONE")


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every content table, without timestamps, in a canonical order."""
    with duckdb.connect(str(db), read_only=True) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            "ORDER BY table_name").fetchall() if name not in RUN_TABLES]
        contents = {}
        for table in tables:
            columns = [name for name, kind in connection.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall()
                if kind not in VOLATILE_TYPES]
            listed = ", ".join(f'"{column}"' for column in columns)
            rows = connection.execute(f'SELECT {listed} FROM "{table}"').fetchall()
            contents[table] = sorted(rows, key=repr)
    return contents


def log_statuses(db: Path) -> list[tuple[str, str]]:
    with duckdb.connect(str(db), read_only=True) as connection:
        return sorted(connection.execute(
            "SELECT origin, status FROM ingest_log").fetchall())


@pytest.mark.slow
def test_scale_local_and_dask_engines_store_the_same(tmp_path: Path, shared_dir: Path) -> None:
    # 181 pages of the ScrapingHub benchmark plus the 19 example articles: 200 inputs
    sources = [str(shared_dir / "news/extraction/scrapinghub_aeb/html"),
               str(REPO_ROOT / "examples")]
    settings = Settings(batch_size=16, offline=True)
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    with open_store(local_db) as store:
        local = run_ingest(sources, settings=settings, store=store,
                           coder=make_article_coder(settings))
    with open_store(dask_db) as store:
        dask = run_ingest_dask(sources, settings=settings, store=store,
                               options=DaskOptions(workers=2), parts_dir=tmp_path / "parts")

    assert local.counts == dask.counts
    # 20 ScrapingHub pages are not in English: skipped by both engines
    assert local.counts == {"new": 180, "duplicate": 0, "skipped": 20, "failed": 0}
    assert len(list((tmp_path / "parts" / dask.run_id).glob("part-*.parquet"))) == 12
    local_rows, dask_rows = snapshot(local_db), snapshot(dask_db)
    assert len(local_rows["events"]) > 50
    assert local_rows.keys() == dask_rows.keys()
    for table in local_rows:
        assert local_rows[table] == dask_rows[table], table
    assert log_statuses(local_db) == log_statuses(dask_db)


@pytest.mark.slow
def test_scale_cli_runs_on_an_existing_scheduler(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address="127.0.0.1:0") as cluster:
        result = CliRunner().invoke(app, [
            "ingest", str(REPO_ROOT / "examples"), "--db", str(db), "--offline", "--quiet",
            "--engine", "dask", "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert "19 new, 0 duplicate, 0 skipped, 0 failed" in result.output
    with duckdb.connect(str(db), read_only=True) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (19,)
    # nothing is left beside the database: merged partitions are removed
    assert [path.name for path in tmp_path.iterdir()] == ["news.duckdb"]


def test_scale_local_workers_store_what_one_process_stores(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # 19 example articles in batches of 3: seven batches spread over two forked workers, then
    # the same with each worker replaced by a fresh fork after every two batches
    sources = [str(REPO_ROOT / "examples")]
    settings = Settings(batch_size=3, offline=True)
    coder = make_article_coder(settings)
    summaries = {}
    for name, workers, batches_per_worker in (("1", 1, 16), ("2", 2, 16), ("2-recycled", 2, 2)):
        monkeypatch.setattr(workers_module, "BATCHES_PER_WORKER", batches_per_worker)
        with open_store(tmp_path / f"{name}.duckdb") as store:
            summaries[name] = run_ingest(sources, settings=settings, store=store, coder=coder,
                                         workers=workers)
    assert summaries["1"].counts == summaries["2"].counts == summaries["2-recycled"].counts
    assert summaries["1"].counts["new"] == 19
    one = snapshot(tmp_path / "1.duckdb")
    assert len(one["events"]) > 10
    for name in ("2", "2-recycled"):
        assert snapshot(tmp_path / f"{name}.duckdb") == one
        assert log_statuses(tmp_path / f"{name}.duckdb") == log_statuses(tmp_path / "1.duckdb")
