"""Sources named on the command line (files, folders, URLs, feeds) to a stream of articles."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path

from tacitus.errors import (
    IngestError,
    InputTooLargeError,
    MissingInputError,
    UnsupportedInputError,
)
from tacitus.ingest.content import article_from_bytes
from tacitus.ingest.decoding import decode_bytes
from tacitus.ingest.feeds import FEED_ONLY_EXTENSIONS, is_feed, read_feed
from tacitus.ingest.fetch import fetch_url, is_http_url
from tacitus.ingest.jsonl import read_jsonl
from tacitus.model import Article
from tacitus.settings import Settings

JSONL_EXTENSIONS = (".jsonl", ".ndjson")
TEXT_EXTENSIONS = (".txt", ".text", ".md")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")
_HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b"


def read_sources(sources: Sequence[str], *, settings: Settings) -> Iterator[Article | IngestError]:
    """Yield every article in ``sources``, or the ``IngestError`` that stopped one, in order.

    A source is a file, a folder (read recursively in sorted order, hidden entries skipped), an
    http(s) URL of a page or a feed, or a feed file. One bad input never stops the others.
    """
    for source in sources:
        if is_http_url(source):
            yield from _guarded(read_url(source, settings=settings))
        elif "://" in source:
            yield UnsupportedInputError(source, "only http:// and https:// URLs are read")
        else:
            yield from read_path(Path(source), settings=settings)


def read_path(path: Path, *, settings: Settings) -> Iterator[Article | IngestError]:
    """Yield the articles of a file or, recursively, of a folder."""
    origin = str(path)
    if path.is_dir():
        for child in iter_folder(path):
            yield from _guarded(read_file(child, settings=settings))
    elif path.is_file():
        yield from _guarded(read_file(path, settings=settings))
    elif path.exists():
        yield UnsupportedInputError(origin, "not a regular file or folder")
    else:
        yield MissingInputError(origin, "no such file or folder")


# A folder of news often carries its own documentation; named directly, such a file is still read.
FOLDER_DOCUMENT_STEMS = ("readme", "license", "licence", "provenance", "changelog")


def iter_folder(folder: Path) -> Iterator[Path]:
    """Every non-hidden, non-documentation file under ``folder``, depth first, sorted."""
    for child in sorted(folder.iterdir(), key=lambda entry: entry.name):
        if child.name.startswith(".") or child.name.split(".")[0].lower() in FOLDER_DOCUMENT_STEMS:
            continue
        if child.is_dir():
            yield from iter_folder(child)
        elif child.is_file():
            yield child


def read_file(path: Path, *, settings: Settings) -> Iterator[Article | IngestError]:
    """Read one file by its kind: JSONL, feed, HTML or text; ``.gz`` is decompressed first."""
    origin = str(path)
    data = read_file_bytes(path, origin=origin, settings=settings)
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    suffix = Path(name).suffix.lower()
    if suffix in JSONL_EXTENSIONS:
        yield from read_jsonl(decode_bytes(data, origin=origin), origin=origin, settings=settings)
    elif suffix in FEED_ONLY_EXTENSIONS or (
            suffix not in TEXT_EXTENSIONS + HTML_EXTENSIONS and is_feed(data, name=name)):
        yield from read_feed(data, origin=origin, settings=settings,
                             read_page=_page_reader(settings))
    elif suffix == ".json":
        yield UnsupportedInputError(origin, "a .json file must be a JSON Feed (.jsonl for records)")
    else:
        kind = "text" if suffix in TEXT_EXTENSIONS else ("html" if suffix in HTML_EXTENSIONS
                                                         else None)
        yield article_from_bytes(data, origin=origin, settings=settings, kind=kind)


def read_file_bytes(path: Path, *, origin: str, settings: Settings) -> bytes:
    """The bytes of a file, gunzipped when compressed, never more than ``settings.max_bytes``."""
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            raise InputTooLargeError(origin, f"{size} bytes, over the cap of {settings.max_bytes}")
        data = path.read_bytes()
    except OSError as error:
        raise UnsupportedInputError(origin, f"cannot read the file: {error.strerror}") from error
    if not data.startswith(_GZIP_MAGIC):
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            unpacked = stream.read(settings.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise UnsupportedInputError(origin, f"a corrupt gzip file: {error}") from error
    if len(unpacked) > settings.max_bytes:
        raise InputTooLargeError(origin, f"unpacks to over {settings.max_bytes} bytes")
    return unpacked


def read_url(url: str, *, settings: Settings) -> Iterator[Article | IngestError]:
    """Fetch a URL and read it as a feed or as a page."""
    page = fetch_url(url, settings=settings)
    if is_feed(page.data, name=page.url) or ("xml" in page.content_type and is_feed(page.data)):
        yield from read_feed(page.data, origin=url, settings=settings,
                             read_page=_page_reader(settings))
        return
    kind = "html" if page.content_type in _HTML_CONTENT_TYPES else (
        "text" if page.content_type == "text/plain" else None)
    yield article_from_bytes(page.data, origin=url, settings=settings, url=page.url, kind=kind,
                             charset=page.charset)


def read_page(url: str, *, settings: Settings) -> Article:
    """Fetch one page (a feed item's link) and read it as an article."""
    page = fetch_url(url, settings=settings)
    kind = "text" if page.content_type == "text/plain" else "html"
    return article_from_bytes(page.data, origin=url, settings=settings, url=page.url, kind=kind,
                              charset=page.charset)


def _page_reader(settings: Settings) -> partial[Article] | None:
    return None if settings.offline else partial(read_page, settings=settings)


def _guarded(items: Iterator[Article | IngestError]) -> Iterator[Article | IngestError]:
    """Pass a reader's items on, turning an ``IngestError`` it raises into a yielded item."""
    try:
        yield from items
    except IngestError as error:
        yield error
