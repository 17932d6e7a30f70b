"""Coded articles as table rows: one tuple per row, columns named by ``COLUMNS``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from tacitus.errors import StoreError
from tacitus.model import INGEST_STATUSES, Actor, CodedArticle, IngestOutcome

Row = tuple[Any, ...]

_ACTOR_FIELDS = ("code", "name", "kind", "country", "roles")


def _actor_columns(prefix: str) -> tuple[str, ...]:
    return tuple(f"{prefix}_{field}" for field in _ACTOR_FIELDS)


COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "content_hash", "url", "title", "date", "source", "author", "language",
                 "origin", "text", "ingested_at"),
    "actors": _ACTOR_FIELDS,
    "mentions": ("article_id", "sentence_index", "token_start", "token_end", "start", "end",
                 "text", "actor_code", "actor_name", "how"),
    "events": ("id", *_actor_columns("source"), *_actor_columns("target"), "cameo", "cameo_name",
               "root_code", "plover", "plover_mode", "goldstein", "quad_class", "date",
               "confidence", "negated", "trigger", "article_id"),
    "event_mentions": ("event_id", "article_id", "sentence_index", "sentence", "start", "end",
                       "trigger", "trigger_start", "trigger_end"),
    "event_places": ("event_id", "name", "country", "lat", "lon", "feature"),
    "quotes": ("id", *_actor_columns("speaker"), "speaker_text", "cue", "text", "direct", "start",
               "end", "sentence_index", "article_id", "date"),
    "claims": ("id", "kind", *_actor_columns("actor"), *_actor_columns("addressee"), "text",
               "topic", "start", "end", "article_id", "sentence_index", "sentence",
               "evidence_start", "evidence_end", "date", "confidence"),
    "ingest_log": ("run_id", "seq", "at", "origin", "status", "reason", "message", "article_id",
                   "title"),
}
# Tables written for each coded article, in the order they are inserted.
ARTICLE_TABLES = ("articles", "actors", "mentions", "events", "event_mentions", "event_places",
                  "quotes", "claims")
# Keys that make a row unique, so one batch never inserts the same row twice.
_KEYS: dict[str, tuple[int, ...]] = {
    "articles": (0,), "actors": (0, 1), "events": (0,), "quotes": (0,), "claims": (0,),
    "event_mentions": (0, 1, 2, 7), "event_places": (0,),
}
# "fetch-failed: connection refused" → reason "fetch-failed", message "connection refused"
_REASON = re.compile(r"([a-z][a-z0-9-]*): (.*)", re.DOTALL)


def _actor(actor: Actor | None) -> Row:
    if actor is None:
        return (None, None, None, None, None)
    return (actor.code, actor.name, actor.kind, actor.country, list(actor.roles))


def _root_code(cameo: str) -> str:
    return cameo[:2]


def article_rows(coded: Sequence[CodedArticle], *, ingested_at: datetime) -> dict[str, list[Row]]:
    """Rows for every table the articles fill; a repeated article or row counts once."""
    tables: dict[str, list[Row]] = {table: [] for table in ARTICLE_TABLES}
    seen: set[str] = set()
    for item in coded:
        if item.article.id not in seen and item.article.content_hash not in seen:
            seen.update((item.article.id, item.article.content_hash))
            _add_article(tables, item, ingested_at)
    return {table: _unique(table, rows) for table, rows in tables.items()}


def _add_article(tables: dict[str, list[Row]], coded: CodedArticle, ingested_at: datetime) -> None:
    article = coded.article
    tables["articles"].append((
        article.id, article.content_hash, article.url, article.title, article.date,
        article.source, article.author, article.language, article.origin, article.text,
        ingested_at,
    ))
    for mention in coded.mentions:
        tables["actors"].append(_actor(mention.actor))
        tables["mentions"].append((
            article.id, mention.sentence_index, mention.token_start, mention.token_end,
            mention.start, mention.end, mention.text, mention.actor.code, mention.actor.name,
            mention.how,
        ))
    for event in coded.events:
        evidence = event.evidence
        tables["events"].append((
            event.id, *_actor(event.source), *_actor(event.target), event.cameo,
            event.cameo_name, _root_code(event.cameo), event.plover, event.plover_mode,
            event.goldstein, event.quad_class, event.date, event.confidence, event.negated,
            event.trigger, evidence.article_id,
        ))
        tables["event_mentions"].append((
            event.id, evidence.article_id, evidence.sentence_index, evidence.sentence,
            evidence.start, evidence.end, event.trigger, event.trigger_start, event.trigger_end,
        ))
        if event.location is not None:
            place = event.location
            tables["event_places"].append((event.id, place.name, place.country, place.lat,
                                           place.lon, place.feature))
    for quote in coded.quotes:
        tables["quotes"].append((
            quote.id, *_actor(quote.speaker), quote.speaker_text, quote.cue, quote.text,
            quote.direct, quote.start, quote.end, quote.sentence_index, quote.article_id,
            quote.date,
        ))
    for claim in coded.claims:
        evidence = claim.evidence
        tables["claims"].append((
            claim.id, claim.kind, *_actor(claim.actor), *_actor(claim.addressee), claim.text,
            claim.topic, claim.start, claim.end, evidence.article_id, evidence.sentence_index,
            evidence.sentence, evidence.start, evidence.end, claim.date, claim.confidence,
        ))
    # every actor an event, quote or claim names is in the catalogue, mentioned or not
    for event in coded.events:
        tables["actors"].extend(_actor(actor) for actor in (event.source, event.target) if actor)
    tables["actors"].extend(_actor(quote.speaker) for quote in coded.quotes if quote.speaker)
    for claim in coded.claims:
        tables["actors"].extend(_actor(actor) for actor in (claim.actor, claim.addressee) if actor)


def _unique(table: str, rows: Iterable[Row]) -> list[Row]:
    key_columns = _KEYS.get(table)
    if key_columns is None:
        return list(rows)
    seen: set[tuple[Any, ...]] = set()
    unique: list[Row] = []
    for row in rows:
        key = tuple(row[index] for index in key_columns)
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique


def outcome_rows(
    outcomes: Sequence[IngestOutcome], *, run_id: str, first_seq: int, at: datetime
) -> list[Row]:
    """Ingest-log rows for a run's outcomes, numbered from ``first_seq``."""
    rows: list[Row] = []
    for seq, outcome in enumerate(outcomes, start=first_seq):
        if outcome.status not in INGEST_STATUSES:
            raise StoreError(
                f"unknown ingest status {outcome.status!r} for {outcome.origin}: "
                f"expected one of {', '.join(INGEST_STATUSES)}"
            )
        reason, message = split_reason(outcome.reason)
        rows.append((run_id, seq, at, outcome.origin, outcome.status, reason, message,
                     outcome.article_id, outcome.title))
    return rows


def split_reason(reason: str) -> tuple[str, str]:
    """Split ``"code: message"`` into its machine-readable code and its message."""
    match = _REASON.fullmatch(reason)
    if match is None:
        return reason, ""
    return match.group(1), match.group(2)
