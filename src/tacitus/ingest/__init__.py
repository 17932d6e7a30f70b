"""I/O in: files, folders, URLs, feeds and JSONL records become ``Article`` objects.

Every reader either returns an ``Article`` or raises an ``IngestError`` subclass;
``read_sources`` yields those errors instead of raising them so that a batch carries on.
"""

from typing import TYPE_CHECKING, Any

from tacitus.ingest.cleaning import clean_body
from tacitus.ingest.content import article_from_bytes, looks_like_html
from tacitus.ingest.feeds import is_feed, read_feed
from tacitus.ingest.html import article_from_html
from tacitus.ingest.jsonl import article_from_record, read_jsonl
from tacitus.ingest.language import detect_language
from tacitus.ingest.sources import read_file, read_sources
from tacitus.ingest.text import article_from_text

if TYPE_CHECKING:
    from tacitus.ingest.fetch import FetchedPage, fetch_url


def __getattr__(name: str) -> Any:
    """``fetch_url`` and ``FetchedPage`` import the HTTP client: only when first asked for."""
    if name in ("FetchedPage", "fetch_url"):
        from tacitus.ingest import fetch

        return getattr(fetch, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FetchedPage",
    "article_from_bytes",
    "article_from_html",
    "article_from_record",
    "article_from_text",
    "clean_body",
    "detect_language",
    "fetch_url",
    "is_feed",
    "looks_like_html",
    "read_feed",
    "read_file",
    "read_jsonl",
    "read_sources",
]
