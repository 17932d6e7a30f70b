"""read_sources over files and folders: order, hidden files, gzip; errors yielded, not raised."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tacitus.errors import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    MissingInputError,
    NotEnglishError,
    UnsupportedInputError,
)
from tacitus.ingest import read_sources
from tacitus.model import Article
from tacitus.settings import Settings

DATA = Path(__file__).parent / "data"
TEXT = ("Title {n}\nThe president of Ruritania met the prime minister of Freedonia on Monday "
        "for talks on trade and security number {n}, their offices said.")
GERMAN = ("Titel\nDie Regierung hat am Montag angekündigt, dass sie Gespräche mit den Nachbarn "
          "über die umstrittene Grenzregion aufnehmen wird, sagte ein Sprecher in Berlin.")


def _origins(items: list[object]) -> list[str]:
    return [Path(item.origin).name for item in items]  # type: ignore[attr-defined]


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(TEXT.format(n=2), encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT.format(n=1), encoding="utf-8")
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(
        f"<html><body><article><p>{TEXT.format(n=3)}</p></article></body></html>".encode()))
    (tmp_path / ".hidden.txt").write_text(TEXT.format(n=4), encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(TEXT.format(n=5), encoding="utf-8")
    (tmp_path / "README.md").write_text(TEXT.format(n=6), encoding="utf-8")
    (tmp_path / "b" / "PROVENANCE.md").write_text(TEXT.format(n=7), encoding="utf-8")
    items = list(read_sources([str(tmp_path)], settings=settings))
    assert _origins(items) == ["a.txt", "2.txt", "c.html.gz"]
    assert all(isinstance(item, Article) for item in items)
    assert "number 3" in items[2].text  # type: ignore[union-attr]


def test_a_documentation_file_named_directly_is_read(tmp_path: Path, settings: Settings) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(TEXT.format(n=6), encoding="utf-8")
    items = list(read_sources([str(readme)], settings=settings))
    assert _origins(items) == ["README.md"]


def test_bad_inputs_are_yielded_and_the_rest_goes_on(tmp_path: Path) -> None:
    settings = Settings(max_bytes=1000)
    files = {
        "1-empty.txt": b"",
        "2-image.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 20,
        "3-huge.txt": b"word " * 300,
        "4-german.txt": GERMAN.encode(),
        "5-data.json": b'{"a": 1}',
        "6-bomb.txt.gz": gzip.compress(b"word " * 1000),
        "7-corrupt.gz": b"\x1f\x8b\x08\x00broken",
        "8-good.txt": TEXT.format(n=8).encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    missing = str(tmp_path / "missing.txt")
    items = list(read_sources([str(tmp_path), missing], settings=settings))
    assert [type(item) for item in items] == [
        EmptyInputError, BinaryInputError, InputTooLargeError, NotEnglishError,
        UnsupportedInputError, InputTooLargeError, UnsupportedInputError, Article,
        MissingInputError,
    ]
    assert items[-1].origin == missing  # type: ignore[union-attr]
    assert "no such file or folder" in str(items[-1])


def test_feed_file_by_extension_and_by_sniffing(tmp_path: Path, settings: Settings) -> None:
    body = " ".join([TEXT.format(n=1).split("\n")[1]] * 12)
    rss = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
           f"<title>Item</title><description>{body}</description></item></channel></rss>")
    (tmp_path / "a.rss").write_text(rss, encoding="utf-8")
    (tmp_path / "b.xml").write_text(rss, encoding="utf-8")
    (tmp_path / "c").write_text(rss, encoding="utf-8")
    (tmp_path / "d.atom").write_text("not a feed at all", encoding="utf-8")
    items = list(read_sources([str(tmp_path)], settings=settings))
    assert [type(item).__name__ for item in items] == ["Article", "Article", "Article",
                                                       "FeedError"]
    assert items[0].title == "Item"  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["seed/article.txt", "seed/article.html"])
def test_seed_article(shared_dir: Path, settings: Settings, name: str) -> None:
    items = list(read_sources([str(shared_dir / name)], settings=settings))
    assert len(items) == 1
    article = items[0]
    assert isinstance(article, Article)
    assert article.title == ("Taliban's actions will define its relationship with world: "
                             "Blinken after meeting Pakistan foreign minister")
    assert article.date is not None and article.date.isoformat() == "2021-09-24"
    assert article.language == "en"
    assert article.text.startswith(
        "The US sees a “unity in approach” and “purpose” on the Taliban, US Secretary of State "
        "Antony Blinken said after his meeting with Pakistan Foreign Minister Shah Mahmood "
        "Qureshi and added that Taliban’s relations with the world community would depend on "
        "the actions it takes.")
    assert article.text.count("The US sees a") == 1
    assert article.text.endswith("what role his country wanted it to play in the future.")
    for furniture in ("Post a Comment", "kept private", "Breaking:", "Markets close higher",
                      "Related", "Petrol prices", "Most Read", "Gold rates", "Advertisement",
                      "Share:", "Tags:", "(SAM)", "All rights reserved", "Your name", "Image",
                      "Sep 24, 2021", "meeting with Pakistan Foreign Minister Shah Mahmood "
                      "Qureshi\n"):
        assert furniture not in article.text
    assert "Blinken met with Qureshi on the sidelines of the UN General Assembly" in article.text
    assert "The Taliban has not cut ties with al-Qaeda" in article.text


def test_seed_html_and_text_give_the_same_article(shared_dir: Path, settings: Settings) -> None:
    paths = [str(shared_dir / "seed/article.txt"), str(shared_dir / "seed/article.html")]
    text_article, html_article = list(read_sources(paths, settings=settings))
    assert isinstance(text_article, Article) and isinstance(html_article, Article)
    assert text_article.id == html_article.id
    assert html_article.url == ("https://news.example.org/world/2021/09/24/"
                                "taliban-actions-define-relationship-blinken")
    assert html_article.source == "news.example.org"
