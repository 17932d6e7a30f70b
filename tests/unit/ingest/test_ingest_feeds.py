"""Feeds: RSS, Atom and JSON Feed items become articles; a broken feed is a FeedError."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tacitus.errors import EmptyInputError, FeedError, FetchError, IngestError
from tacitus.ingest import is_feed, read_feed, read_sources
from tacitus.ingest.fragment import fragment_to_text
from tacitus.model import Article
from tacitus.settings import Settings

LONG = " ".join(
    ["The defence ministers of the two countries signed an agreement on border patrols on "
     "Tuesday, their offices said in a joint statement released after the meeting."] * 8)
RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example World</title><link>https://example.org/</link>
<item><title>Ministers sign patrol deal</title><link>https://example.org/deal</link>
<pubDate>Tue, 07 Jun 2022 10:00:00 GMT</pubDate>
<description>&lt;p&gt;{LONG}&lt;/p&gt;</description></item>
<item><title>Short teaser</title><link>https://example.org/teaser</link>
<pubDate>Wed, 08 Jun 2022 10:00:00 GMT</pubDate><description>Too short.</description></item>
</channel></rss>""".encode()


def test_fragment_to_text() -> None:
    html = "<p>One &amp; two</p><script>x()</script><figure><figcaption>cap</figcaption></figure>" \
           "<p>Three<br>four</p>"
    assert fragment_to_text(html) == "One & two\nThree\nfour"


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (RSS, "", True),
        (b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "", True),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', "", True),
        (json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": []}).encode(),
         "feed.json", True),
        (json.dumps({"version": "1", "items": []}).encode(), "x.json", False),
        (b"<html><body>not a feed</body></html>", "", False),
    ],
)
def test_is_feed(data: bytes, name: str, expected: bool) -> None:
    assert is_feed(data, name=name) is expected


def test_rss_items_without_fetching(settings: Settings) -> None:
    items = list(read_feed(RSS, origin="f.rss", settings=settings))
    assert len(items) == 2
    full, teaser = items
    assert isinstance(full, Article)
    assert (full.title, full.date, full.url, full.origin) == (
        "Ministers sign patrol deal", date(2022, 6, 7), "https://example.org/deal",
        "f.rss#item1")
    assert isinstance(teaser, EmptyInputError)


def test_teaser_is_replaced_by_the_linked_page(settings: Settings) -> None:
    pages: list[str] = []

    def read_page(url: str) -> Article:
        pages.append(url)
        items = list(read_feed(RSS, origin="inner", settings=settings))
        assert isinstance(items[0], Article)
        return items[0]

    items = list(read_feed(RSS, origin="f.rss", settings=settings, read_page=read_page))
    assert pages == ["https://example.org/teaser"]
    assert all(isinstance(item, Article) for item in items)


def test_json_feed(settings: Settings) -> None:
    document = {"version": "https://jsonfeed.org/version/1", "title": "Example", "items": [
        {"id": "1", "url": "https://example.org/a", "title": "A", "content_html": f"<p>{LONG}</p>",
         "date_published": "2022-06-07T10:00:00-04:00"},
        {"id": "2", "title": "B", "content_text": LONG.replace("Tuesday", "Friday"),
         "date_published": "not a date"},
    ]}
    items = list(read_feed(json.dumps(document).encode(), origin="f.json", settings=settings))
    first, second = items
    assert isinstance(first, Article) and first.date == date(2022, 6, 7)
    assert isinstance(second, Article) and second.date is None
    assert second.origin == "f.json#item2"


@pytest.mark.parametrize(
    "data",
    [b"<html><body><p>Just a page</p></body></html>", b"<rss><channel><title>x</title",
     b'{"version": "https://jsonfeed.org/version/1", "items": []}'],
)
def test_broken_feed_is_a_feed_error(settings: Settings, data: bytes) -> None:
    with pytest.raises(FeedError):
        list(read_feed(data, origin="bad", settings=settings))


def test_shared_atom_feed(settings: Settings, shared_dir: Path) -> None:
    # tpm.atom: Talking Points Memo, 20 entries with full content (see PROVENANCE.md).
    path = shared_dir / "news/feeds/node-feedparser/tpm.atom"
    items = list(read_feed(path.read_bytes(), origin=str(path), settings=settings))
    assert len(items) == 20
    articles = [item for item in items if isinstance(item, Article)]
    assert len(articles) >= 10
    assert all(isinstance(item, IngestError) for item in items if not isinstance(item, Article))
    first = items[0]
    assert isinstance(first, Article)
    assert first.title == "Hannity Announces Fox Has Hired Sebastian Gorka As NatSec Strategist"
    assert first.date == date(2017, 11, 8)
    assert first.text.startswith("Fox News star host Sean Hannity on Wednesday announced")
    assert len({article.id for article in articles}) == len(articles)


def test_shared_broken_feed_is_yielded_not_raised(settings: Settings, shared_dir: Path) -> None:
    path = shared_dir / "news/feeds/feed-rs/rss_2.0_invalid_1.xml"
    items = list(read_sources([str(path)], settings=settings))
    assert len(items) == 1
    assert isinstance(items[0], FeedError)
    assert items[0].reason == "bad-feed"


SHORT_ITEM = ("The foreign ministers of both countries met in Geneva on Monday and agreed to "
              "resume talks on the disputed border next month, a joint statement said.")


@pytest.mark.parametrize(("text", "kept"), [(SHORT_ITEM, True), ("Too short.", False)])
def test_an_item_whose_page_cannot_be_fetched_keeps_its_own_text(settings: Settings, text: str,
                                                                 kept: bool) -> None:
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example</title><link>https://example.org/</link>
<item><title>Ministers meet</title><link>https://example.org/gone</link>
<pubDate>Mon, 06 Jun 2022 10:00:00 GMT</pubDate><description>{text}</description></item>
</channel></rss>""".encode()

    def unreachable(url: str) -> Article:
        raise FetchError(url, "HTTP 404")

    (item,) = read_feed(feed, origin="f.rss", settings=settings, read_page=unreachable)
    if kept:
        assert isinstance(item, Article)
        assert item.text.endswith("a joint statement said.") and item.date == date(2022, 6, 6)
        assert item.url == "https://example.org/gone"
    else:
        # nothing of its own to fall back on: the fetch failure is the reason given
        assert isinstance(item, FetchError) and "HTTP 404" in str(item)
