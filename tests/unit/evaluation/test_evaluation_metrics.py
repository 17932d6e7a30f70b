"""Counts, precision/recall/F1 and single-label classification scores on hand-made cases."""

from __future__ import annotations

import pytest

from tacitus.evaluation.metrics import NO_ANSWER, Counts, classify, sum_counts


@pytest.mark.parametrize(("counts", "precision", "recall", "f1"), [
    (Counts(3, 2, 1), 0.6, 0.75, 2 * 0.6 * 0.75 / 1.35),
    (Counts(0, 0, 4), 0.0, 0.0, 0.0),
    (Counts(0, 0, 0), 0.0, 0.0, 0.0),
    (Counts(5, 0, 0), 1.0, 1.0, 1.0),
])
def test_counts_give_precision_recall_f1(counts: Counts, precision: float, recall: float,
                                         f1: float) -> None:
    assert counts.precision == pytest.approx(precision)
    assert counts.recall == pytest.approx(recall)
    assert counts.f1 == pytest.approx(f1)


def test_counts_sum_micro() -> None:
    assert sum_counts([Counts(1, 0, 1), Counts(2, 3, 0)]) == Counts(3, 3, 1)


def test_classification_accuracy_macro_f1_and_confusion() -> None:
    scores = classify(("A", "B", "C"), [
        ("A", "A"), ("A", "A"), ("A", "B"), ("B", "B"), ("C", NO_ANSWER), ("C", "C"),
    ])
    assert scores.accuracy == pytest.approx(4 / 6)
    # A: tp 2 fp 0 fn 1 → 0.8; B: tp 1 fp 1 fn 0 → 2/3; C: tp 1 fp 0 fn 1 → 2/3
    assert scores.per_class_f1 == pytest.approx({"A": 0.8, "B": 2 / 3, "C": 2 / 3})
    assert scores.macro_f1 == pytest.approx((0.8 + 2 / 3 + 2 / 3) / 3)
    assert scores.columns == ("A", "B", "C", NO_ANSWER)
    assert scores.confusion["A"] == {"A": 2, "B": 1, "C": 0, NO_ANSWER: 0}
    assert scores.confusion["C"][NO_ANSWER] == 1


def test_a_class_never_seen_counts_zero_in_the_macro_average() -> None:
    scores = classify(("A", "B"), [("A", "A")])
    assert scores.macro_f1 == pytest.approx(0.5)


@pytest.mark.parametrize(("counts", "beta", "expected"), [
    (Counts(tp=1, fp=1, fn=3), 1.0, 1 / 3),
    (Counts(tp=1, fp=1, fn=3), 0.5, 5 / 12),
    (Counts(tp=1, fp=1, fn=3), 2.0, 5 / 18),
    (Counts(), 0.5, 0.0),
])
def test_f_beta_weighs_recall_beta_times_precision(counts: Counts, beta: float,
                                                   expected: float) -> None:
    assert counts.f_beta(beta) == pytest.approx(expected)
    if beta == 1.0:
        assert counts.f_beta(beta) == pytest.approx(counts.f1)
