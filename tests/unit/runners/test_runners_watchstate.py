"""The watch state file: round trip, atomic replacement, bounded memory of seen items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.errors import StoreError
from tacitus.ingest.feeds import FeedItem
from tacitus.ingest.polling import Validators
from tacitus.ingest.watchstate import (
    MAX_SEEN_PER_FEED,
    FeedState,
    load_state,
    save_state,
    state_path,
)
from tacitus.runners.watcher import backoff_seconds, item_key


def test_runners_state_round_trip(tmp_path: Path) -> None:
    path = state_path(tmp_path / "news.duckdb")
    assert path.name == "news.duckdb.watch.json"
    assert load_state(path) == {}
    state = FeedState(validators=Validators(etag='"v2"', last_modified="Wed, 01 May 2024"),
                      failures=2, retry_at=123.5)
    state.mark_seen("http://example.org/a")
    state.attempts["http://example.org/b"] = 1
    save_state(path, {"http://example.org/feed": state})
    assert load_state(path) == {"http://example.org/feed": state}
    assert not path.with_name(path.name + ".tmp").exists()


def test_runners_state_forgets_the_oldest_items(tmp_path: Path) -> None:
    state = FeedState()
    state.attempts["item-0"] = 2
    for number in range(MAX_SEEN_PER_FEED + 5):
        state.mark_seen(f"item-{number}")
    assert len(state.seen) == MAX_SEEN_PER_FEED
    assert "item-0" not in state.seen and f"item-{MAX_SEEN_PER_FEED + 4}" in state.seen
    assert state.attempts == {}


@pytest.mark.parametrize("text", ["{not json", json.dumps({"version": 99, "feeds": {}}),
                                  json.dumps({"version": 1})])
def test_runners_state_rejects_bad_files(tmp_path: Path, text: str) -> None:
    path = tmp_path / "db.watch.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StoreError, match="watch state"):
        load_state(path)


@pytest.mark.parametrize(("failures", "seconds"), [(1, 20.0), (2, 40.0), (3, 80.0), (20, 3600.0)])
def test_runners_backoff_doubles_up_to_an_hour(failures: int, seconds: float) -> None:
    assert backoff_seconds(10.0, failures) == seconds


def test_runners_item_key_is_the_link_else_a_content_hash() -> None:
    linked = FeedItem(title="A", link="http://example.org/a", date=None, text="x")
    assert item_key(linked) == "http://example.org/a"
    bare = FeedItem(title="A", link=None, date=None, text="x")
    other = FeedItem(title="A", link=None, date=None, text="y")
    assert item_key(bare).startswith("sha256:")
    assert item_key(bare) != item_key(other)
