"""The Python API: ``tacitus.code`` one document, a ``Pipeline`` for many, ``tacitus.open`` a
database as pandas DataFrames.

``import tacitus`` stays light: ``tacitus/__init__.py`` imports this module on first use of one
of these names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date as Date
from functools import lru_cache
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb

from tacitus.analysis.answers import actor_profile, relationship
from tacitus.errors import SettingsError
from tacitus.ingest.documents import article_from_document
from tacitus.model import Article, CodedArticle
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings
from tacitus.store import Store, open_store

if TYPE_CHECKING:
    # pandas loads with the first DataFrame: coding documents never needs it
    import pandas as pd

PERIODS = ("day", "week", "month")


def code(text_or_html: str, *, date: Date | None = None, url: str | None = None) -> CodedArticle:
    """Code one document (a page's HTML or plain text): events, quotes and claims with evidence."""
    article = article_from_document(text_or_html, settings=Settings(), date=date, url=url)
    return _default_coder().code(article)


@lru_cache(maxsize=1)
def _default_coder() -> ArticleCoder:
    return make_article_coder(Settings())


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

# nested actor objects become flat columns: source.code → source_code
_SEPARATOR = "_"


def _frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    import pandas as pd

    if not rows:
        return pd.DataFrame()
    return pd.json_normalize(list(rows), sep=_SEPARATOR)


class Database:
    """An open Tacitus database, read-only; every table comes back as a DataFrame.

    Columns follow the JSON of ``tacitus events --format json`` with nested actors flattened
    (``source_code``, ``source_name``, ``target_code`` …). Close it, or use ``with``.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._store: Store = open_store(self.path, read_only=True)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Release the database file."""
        self._store.close()

    def events(self, *, actor: str | None = None, since: Date | None = None,
               until: Date | None = None, limit: int | None = None,
               min_confidence: float | None = None) -> pd.DataFrame:
        """Coded events; ``actor`` is a source-or-target code prefix (``"USA"`` matches USAGOV);
        ``min_confidence`` keeps the events whose confidence reaches it."""
        return _frame(self._store.events(actor=actor, since=since, until=until, limit=limit,
                                         min_confidence=min_confidence))

    def mentions(self, *, actor: str | None = None) -> pd.DataFrame:
        """Every report of every event (one row per event mention, with its outlet, URL,
        sentence and offsets); ``actor`` filters events as in ``events``."""
        rows = [{"event_id": event["id"], **mention}
                for event in self._store.events(actor=actor, with_reports=True)
                for mention in event["mentions"]]
        return _frame(rows)

    def sql(self, query: str, *params: Any) -> duckdb.DuckDBPyRelation:
        """Your own SQL over the tables (``?`` placeholders, values as arguments): a DuckDB
        relation — ``.df()`` for pandas, ``.pl()`` for polars. The database is read-only."""
        return self._store.sql(query, params)

    def quotes(self, *, speaker: str | None = None, limit: int | None = None) -> pd.DataFrame:
        """Quotes with their speakers."""
        return _frame(self._store.quotes(speaker=speaker, limit=limit))

    def claims(self, *, actor: str | None = None, kind: str | None = None,
               limit: int | None = None) -> pd.DataFrame:
        """Demands, commitments, denials, appeals, offers and threats."""
        return _frame(self._store.claims(actor=actor, kind=kind, limit=limit))

    def articles(self, *, limit: int | None = None) -> pd.DataFrame:
        """Stored articles with their text and metadata."""
        return _frame(self._store.articles(limit=limit))

    def relations(self, first: str, second: str | None = None, *,
                  by: str = "month") -> pd.DataFrame:
        """How ``first`` and ``second`` (or ``first`` and the world) relate per day, week or month:
        events by quad class, Goldstein sum and mean, cooperation–conflict index."""
        if by not in PERIODS:
            raise SettingsError(f"by must be one of {', '.join(PERIODS)}, got {by!r}")
        return _frame(relationship(self._store, first, second, by=by)["series"])

    def profile(self, code: str) -> dict[str, Any]:
        """An actor's partners, adversaries, monthly trend, notable events and claims, as
        ``tacitus profile CODE --format json`` gives them."""
        return actor_profile(self._store, code)

    def ingest_log(self) -> pd.DataFrame:
        """Every input that was skipped or failed, with its reason, and every one stored."""
        return _frame(self._store.ingest_log())


def open_database(path: Path | str) -> Database:
    """Open a Tacitus database read-only."""
    return Database(path)
