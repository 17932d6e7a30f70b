"""Actor profile: partners, adversaries, trend direction and notable events."""

from __future__ import annotations

from datetime import date
from typing import Any

from tacitus.analysis.profile import build_profile, counterparts, direction
from tacitus.analysis.series import SeriesPoint


def event(event_id: str, source: str, target: str | None, quad: int, goldstein: float,
          day: date = date(2021, 9, 1), mentions: int = 1,
          confidence: float = 0.5) -> dict[str, Any]:
    return {"id": event_id, "date": day, "source_code": source, "source_name": source.lower(),
            "target_code": target, "target_name": target and target.lower(), "quad_class": quad,
            "goldstein": goldstein, "num_mentions": mentions, "sentence": f"{event_id}.",
            "confidence": confidence}


EVENTS = [
    event("e1", "USAGOV", "PAKGOV", 1, 3.0, date(2021, 8, 1), confidence=0.9),
    event("e2", "PAKGOV", "USAGOV", 2, 7.0, date(2021, 8, 2), mentions=4),
    event("e3", "USAMIL", "TAL", 4, -10.0, date(2021, 9, 1), mentions=2),
    event("e4", "TAL", "USA", 3, -4.0, date(2021, 9, 2)),
    event("e5", "USA", None, 4, -9.0, date(2021, 9, 3), confidence=0.7),
]


def test_counterparts_are_the_other_side_either_way() -> None:
    own = event("e6", "USAGOV", "USAMIL", 1, 2.0)
    sides = {item.code: item for item in counterparts("USA", [*EVENTS, own])}
    assert set(sides) == {"PAKGOV", "TAL"}
    assert (sides["PAKGOV"].cooperative, sides["PAKGOV"].conflictual) == (2, 0)
    assert (sides["TAL"].events, sides["TAL"].conflictual, sides["TAL"].goldstein_sum) == (
        2, 2, -14.0)


def test_profile_ranks_partners_adversaries_and_notable_events() -> None:
    claims = [{"kind": "demand", "text": "leave"}]
    profile = build_profile("USA", EVENTS, EVENTS, claims).to_dict()
    assert profile["events"] == 5
    assert [item["code"] for item in profile["partners"]] == ["PAKGOV"]
    assert [item["code"] for item in profile["adversaries"]] == ["TAL"]
    assert [point["period"] for point in profile["trend"]] == ["2021-08", "2021-09"]
    assert profile["direction"] == "worsening"
    # most reports first (e2 4, e3 2), then the most confident; the extreme Goldstein of e5
    # (−9, one report) does not lift it above e1
    assert [item["id"] for item in profile["notable_events"]] == ["e2", "e3", "e1", "e5", "e4"]
    assert profile["claims"] == claims


def test_direction_needs_two_periods() -> None:
    def point(quads: tuple[int, int, int, int]) -> SeriesPoint:
        return SeriesPoint("p", sum(quads), quads, 0.0, sum(quads))

    assert direction([point((1, 0, 0, 0))]) == "too little data"
    assert direction([point((0, 0, 0, 1)), point((1, 0, 0, 0))]) == "improving"
    assert direction([point((1, 0, 0, 1)), point((2, 0, 0, 2))]) == "steady"
