"""The API keeps answering, with no errors, while `tacitus ingest` writes 200 pages to its file."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest
from e2e_server import running_server, tacitus_command

PAGES = 200
READERS = 2
# readers leave the two cores mostly to the ingest: this checks answers, not throughput
PAUSE = 0.05
URLS = ("/api/status", "/api/events?limit=20", "/api/events?q=said&limit=5", "/api/dyads",
        "/api/actors?limit=10", "/", "/search?q=minister")
SUMMARY = re.compile(r"^articles: (\d+) new", re.M)


def _pages(shared_dir: Path) -> list[str]:
    extraction = shared_dir / "news" / "extraction"
    pages = sorted((extraction / "scrapinghub_aeb" / "html").glob("*.html.gz"))
    pages += sorted((extraction / "trafilatura_eval_en" / "html").glob("*.html.gz"))
    assert len(pages) >= PAGES
    return [str(path) for path in pages[:PAGES]]


def _read_until(base: str, stop: threading.Event, log: list[tuple[str, int, int]]) -> None:
    with httpx.Client(base_url=base, timeout=30) as client:
        while not stop.is_set():
            for url in URLS:
                try:
                    response = client.get(url)
                except httpx.HTTPError as error:
                    log.append((f"{url}: {error!r}", 0, -1))
                    continue
                articles = -1
                if url == "/api/status" and response.status_code == 200:
                    articles = response.json()["totals"]["articles"]
                log.append((url, response.status_code, articles))
                stop.wait(PAUSE)


@pytest.mark.slow
def test_api_answers_while_an_ingest_writes_the_same_file(examples_db: Path, shared_dir: Path,
                                                          tmp_path: Path) -> None:
    db = tmp_path / "live.duckdb"
    shutil.copyfile(examples_db, db)
    pages = _pages(shared_dir)
    log: list[tuple[str, int, int]] = []
    stop = threading.Event()
    with running_server(db, refresh=0.5) as base:
        before = httpx.get(f"{base}/api/status").json()["totals"]["articles"]
        readers = [threading.Thread(target=_read_until, args=(base, stop, log))
                   for _ in range(READERS)]
        for reader in readers:
            reader.start()
        try:
            started = time.monotonic()
            ingest = subprocess.run(tacitus_command("ingest", *pages, "--db", str(db), "--offline",
                                                    "--quiet", "--batch-size", "8"),
                                    capture_output=True, text=True, timeout=600, check=False)
            elapsed = time.monotonic() - started
        finally:
            stop.set()
            for reader in readers:
                reader.join()
        assert ingest.returncode == 0, ingest.stderr
        match = SUMMARY.search(ingest.stdout)
        assert match, ingest.stdout
        expected = before + int(match.group(1))
        # once the writer has closed the file, the next snapshot shows every new article
        deadline = time.monotonic() + 15
        while httpx.get(f"{base}/api/status").json()["totals"]["articles"] != expected:
            assert time.monotonic() < deadline, "the last snapshot never showed the new articles"
            time.sleep(0.2)
    failures = [entry for entry in log if entry[1] != 200]
    seen = sorted({articles for _, _, articles in log if articles >= 0})
    print(f"\n{len(log)} requests in {elapsed:.0f} s beside an ingest of {len(pages)} pages "
          f"({int(match.group(1))} new articles); failures: {len(failures)}; "
          f"article totals seen while it ran: {len(seen)}")
    assert failures == []
    assert len(log) > 100
    # snapshots were renewed while the ingest was running, not only after it
    assert len(seen) >= 3 and seen[0] == before and seen[-1] <= expected
