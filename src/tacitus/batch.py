"""``Pipeline``: code many documents from Python with one loaded model, streaming in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date as Date
from itertools import islice

from tacitus.documents import article_from_document
from tacitus.model import Article, CodedArticle
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings


class Pipeline:
    """The whole coder, loaded once: ``code`` one document or ``pipe`` an iterable of them.

    Documents are strings (a page's HTML or plain text) or ready ``Article`` objects. A document
    that cannot be read raises its ``IngestError``.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._coder: ArticleCoder = make_article_coder(self.settings)

    def code(self, document: str | Article, *, date: Date | None = None,
             url: str | None = None) -> CodedArticle:
        """Code one document."""
        return self._coder.code(self._article(document, date=date, url=url))

    def pipe(self, documents: Iterable[str | Article]) -> Iterator[CodedArticle]:
        """Code documents in order, parsing ``settings.batch_size`` at a time (bounded memory)."""
        stream = iter(documents)
        while batch := [self._article(document) for document in
                        islice(stream, self.settings.batch_size)]:
            yield from self._coder.code_many(batch)

    def _article(self, document: str | Article, *, date: Date | None = None,
                 url: str | None = None) -> Article:
        if isinstance(document, Article):
            return document
        return article_from_document(document, settings=self.settings, date=date, url=url)
