"""The merge window: what the merge step needs of the stored events, held by the writing process.

A batch's reports can join only a stored event of the same pair, a compatible root and a date
within ``MergeRules.window_days`` (``events.dedup``). Over a day of news that is most of the day's
events, so a look-up in the store read them all again for every batch, and the writer's CPU and
memory per batch grew as the store filled (docs/scaling.md, round eight). The writer holds them
instead: for each day of the open window, every stored event with a report of that day, as its
compared reports (``dedup.compared_reports``: all of a small event, the earliest and latest few of
a large one) and the days of all its reports, indexed by the tokens ``merge_reports`` looks
reports up by (``dedup.indexed_tokens``). A batch gets only the events sharing a token with one of
its reports: those ``merge_reports`` could compare it with, in the same order, so the merges are
those of a look-up in the store. The store is read only for days the window does not hold (the
first batch of a run, a report of an older day), and the window changes only with a committed
batch. A batch's articles are new (the store skips stored ones), so no stored report has one of
its ids: the look-up by coder id of ``merge_reports`` never needs a stored event.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

import duckdb

from tacitus.events.dedup import (
    Cluster,
    MergeRules,
    Report,
    TokenKey,
    compared_reports,
    indexed_tokens,
    looked_up,
    same_event,
)
from tacitus.store.features import fetch

log = logging.getLogger(__name__)
K = TypeVar("K")
# the events holding a token: most tokens are of one event or a few, held as a tuple (a fifth of
# a set's memory); a token of more events gets a set, so that adding to it stays cheap
Members = tuple[str, ...] | set[str]
_TUPLE_MEMBERS = 8

# Days with stored events held at most, the least recently needed let go first (a day without
# any costs nothing and is not counted). A day of news is mostly of its own few days, but it also
# dates reports to hundreds of scattered days (an anniversary, the start of a war), each with few
# events: a year of days holds those without reading the store again, and an archive spanning
# years is read from the store a year at a time instead of held whole.
HELD_DAYS = 366

# every day a stored report is dated on: a day of none is held without reading the store
_STORED_DAY_LIST = "SELECT DISTINCT date FROM coded_events WHERE date IS NOT NULL"

# The stored events with a report of one of the days: of each, the reports merge_reports compares
# (its earliest and latest few by Report.key, the order of the window functions) with their
# features, and the days of all its reports.
_STORED_DAYS = """
WITH candidate AS (
    SELECT DISTINCT m.event_id
    FROM event_mentions AS m JOIN coded_events AS c ON c.id = coalesce(m.coded_event_id, m.event_id)
    WHERE c.date IN (SELECT unnest(?::DATE[]))),
ranked AS (
    SELECT m.event_id, m.article_id, m."start", m.trigger_start, c.id AS coded_id,
           c.source_code, c.target_code, c.root_code, c.date,
           row_number() OVER (PARTITION BY m.event_id ORDER BY c.date IS NULL, c.date,
               m.article_id, m."start", m.trigger_start, c.id) AS earliest,
           row_number() OVER (PARTITION BY m.event_id ORDER BY c.date IS NULL DESC,
               c.date DESC, m.article_id DESC, m."start" DESC, m.trigger_start DESC,
               c.id DESC) AS latest,
           list(c.date) FILTER (WHERE c.date IS NOT NULL) OVER (PARTITION BY m.event_id) AS days
    FROM event_mentions AS m JOIN coded_events AS c ON c.id = coalesce(m.coded_event_id, m.event_id)
    WHERE m.event_id IN (SELECT event_id FROM candidate))
SELECT r.event_id, r.article_id, r."start", r.trigger_start, r.coded_id, r.source_code,
       r.target_code, r.root_code, r.date, r.days, f.anchors, f.words
