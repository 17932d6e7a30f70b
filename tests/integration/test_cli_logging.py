"""The command line logs to stderr: a failed article's reason by default, its traceback with
--verbose, nothing with --quiet; stdout keeps only the command's own output."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.model import Article, CodedArticle
from tacitus.pipeline import ArticleCoder


@pytest.fixture
def failing_article(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Two articles in a folder; coding the one about floods fails."""
    code = ArticleCoder.code

    def fail_on_floods(self: ArticleCoder, article: Article) -> CodedArticle:
        if "floods" in article.text:
            raise RuntimeError("the parser broke on floods")
        return code(self, article)

    def one_by_one(self: ArticleCoder, articles: list[Article]) -> Iterator[CodedArticle]:
        return (self.code(article) for article in articles)

    monkeypatch.setattr(ArticleCoder, "code", fail_on_floods)
    monkeypatch.setattr(ArticleCoder, "code_many", one_by_one)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "talks.txt").write_text("Talks\n\nBlinken met Qureshi in New York on Thursday.",
                                      encoding="utf-8")
    (folder / "floods.txt").write_text("Floods\n\nThe floods displaced thousands in Sindh.",
                                       encoding="utf-8")
    yield folder
    logging.getLogger("tacitus").setLevel(logging.NOTSET)


@pytest.mark.parametrize(("options", "reason", "traceback"), [
    ([], True, False),
    (["--verbose"], True, True),
    (["--quiet"], False, False),
])
def test_a_failed_article_is_logged_to_stderr(failing_article: Path, tmp_path: Path,
                                              options: list[str], reason: bool,
                                              traceback: bool) -> None:
    db = tmp_path / "news.duckdb"
    result = CliRunner().invoke(app, [*options, "ingest", str(failing_article), "--db", str(db),
                                      "--offline", "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("articles: 1 new, 0 duplicate, 0 skipped, 1 failed")
    assert "Traceback" not in result.stdout
    assert ("RuntimeError: the parser broke on floods" in result.stderr) is reason
    assert ("Traceback (most recent call last)" in result.stderr) is traceback
