"""Boosted decision trees over present/absent string features, scored in plain Python.

``make train`` may fit gradient-boosted trees beside the event model's logistic weights (they can
read two features together, which a linear score cannot) and export them to ``decision_model.json``;
the runtime walks them here, with no library beyond the standard one. Each tree asks at each node
whether one feature is present and ends in a leaf holding its share of the log-odds; the ensemble's
score is the sum of its trees' leaves.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from tacitus.errors import KnowledgeBaseError

# a leaf's feature: no question is asked there
LEAF = ""


@dataclass(frozen=True, slots=True)
class Tree:
    """One tree as parallel node tuples, the root at 0: the feature a node asks about (``LEAF``
    at a leaf), the node to go to when it is absent and when it is present, and the leaf's value."""

    features: tuple[str, ...]
    absent: tuple[int, ...]
    present: tuple[int, ...]
    values: tuple[float, ...]

    def score(self, features: AbstractSet[str]) -> float:
        """The value of the leaf that a set of present features reaches."""
        node = 0
        asked = self.features[node]
        while asked:
            node = self.present[node] if asked in features else self.absent[node]
            asked = self.features[node]
        return self.values[node]


@dataclass(frozen=True, slots=True)
class TreeEnsemble:
    """Trees whose leaves add up to a log-odds contribution."""

    trees: tuple[Tree, ...]

    def score(self, features: AbstractSet[str]) -> float:
        """The sum of every tree's leaf for a set of present features."""
        return sum(tree.score(features) for tree in self.trees)


def parse_trees(raw: Any, *, where: str) -> TreeEnsemble:
    """A ``TreeEnsemble`` from its JSON form (a list of trees, each an object of four equally
    long lists ``feature``, ``absent``, ``present``, ``value``), validated: every child index
    points forward inside its tree, so a walk always ends at a leaf."""
    if not isinstance(raw, list):
        raise KnowledgeBaseError(f"{where}: trees are not a list")
    return TreeEnsemble(tuple(_tree(item, where=f"{where} tree {number}")
                              for number, item in enumerate(raw)))


def _tree(raw: Any, *, where: str) -> Tree:
    try:
        tree = Tree(features=tuple(str(name) for name in raw["feature"]),
                    absent=tuple(int(index) for index in raw["absent"]),
                    present=tuple(int(index) for index in raw["present"]),
                    values=tuple(float(value) for value in raw["value"]))
    except (KeyError, TypeError, ValueError) as error:
        raise KnowledgeBaseError(f"{where}: bad tree: {error}") from error
    size = len(tree.features)
    if size == 0 or {len(tree.absent), len(tree.present), len(tree.values)} != {size}:
        raise KnowledgeBaseError(f"{where}: node lists of unequal length")
    for node, asked in enumerate(tree.features):
        if asked and not (node < tree.absent[node] < size and node < tree.present[node] < size):
            raise KnowledgeBaseError(f"{where}: node {node} points outside the tree")
    return tree


def trees_to_json(ensemble: TreeEnsemble) -> list[dict[str, Sequence[Any]]]:
    """The JSON form ``parse_trees`` reads."""
    return [{"feature": list(tree.features), "absent": list(tree.absent),
             "present": list(tree.present), "value": list(tree.values)}
            for tree in ensemble.trees]
