"""The ``code`` command: code one document, or every record of a JSONL file, and print JSON."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tacitus.cli.options import ActorsOption, LexiconOption, fail, parse_date
from tacitus.cli.output import print_json
from tacitus.errors import IngestError, PairSpanError, SettingsError, TacitusError
from tacitus.ingest import article_from_bytes, article_from_record, read_file
from tacitus.ingest.fetch import is_http_url
from tacitus.ingest.language import load_identifier
from tacitus.ingest.pair_spans import record_pair_spans
from tacitus.ingest.sources import read_page
from tacitus.model import Article
from tacitus.settings import Settings

if TYPE_CHECKING:
    # the coder (and spaCy) loads when the command runs, not when the CLI starts
    from tacitus.pipeline import ArticleCoder


class CodeFormat(StrEnum):
    json = "json"


def code(
    path: Annotated[
        str | None, typer.Argument(help="A page (.html), a text file (.txt), an http(s) URL "
                                        "or - for stdin.")
    ] = None,
    jsonl: Annotated[
        Path | None,
        typer.Option("--jsonl", help="Code every record of a JSONL file (id, text or html, date)."),
    ] = None,
    on_date: Annotated[
        str | None, typer.Option("--date", help="Article date YYYY-MM-DD (overrides the page).")
    ] = None,
    output_format: Annotated[
        CodeFormat, typer.Option("--format", help="Output format.")
    ] = CodeFormat.json,
    allow_private_addresses: Annotated[
        bool, typer.Option(help="Allow fetching from private and loopback addresses.")
    ] = False,
    lexicon: LexiconOption = None,
    actors: ActorsOption = None,
) -> None:
    """Code one document (or each line of a JSONL file) and print JSON; no database."""
    from tacitus.pipeline import make_article_coder

    # the language identifier loads beside the model, not after it
    threading.Thread(target=load_identifier, daemon=True).start()
    try:
        settings = Settings(lexicon_path=lexicon, actor_layers=tuple(actors or ()),
                            allow_private_addresses=allow_private_addresses)
        article_date = parse_date(on_date, "--date")
        if (path is None) == (jsonl is None):
            raise SettingsError("give either one PATH (or -) or --jsonl FILE")
        # 1. every argument is checked, and the document read, before the model loads
        if jsonl is not None and not jsonl.is_file():
            raise SettingsError(f"no such file or folder: {jsonl}")
        article = read_document(path, settings) if path is not None else None
        # 2. code
        coder = make_article_coder(settings)
        if jsonl is not None:
            code_jsonl(jsonl, coder, settings, article_date)
            return
        assert article is not None
        if article_date is not None:
            article = replace(article, date=article_date)
        print_json(coder.code(article).to_dict())
    except IngestError as error:
        raise fail(error, 1) from error
    except TacitusError as error:
        raise fail(error) from error


def read_document(path: str, settings: Settings) -> Article:
    """The one article of a file, of an http(s) URL (fetched as ``ingest`` fetches it), or of
    stdin for ``-``."""
    if path == "-":
        return article_from_bytes(sys.stdin.buffer.read(), origin="<stdin>", settings=settings)
    if is_http_url(path):
        if settings.offline:
            raise SettingsError(f"cannot fetch {path} offline")
        return read_page(path, settings=settings)
    if "://" in path:
        raise SettingsError(f"only http:// and https:// URLs are read, not {path}")
    file = Path(path)
    if file.is_dir():
        raise SettingsError(f"{path} is a folder: `tacitus code` takes one document; use "
                            "`tacitus ingest` for folders")
    if not file.is_file():
        raise SettingsError(f"no such file or folder: {path}")
    items = list(read_file(file, settings=settings))
    if len(items) != 1:
        raise SettingsError(f"{path} holds {len(items)} articles: `tacitus code` takes one "
                            "document; use `tacitus ingest` for feeds and collections")
    if isinstance(items[0], IngestError):
        raise items[0]
    return items[0]


def iter_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    """Each non-blank line's number, its object (``None`` if it is not one) and the problem."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield number, None, f"line {number}: not JSON ({error.msg})"
                continue
            if not isinstance(record, dict):
                yield number, None, f"line {number}: not a JSON object"
                continue
            yield number, record, ""


def code_jsonl(path: Path, coder: ArticleCoder, settings: Settings,
               default_date: date | None) -> None:
    """Print one JSON line a record, in input order: its coded article, or its error.

    Plain records are parsed together in batches of ``settings.batch_size`` (``nlp.pipe``);
    a record with a ``pair`` is coded on its own."""
    if not path.is_file():
        raise SettingsError(f"no such file or folder: {path}")
    # lines waiting for the batch in flight: a finished line, or an id and the article to code
    waiting: list[dict[str, Any] | tuple[object, Article]] = []
    for output in record_outputs(path, coder, settings, default_date):
        waiting.append(output)
        if len(waiting) >= settings.batch_size:
            print_lines(waiting, coder)
            waiting = []
    print_lines(waiting, coder)


def record_outputs(path: Path, coder: ArticleCoder, settings: Settings,
                   default_date: date | None) -> Iterator[dict[str, Any] | tuple[object, Article]]:
    """Each record's output line, or its id and article when it waits to be coded in a batch."""
    for number, record, problem in iter_jsonl(path):
        record_id = record.get("id", number) if record is not None else number
        if record is None:
            yield {"id": record_id, "error": problem}
            continue
        try:
            article = article_from_record(record, origin=f"{path}:{number}", settings=settings)
        except IngestError as error:
            yield {"id": record_id, "error": str(error)}
            continue
        if article.date is None and default_date is not None:
            article = replace(article, date=default_date)
        if "pair" not in record:
            yield record_id, article
            continue
        try:
            yield code_with_pair(record_id, record, article, coder)
        except PairSpanError as error:
            yield {"id": record_id, "error": f"line {number}: {error}"}


def print_lines(waiting: list[dict[str, Any] | tuple[object, Article]],
                coder: ArticleCoder) -> None:
    """Code the waiting articles in one batch and print every line in order."""
    articles = [item[1] for item in waiting if isinstance(item, tuple)]
    coded = iter(coder.code_many(articles))
    for item in waiting:
        output = {"id": item[0], **next(coded).to_dict()} if isinstance(item, tuple) else item
        typer.echo(json.dumps(output, ensure_ascii=False))


def code_with_pair(record_id: object, record: dict[str, Any], article: Article,
                   coder: ArticleCoder) -> dict[str, Any]:
    """The coded record plus ``pair_event``: the event between its marked source and target."""
    source, target = record_pair_spans(record, article.text)
    coded, event = coder.code_with_pair(article, source=source, target=target)
    return {"id": record_id, **coded.to_dict(),
            "pair_event": event.to_dict() if event is not None else None}
