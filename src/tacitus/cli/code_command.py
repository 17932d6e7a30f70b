"""The ``code`` command: code one document, or every record of a JSONL file, and print JSON."""

from __future__ import annotations

import json
import logging
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from enum import StrEnum
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tacitus.cli.options import ActorsOption, LexiconOption, fail, parse_date
from tacitus.cli.output import print_json
from tacitus.errors import (
    DecodeError,
    IngestError,
    InputTooLargeError,
    PairSpanError,
    SettingsError,
    TacitusError,
)
from tacitus.ingest import article_from_bytes, article_from_record, read_file
from tacitus.ingest.decoding import decode_bytes
from tacitus.ingest.jsontext import parse_json
from tacitus.ingest.language import load_identifier
from tacitus.ingest.pair_spans import record_pair_spans
from tacitus.ingest.sources import read_page
from tacitus.ingest.urls import is_http_url
from tacitus.model import Article, IngestOutcome
from tacitus.runners.grouping import groups_of
from tacitus.runners.workers import Coded, default_workers
from tacitus.settings import Settings

if TYPE_CHECKING:
    # the coder (and spaCy) loads when the command runs, not when the CLI starts
    from tacitus.pipeline import ArticleCoder


log = logging.getLogger(__name__)

# a line waiting for the batch in flight: a finished output line, or the record's id, line
# number and article to code
WaitingLine = dict[str, Any] | tuple[object, int, Article]


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
    workers: Annotated[
        int | None, typer.Option(help="Processes that code the records of --jsonl (default: "
                                 "the number of cores; 1 codes in this process). The lines "
                                 "come out in input order whatever the number.")
    ] = None,
) -> None:
    """Code one document (or each line of a JSONL file) and print JSON; no database."""
    from tacitus.pipeline import make_article_coder

    # the language identifier loads beside the model, not after it
    identifier = threading.Thread(target=load_identifier, daemon=True)
    identifier.start()
    try:
        settings = Settings(lexicon_path=lexicon, actor_layers=tuple(actors or ()),
                            allow_private_addresses=allow_private_addresses)
        article_date = parse_date(on_date, "--date")
        if (path is None) == (jsonl is None):
            raise SettingsError("give either one PATH (or -) or --jsonl FILE")
        if workers is not None and workers < 1:
            raise SettingsError(f"--workers must be at least 1, got {workers}")
        # 1. every argument is checked, and the document read, before the model loads
        if jsonl is not None and not jsonl.is_file():
            raise SettingsError(f"no such file or folder: {jsonl}")
        article = read_document(path, settings) if path is not None else None
        # 2. code
        coder = make_article_coder(settings)
        if jsonl is not None:
            # no process is forked while the identifier's thread may still hold a lock
            identifier.join()
            code_jsonl(jsonl, coder, settings, article_date,
                       workers=workers or default_workers())
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
        # read no more than the cap files have, plus one byte to tell that it is over
        data = sys.stdin.buffer.read(settings.max_bytes + 1)
        if len(data) > settings.max_bytes:
            raise InputTooLargeError("<stdin>", f"over the cap of {settings.max_bytes} bytes")
        return article_from_bytes(data, origin="<stdin>", settings=settings)
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
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                # a line that is not UTF-8 is decoded as `ingest` decodes a file
                line = decode_bytes(raw, origin=f"{path}:{number}")
                record = parse_json(line)
            except DecodeError as error:
                yield number, None, f"line {number}: {error.message}"
                continue
            except ValueError as error:
                yield number, None, f"line {number}: not JSON ({error})"
                continue
            if not isinstance(record, dict):
                yield number, None, f"line {number}: not a JSON object"
                continue
            yield number, record, ""


