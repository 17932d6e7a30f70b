"""Sources named on the command line (files, folders, URLs, feeds) to a stream of articles."""

from __future__ import annotations

import errno
import gzip
import io
import os
import stat
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
from tacitus.ingest.boundary import unexpected_error
from tacitus.ingest.content import article_from_bytes
from tacitus.ingest.decoding import decode_bytes
from tacitus.ingest.feeds import FEED_ONLY_EXTENSIONS, is_feed, read_feed
from tacitus.ingest.jsonl import read_jsonl
from tacitus.ingest.names import printable_name
from tacitus.ingest.urls import is_http_url
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
        origin = printable_name(source)
        if is_http_url(source):
            yield from _guarded(read_url(source, settings=settings), origin=origin)
        elif "://" in source:
            yield UnsupportedInputError(origin, "only http:// and https:// URLs are read")
        else:
            yield from _guarded(read_path(Path(source), settings=settings), origin=origin)


def read_path(path: Path, *, settings: Settings) -> Iterator[Article | IngestError]:
    """Yield the articles of a file or, recursively, of a folder."""
    origin = printable_name(str(path))
    if path.is_dir():
        for child in iter_folder(path):
            if isinstance(child, IngestError):
                yield child
            else:
                yield from _guarded(read_file(child, settings=settings),
                                    origin=printable_name(str(child)))
    elif path.is_file():
        yield from _guarded(read_file(path, settings=settings), origin=origin)
    elif path.is_symlink():
        yield MissingInputError(origin, "a symbolic link to nothing")
    elif path.exists():
        yield UnsupportedInputError(origin, "not a regular file or folder")
    else:
        yield MissingInputError(origin, "no such file or folder")


# A folder of news often carries its own documentation; named directly, such a file is still read.
FOLDER_DOCUMENT_STEMS = ("readme", "license", "licence", "provenance", "changelog")


def iter_folder(folder: Path) -> Iterator[Path | IngestError]:
    """Every non-hidden, non-documentation file under ``folder``, depth first, sorted.

    The walk keeps its own stack (no depth limit) and never follows a link to a folder (no loop);
    an entry that is neither a file nor a folder (a dangling link, a FIFO, a device), or a folder
    that cannot be listed, comes out as the ``IngestError`` that says so.
    """
    stack: list[Iterator[Path]] = []
    pending: Path | None = folder
    while pending is not None or stack:
        if pending is not None:
            try:
                with os.scandir(pending) as entries:
                    names = sorted(entry.name for entry in entries)
                stack.append(iter([pending / name for name in names]))
            except OSError as error:
                yield UnsupportedInputError(printable_name(str(pending)),
                                            f"cannot list the folder: {error.strerror}")
            pending = None
            continue
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.name.startswith(".") or child.name.split(".")[0].lower() in FOLDER_DOCUMENT_STEMS:
            continue
        kind = _entry_kind(child)
        if kind == "folder":
            pending = child
        elif kind == "file":
            yield child
        else:
            yield UnsupportedInputError(printable_name(str(child)), kind)


def _entry_kind(path: Path) -> str:
    """"file", "folder" (a real one, not a link), or why the entry is neither."""
    try:
        own = path.lstat()
        if stat.S_ISDIR(own.st_mode):
            return "folder"
        if stat.S_ISLNK(own.st_mode):
            target = path.stat()
            if stat.S_ISDIR(target.st_mode):
                return "a symbolic link to a folder (not followed)"
            own = target
    except OSError as error:
        if error.errno in (errno.ENOENT, errno.ELOOP):
            return "a symbolic link to nothing"
        return f"cannot read the entry: {error.strerror}"
    if stat.S_ISREG(own.st_mode):
        return "file"
    return "not a regular file or folder (a FIFO, socket or device)"


def read_file(path: Path, *, settings: Settings) -> Iterator[Article | IngestError]:
    """Read one file by its kind: JSONL, feed, HTML or text; ``.gz`` is decompressed first."""
    origin = printable_name(str(path))
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
    from tacitus.ingest.fetch import fetch_url  # the HTTP client loads with the first URL

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
    from tacitus.ingest.fetch import fetch_url  # the HTTP client loads with the first URL

    page = fetch_url(url, settings=settings)
    kind = "text" if page.content_type == "text/plain" else "html"
    return article_from_bytes(page.data, origin=url, settings=settings, url=page.url, kind=kind,
                              charset=page.charset)


def _page_reader(settings: Settings) -> partial[Article] | None:
    return None if settings.offline else partial(read_page, settings=settings)


def _guarded(items: Iterator[Article | IngestError], *, origin: str
             ) -> Iterator[Article | IngestError]:
    """Pass a reader's items on, turning any exception it raises into a yielded ``IngestError``
    (one that was not foreseen is logged with its traceback): the failure boundary of a source."""
    try:
        yield from items
    except IngestError as error:
        yield error
    except Exception as error:  # the boundary: no input may stop the run
        yield unexpected_error(origin, error)
