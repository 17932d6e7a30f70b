"""The learner behind the event decision model (``scripts/train_decision.py``): fit a scorer on
present/absent feature rows and export it as the runtime's ``LinearModel`` (uncalibrated).

A ``Learner`` is the logistic regression alone, or the logistic regression blended with
gradient-boosted trees (scikit-learn's ``HistGradientBoostingClassifier``, small depth, fixed
seed) fitted on the same rows: the trees can read two features together ("reported speech and
past perfect"), which a linear score cannot. The blend is a weighted mean of the two log-odds;
the trees are exported node by node (``tacitus.events.boosted_trees``) with the blend's weight
multiplied into their leaves and the linear weights multiplied by the rest, so the runtime adds
the two scores and needs no library. Feature code stays elsewhere: this module only fits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from tacitus.events.boosted_trees import LEAF, Tree, TreeEnsemble
from tacitus.events.decision import LinearModel

DIGITS = 4
# the logistic regression is solved to its optimum, not to scikit-learn's default tolerance
# (1e-4), where L-BFGS stopped after about 100 iterations with nearly every weight still moving in
# its fourth decimal: the written weights were where the solver's path stopped, and any change to
# the rows moved that point as well as the optimum. The optimum is unique (a strictly convex
# problem), so the weights are a function of the rows alone
TOLERANCE = 1e-8
# leaves keep more digits than weights: a hundred trees add a hundred roundings
LEAF_DIGITS = 6
# the feature that names a candidate's CAMEO root (``Learner.root_balance``)
ROOT_FEATURE = "root="


@dataclass(frozen=True, slots=True)
class Learner:
    """How the event scorer is fitted: the logistic regression's ``c``, and with ``blend`` above
    zero the trees' share of the log-odds and their settings (a tree splits only on features
    present in at least ``min_count`` rows); ``positive_weight`` weighs the right rows against
    the wrong, and ``root_balance`` weighs each root's right rows up by the square root of how
    much rarer they are in that root than overall (``row_weights``)."""

    c: float
    blend: float = 0.0
    iterations: int = 150
    depth: int = 3
    learning_rate: float = 0.05
    min_leaf: int = 20
    l2: float = 1.0
    min_count: int = 10
    seed: int = 20261203
    positive_weight: float = 1.0
    root_balance: bool = False


def fit_scorer(rows: list[dict[str, int]], labels: list[int], learner: Learner
               ) -> LinearModel:
    """The scorer fitted on ``rows`` (features present, as 1) against ``labels``, uncalibrated,
    with threshold 0.5."""
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    names = [str(name) for name in vectorizer.get_feature_names_out()]
    linear = LogisticRegression(C=learner.c, max_iter=5000, tol=TOLERANCE).fit(
        matrix, labels, sample_weight=row_weights(rows, labels, learner))
    share = 1.0 - learner.blend
    weights = {name: round(float(weight) * share, DIGITS)
               for name, weight in zip(names, linear.coef_[0], strict=True)
               if round(float(weight) * share, DIGITS) != 0.0}
    bias = float(linear.intercept_[0]) * share
    if learner.blend <= 0.0:
        return LinearModel(bias=round(bias, DIGITS), weights=weights, threshold=0.5)
    trees, baseline = fit_trees(matrix, labels, names, learner)
    return LinearModel(bias=round(bias + baseline * learner.blend, DIGITS), weights=weights,
                       threshold=0.5, trees=scaled(trees, learner.blend))


def row_weights(rows: list[dict[str, int]], labels: list[int], learner: Learner
                ) -> list[float] | None:
    """Each row's weight in the fit (``Learner.positive_weight``, ``Learner.root_balance``;
    a row's root is its ``root=`` feature), or ``None`` when every row weighs 1."""
    if learner.positive_weight == 1.0 and not learner.root_balance:
        return None
    if not learner.root_balance:
        return [learner.positive_weight if label else 1.0 for label in labels]
    roots = [next((name for name in row if name.startswith(ROOT_FEATURE)), "") for row in rows]
    rate = max(sum(labels), 1) / max(len(labels), 1)
    counts: dict[str, list[int]] = {}
    for root, label in zip(roots, labels, strict=True):
        total_right = counts.setdefault(root, [0, 0])
        total_right[0] += 1
        total_right[1] += label
    factor = {root: (rate * total / max(right, 1)) ** 0.5
              for root, (total, right) in counts.items()}
    return [learner.positive_weight * factor[root] if label else 1.0
            for root, label in zip(roots, labels, strict=True)]


Article = TypeVar("Article")
Rows = tuple[list[dict[str, int]], list[int]]


def fold_scorers(articles: Sequence[Article], folds: Sequence[int],
                 rows_of: Callable[[list[Article]], Rows], learner: Learner) -> list[LinearModel]:
    """For each article, the scorer fitted on the articles of the other folds (``folds``: each
    article's fold), so that every article is scored by a model that never saw it."""
    models = []
    for fold in range(max(folds) + 1):
        rows, labels = rows_of([article for article, at in zip(articles, folds, strict=True)
                                if at != fold])
        models.append(fit_scorer(rows, labels, learner))
    return [models[fold] for fold in folds]


def fit_trees(matrix: Any, labels: list[int], names: list[str], learner: Learner
              ) -> tuple[TreeEnsemble, float]:
    """Boosted trees on the columns of ``matrix`` present in ``min_count`` rows or more, and the
    baseline log-odds their leaves add to."""
    counts = np.asarray((matrix > 0).sum(axis=0)).ravel()
    columns = np.flatnonzero(counts >= learner.min_count)
    dense = matrix[:, columns].toarray().astype(np.float32)
    model = HistGradientBoostingClassifier(
        max_iter=learner.iterations, max_depth=learner.depth,
        learning_rate=learner.learning_rate, min_samples_leaf=learner.min_leaf,
        l2_regularization=learner.l2, early_stopping=False, random_state=learner.seed)
    model.fit(dense, labels)
    kept = [names[column] for column in columns]
    trees = tuple(exported_tree(predictors[0].nodes, kept) for predictors in model._predictors)
    return TreeEnsemble(trees), float(np.ravel(model._baseline_prediction)[0])


def exported_tree(nodes: Any, names: list[str]) -> Tree:
    """One fitted tree (scikit-learn's node records) as a ``Tree``: a row goes left when its
    value is at most the node's threshold, so for a 0/1 column left is "absent"."""
    features, absent, present, values = [], [], [], []
    for node in nodes:
        if node["is_leaf"]:
            features.append(LEAF)
            absent.append(0)
            present.append(0)
            values.append(round(float(node["value"]), LEAF_DIGITS))
            continue
        threshold = float(node["num_threshold"])
        if not 0.0 <= threshold < 1.0:
            raise ValueError(f"a split at {threshold} does not part absent from present")
        features.append(names[int(node["feature_idx"])])
        absent.append(int(node["left"]))
        present.append(int(node["right"]))
        values.append(0.0)
    return Tree(tuple(features), tuple(absent), tuple(present), tuple(values))


def scaled(ensemble: TreeEnsemble, factor: float) -> TreeEnsemble:
    """The trees with every leaf multiplied by ``factor``."""
    return TreeEnsemble(tuple(Tree(tree.features, tree.absent, tree.present,
                                   tuple(round(value * factor, LEAF_DIGITS)
                                         for value in tree.values))
                              for tree in ensemble.trees))
