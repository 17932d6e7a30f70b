"""The answers the CLI, the Python API and the dashboard give: one function a question, so the same
question always gets the same answer.

They read through ``Archive``, the reading half of ``tacitus.store.Store`` (any object with these
methods will do): analysis stays below the store and never imports it.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from tacitus.analysis.profile import build_profile
from tacitus.analysis.series import dyad_series, period_of, summarise
from tacitus.analysis.track_record import TrackRecord, actor_key, build_track_record, doer_of

Row = dict[str, Any]


class Archive(Protocol):
    """Where the answers read stored events and claims from."""

    def events(self, *, actor: str | None = None, since: date | None = None,
               until: date | None = None, limit: int | None = None,
               with_reports: bool = False) -> list[Row]: ...

    def dyad_events(self, first: str, second: str | None, *, since: date | None = None,
                    until: date | None = None) -> list[Row]: ...

    def claims(self, *, actor: str | None = None, kind: str | None = None,
               limit: int | None = None) -> list[Row]: ...


def relationship(archive: Archive, first: str, second: str | None, *, by: str,
                 with_events: bool = False) -> dict[str, Any]:
    """How ``first`` and ``second`` (or ``first`` and the world) relate, period by period;
    ``with_events`` adds the events behind each point (``events_by_period``)."""
    events = archive.dyad_events(first, second)
    points = [point.to_dict() for point in dyad_series(events, by)]
    answer = {"a": first, "b": second, "by": by, "series": points,
              "total": summarise(events, "total").to_dict()}
    if with_events:
        behind: dict[str, list[Row]] = {}
        for event in events:
            behind.setdefault(period_of(event["date"], by), []).append(
                {**event, "date": _iso(event["date"])})
        answer["events_by_period"] = [{"period": point["period"], "events": behind[point["period"]]}
                                      for point in points]
    return answer


def actor_profile(archive: Archive, code: str, *, with_timeline: bool = False) -> dict[str, Any]:
    """An actor's partners, adversaries, monthly trend, notable events and claims;
    ``with_timeline`` adds every dated event of the actor in short (``timeline``)."""
    events = archive.dyad_events(code, None)
    detailed = [row for row in archive.events(actor=code, with_reports=True)
                if row["date"] is not None]
    profile = build_profile(code, events, detailed, archive.claims(actor=code)).to_dict()
    if with_timeline:
        profile["timeline"] = [
            {"id": row["id"], "date": _iso(row["date"]), "goldstein": row["goldstein"],
             "cameo_name": row["cameo_name"], "source_code": row["source_code"],
             "target_code": row["target_code"]} for row in events]
    return profile


def track_record(archive: Archive, code: str) -> TrackRecord:
    """The claims made by or addressed to ``code``, with the later events of their doers."""
    claims = archive.claims(actor=code)
    doers = {actor_key(doer) for claim in claims if (doer := doer_of(claim)) is not None}
    dates = [date.fromisoformat(claim["date"]) for claim in claims if claim["date"]]
    since = min(dates) if dates else None
    events: dict[str, Row] = {}
    for doer in sorted(doers):
        for event in archive.events(actor=doer, since=since):
            events.setdefault(event["id"], event)
    return build_track_record(code, claims, list(events.values()))


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None
