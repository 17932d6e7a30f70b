"""A failed article is logged: its reason at warning, its traceback at debug, in every runner."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import date

import pytest
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.cli.logs import log_level
from tacitus.ids import content_hash, stable_id
from tacitus.model import Article, CodedArticle
from tacitus.runners import dask as dask_runner
from tacitus.runners.local import code_batch
from tacitus.settings import Settings


def _article(text: str) -> Article:
    digest = content_hash(text)
    return Article(id=stable_id("a", digest), title="t", text=text, content_hash=digest,
                   origin=f"{text}.txt", date=date(2021, 9, 23), url=None, source=None,
                   author=None, language="en")


class BrokenCoder:
    """Codes every article but the one called ``bad``, which raises deep inside a stage."""

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        for article in articles:
            yield self.code(article)

    def code(self, article: Article) -> CodedArticle:
        if article.text == "bad":
            return self._stage(article)
        return CodedArticle(article=article, mentions=(), events=(), quotes=(), claims=())

    def _stage(self, article: Article) -> CodedArticle:
        raise ValueError(f"cannot read {article.origin}")


def test_runners_a_failed_article_logs_its_reason_and_traceback(
        caplog: pytest.LogCaptureFixture) -> None:
    articles = [_article("good"), _article("bad"), _article("fine")]
    with caplog.at_level(logging.DEBUG, logger="tacitus"):
        coded, failures = code_batch(BrokenCoder(), articles)  # type: ignore[arg-type]
    assert [item.article.text for item in coded] == ["good", "fine"]
    assert [failure.origin for failure in failures] == ["bad.txt"]
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert [record.getMessage() for record in warnings] == [
        "bad.txt: coding-error: ValueError: cannot read bad.txt"]
    [traceback] = [record.getMessage() for record in caplog.records
                   if record.levelno == logging.DEBUG and "bad.txt failed" in record.getMessage()]
    assert "Traceback (most recent call last)" in traceback and "in _stage" in traceback
    assert all(record.name == "tacitus.runners.local" for record in caplog.records)


def test_runners_a_dask_worker_hands_its_failures_to_the_client(
        caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(batch_size=3)
    monkeypatch.setitem(dask_runner._CODERS, settings, BrokenCoder())
    with caplog.at_level(logging.DEBUG, logger="tacitus"):
        data, failed = dask_runner.code_partition(settings, [_article("bad"), _article("ok")])
    assert data
    [(outcome, trace)] = failed
    assert outcome.origin == "bad.txt" and "ValueError: cannot read bad.txt" in trace
    # on the worker nothing is logged per article: the client logs what it is handed
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]


@pytest.mark.parametrize(("verbose", "quiet", "level"), [
    (False, False, logging.WARNING),
    (True, False, logging.DEBUG),
    (False, True, logging.ERROR),
])
def test_runners_verbose_and_quiet_set_the_log_level(verbose: bool, quiet: bool,
                                                     level: int) -> None:
    assert log_level(verbose=verbose, quiet=quiet) == level


def test_runners_verbose_and_quiet_together_are_refused() -> None:
    result = CliRunner().invoke(app, ["--verbose", "--quiet", "events", "--db", "none.duckdb"])
    assert result.exit_code == 2
    assert "not both" in result.output
