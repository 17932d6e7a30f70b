"""Merge a batch's coded events with the stored events they report (rules in events.dedup).

Runs inside the batch transaction: stored candidates are looked up by the pair of countries or
groups, the compatible roots and the date window of each report (parameterised SQL), clusters
are formed in pure logic, and the result is a plan of rows to delete and insert, so that
``events`` is always merged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import duckdb

from tacitus.events.dedup import (
    Cluster,
    MergeRules,
    Report,
    dyad,
    merge_reports,
    roots_compatible_with,
)
from tacitus.model import CodedArticle
from tacitus.store.features import coded_reports, feature_row, fetch
from tacitus.store.rows import COLUMNS, Row

# event_mentions as written: the table's first columns plus the coder's own event id
MENTION_COLUMNS = (*COLUMNS["event_mentions"], "coded_event_id")


@dataclass(frozen=True, slots=True)
class MergePlan:
    """What a batch changes: merged events replaced (by id), events and mentions to insert, and
    the evidence features of its coded events."""

    replaced: tuple[str, ...]
    events: tuple[Row, ...]
    mentions: tuple[Row, ...]
    features: tuple[Row, ...] = ()


# the reports of every stored event that has a report a batch report could join: the same pair of
# countries or groups (either way round), a compatible root, a date within the window; or the same
# coder id. Narrower than the country alone, which over a day of news fetched nearly every stored
# event for every batch. Of each event only the reports merge_reports compares are read (its
# earliest and latest few by Report.key), with those of the batch's own ids and articles, which it
# needs to keep a report with its event and apart from its article's other events: so the rows
# read do not grow with how often a story was reported (docs/scaling.md)
_STORED_REPORTS = """
WITH wanted AS (SELECT unnest(?::VARCHAR[]) AS source_base, unnest(?::VARCHAR[]) AS target_base,
                       unnest(?::VARCHAR[]) AS root, unnest(?::DATE[]) AS day),
candidate AS (
    SELECT near.event_id
    FROM event_mentions AS near
    JOIN coded_events AS report ON report.id = coalesce(near.coded_event_id, near.event_id)
    JOIN wanted AS w
      ON substr(report.source_code, 1, 3) = w.source_base
     AND coalesce(substr(report.target_code, 1, 3), '') = w.target_base
     AND report.root_code = w.root
     AND report.date BETWEEN w.day - ?::INTEGER AND w.day + ?::INTEGER
    UNION SELECT unnest(?::VARCHAR[])),
ranked AS (
    SELECT m.event_id, m.article_id, m."start", m.trigger_start, c.id AS coded_id,
           c.source_code, c.target_code, c.root_code, c.date,
           row_number() OVER (PARTITION BY m.event_id ORDER BY c.date IS NULL, c.date,
               m.article_id, m."start", m.trigger_start, c.id) AS earliest,
           row_number() OVER (PARTITION BY m.event_id ORDER BY c.date IS NULL DESC,
               c.date DESC, m.article_id DESC, m."start" DESC, m.trigger_start DESC,
               c.id DESC) AS latest
    FROM event_mentions AS m JOIN coded_events AS c ON c.id = coalesce(m.coded_event_id, m.event_id)
    WHERE m.event_id IN (SELECT event_id FROM candidate))
SELECT r.event_id, r.article_id, r."start", r.trigger_start, r.coded_id, r.source_code,
       r.target_code, r.root_code, r.date, f.anchors, f.words
FROM ranked AS r JOIN report_features AS f ON f.coded_event_id = r.coded_id
WHERE r.earliest <= ? OR r.latest <= ?
   OR r.coded_id IN (SELECT unnest(?::VARCHAR[]))
   OR r.article_id IN (SELECT unnest(?::VARCHAR[]))
