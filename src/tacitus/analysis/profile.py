"""Actor profile: who an actor works with and against, how that moves, and what it said.

Partners are the counterparts of its cooperative events (quads 1–2), adversaries of its
conflictual ones (quads 3–4), both ranked by event count then Goldstein weight. The trend is the
monthly dyad series of the actor against the world, and its direction compares the last month's
cooperation–conflict index with the mean of the months before (a change under ``STEADY`` is
"steady"). Notable events are the most reported, then the most confidently coded: an extreme
Goldstein score is more often a coding error than a notable event.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tacitus.analysis.series import SeriesPoint, dyad_series

STEADY = 0.1
TOP = 5


@dataclass(frozen=True, slots=True)
class Counterpart:
    """An actor on the other side of some of the profiled actor's events."""

    code: str
    name: str
    events: int
    cooperative: int
    conflictual: int
    goldstein_sum: float

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "events": self.events,
                "cooperative": self.cooperative, "conflictual": self.conflictual,
                "goldstein_sum": round(self.goldstein_sum, 3)}


@dataclass(frozen=True, slots=True)
class Profile:
    """What the record says about one actor."""

    code: str
    events: int
    partners: tuple[Counterpart, ...]
    adversaries: tuple[Counterpart, ...]
    trend: tuple[SeriesPoint, ...]
    direction: str
    notable: tuple[Mapping[str, Any], ...]
    claims: tuple[Mapping[str, Any], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "events": self.events,
            "partners": [item.to_dict() for item in self.partners],
            "adversaries": [item.to_dict() for item in self.adversaries],
            "trend": [point.to_dict() for point in self.trend],
            "direction": self.direction,
            "notable_events": [dict(item) for item in self.notable],
            "claims": [dict(item) for item in self.claims],
        }


def _counterpart(code: str, event: Mapping[str, Any]) -> tuple[str, str] | None:
    if str(event["source_code"]).startswith(code):
        other = event["target_code"], event["target_name"]
    else:
        other = event["source_code"], event["source_name"]
    return None if other[0] is None else (str(other[0]), str(other[1]))


def counterparts(code: str, events: Sequence[Mapping[str, Any]]) -> list[Counterpart]:
    """Every counterpart of ``code`` in ``events`` (dicts with codes, names, quad, goldstein)."""
    tally: dict[str, list[Any]] = {}
    for event in events:
        other = _counterpart(code, event)
        # USAGOV meeting USAMIL is the United States with itself, no counterpart of USA
        if other is None or other[0].startswith(code):
            continue
        entry = tally.setdefault(other[0], [other[1], 0, 0, 0, 0.0])
        entry[1] += 1
        entry[2] += int(event["quad_class"]) <= 2
        entry[3] += int(event["quad_class"]) >= 3
        entry[4] += float(event["goldstein"])
    return [Counterpart(other, *values) for other, values in sorted(tally.items())]


def direction(trend: Sequence[SeriesPoint]) -> str:
    """``improving``, ``worsening``, ``steady``, or ``too little data`` (under two periods)."""
    if len(trend) < 2:
        return "too little data"
    earlier = sum(point.cc_index for point in trend[:-1]) / (len(trend) - 1)
    change = trend[-1].cc_index - earlier
    if abs(change) < STEADY:
        return "steady"
    return "improving" if change > 0 else "worsening"


def _notability(event: Mapping[str, Any]) -> tuple[int, float, str]:
    return (-int(event["num_mentions"]), -float(event["confidence"]), str(event["id"]))


def build_profile(code: str, events: Sequence[Mapping[str, Any]],
                  detailed: Sequence[Mapping[str, Any]],
                  claims: Sequence[Mapping[str, Any]]) -> Profile:
    """The profile of ``code`` from its dated dyad events, its events with evidence and claims."""
    sides = counterparts(code, events)
    partners = sorted((item for item in sides if item.cooperative),
                      key=lambda item: (-item.cooperative, -item.goldstein_sum, item.code))
    adversaries = sorted((item for item in sides if item.conflictual),
                         key=lambda item: (-item.conflictual, item.goldstein_sum, item.code))
    trend = dyad_series(events, "month")
    notable = sorted(detailed, key=_notability)[:TOP]
    return Profile(code=code, events=len(events), partners=tuple(partners[:TOP]),
                   adversaries=tuple(adversaries[:TOP]), trend=tuple(trend),
                   direction=direction(trend), notable=tuple(notable), claims=tuple(claims))
