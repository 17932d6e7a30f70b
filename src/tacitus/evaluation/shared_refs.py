"""Gold records that point into the shared corpora instead of carrying the article text.

A record of the real-news gold set holds ``"ref": {"corpus", "path", ...}``: where in ``shared/``
its article lives. The text is read from there at evaluation time, so no copy of a corpus enters
the repository. One function per corpus layout:

- ``lee_abc_news``: ``path`` to a ``.cor`` file, ``line`` (1-based): one article a line (UTF-8,
  else cp1252);
- ``ag_news_world``: ``path`` to the CSV, ``row`` (1-based): headline, a blank line, the lede, with
  the corpus's stripped entities (``#36;`` → ``$``, ``quot;`` → ``"``) and ``\\`` line wraps undone;
- ``muc4``: ``path`` to ``muc4_docs.jsonl.gz``, ``docid``: the wire text as distributed (capitals);
- ``india_police_events``: ``path`` to ``docs.jsonl.gz``, ``doc_id``: the Times of India text as
  distributed (lower case and mojibake included);
- ``page``: ``path`` to an HTML page (``.gz`` allowed): the article body Tacitus extracts from it.

The shared folder is ``$TACITUS_SHARED_DIR``, else the first ``shared/`` folder holding ``news/``
beside the gold file or one of its parents.
"""

from __future__ import annotations

import csv
import gzip
import html
import json
import os
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from tacitus.errors import GoldFormatError, TacitusError
from tacitus.ingest.html import article_from_html
from tacitus.settings import Settings

SHARED_ENV = "TACITUS_SHARED_DIR"
# Gold articles were chosen as English: the language check would only refuse a page on a guess.
_GOLD_SETTINGS = Settings(english_only=False)
_AG_ENTITY = re.compile(r"#(\d{1,5});|\b(quot|amp|lt|gt);")
_NAMED = {"quot": '"', "amp": "&", "lt": "<", "gt": ">"}


def find_shared_dir(near: Path) -> Path:
    """The shared data folder for a gold file at ``near``; raise ``GoldFormatError`` if none."""
    configured = os.environ.get(SHARED_ENV)
    if configured:
        return Path(configured)
    for parent in near.resolve().parents:
        candidate = parent / "shared"
        if (candidate / "news").is_dir():
            return candidate
    raise GoldFormatError(f"{near}: its records point into shared/, which was not found beside it; "
                          f"set {SHARED_ENV}")


def resolve_ref(ref: Mapping[str, object], shared: Path, *, where: str) -> tuple[str, date | None]:
    """The article text (and a date the corpus gives, if any) a ``ref`` points to."""
    corpus, path = ref.get("corpus"), ref.get("path")
    if not isinstance(corpus, str) or corpus not in _READERS:
        raise GoldFormatError(f"{where}: `ref.corpus` must be one of {sorted(_READERS)}")
    if not isinstance(path, str) or ".." in Path(path).parts or Path(path).is_absolute():
        raise GoldFormatError(f"{where}: `ref.path` must be a path inside shared/")
    file = shared / path
    if not file.is_file():
        raise GoldFormatError(f"{where}: {file} does not exist")
    try:
        return _READERS[corpus](file, ref)
    except (KeyError, ValueError, IndexError, TacitusError) as error:
        raise GoldFormatError(f"{where}: cannot read {corpus} {ref}: {error}") from error


def with_text(raw: Any, *, near: Path, where: str) -> Any:
    """A decoded gold record with its ``text`` filled in from ``html`` or ``ref`` (and its
    ``date`` from the page or corpus when the record gives none); other records unchanged."""
    if not isinstance(raw, dict) or isinstance(raw.get("text"), str):
        return raw
    if isinstance(raw.get("html"), str):
        try:
            article = article_from_html(raw["html"], origin=where, settings=_GOLD_SETTINGS)
        except TacitusError as error:
            raise GoldFormatError(f"{where}: no article in `html`: {error}") from error
        text, found = article.text, article.date
    elif isinstance(raw.get("ref"), dict):
        text, found = resolve_ref(raw["ref"], find_shared_dir(near), where=where)
    else:
        return raw
    date_value = raw.get("date") or (found.isoformat() if found else None)
    return {**raw, "text": text, "date": date_value}