ORDER BY r.event_id, r.earliest
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
    """The stored events a batch's reports could join (``candidate_keys``), each with the reports
    ``merge_reports`` compares and those of the batch's own ids and articles; their features are
    read from the store, never rebuilt."""
    wanted = candidate_keys(reports)
    ids = sorted({report.coded_id for report in reports})
    articles = sorted({report.article_id for report in reports})
    window, bound = rules.window_days, rules.compared_reports
    rows = fetch(connection, _STORED_REPORTS, [*([key[part] for key in wanted]
                                                 for part in range(4)),
                                               window, window, ids, bound, bound, ids, articles])
    clusters: dict[str, Cluster] = {}
    for row in rows:
        report = Report(
            coded_id=row["coded_id"], article_id=row["article_id"], day=row["date"],
            start=row["start"], trigger_start=row["trigger_start"],
            source_code=row["source_code"], target_code=row["target_code"],
            root=row["root_code"], anchors=frozenset(row["anchors"]),
            words=frozenset(row["words"]))
        cluster = clusters.setdefault(row["event_id"], Cluster(stored_id=row["event_id"]))
        cluster.reports.append(report)
    return list(clusters.values())


def plan_merge(connection: duckdb.DuckDBPyConnection, coded: Sequence[CodedArticle],
               coded_rows: Sequence[Row], rules: MergeRules) -> MergePlan:
    """The merged events and mentions a batch adds; ``coded_rows`` are its events-shaped rows."""
    new = coded_reports(coded)
    if not new:
        return MergePlan((), (), ())
    reports = [report for report, _ in new]
    row_by_id = {str(row[0]): row for row in coded_rows}
    events_by_report = {(report.article_id, report.start, report.trigger_start,
                         report.coded_id): event for report, event in new}
    touched = sorted(merge_reports(stored_clusters(connection, reports, rules), reports, rules),
                     key=lambda item: item.event_id)
    replaced = [cluster.stored_id for cluster in touched
                if cluster.changed and cluster.stored_id is not None]
    restored = _stored_mentions(connection, replaced)
    events: list[Row] = []
    mentions: list[Row] = []
    for cluster in touched:
        event_id = cluster.event_id
        fresh = [report for report in cluster.reports if _key(report) in events_by_report]
        if cluster.changed:
            if cluster.stored_id is not None:
                mentions += _renamed(restored.get(cluster.stored_id, ()), cluster.stored_id,
                                     event_id)
            events.append((event_id, *row_by_id[event_id][1:]))
        for report in fresh:
            event = events_by_report[_key(report)]
            evidence = event.evidence
            mentions.append((event_id, evidence.article_id, evidence.sentence_index,
                             evidence.sentence, evidence.start, evidence.end, event.trigger,
                             event.trigger_start, event.trigger_end, event.id))
    return MergePlan(tuple(replaced), tuple(events), tuple(mentions),
                     tuple(feature_row(report) for report in reports))


def _key(report: Report) -> tuple[str, int, int, str]:
    return report.article_id, report.start, report.trigger_start, report.coded_id


def _stored_mentions(connection: duckdb.DuckDBPyConnection,
                     event_ids: Sequence[str]) -> dict[str, list[Row]]:
    """The stored mentions of these events, by event id, each event's in their stored order: one
    scan of event_mentions for the batch (the table has no index by event id alone, so a look-up
    per event scanned it once per replaced event)."""
    if not event_ids:
        return {}
    names = ", ".join(f'"{column}"' for column in MENTION_COLUMNS)
    rows = connection.execute(
        f"SELECT {names} FROM event_mentions WHERE event_id IN (SELECT unnest(?::VARCHAR[])) "
        "ORDER BY event_id, article_id, sentence_index, trigger_start", [list(event_ids)]
    ).fetchall()
    found: dict[str, list[Row]] = {}
    for row in rows:
        found.setdefault(str(row[0]), []).append(tuple(row[1:]))
    return found


def _renamed(rows: Sequence[Row], old_id: str, new_id: str) -> list[Row]:
    """Stored mentions moved to the event's new id."""
    # a mention stored before merging existed is its own coded event
    return [(new_id, *row[:-1], row[-1] if row[-1] is not None else old_id) for row in rows]
