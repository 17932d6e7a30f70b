"""RSS, Atom and JSON Feed documents to articles, one per item."""

from __future__ import annotations

import io
import logging
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date as Date
from pathlib import PurePath
from urllib.parse import urljoin

from tacitus.errors import FeedError, IngestError
from tacitus.ingest.boundary import unexpected_error
from tacitus.ingest.decoding import check_not_binary
from tacitus.ingest.fragment import fragment_to_text
from tacitus.ingest.jsontext import parse_json
from tacitus.ingest.pubdates import parse_iso_date
from tacitus.ingest.text import article_from_text
from tacitus.ingest.urls import is_http_url
from tacitus.model import Article
from tacitus.settings import Settings

# Files with these extensions are always read as feeds; ``.xml`` and ``.json`` only when sniffed.
FEED_ONLY_EXTENSIONS = (".rss", ".atom", ".feed")
_FEED_START = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.I)
_SNIFF_BYTES = 2048
# Item content counts as the article itself (not a teaser) from this many words on.
FULL_TEXT_MIN_WORDS = 120

log = logging.getLogger(__name__)
# Turns a page URL into an article; given by the caller, so that this module does no I/O.
PageReader = Callable[[str], Article]


@dataclass(frozen=True, slots=True)
class FeedItem:
    """What a feed says about one article."""

    title: str | None
    link: str | None
    date: Date | None
    text: str


def is_feed(data: bytes, *, name: str = "") -> bool:
    """True when ``data`` is an RSS/Atom/RDF document or a JSON Feed (``name`` is a hint only)."""
    head = data[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if _FEED_START.search(head):
        return True
    if head.startswith(b"{") and (not name or PurePath(name).suffix.lower() in (".json", ".feed")):
        return _json_feed(data) is not None
    return False


def read_feed(
    data: bytes,
    *,
    origin: str,
    settings: Settings,
    read_page: PageReader | None = None,
) -> Iterator[Article | IngestError]:
    """Yield an article (or the error that stopped it) for each item of a feed.

    Item content that reads as a full article is used as is; a teaser is replaced by the linked
    page when ``read_page`` is given and the link is http(s). Raises ``FeedError`` when the
    document is not a feed at all.
    """
    check_not_binary(data, origin=origin)
    items = parse_feed(data, origin=origin)
    for index, item in enumerate(items, start=1):
        # provenance names the feed and the item; the item's link is kept as the article URL
        item_origin = f"{origin}#item{index}"
        try:
            yield article_from_item(item, origin=item_origin, settings=settings,
                                    read_page=read_page)
        except IngestError as error:
            yield error
        except Exception as error:  # the boundary of one item
            yield unexpected_error(item_origin, error)


def parse_feed(data: bytes, *, origin: str) -> list[FeedItem]:
    """Parse a feed into items; raise ``FeedError`` when nothing can be read from it."""
    document = _json_feed(data)
    if document is not None:
        return _json_feed_items(document, origin=origin)
    import feedparser  # loads with the first feed: reading files and records need it not

    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if parsed.bozo and problem else ""
        raise FeedError(origin, f"no feed items could be parsed{detail}")
    base = str(parsed.feed.get("link", "")) or None
    return [_feedparser_item(entry, base=base) for entry in parsed.entries]


def article_from_item(
    item: FeedItem, *, origin: str, settings: Settings, read_page: PageReader | None
) -> Article:
    """One feed item to an article: its own content when full, else its linked page, else (when
    the page cannot be read) its own content after all."""
    words = len(item.text.split())
    full = len(item.text) >= settings.min_text_chars and words >= FULL_TEXT_MIN_WORDS
    if not full and read_page is not None and item.link and is_http_url(item.link):
        try:
            page = read_page(item.link)
        except IngestError as error:
            try:
                article = _own_text(item, origin=origin, settings=settings)
            except IngestError:
                raise error from None
            log.warning("%s: the linked page could not be read (%s: %s); using the item's own "
                        "text", origin, error.reason, error.message)
            return article
        return replace(page, date=item.date) if item.date and page.date is None else page
    return _own_text(item, origin=origin, settings=settings)


def _own_text(item: FeedItem, *, origin: str, settings: Settings) -> Article:
    return article_from_text(item.text, origin=origin, settings=settings, title=item.title or "",
                             date=item.date, url=item.link)


def _feedparser_item(entry: Mapping[str, object], *, base: str | None) -> FeedItem:
    contents = _get(entry, "content")
    parts = contents if isinstance(contents, list) else []
    values = [str(part.get("value", "")) for part in parts if isinstance(part, Mapping)]
    values.append(str(_get(entry, "summary") or ""))
    html = max(values, key=len)
    link = str(_get(entry, "link") or "") or None
    if link and base and not is_http_url(link):
        link = urljoin(base, link)
    parsed = _get(entry, "published_parsed") or _get(entry, "updated_parsed")
    date = Date(*parsed[:3]) if isinstance(parsed, time.struct_time) else None
    title = str(_get(entry, "title") or "") or None
    return FeedItem(title=title, link=link, date=date, text=fragment_to_text(html))


def _get(entry: Mapping[str, object], key: str) -> object:
    # feedparser's own get() maps some missing keys to others and warns about it; read the raw dict.
    return dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)


def _json_feed(data: bytes) -> dict[str, object] | None:
    """The decoded JSON Feed document, or ``None`` when ``data`` is not one."""
    try:
        document = parse_json(data)
    except ValueError:
        return None
    if (isinstance(document, dict) and "jsonfeed.org" in str(document.get("version", ""))
            and isinstance(document.get("items"), list)):
        return document
    return None


def _json_feed_items(document: dict[str, object], *, origin: str) -> list[FeedItem]:
    raw_items = document.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise FeedError(origin, "the JSON Feed has no items")
    items: list[FeedItem] = []
    for raw in raw_items:
        if not isinstance(raw, dict):
            continue
        html = str(raw.get("content_html") or "")
        text = fragment_to_text(html) if html else str(raw.get("content_text") or "")
        if not text:
            text = str(raw.get("summary") or "")
        link = raw.get("url") or raw.get("external_url")
        items.append(FeedItem(
            title=str(raw["title"]) if raw.get("title") else None,
            link=str(link) if link else None,
            date=_json_feed_date(raw.get("date_published") or raw.get("date_modified")),
            text=text,
        ))
    return items


def _json_feed_date(value: object) -> Date | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_iso_date(value)
    except ValueError:
        return None
