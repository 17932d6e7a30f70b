"""How ``make train`` chooses the decision stage's event threshold from an F1 curve.

Over a few hundred events the F1 curve is flat near its top, and its single peak moves from one
retraining to the next on an event or two (0.1, 0.15, 0.2 in three fittings), taking recall on
the outside sets with it. ``steady_threshold`` takes the thresholds whose F1 is within
``tolerance`` of the best, the run of them around the best one, and returns the middle of that
run (of two middle points, the better): a point that stays near-optimal when the curve shifts a
little either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tacitus.evaluation.metrics import Counts

# how far below the best F1 a threshold may be and still stand on the plateau
PLATEAU = 0.01


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """The decisions' hits, false alarms and misses at one threshold."""

    threshold: float
    counts: Counts


def steady_threshold(curve: Sequence[CurvePoint], *, tolerance: float = PLATEAU) -> float:
    """The centre of the near-optimal plateau of ``curve`` around its best F1 (of equal bests,
    the lowest threshold's)."""
    if not curve:
        raise ValueError("no thresholds to choose from")
    points = sorted(curve, key=lambda point: point.threshold)
    scores = [point.counts.f1 for point in points]
    peak = max(range(len(points)), key=lambda index: (scores[index], -index))
    floor = scores[peak] - tolerance
    low = peak
    while low > 0 and scores[low - 1] >= floor:
        low -= 1
    high = peak
    while high < len(points) - 1 and scores[high + 1] >= floor:
        high += 1
    # of two middle points, the better
    middle = max({(low + high) // 2, (low + high + 1) // 2}, key=lambda index: (scores[index],
                                                                               -index))
    return points[middle].threshold
