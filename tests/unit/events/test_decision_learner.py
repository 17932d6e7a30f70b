"""The learner of the event decision model (``scripts/decision_learner.py``) on rows written for
the purpose: its weights are the penalised logistic regression's optimum, not where the solver
stopped."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

from decision_learner import Learner, fit_scorer, row_weights
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression


def _rows(count: int, seed: int) -> tuple[list[dict[str, int]], list[int]]:
    """Rows of a few common features and many rare, correlated ones (like a trigger's lemma and
    its code), labelled by a few of them with noise."""
    chance = random.Random(seed)
    rows, labels = [], []
    for _ in range(count):
        lemma = chance.randrange(300)
        row = {f"lemma={lemma}": 1, f"code={lemma // 3}": 1, f"root={lemma // 30}": 1}
        row.update({f"clue={clue}": 1 for clue in range(12) if chance.random() < 0.3})
        score = (lemma % 7 - 3) * 0.6 + sum(0.4 for clue in range(4) if f"clue={clue}" in row)
        rows.append(row)
        labels.append(int(chance.random() < 1 / (1 + 2.718 ** -(score - 1.0))))
    return rows, labels


def test_the_weights_are_the_optimum_not_where_the_solver_stopped() -> None:
    rows, labels = _rows(3000, seed=11)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    exact = LogisticRegression(C=0.3, max_iter=20000, tol=1e-12).fit(matrix, labels)
    optimum = dict(zip(vectorizer.get_feature_names_out(), exact.coef_[0], strict=True))
    fitted = fit_scorer(rows, labels, Learner(c=0.3))
    assert fitted.bias == pytest.approx(exact.intercept_[0], abs=2e-4)
    assert {name: fitted.weights.get(name, 0.0) for name in optimum} == pytest.approx(
        optimum, abs=2e-4)


def test_rows_weigh_one_unless_the_learner_weighs_them() -> None:
    rows = [{"root=19": 1}, {"root=19": 1}, {"root=04": 1}]
    assert row_weights(rows, [1, 0, 0], Learner(c=0.3)) is None
    assert row_weights(rows, [1, 0, 1], Learner(c=0.3, positive_weight=2.0)) == [2.0, 1.0, 2.0]


def test_a_root_whose_right_rows_are_rare_weighs_them_up() -> None:
    # root 19: 1 right of 4; root 04: 2 right of 2; overall 3 of 6
    rows = [{"root=19": 1}] * 4 + [{"root=04": 1, "lemma=meet": 1}] * 2
    weights = row_weights(rows, [1, 0, 0, 0, 1, 1], Learner(c=0.3, root_balance=True))
    assert weights is not None
    assert weights[0] == pytest.approx((0.5 / 0.25) ** 0.5)
    assert weights[1:4] == [1.0, 1.0, 1.0]
    assert weights[4:] == pytest.approx([(0.5 / 1.0) ** 0.5] * 2)