def _number(ref: Mapping[str, object], key: str) -> int:
    value = ref.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"`{key}` must be a positive integer")
    return value


def _lee(file: Path, ref: Mapping[str, object]) -> tuple[str, date | None]:
    data = file.read_bytes()
    try:
        content = data.decode("utf-8")
    except UnicodeDecodeError:
        content = data.decode("cp1252")  # lee.cor writes its pound signs in cp1252
    lines = content.splitlines()
    return lines[_number(ref, "line") - 1].strip(), None


def ag_news_text(title: str, lede: str) -> str:
    """An AG News row as an article: headline, blank line, lede, entities and wraps undone."""
    def undo(text: str) -> str:
        text = _AG_ENTITY.sub(lambda m: chr(int(m.group(1))) if m.group(1)
                              else _NAMED[m.group(2)], text.replace("\\", " "))
        return " ".join(html.unescape(text).split())
    return f"{undo(title)}\n\n{undo(lede)}"


def _ag_news(file: Path, ref: Mapping[str, object]) -> tuple[str, date | None]:
    rows = _csv_rows(file)
    row = rows[_number(ref, "row") - 1]
    return ag_news_text(row[1], row[2]), None


@lru_cache(maxsize=4)
def _csv_rows(file: Path) -> list[list[str]]:
    with file.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@lru_cache(maxsize=4)
def _jsonl_gz(file: Path, key: str) -> dict[str, dict[str, object]]:
    with gzip.open(file, "rt", encoding="utf-8") as lines:
        return {str(item[key]): item for item in map(json.loads, lines) if _has_key(item, key)}


def _has_key(item: object, key: str) -> bool:
    return isinstance(item, dict) and key in item


def _muc4(file: Path, ref: Mapping[str, object]) -> tuple[str, date | None]:
    doc = _jsonl_gz(file, "docid")[str(ref["docid"])]
    return str(doc["text"]), _muc4_date(doc.get("dateline"))


def _muc4_date(dateline: object) -> date | None:
    """The date of a MUC-4 dateline such as ``SAN SALVADOR, 3 JAN 90``."""
    if not isinstance(dateline, str) or "," not in dateline:
        return None
    try:
        return datetime.strptime(dateline.rsplit(",", 1)[1].strip().title(), "%d %b %y").date()
    except ValueError:
        return None


def _india(file: Path, ref: Mapping[str, object]) -> tuple[str, date | None]:
    key = str(ref["doc_id"])
    text = str(_jsonl_gz(file, "doc_id")[key]["doc_text"])
    metadata = file.with_name("metadata.jsonl.gz")
    found = _jsonl_gz(metadata, "doc_id").get(key, {}) if metadata.is_file() else {}
    value = found.get("date")
    return text, date.fromisoformat(value) if isinstance(value, str) else None


def page_text(file: Path) -> tuple[str, date | None]:
    """The article body (and date) Tacitus extracts from a stored page."""
    data = file.read_bytes()
    if file.suffix == ".gz":
        data = gzip.decompress(data)
    article = article_from_html(data.decode("utf-8", "replace"), origin=str(file),
                                settings=_GOLD_SETTINGS)
    return article.text, article.date


def _page(file: Path, ref: Mapping[str, object]) -> tuple[str, date | None]:
    return page_text(file)


_READERS: dict[str, Callable[[Path, Mapping[str, object]], tuple[str, date | None]]] = {
    "lee_abc_news": _lee,
    "ag_news_world": _ag_news,
    "muc4": _muc4,
    "india_police_events": _india,
    "page": _page,
}
