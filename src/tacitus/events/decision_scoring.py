"""The event model's score of a candidate read part by part, each part summed once an article.

``LinearModel.score`` sums the weights of a set of feature strings with ``math.fsum``: exact, so
the score does not depend on the order the strings come in. The decision stage scores about
sixteen candidates for each event it keeps, and most of a candidate's features are parts it
shares with the other candidates of its article (``decision_features.candidate_parts``: its
trigger's, its actors'). Here every weight is an integer, the model's weights over their common
power-of-two denominator (read once a model load: ``integer_weights``); ``PartScorer`` sums each
part once an article, and a candidate's score is the model's bias plus the sum of its parts'
integers divided once by the denominator. An integer sum is exact in any grouping and Python's
division of two integers is correctly rounded, as ``fsum``'s result is, so every score is the
float ``LinearModel.score`` gives for the same features. A string repeated in a part counts once,
as in a set; no string is in two parts of a candidate (``candidate_parts``'s contract).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class IntegerWeights:
    """A linear model's weights times ``denominator`` (a power of two), each an exact integer."""

    weights: Mapping[str, int]
    denominator: int


def integer_weights(weights: Mapping[str, float]) -> IntegerWeights:
    """A linear model's ``weights`` as exact integers over their common denominator."""
    ratios = {feature: weight.as_integer_ratio() for feature, weight in weights.items()}
    # a float's ratio has a power of two below: the largest is a multiple of every other
    denominator = max((below for _, below in ratios.values()), default=1)
    return IntegerWeights({feature: above * (denominator // below)
                           for feature, (above, below) in ratios.items()}, denominator)


@dataclass(slots=True)
class PartScorer:
    """The scores of one article's candidates from their feature parts (``bias`` and
    ``integers``: a linear model's, with no boosted trees): each distinct part's integer sum is
    kept, so a part many candidates share is summed once."""

    bias: float
    integers: IntegerWeights
    sums: dict[tuple[str, ...], int] = field(default_factory=dict)

    def score(self, parts: Iterable[tuple[str, ...]], extra: Sequence[str] = ()) -> float:
        """The uncalibrated score of the candidate whose features are ``parts`` (each summed
        once) and ``extra`` (its own, summed anew)."""
        weights, sums = self.integers.weights, self.sums
        total = _sum(weights, extra) if extra else 0
        for part in parts:
            if part not in sums:
                sums[part] = _sum(weights, part)
            total += sums[part]
        return self.bias + total / self.integers.denominator


def _sum(weights: Mapping[str, int], features: Iterable[str]) -> int:
    # the weighted features, each once (a set), found by one intersection of the key sets
    return sum(map(weights.__getitem__, weights.keys() & features))
