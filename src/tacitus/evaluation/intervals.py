"""95% intervals for the published figures: Wilson for a proportion, a percentile bootstrap over
records for micro-averaged precision, recall and F1. Pure arithmetic, a fixed seed, no I/O."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from tacitus.evaluation.metrics import Counts, sum_counts

Z_95 = 1.959964
BOOTSTRAP_DRAWS = 1000
BOOTSTRAP_SEED = 20261203


def wilson_interval(successes: int, total: int, z: float = Z_95) -> tuple[float, float] | None:
    """The Wilson score interval of ``successes / total`` (``None`` for an empty sample)."""
    if total <= 0:
        return None
    share = successes / total
    spread = z * z / total
    centre = (share + spread / 2) / (1 + spread)
    half = z * math.sqrt(share * (1 - share) / total + spread / (4 * total)) / (1 + spread)
    return max(0.0, centre - half), min(1.0, centre + half)


def bootstrap_prf(per_record: Sequence[Counts], *, draws: int = BOOTSTRAP_DRAWS,
                  seed: int = BOOTSTRAP_SEED) -> dict[str, tuple[float, float]]:
    """Percentile 95% intervals of micro precision, recall and F1, resampling whole records
    (events of one article are not independent, so articles are the unit drawn)."""
    if not per_record:
        return {}
    rng = random.Random(seed)
    size = len(per_record)
    samples: dict[str, list[float]] = {"precision": [], "recall": [], "f1": []}
    for _ in range(draws):
        total = sum_counts(per_record[rng.randrange(size)] for _ in range(size))
        samples["precision"].append(total.precision)
        samples["recall"].append(total.recall)
        samples["f1"].append(total.f1)
    return {name: _percentiles(values) for name, values in samples.items()}


def _percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    last = len(ordered) - 1
    return ordered[round(0.025 * last)], ordered[round(0.975 * last)]
