"""Boosted trees scored in plain Python: hand-built trees, the model file, and the export from
scikit-learn giving the same probabilities as scikit-learn itself."""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

import pytest

from tacitus.errors import KnowledgeBaseError
from tacitus.events.boosted_trees import LEAF, Tree, TreeEnsemble, parse_trees, trees_to_json
from tacitus.events.decision import MODEL_FILE, LinearModel, parse_decision_model

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

# "reported" and "perfect" together push the score down; either alone does little
TOGETHER = Tree(features=("reported", LEAF, "perfect", LEAF, LEAF), absent=(1, 0, 3, 0, 0),
                present=(2, 0, 4, 0, 0), values=(0.0, 0.25, 0.0, 0.5, -2.0))


@pytest.mark.parametrize(("present", "value"), [
    (set(), 0.25), ({"perfect"}, 0.25), ({"reported"}, 0.5), ({"reported", "perfect"}, -2.0),
    ({"reported", "perfect", "other"}, -2.0),
])
def test_a_tree_reads_two_features_together(present: set[str], value: float) -> None:
    assert TOGETHER.score(present) == value


def test_an_ensemble_adds_its_trees_and_a_linear_model_adds_the_ensemble() -> None:
    stump = Tree(features=("perfect", LEAF, LEAF), absent=(1, 0, 0), present=(2, 0, 0),
                 values=(0.0, 0.0, 1.0))
    ensemble = TreeEnsemble((TOGETHER, stump))
    assert ensemble.score({"reported", "perfect"}) == pytest.approx(-1.0)
    plain = LinearModel(bias=-0.5, weights={"reported": 1.0}, threshold=0.5)
    model = LinearModel(bias=-0.5, weights={"reported": 1.0}, threshold=0.5, trees=ensemble)
    assert plain.score(["reported", "perfect"]) == pytest.approx(0.5)
    assert model.score(["reported", "perfect", "perfect"]) == pytest.approx(-0.5)
    assert model.score({"reported": 1, "perfect": 0}) == pytest.approx(0.5 + 0.5)


@pytest.mark.parametrize("trees", [None, TreeEnsemble((TOGETHER,))])
def test_a_feature_counts_once_and_one_of_no_weight_adds_nothing(
        trees: TreeEnsemble | None) -> None:
    model = LinearModel(bias=0.1, weights={"a": 0.2, "b": 0.3}, threshold=0.5, trees=trees)
    leaf = 0.0 if trees is None else 0.25
    # given as a list, a tuple or a generator read once, repeated, or with unknown features
    assert model.score(["a", "b", "a", "unknown"]) == 0.1 + math.fsum([0.2, 0.3]) + leaf
    assert model.score(feature for feature in ("b", "unknown")) == 0.1 + 0.3 + leaf
    assert model.score(()) == 0.1 + leaf


def test_trees_survive_the_model_file() -> None:
    ensemble = TreeEnsemble((TOGETHER,))
    raw = {"version": 1, "topic": {"bias": 0, "threshold": 0.5, "weights": {}},
           "event": {"bias": 0.1, "threshold": 0.5, "weights": {},
                     "trees": trees_to_json(ensemble)}}
    model = parse_decision_model(raw)
    assert model.event.trees == ensemble
    assert model.topic.trees is None
    assert model.event.probability(["reported", "perfect"]) == pytest.approx(
        1 / (1 + math.exp(1.9)))


@pytest.mark.parametrize("raw", [
    {"feature": ["a"]},
    {"feature": ["a", LEAF], "absent": [1, 0], "present": [1], "value": [0, 1]},
    {"feature": ["a", LEAF, LEAF], "absent": [0, 0, 0], "present": [2, 0, 0],
     "value": [0, 0, 1]},
    {"feature": ["a", LEAF, LEAF], "absent": [1, 0, 0], "present": [3, 0, 0],
     "value": [0, 0, 1]},
    {"feature": [], "absent": [], "present": [], "value": []},
    {"feature": ["a", LEAF, LEAF], "absent": [1, 0, 0], "present": [2, 0, 0],
     "value": [0, "x", 1]},
])
def test_a_bad_tree_is_refused(raw: object) -> None:
    with pytest.raises(KnowledgeBaseError, match=MODEL_FILE):
        parse_trees([raw], where=MODEL_FILE)
    with pytest.raises(KnowledgeBaseError, match=MODEL_FILE):
        parse_trees(raw, where=MODEL_FILE)


def test_exported_trees_give_scikit_learns_probabilities() -> None:
    # scikit-learn is a test dependency (`make test` installs it for `make train`): no skip
    from decision_learner import Learner, fit_trees
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    # rows whose label needs two features together
    chance = random.Random(7)
    rows = [{name: 1 for name in ("a", "b", "c", "d") if chance.random() < 0.5}
            for _ in range(400)]
    labels = [int(("a" in row) == ("b" in row)) if chance.random() < 0.9 else chance.randint(0, 1)
              for row in rows]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    learner = Learner(c=1.0, blend=1.0, iterations=20, min_count=1)
    trees, baseline = fit_trees(matrix, labels, list(vectorizer.get_feature_names_out()),
                                learner)
    fitted = HistGradientBoostingClassifier(
        max_iter=20, max_depth=3, learning_rate=0.05, min_samples_leaf=20,
        l2_regularization=1.0, early_stopping=False, random_state=learner.seed
    ).fit(matrix.toarray(), labels)
    model = LinearModel(bias=baseline, weights={}, threshold=0.5, trees=trees)
    expected = fitted.predict_proba(matrix[:12].toarray())[:, 1]
    assert [model.probability(row) for row in rows[:12]] == pytest.approx(list(expected),
                                                                            abs=1e-5)
    assert model.probability({"a": 1, "b": 1}) > model.probability({"a": 1})
