"""How ``make train`` chooses the decision stage's event threshold from an F1 curve.

Over a few hundred events the F1 curve is flat near its top, and its single peak moves from one
retraining to the next on an event or two (0.1, 0.15, 0.2 in three fittings), taking recall on
the outside sets with it. Nor is the middle of the near-optimal run of thresholds steady: with
an even number of points in it the choice between the two middle ones turned on a 0.002
difference in F1, a whole grid step. ``steady_threshold`` takes the run of thresholds around the
best one whose F1 is within ``tolerance`` of the best, and returns their mean weighted by how far
each stands above that floor: a point entering or leaving the run weighs nothing as it does, so
a small change in the curve moves the threshold a little, never by a grid step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tacitus.evaluation.metrics import Counts

# how far below the best F1 a threshold may be and still stand on the plateau
PLATEAU = 0.01
# the chosen threshold's decimals
DIGITS = 3


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """The decisions' hits, false alarms and misses at one threshold."""

    threshold: float
    counts: Counts


def steady_threshold(curve: Sequence[CurvePoint], *, tolerance: float = PLATEAU,
                     measure: Callable[[Counts], float] = lambda counts: counts.f1) -> float:
    """The weighted centre of the near-optimal plateau of ``curve`` around its best F1 (or
    ``measure``; of equal bests, the lowest threshold's; the best alone where nothing else is
    near it)."""
    if not curve:
        raise ValueError("no thresholds to choose from")
    points = sorted(curve, key=lambda point: point.threshold)
    scores = [measure(point.counts) for point in points]
    peak = max(range(len(points)), key=lambda index: (scores[index], -index))
    floor = scores[peak] - tolerance
    low = peak
    while low > 0 and scores[low - 1] >= floor:
        low -= 1
    high = peak
    while high < len(points) - 1 and scores[high + 1] >= floor:
        high += 1
    weights = [scores[index] - floor for index in range(low, high + 1)]
    if sum(weights) <= 0.0:
        return points[peak].threshold
    centre = sum(weight * points[index].threshold
                 for weight, index in zip(weights, range(low, high + 1), strict=True))
    return round(centre / sum(weights), DIGITS)
