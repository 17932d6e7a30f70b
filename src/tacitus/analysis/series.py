"""Dyad series: how a relationship moves, counted in events (not reports) per day, week or month.

For each period: the number of events, their counts by quad class (1 verbal cooperation, 2 material
cooperation, 3 verbal conflict, 4 material conflict), the Goldstein sum and mean, the number of
reports, and the cooperation–conflict index

    cc_index = (events in quads 1–2 − events in quads 3–4) / events,

which runs from −1 (only conflict) to +1 (only cooperation); 0 is an even mix. Each merged event
counts once however many outlets reported it. A period with fewer than ``SPARSE`` events is marked
``sparse``: its index swings to ±1 on a single event and is no trend.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from tacitus.errors import SettingsError

PERIODS = ("day", "week", "month")
SPARSE = 3


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """One period of a dyad series."""

    period: str
    events: int
    quad_counts: tuple[int, int, int, int]
    goldstein_sum: float
    mentions: int

    @property
    def goldstein_mean(self) -> float:
        return self.goldstein_sum / self.events if self.events else 0.0

    @property
    def cc_index(self) -> float:
        return cc_index(self.quad_counts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "start": _start(self.period),
            "events": self.events,
            "sparse": self.events < SPARSE,
            "verbal_cooperation": self.quad_counts[0],
            "material_cooperation": self.quad_counts[1],
            "verbal_conflict": self.quad_counts[2],
            "material_conflict": self.quad_counts[3],
            "goldstein_sum": round(self.goldstein_sum, 3),
            "goldstein_mean": round(self.goldstein_mean, 3),
            "cc_index": round(self.cc_index, 3),
            "mentions": self.mentions,
        }


def cc_index(quad_counts: Sequence[int]) -> float:
    """(cooperative − conflictual) / all events, in [−1, 1]; 0 when there are none."""
    total = sum(quad_counts)
    if not total:
        return 0.0
    return (quad_counts[0] + quad_counts[1] - quad_counts[2] - quad_counts[3]) / total


def period_of(day: date, by: str) -> str:
    """The period a date falls in: ``2021-09-23``, ISO week ``2021-W38`` or ``2021-09``."""
    if by == "day":
        return day.isoformat()
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{day.year}-{day.month:02d}"
    raise SettingsError(f"--by must be one of {', '.join(PERIODS)}, got {by!r}")


def period_start(period: str) -> date:
    """The first day of a period written by ``period_of``."""
    if "-W" in period:
        year, week = period.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    if period.count("-") == 1:
        year, month = period.split("-")
        return date(int(year), int(month), 1)
    return date.fromisoformat(period)


def _start(period: str) -> str | None:
    # a summary over every period ("total") starts nowhere
    try:
        return period_start(period).isoformat()
    except ValueError:
        return None


def summarise(events: Iterable[Mapping[str, Any]], period: str) -> SeriesPoint:
    """One point over ``events`` (mappings with quad_class, goldstein and num_mentions)."""
    quads = [0, 0, 0, 0]
    goldstein = 0.0
    mentions = 0
    count = 0
    for event in events:
        quads[int(event["quad_class"]) - 1] += 1
        goldstein += float(event["goldstein"])
        mentions += int(event.get("num_mentions", 1))
        count += 1
    return SeriesPoint(period, count, (quads[0], quads[1], quads[2], quads[3]), goldstein,
                       mentions)


def dyad_series(events: Iterable[Mapping[str, Any]], by: str) -> list[SeriesPoint]:
    """Points for every period that has events, oldest first; events need a ``date``."""
    buckets: dict[str, list[Mapping[str, Any]]] = {}
    for event in events:
        day = event["date"]
        buckets.setdefault(period_of(day, by), []).append(event)
    return [summarise(buckets[period], period) for period in sorted(buckets)]
