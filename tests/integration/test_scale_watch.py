"""`tacitus watch` against feeds and pages served on loopback: crash, restart, signals, back-off."""

from __future__ import annotations

import gzip
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import duckdb
import pytest

from tacitus.errors import IngestError
from tacitus.ingest import article_from_bytes
from tacitus.settings import Settings

PAGES = 12
PAGE_DELAY_SECONDS = 0.4
TACITUS = Path(sys.executable).with_name("tacitus")


class NewsSite:
    """A feed of teasers at /feed.xml linking to real news pages at /page/N.html."""

    def __init__(self, pages: list[bytes]) -> None:
        self.pages = pages
        self.requests: Counter[str] = Counter()
        self.not_modified = 0
        self.lock = threading.Lock()
        self.port = 0

    def feed(self) -> bytes:
        items = "".join(
            f"<item><title>Story {number}</title>"
            f"<link>http://127.0.0.1:{self.port}/page/{number}.html</link>"
            f"<guid>story-{number}</guid>"
            f"<pubDate>{format_datetime(datetime(2024, 5, 1, tzinfo=UTC))}</pubDate>"
            f"<description>{escape('A short teaser for story ' + str(number) + '.')}"
            f"</description></item>"
            for number in range(len(self.pages)))
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback news</title>'
                f"<link>http://127.0.0.1:{self.port}/</link>{items}</channel></rss>").encode()


def handler_for(site: NewsSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with site.lock:
                site.requests[self.path] += 1
            if self.path == "/feed.xml":
                if self.headers.get("If-None-Match") == '"v1"':
                    with site.lock:
                        site.not_modified += 1
                    self.send_response(304)
                    self.end_headers()
                    return
                self.reply(site.feed(), "application/rss+xml", etag='"v1"')
            elif self.path.startswith("/page/"):
                time.sleep(PAGE_DELAY_SECONDS)
                number = int(self.path.removeprefix("/page/").removesuffix(".html"))
                self.reply(site.pages[number], "text/html; charset=utf-8")
            else:
                self.send_error(500, "broken on purpose")

        def reply(self, body: bytes, content_type: str, etag: str | None = None) -> None:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                return  # the watcher was killed mid-request: that is the point of the test

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler


def english_pages(shared_dir: Path, count: int) -> list[bytes]:
    settings = Settings(offline=True)
    pages: list[bytes] = []
    for path in sorted((shared_dir / "news/extraction/scrapinghub_aeb/html").glob("*.html.gz")):
        data = gzip.decompress(path.read_bytes())
        try:
            article_from_bytes(data, origin=str(path), settings=settings, kind="html")
        except IngestError:
            continue
        pages.append(data)
        if len(pages) == count:
            break
    return pages


@pytest.fixture()
def site(shared_dir: Path) -> Iterator[NewsSite]:
    site = NewsSite(english_pages(shared_dir, PAGES))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(site))
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()


def watch_command(db: Path, *feeds: str, cycles: int | None = 1, every: float = 0.5,
                  workers: int = 1) -> list[str]:
    command = [str(TACITUS), "watch", *feeds, "--db", str(db), "--every", str(every),
               "--batch-size", "2", "--allow-private-addresses", "--workers", str(workers)]
    return command + (["--cycles", str(cycles)] if cycles is not None else [])


def page_requests(site: NewsSite) -> int:
    with site.lock:
        return sum(count for path, count in site.requests.items() if path.startswith("/page/"))


def wait_for(condition: object, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.05)
    pytest.fail(f"timed out after {timeout} s")


@pytest.mark.slow
def test_scale_watch_killed_mid_cycle_loses_nothing(tmp_path: Path, site: NewsSite) -> None:
    db = tmp_path / "watch.duckdb"
    feed = f"http://127.0.0.1:{site.port}/feed.xml"
    # one worker: what is in flight when it is killed is one batch and the page being fetched
    process = subprocess.Popen(watch_command(db, feed), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    # killed after some batches are committed and while a page is being fetched
    wait_for(lambda: page_requests(site) >= 7, timeout=120)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    fetched_before = page_requests(site)
    assert fetched_before < PAGES

    restarted = subprocess.run(watch_command(db, feed, cycles=2), capture_output=True, text=True,
                               timeout=180, check=False)
    assert restarted.returncode == 0, restarted.stderr
    # the second cycle of the restarted watch finds the feed unchanged (ETag, HTTP 304)
    assert site.not_modified >= 1
    assert "unchanged" in restarted.stdout
    with duckdb.connect(str(db), read_only=True) as connection:
        urls = [url for (url,) in connection.execute("SELECT url FROM articles").fetchall()]
        statuses = Counter(status for (status,) in connection.execute(
            "SELECT status FROM ingest_log").fetchall())
    expected = {f"http://127.0.0.1:{site.port}/page/{number}.html" for number in range(PAGES)}
    assert sorted(urls) == sorted(expected)
    assert statuses["failed"] == 0
    # the restart redid at most the work in flight (a batch of 2 and the page being fetched, or a
    # committed batch whose state was not saved yet): committed pages were not fetched again
    assert page_requests(site) <= PAGES + 4


@pytest.mark.slow
def test_scale_watch_stops_cleanly_on_sigterm(tmp_path: Path, site: NewsSite) -> None:
    db = tmp_path / "watch.duckdb"
    feed = f"http://127.0.0.1:{site.port}/feed.xml"
    broken = f"http://127.0.0.1:{site.port}/broken.xml"
    # the second cycle starts 20 s after the first (or when it ends), inside the broken feed's
    # back-off (2 x 20 s) unless the first cycle takes more than 40 s
    # two workers: the forked processes must not keep the watch from stopping
    process = subprocess.Popen(watch_command(db, broken, feed, cycles=None, every=20, workers=2),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line)
        if line.startswith("cycle 2:") and feed in line:
            break
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=60)
    lines.append(out)
    output = "".join(lines)
    assert process.returncode == 0, err
    # the broken feed fails, then waits out its back-off; the good one is read regardless
    assert f"cycle 1: {broken}: failed (fetch-failed: HTTP 500" in output
    assert f"cycle 2: {broken}: waiting" in output
    assert f"cycle 1: {feed}: {PAGES} new" in output
    assert "watched 2 feeds for" in output
    with duckdb.connect(str(db), read_only=True) as connection:
        row = connection.execute("SELECT count(*) FROM articles").fetchone()
    assert row == (PAGES,)
