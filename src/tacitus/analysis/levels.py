"""Dyads, actors and counterparts counted at country or sector level, from event counts per pair
of codes (rows with source_code, target_code, quad_class, events and goldstein_sum).

At country level ``USAGOV`` and ``USAMIL`` are both ``USA``; a pair whose two sides fold into the
same code is no dyad (``USAGOV`` – ``USAMIL`` is the United States with itself).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from tacitus.actors.labels import at_level

Row = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Tally:
    """Events of a dyad or actor, split into cooperative (quads 1–2) and conflictual (3–4)."""

    a: str
    b: str | None
    events: int
    cooperative: int
    conflictual: int
    goldstein_sum: float

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "events": self.events,
                "cooperative": self.cooperative, "conflictual": self.conflictual,
                "goldstein_sum": round(self.goldstein_sum, 3)}


def _add(tally: dict[tuple[str, str | None], list[float]], key: tuple[str, str | None],
         row: Row) -> None:
    entry = tally.setdefault(key, [0, 0, 0, 0.0])
    count = int(row["events"])
    entry[0] += count
    entry[1] += count if int(row["quad_class"]) <= 2 else 0
    entry[2] += count if int(row["quad_class"]) >= 3 else 0
    entry[3] += float(row["goldstein_sum"])


def _ranked(tally: dict[tuple[str, str | None], list[float]]) -> list[Tally]:
    items = [Tally(a, b, int(v[0]), int(v[1]), int(v[2]), v[3]) for (a, b), v in tally.items()]
    return sorted(items, key=lambda item: (-item.events, item.a, item.b or ""))


def dyads(rows: Iterable[Row], level: str) -> list[Tally]:
    """Pairs of codes at ``level`` (either way round, ``a`` < ``b``), most events first."""
    tally: dict[tuple[str, str | None], list[float]] = {}
    for row in rows:
        if row["target_code"] is None:
            continue
        first, second = at_level(row["source_code"], level), at_level(row["target_code"], level)
        if first != second:
            _add(tally, (min(first, second), max(first, second)), row)
    return _ranked(tally)


def actors(rows: Iterable[Row], level: str) -> list[Tally]:
    """Codes at ``level`` with their events (an event counts once per code), most events first;
    ``b`` is ``None``."""
    tally: dict[tuple[str, str | None], list[float]] = {}
    for row in rows:
        sides = {at_level(row["source_code"], level)}
        if row["target_code"] is not None:
            sides.add(at_level(row["target_code"], level))
        for side in sides:
            _add(tally, (side, None), row)
    return _ranked(tally)


def counterparts(code: str, rows: Iterable[Row], level: str) -> list[Tally]:
    """Who ``code`` deals with at ``level``, each once with its cooperative and conflictual
    counts; ``code`` itself (and its own sectors at country level) never counts."""
    tally: dict[tuple[str, str | None], list[float]] = {}
    for row in rows:
        if row["target_code"] is None:
            continue
        first, second = at_level(row["source_code"], level), at_level(row["target_code"], level)
        own_first, own_second = _is(first, code, level), _is(second, code, level)
        if own_first == own_second:
            continue
        _add(tally, (code, second if own_first else first), row)
    return _ranked(tally)


def sectors(code: str, rows: Iterable[Row]) -> list[Tally]:
    """The sector codes under a country-level ``code`` with their events, most first."""
    return [item for item in actors(rows, "sector") if item.a.startswith(code)]


def _is(side: str, code: str, level: str) -> bool:
    return side.startswith(code) if level == "country" else side == code
