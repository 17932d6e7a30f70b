"""Coding in the runner's own process keeps the loaded coder out of the collector's sight."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from tacitus.ids import content_hash, stable_id
from tacitus.model import Article, CodedArticle
from tacitus.runners.local import ingest_items
from tacitus.settings import Settings
from tacitus.store import open_store


class FreezeWatchingCoder:
    """Stands for the coder: codes nothing, notes how many objects the collector left frozen."""

    def __init__(self) -> None:
        self.frozen: list[int] = []

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        for article in articles:
            self.frozen.append(gc.get_freeze_count())
            yield CodedArticle(article=article)


def written(text: str) -> Article:
    digest = content_hash(text)
    return Article(id=stable_id("a", digest), title="", text=text, content_hash=digest,
                   origin=f"test:{digest[:6]}", date=date(2025, 3, 1))


def test_one_process_codes_with_the_loaded_objects_frozen_and_unfreezes_after(
        tmp_path: Path) -> None:
    coder = FreezeWatchingCoder()
    store = open_store(tmp_path / "runs.duckdb")
    try:
        summary = ingest_items([written("The council met on Monday."),
                                written("The mayor left on Tuesday.")],
                               sources=["test"], settings=Settings(), store=store,
                               coder=coder, workers=1)  # type: ignore[arg-type]
    finally:
        store.close()
    assert summary.counts["new"] == 2
    assert len(coder.frozen) == 2 and all(count > 0 for count in coder.frozen)
    assert gc.get_freeze_count() == 0
