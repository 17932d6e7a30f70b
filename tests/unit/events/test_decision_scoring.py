"""A candidate scored part by part (``tacitus.events.decision_scoring``) has the very score the
event model gives its feature strings, to the last bit."""

from __future__ import annotations

import random
from datetime import date

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.candidate_set import set_features, with_set_features
from tacitus.events.decision import LinearModel, load_decision_model
from tacitus.events.decision_context import article_context
from tacitus.events.decision_features import FeatureCache, candidate_features, candidate_parts
from tacitus.events.decision_scoring import PartScorer, integer_weights

TEXTS = [
    ("Kenya accused Uganda of arming the rebels, and Uganda denied it. Tanzania urged Kenya and "
     "Uganda to hold talks on Monday."),
    ('"We will not negotiate with Chile," the Bolivian president said. Peru met Chilean envoys '
     "in Lima and Chile thanked Peru."),
]


def test_integer_weights_are_the_weights_over_one_power_of_two() -> None:
    integers = integer_weights({"a": 0.1, "b": -2.5, "c": 3.0})
    assert integers.denominator & (integers.denominator - 1) == 0
    assert {feature: value / integers.denominator
            for feature, value in integers.weights.items()} == {"a": 0.1, "b": -2.5, "c": 3.0}
    assert integer_weights({}).denominator == 1


def test_parts_give_the_score_of_the_strings_to_the_last_bit() -> None:
    # weights of many binary digits and magnitudes, where a float sum in another order differs
    rng = random.Random(17)
    names = [f"f{number}" for number in range(60)]
    model = LinearModel(bias=-1.3, threshold=0.5,
                        weights={name: rng.uniform(-3, 3) * 10 ** rng.randint(-6, 1)
                                 for name in names[:50]})
    scorer = PartScorer(model.bias, integer_weights(model.weights))
    for _ in range(200):
        chosen = rng.sample(names, 30)
        # a string repeated inside a part counts once, as in a set
        parts = [(*chosen[:10], chosen[0]), tuple(chosen[10:25]), tuple(chosen[25:29])]
        extra = (chosen[29],)
        assert scorer.score(parts, extra) == model.score([*parts[0], *parts[1], *parts[2],
                                                          *extra])
    assert scorer.score([]) == model.score([]) == -1.3


@pytest.mark.parametrize("text", TEXTS)
def test_candidate_parts_are_its_features_and_score_as_they_do(nlp: Language,
                                                                text: str) -> None:
    article, doc, mentions, candidates = text_candidates(nlp, text, date(2023, 5, 12),
                                                         coded=True)
    assert len(candidates) >= 6
    context = article_context(mentions)
    seen = FeatureCache()
    parts = [candidate_parts(doc, candidate, mentions, article, topic=0.7, seen=seen,
                             context=context) for candidate in candidates]
    features = [candidate_features(doc, candidate, mentions, article, topic=0.7,
                                   context=context) for candidate in candidates]
    assert [tuple(feature for part in own for feature in part) for own in parts] == features
    # no string is in two parts of one candidate
    for own in parts:
        assert len(set().union(*own)) == sum(len(set(part)) for part in own)
    model = load_decision_model().event
    scorer = PartScorer(model.bias, integer_weights(model.weights))
    priors = set_features(candidates)
    scored = with_set_features(list(zip(candidates, features, strict=True)))
    assert [scorer.score(own, prior) for own, prior in zip(parts, priors, strict=True)] == [
        model.score(strings) for _, strings in scored]
    # the candidates of one trigger and code share their trigger's part: one object
    assert len({id(own[0]) for own in parts}) < len(candidates)
