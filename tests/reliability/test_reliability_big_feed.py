"""A feed with 10,000 items streams through ingestion: every item read, none lost, none crashing."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from tacitus.ingest import read_sources
from tacitus.model import Article
from tacitus.settings import Settings

ITEMS = 10_000


def big_feed(path: Path) -> None:
    with path.open("w", encoding="utf-8") as feed:
        feed.write('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                   "<title>Wire</title><link>https://example.org/</link><description>d</description>")
        for number in range(ITEMS):
            years = number % 9 + 1
            body = (f"Item {number}: the foreign ministers of Brazil and Argentina met in "
                    f"Brasilia on Tuesday and agreed to extend their trade accord for {years} "
                    "years, officials from both governments said after the talks.")
            feed.write(f"<item><title>Story {number}</title>"
                       f"<link>https://example.org/story/{number}</link>"
                       f"<guid>https://example.org/story/{number}</guid>"
                       "<pubDate>Tue, 07 Jun 2022 10:00:00 GMT</pubDate>"
                       f"<description>{escape(body)}</description></item>")
        feed.write("</channel></rss>")


@pytest.mark.slow
def test_ten_thousand_items_are_all_read(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    big_feed(path)
    settings = Settings(offline=True, max_bytes=50_000_000)
    seen = 0
    for item in read_sources([str(path)], settings=settings):
        assert isinstance(item, Article), item
        assert item.text.startswith(f"Item {seen}:")
        assert item.url == f"https://example.org/story/{seen}"
        seen += 1
    assert seen == ITEMS
