"""JSONL files: one JSON object per line, each an article given as text or HTML."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import date as Date

from tacitus.errors import (
    EmptyInputError,
    IngestError,
    UnsupportedInputError,
)
from tacitus.ingest.boundary import unexpected_error
from tacitus.ingest.html import article_from_html
from tacitus.ingest.jsontext import parse_json
from tacitus.ingest.pubdates import parse_iso_date
from tacitus.ingest.text import article_from_text
from tacitus.ingest.urls import is_http_url
from tacitus.model import Article
from tacitus.settings import Settings

RECORD_FIELDS = ("text", "html", "title", "date", "url", "source")


def article_from_record(
    record: Mapping[str, object], *, origin: str, settings: Settings
) -> Article:
    """Validate one record and read it as an article.

    A record has ``text`` or ``html`` (``text`` wins when both are there) and optionally
    ``title``, ``date`` (``YYYY-MM-DD`` or an ISO datetime), ``url`` (http/https) and ``source``,
    all strings. Other keys are ignored. Raises ``UnsupportedInputError`` for a malformed record
    and ``EmptyInputError`` for one without text.
    """
    if not isinstance(record, Mapping):
        raise UnsupportedInputError(origin, f"a record must be a JSON object, not {_kind(record)}")
    for field in RECORD_FIELDS:
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            raise UnsupportedInputError(
                origin, f"field {field!r} must be a string, not {_kind(value)}")
    text = _field(record, "text")
    html = _field(record, "html")
    if not (text and text.strip()) and not (html and html.strip()):
        raise EmptyInputError(origin, "the record has no 'text' or 'html'")
    url = _field(record, "url")
    if url is not None and not is_http_url(url):
        raise UnsupportedInputError(origin, f"field 'url' must be an http(s) URL, got {url!r}")
    date = _record_date(_field(record, "date"), origin=origin)
    title = _field(record, "title")
    source = _field(record, "source")
    if text and text.strip():
        # a record's text is all body: its first line is not a title, unlike a .txt file's
        return article_from_text(text, origin=origin, settings=settings, title=title or "",
                                 date=date, url=url, source=source)
    article = article_from_html(html or "", origin=origin, settings=settings, url=url, date=date,
                                title=title)
    return replace(article, source=source) if source else article


def read_jsonl(text: str, *, origin: str, settings: Settings) -> Iterator[Article | IngestError]:
    """Yield one article or error per non-blank line; ``origin:N`` names line N.

    Each line is its own failure boundary: whatever goes wrong with one record is yielded as its
    error and the next line is read. A file without a record is an ``EmptyInputError``.
    """
    records = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        records += 1
        line_origin = f"{origin}:{number}"
        try:
            record = parse_json(line)
        except ValueError as error:
            yield UnsupportedInputError(line_origin, f"line {number} is not valid JSON: {error}")
            continue
        try:
            yield article_from_record(record, origin=line_origin, settings=settings)
        except IngestError as error:
            yield error
        except Exception as error:  # the boundary of one record
            yield unexpected_error(line_origin, error)
    if not records:
        yield EmptyInputError(origin, "the file holds no records")


def _field(record: Mapping[str, object], name: str) -> str | None:
    value = record.get(name)
    return value if isinstance(value, str) else None


def _record_date(value: str | None, *, origin: str) -> Date | None:
    if value is None or not value.strip():
        return None
    try:
        return parse_iso_date(value)
    except (ValueError, OverflowError) as error:
        raise UnsupportedInputError(
            origin, f"field 'date' must be YYYY-MM-DD or an ISO datetime, got {value!r}") from error


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__
