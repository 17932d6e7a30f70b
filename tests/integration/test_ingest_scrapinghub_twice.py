"""181 real pages through the whole pipeline: each stored or logged; a second run adds nothing."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from tacitus.cli import app

SUMMARY = re.compile(r"^articles: (\d+) new, (\d+) duplicate, (\d+) skipped, (\d+) failed", re.M)


@pytest.mark.slow
def test_every_page_is_stored_or_logged_and_a_rerun_adds_nothing(
    shared_dir: Path, tmp_path: Path
) -> None:
    pages = shared_dir / "news" / "extraction" / "scrapinghub_aeb" / "html"
    page_count = sum(1 for path in pages.rglob("*") if path.is_file())
    db = tmp_path / "aeb.duckdb"
    runner = CliRunner()

    first = runner.invoke(app, ["ingest", str(pages), "--db", str(db), "--quiet"])
    assert first.exit_code == 0, first.output
    match = SUMMARY.search(first.stdout)
    assert match, first.stdout
    new, duplicate, skipped, failed = map(int, match.groups())
    assert new + duplicate + skipped + failed == page_count
    assert new > page_count * 0.8

    with duckdb.connect(str(db), read_only=True) as connection:
        logged = connection.execute(
            "SELECT count(*) FROM ingest_log WHERE status IN ('skipped', 'failed') AND reason <> ''"
        ).fetchone()
        stored = connection.execute("SELECT count(*) FROM articles").fetchone()
    assert logged is not None and logged[0] == skipped + failed
    assert stored is not None and stored[0] == new

    second = runner.invoke(app, ["ingest", str(pages), "--db", str(db), "--quiet"])
    assert second.exit_code == 0, second.output
    again = SUMMARY.search(second.stdout)
    assert again, second.stdout
    assert int(again.group(1)) == 0
    assert int(again.group(2)) == new + duplicate
    with duckdb.connect(str(db), read_only=True) as connection:
        after = connection.execute("SELECT count(*) FROM articles").fetchone()
    assert after == stored
