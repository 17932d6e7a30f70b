"""The topic judge's probability is read once per article: the decision stage and the claim
finder's judge ask it of the same parse, mentions and events."""

from __future__ import annotations

from spacy.language import Language

from tacitus.events.decision import DecisionModel, LinearModel, topic_probability


def _model(weights: dict[str, float]) -> DecisionModel:
    return DecisionModel(topic=LinearModel(bias=0.0, weights=weights, threshold=0.5),
                         event=LinearModel(bias=0.0, weights={}, threshold=0.5))


def test_each_parse_and_model_is_judged_on_its_own(nlp: Language) -> None:
    politics = _model({"parliament": 3.0, "goal": -3.0})
    debate = nlp("The parliament debated the budget until midnight.")
    match = nlp("The striker scored a late goal in the cup final.")
    mentions: tuple[()] = ()
    assert topic_probability(debate, mentions, (), politics) > 0.9
    assert topic_probability(debate, mentions, (), politics) > 0.9
    assert topic_probability(match, mentions, (), politics) < 0.1
    assert topic_probability(match, mentions, (), _model({"goal": 3.0})) > 0.9
    assert topic_probability(debate, mentions, (), _model({})) == 0.5

