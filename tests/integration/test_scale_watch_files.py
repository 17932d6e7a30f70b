"""`watch_feeds` over feed files: new items once, unchanged feeds skipped, bad feeds backed off."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import duckdb

from tacitus.ingest.watchstate import load_state, state_path
from tacitus.pipeline import make_article_coder
from tacitus.runners.watcher import FeedReport, watch_feeds
from tacitus.settings import Settings
from tacitus.store import open_store


def test_scale_watch_file_feeds(tmp_path: Path, shared_dir: Path) -> None:
    feed = tmp_path / "tpm.atom"
    # a copy: the test touches the feed file to make it change
    shutil.copyfile(shared_dir / "news/feeds/node-feedparser/tpm.atom", feed)
    broken = tmp_path / "broken.rss"
    broken.write_text("<rss><channel>not closed", encoding="utf-8")
    db = tmp_path / "news.duckdb"
    settings = Settings(db_path=db, offline=True, batch_size=8)
    reports: list[FeedReport] = []
    with open_store(db) as store:
        cycles = watch_feeds([str(broken), str(feed)], settings=settings, store=store,
                             coder=make_article_coder(settings), state_file=state_path(db),
                             every=0.01, cycles=2, stop=threading.Event(),
                             on_report=reports.append)
    assert cycles == 2
    by_feed = {(report.cycle, report.feed): report for report in reports}
    first = by_feed[(1, str(feed))]
    assert first.status == "ingested" and first.counts is not None
    assert first.counts["new"] + first.counts["duplicate"] + first.counts["skipped"] == 20
    assert by_feed[(2, str(feed))].status == "unchanged"
    assert by_feed[(1, str(broken))].status == "failed"
    state = load_state(state_path(db))
    assert len(state[str(feed)].seen) == 20
    assert state[str(broken)].failures >= 1

    # the feed file changes (same items): polled again, nothing new is stored
    feed.write_bytes(feed.read_bytes() + b"\n")
    with duckdb.connect(str(db), read_only=True) as connection:
        before = connection.execute("SELECT count(*) FROM articles").fetchone()
    with open_store(db) as store:
        watch_feeds([str(feed)], settings=settings, store=store,
                    coder=make_article_coder(settings), state_file=state_path(db), every=0.01,
                    cycles=1, stop=threading.Event(), on_report=reports.append)
    assert reports[-1].status == "unchanged"
    with duckdb.connect(str(db), read_only=True) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == before


def stored(db: Path) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as connection:
        return connection.execute(
            "SELECT a.id, e.id, e.source_code, e.cameo, e.target_code FROM articles a "
            "LEFT JOIN coded_events e ON e.article_id = a.id ORDER BY a.id, e.id").fetchall()


def test_scale_watch_with_two_workers_stores_what_one_stores(tmp_path: Path,
                                                             shared_dir: Path) -> None:
    feed = shared_dir / "news/feeds/node-feedparser/tpm.atom"
    for workers in (1, 2):
        db = tmp_path / f"workers-{workers}.duckdb"
        settings = Settings(db_path=db, offline=True, batch_size=4)
        reports: list[FeedReport] = []
        with open_store(db) as store:
            watch_feeds([str(feed)], settings=settings, store=store,
                        coder=make_article_coder(settings), state_file=state_path(db),
                        every=0.01, cycles=1, stop=threading.Event(), on_report=reports.append,
                        workers=workers)
        assert reports[-1].status == "ingested"
    one = stored(tmp_path / "workers-1.duckdb")
    assert len({row[0] for row in one}) >= 10 and any(row[1] for row in one)
    assert stored(tmp_path / "workers-2.duckdb") == one
