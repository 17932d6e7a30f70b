"""The event threshold chosen at training time: the weighted centre of the F1 curve's plateau."""

from __future__ import annotations

import pytest

from tacitus.evaluation.decision_threshold import CurvePoint, steady_threshold
from tacitus.evaluation.metrics import Counts


def _curve(*hits: int) -> list[CurvePoint]:
    """A curve over 0.1, 0.2, … where the n-th threshold finds ``hits[n]`` of 100 events and
    keeps 100 (F1 = hits / 100)."""
    return [CurvePoint(round(0.1 * (number + 1), 1), Counts(tp=hit, fp=100 - hit, fn=100 - hit))
            for number, hit in enumerate(hits)]


def test_a_flat_top_gives_its_centre_not_its_single_peak() -> None:
    # F1 0.20 0.30 0.30 0.31 0.30 0.30 0.20: the peak at 0.4 is one event above its neighbours
    curve = _curve(40, 60, 60, 62, 60, 60, 40)
    assert steady_threshold(curve, tolerance=0.0) == 0.4
    assert steady_threshold(curve, tolerance=0.015) == 0.4
    # the plateau lies to one side of the peak: its centre moves off it, towards the better side
    lopsided = _curve(40, 62, 61, 61, 61, 61, 40)
    assert steady_threshold(lopsided, tolerance=0.0) == 0.2
    assert steady_threshold(lopsided, tolerance=0.015) == pytest.approx(0.343)


@pytest.mark.parametrize("hits", [(20, 60, 62, 20), (20, 62, 60, 20), (20, 61, 61, 20),
                                  (20, 61, 62, 20), (20, 62, 61, 20)])
def test_an_event_more_or_less_moves_the_choice_less_than_a_grid_step(hits: tuple[int, ...]
                                                                      ) -> None:
    # the old rule took the better of the two middle points: 0.3, 0.2, 0.2, 0.3, 0.2
    assert 0.2 < steady_threshold(_curve(*hits), tolerance=0.03) < 0.3


def test_a_point_entering_the_plateau_weighs_nothing_as_it_enters() -> None:
    # the point at 0.4 stands exactly on the floor (F1 0.30 against a best of 0.32)
    assert steady_threshold(_curve(20, 64, 64, 60, 20), tolerance=0.02) == pytest.approx(0.25)
    assert steady_threshold(_curve(20, 64, 64, 61, 20), tolerance=0.02) < 0.28


def test_a_sharp_peak_is_kept_and_equal_bests_give_the_lowest() -> None:
    assert steady_threshold(_curve(20, 30, 50, 30, 20), tolerance=0.01) == 0.3
    assert steady_threshold(_curve(20, 50, 30, 50, 20), tolerance=0.01) == 0.2


def test_the_order_of_the_points_does_not_matter() -> None:
    curve = _curve(40, 61, 61, 62, 40)
    assert steady_threshold(list(reversed(curve)), tolerance=0.02) == steady_threshold(curve,
                                                                                       tolerance=0.02)


def test_no_curve_is_an_error() -> None:
    with pytest.raises(ValueError, match="no thresholds"):
        steady_threshold([])


def test_another_measure_moves_the_plateau_to_its_own_best() -> None:
    # false alarms fall faster than hits as the threshold rises: F1 peaks at 0.2, F0.5 at 0.3
    curve = [CurvePoint(0.1, Counts(tp=44, fp=60, fn=16)),
             CurvePoint(0.2, Counts(tp=40, fp=20, fn=20)),
             CurvePoint(0.3, Counts(tp=26, fp=4, fn=34)),
             CurvePoint(0.4, Counts(tp=12, fp=2, fn=48))]
    assert steady_threshold(curve, tolerance=0.001) == 0.2
    assert steady_threshold(curve, tolerance=0.001,
                            measure=lambda counts: counts.f_beta(0.5)) == 0.3
