"""Crash consistency: SIGKILL `tacitus ingest` anywhere, re-run, get the uninterrupted result."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = REPO_ROOT / "examples"
TRIALS = 10
# run bookkeeping differs between runs by design (run ids, timestamps, retried inputs)
RUN_TABLES = frozenset({"runs", "ingest_log", "schema_version"})
VOLATILE_TYPES = ("TIMESTAMP", "TIMESTAMP WITH TIME ZONE")


def ingest_command(db: Path) -> list[str]:
    tacitus = Path(sys.executable).with_name("tacitus")
    return [str(tacitus), "ingest", str(EXAMPLES), "--db", str(db), "--batch-size", "2",
            "--quiet", "--offline"]


Snapshot = dict[str, list[tuple[object, ...]]]


def snapshot(db: Path) -> Snapshot:
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


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Snapshot, float]:
    db = tmp_path_factory.mktemp("reference") / "reference.duckdb"
    started = time.perf_counter()
    subprocess.run(ingest_command(db), check=True, capture_output=True, timeout=600)
    return snapshot(db), time.perf_counter() - started


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(TRIALS))
def test_killed_ingest_resumes_to_the_uninterrupted_database(
    reference: tuple[Snapshot, float], tmp_path: Path, trial: int
) -> None:
    expected, duration = reference
    db = tmp_path / "killed.duckdb"
    # spread the kills over the whole run: model loading, coding, and commits
    delay = random.Random(trial).uniform(0.2, duration)
    process = subprocess.Popen(ingest_command(db), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    resumed = subprocess.run(ingest_command(db), capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    assert snapshot(db) == expected
