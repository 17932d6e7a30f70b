"""Every kind of bad input in one batch: each clearly logged, good ones kept, no crash."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from conftest import HOSTILE_BODY, MOJIBAKE_DOCS
from tacitus.cli import app

SUMMARY = re.compile(r"^articles: (\d+) new, (\d+) duplicate, (\d+) skipped, (\d+) failed", re.M)

# file name → the reason code its ingest-log entry must carry
EXPECTED_FAILURES = {
    "empty.html": "empty",
    "whitespace.txt": "empty",
    "image.png": "binary",
    "report.pdf": "binary",
    "random.txt": "binary",
    "huge.html": "too-large",
    "no-article.html": "empty",  # trafilatura keeps a stray line; too little text is left
    "german.txt": "not-english",
    "bomb.html.gz": "too-large",
}


@pytest.fixture(scope="module")
def ingested(bad_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    db = tmp_path_factory.mktemp("db") / "bad.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(bad_corpus), "--db", str(db), "--quiet",
                                      "--offline"])
    assert result.exit_code == 0, result.output
    print(result.stdout)  # the figures docs/reliability.md reports (pytest -s shows them)
    return result.stdout, db


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def test_the_run_completes_and_counts_add_up(ingested: tuple[str, Path]) -> None:
    stdout, db = ingested
    match = SUMMARY.search(stdout)
    assert match, stdout
    new, _, skipped, failed = map(int, match.groups())
    logged = rows(db, "SELECT count(*) FROM ingest_log WHERE status IN ('skipped', 'failed')")
    stored = rows(db, "SELECT count(*) FROM articles")
    assert logged[0][0] == skipped + failed
    assert stored[0][0] == new


@pytest.mark.parametrize(("name", "reason"), sorted(EXPECTED_FAILURES.items()))
def test_each_bad_input_is_logged_with_its_reason(
    ingested: tuple[str, Path], name: str, reason: str
) -> None:
    _, db = ingested
    logged = rows(db, "SELECT origin, reason, message FROM ingest_log "
                      "WHERE status IN ('skipped', 'failed')")
    entries = [entry for entry in logged if str(entry[0]).endswith("/" + name)]
    assert entries, f"{name} is not in the ingest log: {logged}"
    assert entries[0][1] == reason, entries
    assert entries[0][2], "every log entry says what went wrong"


def test_malformed_jsonl_lines_are_logged_one_by_one(ingested: tuple[str, Path]) -> None:
    _, db = ingested
    origins = {str(origin).rsplit("/", 1)[-1] for (origin,) in rows(
        db, "SELECT origin FROM ingest_log WHERE status = 'failed'")}
    assert {"broken.jsonl:2", "broken.jsonl:3", "broken.jsonl:4"} <= origins
    stored = {str(origin).rsplit("/", 1)[-1] for (origin,) in rows(
        db, "SELECT origin FROM articles")}
    assert "broken.jsonl:1" in stored


def test_good_articles_are_stored_in_full(ingested: tuple[str, Path], bad_corpus: Path) -> None:
    _, db = ingested
    texts = {Path(str(origin)).name: str(text) for origin, text in rows(
        db, "SELECT origin, text FROM articles")}
    assert "agreed to return their ambassadors" in texts["good.txt"]
    assert "Zürich" in texts["latin1-declared-utf8.html"]
    assert "Zürich" in texts["mixed-encoding.txt"]
    assert "first summit" in texts["nested.html"]
    mojibake = [name for name in texts if name.startswith("toi-")]
    assert len(mojibake) == MOJIBAKE_DOCS


def test_hostile_text_is_stored_verbatim_as_data(ingested: tuple[str, Path]) -> None:
    _, db = ingested
    tables = {name for (name,) in rows(db, "SELECT table_name FROM information_schema.tables")}
    assert {"articles", "events", "ingest_log"} <= tables
    stored = rows(db, "SELECT title, text FROM articles WHERE origin LIKE '%hostile.html'")
    assert stored, "the hostile page is an article like any other"
    title, text = stored[0]
    assert "DROP TABLE articles" in str(title)
    assert "'; DROP TABLE events; --" in str(text)
    assert "<script>" not in str(text), "markup is not article text"
    assert "Protesters gathered outside the embassy" in HOSTILE_BODY


def test_ill_formed_feeds_never_crash_the_batch(
    ingested: tuple[str, Path], bad_corpus: Path
) -> None:
    _, db = ingested
    feeds = sorted(path.name for path in (bad_corpus / "feeds").iterdir())
    accounted = [str(origin) for (origin,) in rows(
        db, "SELECT origin FROM ingest_log UNION SELECT origin FROM articles")]
    assert feeds
    for feed in feeds:
        assert any(feed in origin for origin in accounted), feed