def code_jsonl(path: Path, coder: ArticleCoder, settings: Settings,
               default_date: date | None, *, workers: int = 1) -> None:
    """Print one JSON line a record, in input order: its coded article, or its error.

    Plain records are parsed together in batches of ``settings.batch_size`` (``nlp.pipe``);
    a record with a ``pair`` is coded on its own. With ``workers`` above 1 and more than one
    batch, the batches are coded by that many forked processes (as ``ingest`` codes them) and
    printed here in input order: the same lines as one process prints."""
    if not path.is_file():
        raise SettingsError(f"no such file or folder: {path}")
    groups = groups_of(record_outputs(path, coder, settings, default_date),
                            settings.batch_size)
    for lines in coded_groups(groups, coder, path, workers=workers):
        for output in lines:
            typer.echo(json.dumps(output, ensure_ascii=False))


def record_outputs(path: Path, coder: ArticleCoder, settings: Settings,
                   default_date: date | None) -> Iterator[WaitingLine]:
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
            yield record_id, number, article
            continue
        try:
            yield code_with_pair(record_id, record, article, coder)
        except PairSpanError as error:
            yield {"id": record_id, "error": f"line {number}: {error}"}
        except Exception as error:  # one record's failure must not lose the rest of the file
            yield failed_line(path, number, record_id, error)


def coded_groups(groups: Iterator[list[WaitingLine]], coder: ArticleCoder, path: Path, *,
                 workers: int) -> Iterator[list[dict[str, Any]]]:
    """Each group's output lines, coded in this process or, when there is more than one group
    and ``workers`` above 1, on a pool of forked workers."""
    from tacitus.runners.local import code_batch
    from tacitus.runners.workers import CodingPool, can_fork

    first = next(groups, None)
    if first is None:
        return
    second = next(groups, None)
    every = chain([first], [second] if second is not None else [], groups)
    if second is None or workers < 2 or not can_fork():
        for waiting in every:
            yield output_lines(waiting, code_batch(coder, articles_of(waiting),
                                                   on_failure=log_failed_record), path)
        return
    pool = CodingPool[list[WaitingLine]](coder, code_batch, workers=workers,
                                         on_failure=log_failed_record)
    try:
        for waiting, coded in pool.code_in_order(every, articles_of):
            yield output_lines(waiting, coded, path)
    except BaseException:
        pool.terminate()
        raise
    pool.close()


def articles_of(waiting: list[WaitingLine]) -> list[Article]:
    """The articles of a group that wait to be coded."""
    return [item[2] for item in waiting if isinstance(item, tuple)]


def output_lines(waiting: list[WaitingLine], coded: Coded, path: Path) -> list[dict[str, Any]]:
    """Every line of a group in order: the finished ones as they are, each waiting article as
    its coded record or, if its coding failed, its error line."""
    done, failures = coded
    reasons = {failure.origin: failure.reason for failure in failures}
    articles = iter(done)
    lines: list[dict[str, Any]] = []
    for item in waiting:
        if not isinstance(item, tuple):
            lines.append(item)
            continue
        record_id, number, article = item
        if article.origin in reasons:
            lines.append({"id": record_id, "error": f"line {number}: {reasons[article.origin]}"})
        else:
            lines.append({"id": record_id, **next(articles).to_dict()})
    return lines


def log_failed_record(outcome: IngestOutcome, trace: str) -> None:
    """A record whose coding failed: a warning, and its traceback at debug."""
    log.warning("%s: %s", outcome.origin, outcome.reason)
    log.debug("%s failed with:\n%s", outcome.origin, trace)


def failed_line(path: Path, number: int, record_id: object, error: Exception) -> dict[str, Any]:
    """The error line of a record whose coding raised, logged with its traceback at debug."""
    log.warning("%s:%d: %s: %s", path, number, type(error).__name__, error)
    log.debug("%s:%d failed with:", path, number, exc_info=error)
    return {"id": record_id, "error": f"line {number}: coding-error: "
                                      f"{type(error).__name__}: {error}"}


def code_with_pair(record_id: object, record: dict[str, Any], article: Article,
                   coder: ArticleCoder) -> dict[str, Any]:
    """The coded record plus ``pair_event``: the event between its marked source and target."""
    source, target = record_pair_spans(record, article.text)
    coded, event = coder.code_with_pair(article, source=source, target=target)
    return {"id": record_id, **coded.to_dict(),
            "pair_event": event.to_dict() if event is not None else None}
