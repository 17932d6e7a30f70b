"""JSONL records: validation, one article or one error per line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tacitus.errors import EmptyInputError, IngestError, UnsupportedInputError
from tacitus.ingest import article_from_record, read_sources
from tacitus.model import Article
from tacitus.settings import Settings

DATA = Path(__file__).parent / "data"
TEXT = ("Foreign ministers from both countries met in Geneva on Wednesday to discuss a "
        "ceasefire, officials said.")


def test_text_record(settings: Settings) -> None:
    article = article_from_record(
        {"text": TEXT, "title": "Geneva talks", "date": "2022-05-04",
         "url": "https://example.org/g", "source": "Wire", "extra": [1, 2]},
        origin="f.jsonl:1", settings=settings)
    assert (article.title, article.date, article.url, article.source) == (
        "Geneva talks", date(2022, 5, 4), "https://example.org/g", "Wire")
    assert article.text == TEXT


def test_html_record_keeps_given_source(settings: Settings) -> None:
    html = (f"<html><head><title>Geneva talks</title></head><body><article><p>{TEXT}</p>"
            f"<p>{TEXT.replace('Wednesday', 'Thursday')}</p></article></body></html>")
    article = article_from_record({"html": html, "source": "Wire", "date": "2022-05-04T23:00:00Z"},
                                  origin="r", settings=settings)
    assert article.source == "Wire"
    assert article.date == date(2022, 5, 4)
    assert article.text.startswith(TEXT)


@pytest.mark.parametrize(
    ("record", "error", "words"),
    [
        ({"title": "x"}, EmptyInputError, "no 'text' or 'html'"),
        ({"text": "   "}, EmptyInputError, "no 'text' or 'html'"),
        ({"text": 42}, UnsupportedInputError, "'text' must be a string, not int"),
        ({"text": TEXT, "title": ["a"]}, UnsupportedInputError, "'title' must be a string"),
        ({"text": TEXT, "date": "04/05/2022"}, UnsupportedInputError, "YYYY-MM-DD"),
        ({"text": TEXT, "url": "ftp://example.org/a"}, UnsupportedInputError, "http(s) URL"),
    ],
)
def test_bad_records(settings: Settings, record: dict[str, object], error: type[IngestError],
                     words: str) -> None:
    with pytest.raises(error) as caught:
        article_from_record(record, origin="r:3", settings=settings)
    assert words in caught.value.message
    assert caught.value.origin == "r:3"


def test_record_must_be_an_object(settings: Settings) -> None:
    with pytest.raises(UnsupportedInputError, match="JSON object, not list"):
        article_from_record([1, 2], origin="r", settings=settings)  # type: ignore[arg-type]


def test_jsonl_file_goes_on_after_a_bad_line(settings: Settings) -> None:
    path = DATA / "records.jsonl"
    items = list(read_sources([str(path)], settings=settings))
    assert len(items) == 4
    first, broken, html, empty = items
    assert isinstance(first, Article) and first.title == "Ministers meet in Geneva"
    assert first.origin == f"{path}:1"
    assert isinstance(broken, UnsupportedInputError)
    assert broken.origin == f"{path}:2" and "line 2 is not valid JSON" in broken.message
    assert isinstance(html, Article) and html.title == "Parliament votes on budget"
    assert html.date == date(2022, 6, 7)
    assert isinstance(empty, EmptyInputError) and empty.origin == f"{path}:5"
