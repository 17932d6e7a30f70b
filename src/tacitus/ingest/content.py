"""Raw bytes of unknown kind to an article: refuse binary, decode, then read as HTML or text."""

from __future__ import annotations

import re
from datetime import date as Date

from tacitus.errors import InputTooLargeError, UnsupportedInputError
from tacitus.ingest.decoding import check_not_binary, decode_bytes
from tacitus.ingest.html import article_from_html
from tacitus.ingest.text import article_from_text
from tacitus.model import Article
from tacitus.settings import Settings

KINDS = ("html", "text")
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|h[1-6]|article|section|table|ul|li|meta|title|script)\b", re.I)
# Tags per thousand characters above which a text without an <html> start is read as HTML.
_TAG_DENSITY = 2.0
_SNIFF_CHARS = 4096


def article_from_bytes(
    data: bytes,
    *,
    origin: str,
    settings: Settings,
    url: str | None = None,
    date: Date | None = None,
    title: str | None = None,
    kind: str | None = None,
    charset: str | None = None,
) -> Article:
    """Read bytes as an HTML page or a plain-text article (``kind`` forces one).

    ``charset`` is the encoding a transport declared. Raises ``InputTooLargeError``,
    ``EmptyInputError``, ``BinaryInputError``, ``DecodeError`` and the readers' errors.
    """
    if kind is not None and kind not in KINDS:
        raise UnsupportedInputError(origin, f"unknown input kind {kind!r} (expected {KINDS})")
    if len(data) > settings.max_bytes:
        raise InputTooLargeError(origin, f"{len(data)} bytes, over the cap of {settings.max_bytes}")
    check_not_binary(data, origin=origin)
    text = decode_bytes(data, origin=origin, charset=charset)
    if kind == "html" or (kind is None and looks_like_html(text)):
        return article_from_html(text, origin=origin, settings=settings, url=url, date=date,
                                 title=title)
    return article_from_text(text, origin=origin, settings=settings, url=url, date=date,
                             title=title)


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document or is dense with HTML tags."""
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return True
    tags = len(_HTML_TAG.findall(head))
    return tags >= 3 and tags * 1000 / max(len(head), 1) >= _TAG_DENSITY
