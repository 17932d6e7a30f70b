"""Tacitus: political event data from the news, with the evidence for every record.

>>> import tacitus
>>> coded = tacitus.code("<html>…</html>")          # doctest: +SKIP
>>> [(e.source.code, e.cameo, e.target and e.target.code) for e in coded.events]  # doctest: +SKIP
"""

from __future__ import annotations

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
    from tacitus.batch import Pipeline
    from tacitus.pipeline import ArticleCoder
    from tacitus.reader import open_database as open

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorMention",
    "Article",
    "Claim",
    "CodedArticle",
    "Event",
    "Evidence",
    "Pipeline",
    "Quote",
    "Settings",
    "__version__",
    "code",
    "open",
]


def __getattr__(name: str) -> object:
    # the heavy parts load on first use only, so that `import tacitus` stays light
    if name == "Pipeline":
        from tacitus.batch import Pipeline

        return Pipeline
    if name == "open":
        from tacitus.reader import open_database

        return open_database
    raise AttributeError(f"module 'tacitus' has no attribute {name!r}")


@lru_cache(maxsize=1)
def _default_coder() -> ArticleCoder:
    from tacitus.pipeline import make_article_coder

    return make_article_coder(Settings())


def code(text_or_html: str, *, date: Date | None = None, url: str | None = None) -> CodedArticle:
    """Code one document (a page's HTML or plain text): events, quotes and claims with evidence."""
    from tacitus.documents import article_from_document

    article = article_from_document(text_or_html, settings=Settings(), date=date, url=url)
    return _default_coder().code(article)
