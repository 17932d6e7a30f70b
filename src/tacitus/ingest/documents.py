"""One document given as a string (a page's HTML or plain text) to an ``Article``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date as Date

from tacitus.ingest import article_from_html, article_from_text, looks_like_html
from tacitus.model import Article
from tacitus.settings import Settings


def article_from_document(
    text_or_html: str, *, settings: Settings, date: Date | None = None, url: str | None = None
) -> Article:
    """Read HTML through page extraction and anything else as body text (no title line)."""
    origin = url or "<string>"
    if looks_like_html(text_or_html):
        article = article_from_html(text_or_html, origin=origin, settings=settings, url=url,
                                    date=date)
    else:
        article = article_from_text(text_or_html, origin=origin, settings=settings, title="",
                                    url=url, date=date)
    return replace(article, date=date) if date is not None else article
