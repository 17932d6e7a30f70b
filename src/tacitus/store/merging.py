"""Merge a batch's coded events with the stored events they report (rules in events.dedup).

Runs inside the batch transaction: the stored events a report could join come from the writer's
merge window (``store.window``), clusters are formed in pure logic, and the result is a plan of
rows to delete and insert, so that ``events`` is always merged; the window takes in the plan's
clusters once the batch is committed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from tacitus.events.dedup import Cluster, Report, merge_reports
from tacitus.model import CodedArticle
from tacitus.store.features import coded_reports, feature_row
from tacitus.store.rows import COLUMNS, Row
from tacitus.store.window import MergeWindow

# event_mentions as written: the table's first columns plus the coder's own event id
MENTION_COLUMNS = (*COLUMNS["event_mentions"], "coded_event_id")


@dataclass(frozen=True, slots=True)
class MergePlan:
    """What a batch changes: merged events replaced (by id), events and mentions to insert, the
    evidence features of its coded events, and the clusters it touched (for the merge window)."""

    replaced: tuple[str, ...]
    events: tuple[Row, ...]
    mentions: tuple[Row, ...]
    features: tuple[Row, ...] = ()
    touched: tuple[Cluster, ...] = ()


def plan_merge(connection: duckdb.DuckDBPyConnection, window: MergeWindow,
               coded: Sequence[CodedArticle], coded_rows: Sequence[Row]) -> MergePlan:
    """The merged events and mentions a batch of new articles adds, by the rules of the writer's
    merge ``window`` of the store; ``coded_rows`` are its events-shaped rows."""
    new = coded_reports(coded)
    if not new:
        return MergePlan((), (), ())
    reports = [report for report, _ in new]
    row_by_id = {str(row[0]): row for row in coded_rows}
    events_by_report = {(report.article_id, report.start, report.trigger_start,
                         report.coded_id): event for report, event in new}
    touched = sorted(merge_reports(window.clusters(connection, reports), reports, window.rules),
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
                     tuple(feature_row(report) for report in reports), tuple(touched))


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
