"""The root classifier for a pair of actors in a sentence: which CAMEO root an act between them
would have, read from the words that link them rather than from one trigger's lexicon sense.

The lexicon gives a trigger one sense ("said" is 010), so a pair whose act the sentence tells by
other words ("said the army shelled the town": an accusation) has no candidate of its root. The
classifier reads the dependency path between the two actors' mentions, the word that joins them
and that word's dependents, the sentence's content words and the actors' types, and gives a
probability to each root (a multinomial logistic regression fitted by
``scripts/train_pair_roots.py`` on the real-news train split's gold events, scored here without
scikit-learn).

Not in the pipeline: read through the candidate generator (``find_candidates(pair_roots=…)``) by
``scripts/train_decision.py --pair-roots``, it raised recall, but not F1 in two of the three
train draws without a loss on dev (measured in ``scripts/train_pair_roots.py``): no model is
packaged.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from tacitus.errors import KnowledgeBaseError
from tacitus.nlp.doc_memo import root_of, sentence_of

MODEL_VERSION = 1
# the parts of speech whose lemmas are the sentence's words (its bag)
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})
# how far up the parse the path between the two actors is followed
MAX_DEPTH = 12


@dataclass(frozen=True, slots=True)
class PairRootModel:
    """A multinomial linear model: ``roots`` its classes, ``bias`` one per root, ``weights`` for
    each feature the weight of each root it moves (an absent root: zero)."""

    roots: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, Mapping[str, float]]

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """The probability of each root for a pair with ``features`` (each counted once)."""
        scores = dict(zip(self.roots, self.bias, strict=True))
        for feature in set(features):
            for root, weight in self.weights.get(feature, {}).items():
                scores[root] += weight
        top = max(scores.values())
        exps = {root: math.exp(score - top) for root, score in scores.items()}
        total = sum(exps.values())
        return {root: value / total for root, value in exps.items()}


def parse_pair_root_model(raw: Any, *, where: str = "pair root model") -> PairRootModel:
    """A ``PairRootModel`` from its JSON object, validated."""
    if not isinstance(raw, dict) or raw.get("version") != MODEL_VERSION:
        raise KnowledgeBaseError(f"{where}: not a version {MODEL_VERSION} pair root model")
    roots = tuple(str(root) for root in raw["roots"])
    bias = tuple(float(value) for value in raw["bias"])
    if len(roots) != len(bias) or not roots:
        raise KnowledgeBaseError(f"{where}: one bias per root is needed")
    weights: dict[str, dict[str, float]] = {}
    for feature, by_root in raw["weights"].items():
        if not set(by_root) <= set(roots):
            raise KnowledgeBaseError(f"{where}: {feature} weighs a root the model has not")
        weights[str(feature)] = {str(root): float(value) for root, value in by_root.items()}
    return PairRootModel(roots=roots, bias=bias, weights=weights)


def pair_features(doc: Doc, source: tuple[int, int], target: tuple[int, int], *,
                  source_code: str = "", target_code: str = "") -> tuple[str, ...]:
    """What the classifier reads of the pair whose mentions span the tokens ``source`` and
    ``target`` (start, end exclusive) of one sentence of ``doc``, with the actors' codes."""
    source_head, target_head = root_of(doc, *source), root_of(doc, *target)
    joint, path = pair_link(doc, source, target)
    features = [f"source_dep={source_head.dep_}", f"target_dep={target_head.dep_}",
                "order=" + ("source_first" if source[0] < target[0] else "target_first")]
    features += [f"source_type={kind}" for kind in _types(source_code)]
    features += [f"target_type={kind}" for kind in _types(target_code)]
    if joint is not None:
        features += [f"path={_lemma(token)}" for token in path]
        features += [f"joint={_lemma(joint)}", f"joint_pos={joint.pos_}"]
        features += [f"joint_{child.dep_}={_lemma(child)}" for child in joint.children
                     if not child.is_punct and child.i not in {source_head.i, target_head.i}]
        if any(child.dep_ == "neg" for token in (joint, *path) for child in token.children):
            features.append("negated")
    sentence = sentence_of(source_head)
    features += [f"word={_lemma(token)}" for token in sentence
                 if token.pos_ in CONTENT_POS and token.is_alpha and not token.is_stop]
    return tuple(dict.fromkeys(features))


def pair_link(doc: Doc, source: tuple[int, int], target: tuple[int, int]
              ) -> tuple[Token | None, list[Token]]:
    """The word whose subtree holds both mentions (``None`` when the parse does not join them
    within ``MAX_DEPTH``) and the words between it and each mention's head."""
    up_source = _ancestors(root_of(doc, *source))
    up_target = _ancestors(root_of(doc, *target))
    above_target = {token.i for token in up_target}
    joint = next((token for token in up_source if token.i in above_target), None)
    if joint is None:
        return None, []
    return joint, [*_up_to(up_source, joint), *_up_to(up_target, joint)]


def _ancestors(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) <= MAX_DEPTH:
        chain.append(chain[-1].head)
    return chain


def _up_to(chain: list[Token], joint: Token) -> list[Token]:
    """The tokens of ``chain`` (a mention's head and its ancestors) strictly between the
    mention's head and ``joint``."""
    between = []
    for token in chain[1:]:
        if token.i == joint.i:
            break
        between.append(token)
    return between


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _types(code: str) -> list[str]:
    """The type codes after a code's country or group part ("USAGOV": ["GOV"])."""
    return [code[start:start + 3] for start in range(3, len(code) - 2, 3)] or ["none"]
