"""Dyads, actors and counterparts at country and sector level."""

from __future__ import annotations

from typing import Any

from tacitus.analysis.levels import actors, counterparts, dyads, sectors


def row(source: str, target: str | None, quad: int, events: int = 1,
        goldstein: float = 1.0) -> dict[str, Any]:
    return {"source_code": source, "target_code": target, "quad_class": quad, "events": events,
            "goldstein_sum": goldstein * events}


ROWS = [
    row("CHNGOV", "USAGOV", 1, 2),
    row("USA", "CHN", 4, 1, -9.0),
    row("USAGOV", "USAMIL", 1, 3),
    row("USAMIL", "TAL", 4, 2, -10.0),
    row("USAGOV", None, 3, 1, -2.0),
]


def test_country_level_folds_sectors_and_drops_self_dyads() -> None:
    pairs = [(item.a, item.b, item.events, item.cooperative, item.conflictual)
             for item in dyads(ROWS, "country")]
    assert pairs == [("CHN", "USA", 3, 2, 1), ("TAL", "USA", 2, 0, 2)]


def test_sector_level_keeps_each_code() -> None:
    pairs = [(item.a, item.b) for item in dyads(ROWS, "sector")]
    assert pairs == [("USAGOV", "USAMIL"), ("CHNGOV", "USAGOV"), ("TAL", "USAMIL"),
                     ("CHN", "USA")]


def test_a_counterpart_appears_once_and_never_the_actor_itself() -> None:
    sides = {item.b: (item.events, item.cooperative, item.conflictual)
             for item in counterparts("USA", ROWS, "country")}
    assert sides == {"CHN": (3, 2, 1), "TAL": (2, 0, 2)}
    sector = {item.b: item.events for item in counterparts("USAGOV", ROWS, "sector")}
    assert sector == {"CHNGOV": 2, "USAMIL": 3}


def test_actors_count_an_event_once_per_code() -> None:
    counted = {item.a: item.events for item in actors(ROWS, "country")}
    # USAGOV–USAMIL is one United States event, not two
    assert counted == {"USA": 9, "CHN": 3, "TAL": 2}
    assert [item.a for item in sectors("USA", ROWS)] == ["USAGOV", "USAMIL", "USA"]
