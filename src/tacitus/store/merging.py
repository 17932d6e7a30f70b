"""Merge a batch's coded events with the stored events they report (rules in events.dedup).

Runs inside the batch transaction: stored candidates are looked up by the pair of countries or
groups, the compatible roots and the date window of each report (parameterised SQL), clusters
are formed in pure logic, and the result is a plan of rows to delete and insert, so that
``events`` is always merged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from tacitus.events.dedup import (
    Cluster,
    MergeRules,
    Report,
    dyad,
    evidence_features,
    merge_reports,
    name_words,
    roots_compatible_with,
)
from tacitus.model import CodedArticle, Event
from tacitus.store.rows import COLUMNS, Row

# event_mentions as written: the table's first columns plus the coder's own event id
MENTION_COLUMNS = (*COLUMNS["event_mentions"], "coded_event_id")


@dataclass(frozen=True, slots=True)
class MergePlan:
    """What a batch changes: merged events replaced (by id), events and mentions to insert."""

    replaced: tuple[str, ...]
    events: tuple[Row, ...]
    mentions: tuple[Row, ...]


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


def _report(*, coded_id: str, article_id: str, day: date | None, sentence: str, start: int,
            sentence_index: int, trigger_start: int, codes: tuple[str, str | None], root: str,
            names: Sequence[str | None], spans: Sequence[_Span]) -> Report:
    local = [(span.start - start, span.end - start) for span in spans
             if span.sentence_index == sentence_index]
    anchors, words = evidence_features(sentence, local, _dyad_words(spans, codes, names))
    return Report(coded_id=coded_id, article_id=article_id, day=day, start=start,
                  trigger_start=trigger_start, source_code=codes[0], target_code=codes[1],
                  root=root, anchors=anchors, words=words)


def _new_reports(coded: Sequence[CodedArticle]) -> list[tuple[Report, Event]]:
    found: list[tuple[Report, Event]] = []
    for item in coded:
        spans = [_Span(mention.sentence_index, mention.start, mention.end, mention.actor.code,
                       (mention.actor.name, mention.text)) for mention in item.mentions]
        for event in item.events:
            evidence = event.evidence
            report = _report(
                coded_id=event.id, article_id=evidence.article_id, day=event.date,
                sentence=evidence.sentence, start=evidence.start,
                sentence_index=evidence.sentence_index, trigger_start=event.trigger_start,
                codes=(event.source.code, event.target.code if event.target else None),
                root=event.cameo[:2], spans=spans,
                names=(event.source.name, event.target.name if event.target else None))
            found.append((report, event))
    return found


# the stored reports of every event that has a report a batch report could join: the same pair of
# countries or groups (either way round), a compatible root, a date within the window; or the
# same coder id. Narrower than the country alone, which over a day of news fetched nearly every
# stored event for every batch: memory and time grew with the store (docs/scaling.md)
_STORED_REPORTS = """
WITH wanted AS (SELECT unnest(?::VARCHAR[]) AS source_base, unnest(?::VARCHAR[]) AS target_base,
                       unnest(?::VARCHAR[]) AS root, unnest(?::DATE[]) AS day)
SELECT m.event_id, m.article_id, m.sentence_index, m.sentence, m."start", m.trigger_start,
       c.id AS coded_id, c.source_code, c.target_code, c.root_code, c.date, c.source_name,
       c.target_name
FROM event_mentions AS m JOIN coded_events AS c ON c.id = coalesce(m.coded_event_id, m.event_id)
WHERE m.event_id IN (
    SELECT near.event_id
    FROM event_mentions AS near
    JOIN coded_events AS report ON report.id = coalesce(near.coded_event_id, near.event_id)
    JOIN wanted AS w
      ON substr(report.source_code, 1, 3) = w.source_base
     AND coalesce(substr(report.target_code, 1, 3), '') = w.target_base
     AND report.root_code = w.root
     AND report.date BETWEEN w.day - ?::INTEGER AND w.day + ?::INTEGER
    UNION SELECT unnest(?::VARCHAR[]))
