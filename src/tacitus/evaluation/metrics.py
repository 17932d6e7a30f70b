"""Scores from counts: precision/recall/F1, accuracy, macro-F1, per-class F1, confusion matrices.

Pure arithmetic, no I/O. A ratio whose denominator is zero is 0.0 (nothing found, nothing to find):
the figures are then reported with their counts, so a reader can tell "0 of 0" from "0 of 50".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# The predicted label of an item for which the system gave no answer at all.
NO_ANSWER = "NONE"


def ratio(numerator: float, denominator: float) -> float:
    """``numerator / denominator``, or 0.0 when the denominator is zero."""
    return numerator / denominator if denominator else 0.0


def f1_of(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0.0 when both are zero)."""
    return ratio(2 * precision * recall, precision + recall)


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives, summed micro-style."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1_of(self.precision, self.recall)

    def f_beta(self, beta: float) -> float:
        """The F-measure that weighs recall ``beta`` times as much as precision (``f1`` at 1)."""
        weight = beta * beta
        return ratio((1 + weight) * self.precision * self.recall,
                     weight * self.precision + self.recall)


def sum_counts(counts: Iterable[Counts]) -> Counts:
    """Micro sum of many counts."""
    total = Counts()
    for item in counts:
        total = total + item
    return total


@dataclass(frozen=True, slots=True)
class Classification:
    """Accuracy, macro-F1, per-class F1 and the confusion matrix of single-label predictions.

    ``classes`` are the gold classes the macro average runs over; a prediction outside them (for
    example ``NO_ANSWER``) is always wrong and gets its own confusion-matrix column.
    """

    classes: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...]

    @property
    def n(self) -> int:
        return len(self.pairs)

    @property
    def accuracy(self) -> float:
        return ratio(sum(1 for gold, found in self.pairs if gold == found), self.n)

    def counts(self, label: str) -> Counts:
        """One-vs-rest counts of ``label``."""
        tp = sum(1 for gold, found in self.pairs if gold == label and found == label)
        fp = sum(1 for gold, found in self.pairs if gold != label and found == label)
        fn = sum(1 for gold, found in self.pairs if gold == label and found != label)
        return Counts(tp, fp, fn)

    @property
    def per_class_f1(self) -> dict[str, float]:
        return {label: self.counts(label).f1 for label in self.classes}

    @property
    def macro_f1(self) -> float:
        return ratio(sum(self.per_class_f1.values()), len(self.classes))

    @property
    def columns(self) -> tuple[str, ...]:
        """The confusion matrix's columns: the classes, then any other predicted label."""
        extra = sorted({found for _, found in self.pairs} - set(self.classes))
        return (*self.classes, *extra)

    @property
    def confusion(self) -> dict[str, dict[str, int]]:
        """``confusion[gold][predicted]`` = how many items, for every gold class and column."""
        tally = Counter(self.pairs)
        return {gold: {found: tally[(gold, found)] for found in self.columns}
                for gold in self.classes}


def classify(classes: Sequence[str], pairs: Iterable[tuple[str, str]]) -> Classification:
    """Score (gold, predicted) label pairs over the given gold classes."""
    return Classification(tuple(classes), tuple(pairs))
