"""The command line as an analyst uses it: exports to stdout with a header, `code` of a URL, and
argument errors reported before the model loads."""

from __future__ import annotations

import csv
import http.server
import io
import json
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tacitus.pipeline
from tacitus.cli import app
from tacitus.cli.watch_command import print_report
from tacitus.model import IngestOutcome
from tacitus.runners.watcher import FeedReport

PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"
runner = CliRunner()


@pytest.fixture(scope="module")
def page() -> Path:
    return sorted(PAGES.glob("*.html"))[0]


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory, page: Path) -> Path:
    db = tmp_path_factory.mktemp("db") / "small.duckdb"
    result = runner.invoke(app, ["ingest", str(page), "--db", str(db), "--quiet"])
    assert result.exit_code == 0 and "1 new" in result.stdout, result.output
    return db


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(tacitus.pipeline, "make_article_coder", refuse)


@pytest.mark.parametrize(("arguments", "message"), [
    (["code", "no/such/page.html"], "no such file or folder: no/such/page.html"),
    (["code", "--jsonl", "no/such.jsonl"], "no such file or folder: no/such.jsonl"),
    (["code", "ftp://example.org/page"], "only http:// and https:// URLs"),
    (["code", "page.html", "--date", "yesterday"], "--date must be a date"),
    (["code"], "give either one PATH"),
])
def test_code_checks_its_arguments_before_the_model_loads(no_model: None, arguments: list[str],
                                                          message: str) -> None:
    result = runner.invoke(app, arguments)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())


def test_ingest_reports_a_missing_path_as_missing(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "gone"), "--db",
                                 str(tmp_path / "db.duckdb"), "--quiet"])
    assert result.exit_code == 0
    assert f"failed: {tmp_path / 'gone'}: missing: no such file or folder" in result.stdout


@pytest.fixture
def served(page: Path) -> Iterator[str]:
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(page.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{page.name}"
    finally:
        server.shutdown()
        server.server_close()


def test_code_reads_a_url_as_ingest_fetches_it(served: str, page: Path) -> None:
    refused = runner.invoke(app, ["code", served])
    assert refused.exit_code == 1 and "non-public address" in refused.stderr
    fetched = runner.invoke(app, ["code", served, "--allow-private-addresses"])
    assert fetched.exit_code == 0, fetched.output
    from_file = runner.invoke(app, ["code", str(page)])
    coded, local = json.loads(fetched.stdout), json.loads(from_file.stdout)
    assert coded["article"]["url"] == served
    assert [event["cameo"] for event in coded["events"]] == [
        event["cameo"] for event in local["events"]]


def test_export_writes_to_stdout_with_a_header(small_db: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(small_db), "--format", "gdelt",
                                 "--header", "--out", "-"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert rows and "rows written to stdout" in result.stderr
    assert len(rows) == int(result.stderr.split()[0])
    # EventCode is text: CAMEO 040 keeps its zero
    assert all(len(row["EventCode"]) >= 3 and row["EventCode"].isdigit() for row in rows)
    assert rows[0]["GLOBALEVENTID"].startswith("evt_")
    plain = runner.invoke(app, ["export", "--db", str(small_db), "--format", "gdelt",
                                "--out", "-"])
    assert plain.stdout.splitlines() == result.stdout.splitlines()[1:]


@pytest.mark.parametrize(("arguments", "message"), [
    (["--format", "parquet", "--out", "-"], "Parquet is binary"),
    (["--format", "jsonl", "--header", "--out", "-"], "header row is for the GDELT tables"),
])
def test_export_refuses_what_cannot_be_written(small_db: Path, arguments: list[str],
                                              message: str) -> None:
    result = runner.invoke(app, ["export", "--db", str(small_db), *arguments])
    assert result.exit_code == 2 and message in result.stderr


def test_watch_prints_each_failure_with_its_reason(capsys: pytest.CaptureFixture[str]) -> None:
    report = FeedReport(cycle=2, feed="news.rss", status="ingested",
                        counts={"new": 1, "duplicate": 0, "skipped": 0, "failed": 1},
                        problems=(IngestOutcome("news.rss#item3", "failed",
                                                "fetch-failed: HTTP 503"),))
    print_report(report)
    assert capsys.readouterr().out.splitlines() == [
        "cycle 2: news.rss: 1 new, 0 duplicate, 0 skipped, 1 failed",
        "  failed: news.rss#item3: fetch-failed: HTTP 503"]
