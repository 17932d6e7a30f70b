"""The last step shared by every reader: clean the body, check the language, assign the id."""

from __future__ import annotations

from datetime import date as Date

from tacitus.ids import content_hash, stable_id
from tacitus.ingest.cleaning import clean_body
from tacitus.ingest.language import check_language
from tacitus.model import Article
from tacitus.settings import Settings

MAX_FALLBACK_TITLE_CHARS = 120


def build_article(
    text: str,
    *,
    origin: str,
    settings: Settings,
    title: str | None = None,
    date: Date | None = None,
    url: str | None = None,
    source: str | None = None,
    author: str | None = None,
) -> Article:
    """Turn an extracted body and its metadata into an ``Article``; raise typed ingest errors."""
    clean_title = " ".join(title.split()) if title else ""
    body = clean_body(text, origin=origin, settings=settings, title=clean_title or None)
    language = check_language(f"{clean_title}\n{body}", origin=origin, settings=settings)
    digest = content_hash(body)
    return Article(
        id=stable_id("art_", digest),
        title=clean_title or fallback_title(body),
        text=body,
        content_hash=digest,
        origin=origin,
        date=date,
        url=url,
        source=source,
        author=author,
        language=language,
    )


def fallback_title(body: str) -> str:
    """A title for an article that has none: its first line, shortened at a word boundary."""
    first = body.split("\n", 1)[0]
    if len(first) <= MAX_FALLBACK_TITLE_CHARS:
        return first
    return first[:MAX_FALLBACK_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