ORDER BY m.event_id, m.article_id, m.sentence_index, m.trigger_start
"""


def candidate_keys(reports: Sequence[Report]) -> list[tuple[str, str, str, date]]:
    """What a stored report must have for a batch report to join its event: (its source's
    country or group, its target's or "", its root, a day its date is within the window of),
    for each dated report, each compatible root and both ways round; an undated report joins
    only by coder id."""
    return sorted({(*pair, root, report.day)
                   for report in reports if report.day is not None
                   for pair in (dyad(report), dyad(report)[::-1])
                   for root in roots_compatible_with(report.root)})


def stored_clusters(connection: duckdb.DuckDBPyConnection, reports: Sequence[Report],
                    rules: MergeRules) -> list[Cluster]:
    """The stored events a batch's reports could join (``candidate_keys``), with all their
    reports."""
    wanted = candidate_keys(reports)
    ids = sorted({report.coded_id for report in reports})
    window = rules.window_days
    rows = _fetch(connection, _STORED_REPORTS, [*([key[part] for key in wanted]
                                                  for part in range(4)), window, window, ids])
    spans = _stored_spans(connection, sorted({str(row["article_id"]) for row in rows}))
    clusters: dict[str, Cluster] = {}
    for row in rows:
        report = _report(
            coded_id=row["coded_id"], article_id=row["article_id"], day=row["date"],
            sentence=row["sentence"], start=row["start"], sentence_index=row["sentence_index"],
            trigger_start=row["trigger_start"], codes=(row["source_code"], row["target_code"]),
            root=row["root_code"], names=(row["source_name"], row["target_name"]),
            spans=spans.get(row["article_id"], ()))
        cluster = clusters.setdefault(row["event_id"], Cluster(stored_id=row["event_id"]))
        cluster.reports.append(report)
    return list(clusters.values())


def _stored_spans(connection: duckdb.DuckDBPyConnection,
                  article_ids: Sequence[str]) -> dict[str, list[_Span]]:
    spans: dict[str, list[_Span]] = {}
    if not article_ids:
        return spans
    rows = _fetch(connection,
                  'SELECT article_id, sentence_index, "start", "end", actor_code, actor_name, text '
                  "FROM mentions WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                  [list(article_ids)])
    for row in rows:
        spans.setdefault(row["article_id"], []).append(_Span(
            row["sentence_index"], row["start"], row["end"], row["actor_code"],
            (row["actor_name"], row["text"])))
    return spans


def _fetch(connection: duckdb.DuckDBPyConnection, sql: str,
           params: Sequence[Any]) -> list[dict[str, Any]]:
    cursor = connection.execute(sql, list(params))
    names = [column[0] for column in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def plan_merge(connection: duckdb.DuckDBPyConnection, coded: Sequence[CodedArticle],
               coded_rows: Sequence[Row], rules: MergeRules) -> MergePlan:
    """The merged events and mentions a batch adds; ``coded_rows`` are its events-shaped rows."""
    new = _new_reports(coded)
    if not new:
        return MergePlan((), (), ())
    reports = [report for report, _ in new]
    row_by_id = {str(row[0]): row for row in coded_rows}
    events_by_report = {(report.article_id, report.start, report.trigger_start,
                         report.coded_id): event for report, event in new}
    touched = merge_reports(stored_clusters(connection, reports, rules), reports, rules)
    replaced: list[str] = []
    events: list[Row] = []
    mentions: list[Row] = []
    for cluster in sorted(touched, key=lambda item: item.event_id):
        event_id = cluster.event_id
        fresh = [report for report in cluster.reports if _key(report) in events_by_report]
        if cluster.changed:
            if cluster.stored_id is not None:
                replaced.append(cluster.stored_id)
                mentions += _restored_mentions(connection, cluster.stored_id, event_id)
            events.append((event_id, *row_by_id[event_id][1:]))
        for report in fresh:
            event = events_by_report[_key(report)]
            evidence = event.evidence
            mentions.append((event_id, evidence.article_id, evidence.sentence_index,
                             evidence.sentence, evidence.start, evidence.end, event.trigger,
                             event.trigger_start, event.trigger_end, event.id))
    return MergePlan(tuple(replaced), tuple(events), tuple(mentions))


def _key(report: Report) -> tuple[str, int, int, str]:
    return report.article_id, report.start, report.trigger_start, report.coded_id


def _restored_mentions(connection: duckdb.DuckDBPyConnection, old_id: str,
                       new_id: str) -> list[Row]:
    names = ", ".join(f'"{column}"' for column in MENTION_COLUMNS[1:])
    rows = connection.execute(
        f"SELECT {names} FROM event_mentions WHERE event_id = ? "
        "ORDER BY article_id, sentence_index, trigger_start", [old_id]).fetchall()
    # a mention stored before merging existed is its own coded event
    return [(new_id, *row[:-1], row[-1] if row[-1] is not None else old_id) for row in rows]
