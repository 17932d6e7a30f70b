"""The event threshold chosen at training time: the centre of the F1 curve's plateau."""

from __future__ import annotations

import pytest

from tacitus.evaluation.decision_threshold import CurvePoint, steady_threshold
from tacitus.evaluation.metrics import Counts


def _curve(*hits: int) -> list[CurvePoint]:
    """A curve over 0.1, 0.2, … where the n-th threshold finds ``hits[n]`` of 100 events with
    as many false alarms (F1 = hits / 100)."""
    return [CurvePoint(round(0.1 * (number + 1), 1), Counts(tp=hit, fp=hit, fn=100 - hit))
            for number, hit in enumerate(hits)]


def test_a_flat_top_gives_its_centre_not_its_single_peak() -> None:
    # F1 0.20 0.30 0.30 0.31 0.30 0.30 0.20: the peak at 0.4 is one event above its neighbours
    curve = _curve(40, 60, 60, 62, 60, 60, 40)
    assert steady_threshold(curve, tolerance=0.0) == 0.4
    assert steady_threshold(curve, tolerance=0.015) == 0.4
    # the plateau lies to one side of the peak: its centre moves off it
    lopsided = _curve(40, 62, 61, 61, 61, 61, 40)
    assert steady_threshold(lopsided, tolerance=0.0) == 0.2
    assert steady_threshold(lopsided, tolerance=0.015) == 0.4


def test_of_two_middle_points_the_better_is_taken() -> None:
    assert steady_threshold(_curve(20, 60, 62, 20), tolerance=0.02) == 0.3
    assert steady_threshold(_curve(20, 62, 60, 20), tolerance=0.02) == 0.2
    assert steady_threshold(_curve(20, 61, 61, 20), tolerance=0.02) == 0.2


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
