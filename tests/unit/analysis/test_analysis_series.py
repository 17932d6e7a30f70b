"""Dyad series: periods, quad counts, Goldstein sum and mean, cooperation–conflict index."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.analysis.series import (
    SPARSE,
    cc_index,
    dyad_series,
    period_of,
    period_start,
    summarise,
)
from tacitus.errors import SettingsError


def event(day: date, quad: int, goldstein: float, mentions: int = 1) -> dict[str, object]:
    return {"date": day, "quad_class": quad, "goldstein": goldstein, "num_mentions": mentions}


@pytest.mark.parametrize(
    ("by", "expected"),
    [("day", "2021-01-03"), ("week", "2020-W53"), ("month", "2021-01")],
)
def test_periods_are_days_iso_weeks_or_months(by: str, expected: str) -> None:
    assert period_of(date(2021, 1, 3), by) == expected


def test_an_unknown_period_is_refused() -> None:
    with pytest.raises(SettingsError, match="--by must be one of"):
        period_of(date(2021, 1, 3), "year")


@pytest.mark.parametrize(
    ("quads", "expected"),
    [((1, 0, 0, 0), 1.0), ((0, 0, 0, 3), -1.0), ((1, 1, 1, 1), 0.0), ((3, 0, 0, 1), 0.5),
     ((0, 0, 0, 0), 0.0)],
)
def test_cc_index_runs_from_conflict_to_cooperation(quads: tuple[int, ...],
                                                    expected: float) -> None:
    assert cc_index(quads) == expected


def test_series_counts_events_per_period() -> None:
    events = [event(date(2022, 3, 16), 4, -10.0, 6), event(date(2022, 3, 16), 4, -9.0, 2),
              event(date(2022, 3, 18), 1, 3.0), event(date(2022, 4, 1), 2, 6.0)]
    by_month = [point.to_dict() for point in dyad_series(events, "month")]
    assert [point["period"] for point in by_month] == ["2022-03", "2022-04"]
    march = by_month[0]
    assert (march["events"], march["verbal_cooperation"], march["material_conflict"]) == (3, 1, 2)
    assert (march["goldstein_sum"], march["goldstein_mean"]) == (-16.0, pytest.approx(-5.333))
    assert march["cc_index"] == pytest.approx(-0.333)
    assert march["mentions"] == 9
    assert [point.events for point in dyad_series(events, "day")] == [2, 1, 1]
    assert summarise(events, "total").events == 4
    assert summarise([], "total").goldstein_mean == 0.0


@pytest.mark.parametrize(("period", "start"), [
    ("2021-09-23", date(2021, 9, 23)), ("2021-W38", date(2021, 9, 20)),
    ("2021-09", date(2021, 9, 1)), ("2020-W53", date(2020, 12, 28)),
])
def test_a_period_starts_on_a_date(period: str, start: date) -> None:
    assert period_start(period) == start


def test_points_carry_their_start_and_whether_they_are_sparse() -> None:
    events = [{"date": date(2021, 9, day), "quad_class": 1, "goldstein": 1.0}
              for day in range(1, 1 + SPARSE)]
    events.append({"date": date(2022, 1, 5), "quad_class": 4, "goldstein": -9.0})
    points = [point.to_dict() for point in dyad_series(events, "month")]
    assert [(p["start"], p["sparse"]) for p in points] == [("2021-09-01", False),
                                                           ("2022-01-01", True)]
