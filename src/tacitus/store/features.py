"""Each report's evidence features (the anchors and words ``events.dedup`` compares), built once.

A coded event's features are computed when it is written and kept in ``report_features``, so that
merging a later batch reads them instead of rebuilding them from the stored sentence and the
article's actor spans. Rebuilding from the stored rows is left for one thing: a store written
before the table existed (``backfill_features``, run by the schema migration).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from tacitus.events.dedup import Report, evidence_features, name_words
from tacitus.model import CodedArticle, Event
from tacitus.store.rows import Row

FEATURE_COLUMNS = ("coded_event_id", "anchors", "words")
# how many coded events one migration step rebuilds: bounds the rows held at once
_BACKFILL_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class _Span:
    sentence_index: int
    start: int
    end: int
    code: str
    words: tuple[str, ...]


def _dyad_words(spans: Iterable[_Span], codes: Sequence[str | None],
                names: Sequence[str | None]) -> frozenset[str]:
    bases = {code[:3] for code in codes if code}
    related = [word for span in spans if span.code[:3] in bases for word in span.words]
    return name_words([*names, *related])


def build_report(*, coded_id: str, article_id: str, day: date | None, sentence: str, start: int,
                 sentence_index: int, trigger_start: int, codes: tuple[str, str | None],
                 root: str, names: Sequence[str | None], spans: Sequence[_Span]) -> Report:
    """A report with its features computed from its evidence sentence and its article's spans."""
    local = [(span.start - start, span.end - start) for span in spans
             if span.sentence_index == sentence_index]
    anchors, words = evidence_features(sentence, local, _dyad_words(spans, codes, names))
    return Report(coded_id=coded_id, article_id=article_id, day=day, start=start,
                  trigger_start=trigger_start, source_code=codes[0], target_code=codes[1],
                  root=root, anchors=anchors, words=words)


def coded_reports(coded: Sequence[CodedArticle]) -> list[tuple[Report, Event]]:
    """Every coded event of a batch as a report, with its features."""
    found: list[tuple[Report, Event]] = []
    for item in coded:
        spans = [_Span(mention.sentence_index, mention.start, mention.end, mention.actor.code,
                       (mention.actor.name, mention.text)) for mention in item.mentions]
        for event in item.events:
            evidence = event.evidence
            report = build_report(
                coded_id=event.id, article_id=evidence.article_id, day=event.date,
                sentence=evidence.sentence, start=evidence.start,
                sentence_index=evidence.sentence_index, trigger_start=event.trigger_start,
                codes=(event.source.code, event.target.code if event.target else None),
                root=event.cameo[:2], spans=spans,
                names=(event.source.name, event.target.name if event.target else None))
            found.append((report, event))
    return found


def feature_row(report: Report) -> Row:
    """A ``report_features`` row; sorted, so a store's content does not depend on set order."""
    return report.coded_id, sorted(report.anchors), sorted(report.words)


def fetch(connection: duckdb.DuckDBPyConnection, sql: str,
          params: Sequence[Any]) -> list[dict[str, Any]]:
    """The rows of a parameterised query as dicts by column name."""
    cursor = connection.execute(sql, list(params))
    names = [column[0] for column in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# coded events stored without features, each with its evidence as event_mentions holds it
_WITHOUT_FEATURES = """
SELECT DISTINCT ON (c.id) c.id AS coded_id, m.article_id, m.sentence_index, m.sentence,
       m."start", m.trigger_start, c.source_code, c.target_code, c.root_code, c.date,
       c.source_name, c.target_name
FROM coded_events AS c JOIN event_mentions AS m ON c.id = coalesce(m.coded_event_id, m.event_id)
WHERE NOT EXISTS (SELECT 1 FROM report_features AS f WHERE f.coded_event_id = c.id)
ORDER BY c.id
LIMIT ?
"""
_INSERT_FEATURES = """
INSERT INTO report_features (coded_event_id, anchors, words)
SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[][]), unnest(?::VARCHAR[][])
ON CONFLICT DO NOTHING
"""


def insert_features(connection: duckdb.DuckDBPyConnection, rows: Sequence[Row]) -> None:
    """Store features rows (a coded event's features are written once)."""
    if rows:
        connection.execute(_INSERT_FEATURES, [list(column) for column in zip(*rows, strict=True)])


def backfill_features(connection: duckdb.DuckDBPyConnection) -> int:
    """Compute and store the features of every coded event that has none; returns how many."""
    done = 0
    while rows := fetch(connection, _WITHOUT_FEATURES, [_BACKFILL_CHUNK]):
        spans = _stored_spans(connection, sorted({str(row["article_id"]) for row in rows}))
        reports = [build_report(
            coded_id=row["coded_id"], article_id=row["article_id"], day=row["date"],
            sentence=row["sentence"], start=row["start"], sentence_index=row["sentence_index"],
            trigger_start=row["trigger_start"], codes=(row["source_code"], row["target_code"]),
            root=row["root_code"], names=(row["source_name"], row["target_name"]),
            spans=spans.get(row["article_id"], ())) for row in rows]
        insert_features(connection, [feature_row(report) for report in reports])
        done += len(reports)
    return done


def _stored_spans(connection: duckdb.DuckDBPyConnection,
                  article_ids: Sequence[str]) -> dict[str, list[_Span]]:
    spans: dict[str, list[_Span]] = {}
    rows = fetch(connection,
                 'SELECT article_id, sentence_index, "start", "end", actor_code, actor_name, text '
                 "FROM mentions WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                 [list(article_ids)])
    for row in rows:
        spans.setdefault(row["article_id"], []).append(_Span(
            row["sentence_index"], row["start"], row["end"], row["actor_code"],
            (row["actor_name"], row["text"])))
    return spans
