"""Tacitus: political event data from the news, with the evidence for every record.

>>> import tacitus
>>> coded = tacitus.code("<html>…</html>")          # doctest: +SKIP
>>> [(e.source.code, e.cameo, e.target and e.target.code) for e in coded.events]  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date as Date
from functools import lru_cache
from typing import TYPE_CHECKING

from tacitus.model import (
    Actor,
    ActorMention,
    Article,
    Claim,
    CodedArticle,
    Event,
    Evidence,
    Quote,
)
from tacitus.settings import Settings

if TYPE_CHECKING:
    from tacitus.pipeline import ArticleCoder

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorMention",
    "Article",
    "Claim",
    "CodedArticle",
    "Event",
    "Evidence",
    "Quote",
    "Settings",
    "__version__",
    "code",
]


@lru_cache(maxsize=1)
def _default_coder() -> ArticleCoder:
    # imported here so that `import tacitus` stays light: spaCy loads on first use only
    from tacitus.pipeline import make_article_coder

    return make_article_coder(Settings())


def code(text_or_html: str, *, date: Date | None = None, url: str | None = None) -> CodedArticle:
    """Code one document (a page's HTML or plain text): events, quotes and claims with evidence."""
    from tacitus.ingest import article_from_html, article_from_text, looks_like_html

    settings = Settings()
    origin = url or "<string>"
    if looks_like_html(text_or_html):
        article = article_from_html(text_or_html, origin=origin, settings=settings, url=url,
                                    date=date)
    else:
        article = article_from_text(text_or_html, origin=origin, settings=settings, title="",
                                    url=url, date=date)
    if date is not None:
        article = replace(article, date=date)
    return _default_coder().code(article)
