"""Bytes of unknown kind: binary, empty, too large, undecodable, HTML or text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    ExtractionError,
    IngestError,
    InputTooLargeError,
    NotEnglishError,
    UnsupportedInputError,
)
from tacitus.ingest import article_from_bytes, article_from_html, looks_like_html
from tacitus.ingest.decoding import declared_charset, decode_bytes
from tacitus.settings import Settings

PARAGRAPH = ("The foreign minister of Ruritania met his counterpart from Freedonia in the capital "
             "on Thursday and both sides pledged to resume trade talks.")
PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ministers pledge trade talks | Daily Example</title>
<meta property="og:site_name" content="Daily Example"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers pledge trade talks</h1>
<p class="date">March 3, 2022</p>
<p>{PARAGRAPH}</p>
<p>Officials said a first round would take place within a month, and that customs rules would be
the first item on the agenda.</p></article>
<footer>Copyright 2022 Daily Example. All rights reserved.</footer></body></html>"""


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"  \n\t ", EmptyInputError),
        (b"%PDF-1.7\n%binary", BinaryInputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", BinaryInputError),
        (b"GIF89a\x01\x00", BinaryInputError),
        (b"PK\x03\x04\x14\x00", BinaryInputError),
        (b"\x1f\x8b\x08\x00", BinaryInputError),
        (b"plain words\x00\x01\x02 then binary", BinaryInputError),
    ],
)
def test_refuses_non_text(settings: Settings, data: bytes, error: type[IngestError]) -> None:
    with pytest.raises(error) as caught:
        article_from_bytes(data, origin="in", settings=settings)
    assert caught.value.origin == "in"


def test_refuses_too_large(settings: Settings) -> None:
    with pytest.raises(InputTooLargeError):
        article_from_bytes(b"a" * 101, origin="in", settings=Settings(max_bytes=100))


def test_refuses_unknown_kind(settings: Settings) -> None:
    with pytest.raises(UnsupportedInputError):
        article_from_bytes(PAGE.encode(), origin="in", settings=settings, kind="pdf")


@pytest.mark.parametrize(
    ("data", "charset", "expected"),
    [
        ("Café – “quoted”".encode(), None, "Café – “quoted”"),
        ("Café – “quoted”".encode("cp1252"), None, "Café – “quoted”"),
        ("Zürich".encode("latin-1"), "iso-8859-1", "Zürich"),
        ("\ufeffhello".encode(), None, "hello"),
        ("hello".encode("utf-16"), None, "hello"),
        ("<rss>héllo</rss>".encode("utf-16-le"), None, "<rss>héllo</rss>"),
        ("<rss>héllo</rss>".encode("utf-16-be"), None, "<rss>héllo</rss>"),
        ("<rss>héllo</rss>".encode("utf-32-le"), None, "<rss>héllo</rss>"),
        (b'<meta charset="windows-1251"><p>' + "Москва".encode("cp1251"), None,
         '<meta charset="windows-1251"><p>Москва'),
    ],
)
def test_decode_bytes(data: bytes, charset: str | None, expected: str) -> None:
    assert decode_bytes(data, origin="in", charset=charset) == expected


def test_decode_bytes_refuses_garbage() -> None:
    with pytest.raises(DecodeError):
        decode_bytes(b"\xff\xfe\x00" + bytes(range(1, 32)) * 20, origin="in")


def test_declared_charset() -> None:
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><rss>') == "ISO-8859-1"
    assert declared_charset(b"<meta http-equiv='Content-Type' content='text/html; charset=koi8-r'>"
                            ) == "koi8-r"
    assert declared_charset(b'<meta charset="no-such-codec">') is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PAGE, True),
        ("<!-- generated -->\n<html><body>x</body></html>", True),
        ("<p>One</p><p>Two</p><div>Three</div>", True),
        ("A plain article that mentions <b> once.", False),
        (PARAGRAPH, False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_html_page_becomes_an_article(settings: Settings) -> None:
    article = article_from_bytes(PAGE.encode("utf-8"), origin="page.html", settings=settings,
                                 url="https://example.org/trade")
    assert article.title == "Ministers pledge trade talks"
    assert article.text.startswith(PARAGRAPH)
    assert "Home" not in article.text
    assert "All rights reserved" not in article.text
    assert article.url == "https://example.org/trade"
    assert article.source == "Daily Example"
    assert article.date is not None and article.date.isoformat() == "2022-03-03"


def test_forced_text_kind_reads_markup_as_text(settings: Settings) -> None:
    article = article_from_bytes(f"Title\n{PARAGRAPH} <br> kept".encode(), origin="t",
                                 settings=settings, kind="text")
    assert article.text.endswith("<br> kept")


@pytest.mark.parametrize(
    "html",
    ["<html><body></body></html>", "<html><body><nav><a href='/'>Home</a></nav></body></html>"],
)
def test_page_without_article_is_an_extraction_error(settings: Settings, html: str) -> None:
    with pytest.raises((ExtractionError, EmptyInputError)):
        article_from_html(html, origin="x", settings=settings)


def test_extraction_is_repeatable(settings: Settings, shared_dir: Path) -> None:
    # Extraction must not depend on what was read before (no cross-call caches).
    html = (shared_dir / "seed/article.html").read_text(encoding="utf-8")
    articles = [article_from_html(html, origin=str(n), settings=settings) for n in range(5)]
    assert len({(article.id, article.text) for article in articles}) == 1


def test_non_english_page_is_refused(settings: Settings) -> None:
    french = ("Le ministre des Affaires étrangères a rencontré jeudi son homologue dans la "
              "capitale "
              "et les deux parties se sont engagées à reprendre les négociations commerciales.")
    page = PAGE.replace(PARAGRAPH, french).replace("Officials said a first round would take place "
                                                   "within a month", "Un premier tour aura lieu")
    with pytest.raises(NotEnglishError) as caught:
        article_from_bytes(page.encode(), origin="fr.html", settings=settings)
    assert caught.value.language == "fr"