FROM ranked AS r JOIN report_features AS f ON f.coded_event_id = r.coded_id
WHERE r.earliest <= ? OR r.latest <= ?
ORDER BY r.event_id, r.earliest
"""


@dataclass(frozen=True, slots=True)
class HeldEvent:
    """A stored event as the window holds it: its compared reports by ``Report.key``, and the
    days of all its reports."""

    reports: tuple[Report, ...]
    days: frozenset[date]


def stored_events(connection: duckdb.DuckDBPyConnection, days: Sequence[date],
                  rules: MergeRules) -> dict[str, HeldEvent]:
    """The stored events with a report dated on one of ``days``, by id; features are read from
    the store, never rebuilt."""
    bound = rules.compared_reports
    rows = fetch(connection, _STORED_DAYS, [sorted(days), bound, bound])
    reports: dict[str, list[Report]] = {}
    spans: dict[str, frozenset[date]] = {}
    for row in rows:
        reports.setdefault(row["event_id"], []).append(Report(
            coded_id=row["coded_id"], article_id=row["article_id"], day=row["date"],
            start=row["start"], trigger_start=row["trigger_start"],
            source_code=row["source_code"], target_code=row["target_code"],
            root=row["root_code"], anchors=frozenset(row["anchors"]),
            words=frozenset(row["words"])))
        spans.setdefault(row["event_id"], frozenset(row["days"]))
    return {event_id: held(found, spans[event_id]) for event_id, found in reports.items()}


def held(reports: Iterable[Report], days: Iterable[date]) -> HeldEvent:
    """A held event, its reports ordered by key and sharing equal strings and feature sets (the
    reports of one event are often copies of one wire story)."""
    sets: dict[frozenset[str], frozenset[str]] = {}
    dates: dict[date | None, date | None] = {}
    compact = [replace(report, source_code=sys.intern(report.source_code),
                       target_code=None if report.target_code is None
                       else sys.intern(report.target_code),
                       root=sys.intern(report.root),
                       day=dates.setdefault(report.day, report.day),
                       anchors=sets.setdefault(report.anchors, report.anchors),
                       words=sets.setdefault(report.words, report.words))
               for report in reports]
    return HeldEvent(tuple(sorted(compact, key=lambda report: report.key)), frozenset(days))


def days_around(day: date, window_days: int) -> list[date]:
    """The days within ``window_days`` of ``day``, those the calendar has (a report dated at its
    very end, as a hostile page may be, has no days beyond it)."""
    first = max(date.min.toordinal(), day.toordinal() - window_days)
    last = min(date.max.toordinal(), day.toordinal() + window_days)
    return [date.fromordinal(ordinal) for ordinal in range(first, last + 1)]


@dataclass(slots=True)
class MergeWindow:
    """The stored events of the open window, indexed for the merge step (module docstring)."""

    rules: MergeRules
    held_days: int = HELD_DAYS
    events: dict[str, HeldEvent] = field(default_factory=dict)
    # every day of a held event -> the held events with a report of that day
    by_day: dict[date, set[str]] = field(default_factory=dict)
    # the days held, oldest need first
    open_days: dict[date, None] = field(default_factory=dict)
    # the days some stored report is dated on (None: not read yet)
    stored_days: set[date] | None = None
    # indexed_tokens' key -> token -> the held events with a compared report holding it
    postings: dict[TokenKey, dict[str, Members]] = field(default_factory=dict)

    def clusters(self, connection: duckdb.DuckDBPyConnection,
                 reports: Sequence[Report]) -> list[Cluster]:
        """The stored events a batch's reports could be compared with, by id, each a new
        cluster of its held reports."""
        # 1. hold every day within the window of a dated report, reading those not held yet
        needed = sorted({day for report in reports if report.day is not None
                         for day in days_around(report.day, self.rules.window_days)})
        if self.stored_days is None:
            self.stored_days = {row[0] for row in connection.execute(_STORED_DAY_LIST).fetchall()}
        missing = [day for day in needed
                   if day not in self.open_days and day in self.stored_days]
        if missing:
            self._read(connection, missing)
        for day in needed:
            self.open_days.pop(day, None)
            self.open_days[day] = None
        # 2. the held events a dated report scores above 0 with on a held report (an undated one
        # joins none): merge_reports adds a report only to a cluster one of whose reports it
        # scores above 0 with, and a stored cluster gets a batch report first through a held one
        found: set[str] = set()
        for report in reports:
            if report.day is None:
                continue
            found.update(event_id for event_id in looked_up(self.postings, report) - found
                         if any(same_event(member, report, self.rules) > 0
                                for member in self.events[event_id].reports))
        return [Cluster(reports=list(self.events[event_id].reports), stored_id=event_id)
                for event_id in sorted(found)]

    def commit(self, touched: Sequence[Cluster]) -> None:
        """Take in the clusters a committed batch wrote (``merge_reports``' result), then let
        the least recently needed days go beyond ``held_days`` days with events."""
        for cluster in touched:
            days: set[date] = {report.day for report in cluster.reports if report.day is not None}
            if self.stored_days is not None:
                self.stored_days |= days
            if cluster.stored_id is not None and cluster.stored_id in self.events:
                days |= self._drop(cluster.stored_id).days
            if any(day in self.open_days for day in days):
                self._hold(cluster.event_id,
                           held(compared_reports(cluster, self.rules), days))
        full = sum(day in self.by_day for day in self.open_days)
        for day in list(self.open_days):
            if full <= self.held_days:
                break
            full -= day in self.by_day
            self._close(day)

    def _read(self, connection: duckdb.DuckDBPyConnection, days: Sequence[date]) -> None:
        stored = stored_events(connection, days, self.rules)
        for day in days:
            self.open_days[day] = None
        for event_id, event in stored.items():
            if event_id not in self.events:
                self._hold(event_id, event)
        log.debug("merge window: read %d stored events of %d days", len(stored), len(days))

    def _hold(self, event_id: str, event: HeldEvent) -> None:
        self.events[event_id] = event
        for day in event.days:
            self.by_day.setdefault(day, set()).add(event_id)
        for report in event.reports:
            keys, tokens = indexed_tokens(report)
            for key in keys:
                group = self.postings.setdefault(key, {})
                for token in tokens:
                    _post(group, token, event_id)

    def _drop(self, event_id: str) -> HeldEvent:
        event = self.events.pop(event_id)
        for day in event.days:
            _discard(self.by_day, day, event_id)
        for report in event.reports:
            keys, tokens = indexed_tokens(report)
            for key in keys:
                group = self.postings.get(key, {})
                for token in tokens:
                    _unpost(group, token, event_id)
                if not group:
                    self.postings.pop(key, None)
        return event

    def _close(self, day: date) -> None:
        del self.open_days[day]
        for event_id in list(self.by_day.get(day, ())):
            if not any(other in self.open_days for other in self.events[event_id].days):
                self._drop(event_id)


def _discard(index: dict[K, set[str]], key: K, event_id: str) -> None:
    members = index.get(key)
    if members is not None:
        members.discard(event_id)
        if not members:
            del index[key]


def _post(group: dict[str, Members], token: str, event_id: str) -> None:
    members = group.get(token, ())
    if isinstance(members, set):
        members.add(event_id)
    elif event_id not in members:
        group[token] = ((*members, event_id) if len(members) < _TUPLE_MEMBERS
                        else {*members, event_id})


def _unpost(group: dict[str, Members], token: str, event_id: str) -> None:
    members = group.get(token, ())
    if isinstance(members, set):
        members.discard(event_id)
        left = len(members)
    else:
        group[token] = tuple(member for member in members if member != event_id)
        left = len(group[token])
    if not left:
        group.pop(token, None)
