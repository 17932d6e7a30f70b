"""The trained decision stage: the model file, the scorer, and the choice among candidates."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.errors import KnowledgeBaseError
from tacitus.evaluation.records import sentence_article
from tacitus.events.candidates import Candidate, find_candidates, group_of
from tacitus.events.coder import make_event_coder
from tacitus.events.decision import (
    MODEL_FILE,
    DecisionModel,
    LinearModel,
    choose_events,
    is_lone_sentence,
    load_decision_model,
    make_event_decider,
    make_topic_judge,
    parse_decision_model,
)
from tacitus.events.decision_features import candidate_features
from tacitus.events.lexicon import load_frames, load_lexicon
from tacitus.events.ontology import load_ontology
from tacitus.events.topic_features import topic_words

MAX_MODEL_BYTES = 3_000_000


def test_a_linear_model_scores_present_features_once_and_calibrates() -> None:
    model = LinearModel(bias=-1.0, weights={"a": 2.0, "b": -0.5}, threshold=0.5, scale=2.0,
                        shift=0.5)
    assert model.score(["a", "a", "c"]) == pytest.approx(1.0)
    assert model.probability(["a", "b"]) == pytest.approx(1 / (1 + math.exp(-(2 * 0.5 + 0.5))))
    assert model.probability([]) < model.probability(["a"])


def test_a_lone_sentence_has_its_own_calibration_where_the_model_has_one() -> None:
    plain = LinearModel(bias=-1.0, weights={"a": 2.0}, threshold=0.5, scale=2.0, shift=-2.0)
    model = replace(plain, lone_scale=1.0, lone_shift=1.0)
    assert model.probability(["a"], lone=True) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert model.probability(["a"]) == plain.probability(["a"]) == pytest.approx(0.5)
    assert plain.probability(["a"], lone=True) == plain.probability(["a"])
    raw = {"version": 1, "topic": {"bias": 0, "threshold": 0.5, "weights": {}},
           "event": {"bias": 0, "threshold": 0.5, "weights": {}, "lone_scale": 1.5,
                     "lone_shift": 0.25}}
    event = parse_decision_model(raw).event
    assert (event.lone_scale, event.lone_shift) == (1.5, 0.25)
    del raw["event"]["lone_scale"]
    assert parse_decision_model(raw).event.lone_scale is None


def test_choosing_in_a_lone_sentence_uses_the_lone_calibration(nlp: Language) -> None:
    article, doc, mentions, candidates = _coded(nlp, "Pakistan met India in Geneva on Friday.")
    assert is_lone_sentence(doc)
    assert not is_lone_sentence(nlp("Talks in Geneva. Pakistan met India there on Friday."))
    scored = [(c, candidate_features(doc, c, mentions, article, topic=0.9)) for c in candidates]
    strict = LinearModel(bias=0.0, weights={}, threshold=0.5, shift=-3.0)
    assert choose_events(scored, strict, doc) == ()
    assert choose_events(scored, replace(strict, lone_scale=1.0, lone_shift=3.0), doc)


@pytest.mark.parametrize("raw", [
    {}, {"version": 99}, {"version": 1, "topic": {"bias": 0, "threshold": 0.5, "weights": {}}},
    {"version": 1, "topic": {"bias": 0, "weights": {}},
     "event": {"bias": 0, "threshold": 0.5, "weights": {}}},
    {"version": 1, "topic": {"bias": "x", "threshold": 0.5, "weights": {}},
     "event": {"bias": 0, "threshold": 0.5, "weights": {}}},
])
def test_a_bad_model_file_is_refused(raw: object) -> None:
    with pytest.raises(KnowledgeBaseError, match=MODEL_FILE):
        parse_decision_model(raw)


def test_the_packaged_model_is_small_and_its_thresholds_are_probabilities() -> None:
    from importlib import resources
    size = len(resources.files("tacitus.events").joinpath(MODEL_FILE).read_bytes())
    assert size < MAX_MODEL_BYTES
    model = load_decision_model()
    for part in (model.topic, model.event):
        assert 0.0 < part.threshold < 1.0
        assert part.weights


def _coded(nlp: Language, text: str):  # type: ignore[no-untyped-def]
    return text_candidates(nlp, text)


def test_every_pairing_of_the_actors_around_a_trigger_is_a_candidate(nlp: Language) -> None:
    _, _, _, candidates = _coded(nlp, "Pakistan met India in Geneva on Friday.")
    pairs = {(c.event.source.code[:3], c.event.target.code[:3] if c.event.target else None)
             for c in candidates if c.event.cameo.startswith("04")}
    assert {("PAK", "IND"), ("IND", "PAK"), ("PAK", None), ("IND", None)} <= pairs
    assert len({c.group for c in candidates if c.event.cameo.startswith("04")}) == 1
    assert {c.variant for c in candidates} == {"uncoded"}


def test_a_participle_describing_a_noun_is_no_candidate(nlp: Language) -> None:
    _, _, _, candidates = _coded(nlp, "Chile handed the arrested fishermen over to Peru.")
    assert not any(c.event.trigger == "arrested" for c in candidates)


def test_features_say_what_the_trigger_and_the_actors_are(nlp: Language) -> None:
    article, doc, mentions, candidates = _coded(
        nlp, "Pakistan attacked India on Friday, officials said.")
    attack = next(c for c in candidates if c.event.cameo.startswith("19")
                  and c.event.target is not None and c.event.source.code.startswith("PAK"))
    features = set(candidate_features(doc, attack, mentions, article, topic=0.9))
    assert {"lemma=attack", "source_path=nsubj", "target_path=dobj", "reported=True",
            "reporter=say", "target_country=True", "topic=4", "variant=uncoded"} <= features
    assert "condition" not in features
    assert {"pakistan", "attack", "official"} <= set(topic_words(doc))
    assert "on" not in topic_words(doc)


def _model(*, topic_bias: float, event_weights: dict[str, float]) -> DecisionModel:
    return DecisionModel(topic=LinearModel(bias=topic_bias, weights={}, threshold=0.5),
                         event=LinearModel(bias=0.0, weights=event_weights, threshold=0.5))


def test_each_trigger_keeps_its_likeliest_candidate_if_likely_enough(nlp: Language) -> None:
    article, doc, mentions, candidates = _coded(nlp, "Pakistan met India in Geneva on Friday.")
    model = _model(topic_bias=1.0, event_weights={"target=none": -3.0, "source_path=nsubj": 2.0})
    scored = [(c, candidate_features(doc, c, mentions, article, topic=0.9)) for c in candidates]
    kept = choose_events(scored, model.event, doc)
    assert [(e.source.code[:3], e.target.code[:3] if e.target else None) for e in kept] == [
        ("PAK", "IND")]
    assert kept[0].confidence == pytest.approx(round(model.event.probability(
        next(f for c, f in scored if c.event.id == kept[0].id)), 2))
    unlikely = LinearModel(bias=-5.0, weights={}, threshold=0.5)
    assert choose_events(scored, unlikely, doc) == ()


def test_an_article_judged_not_political_yields_no_events(nlp: Language) -> None:
    article, doc, mentions, _ = _coded(nlp, "Pakistan met India in Geneva on Friday.")
    sure = {"source_path=nsubj": 9.0}
    assert make_event_decider(model=_model(topic_bias=-2.0, event_weights=sure))(
        doc, mentions, (), article) == ()
    assert make_event_decider(model=_model(topic_bias=2.0, event_weights=sure))(
        doc, mentions, (), article)


def test_the_topic_judge_says_whether_an_article_is_public_affairs(nlp: Language) -> None:
    doc = nlp("The minister promised to cut fuel taxes before the election.")
    assert make_topic_judge(model=_model(topic_bias=2.0, event_weights={}))(doc, [], []) is True
    assert make_topic_judge(model=_model(topic_bias=-2.0, event_weights={}))(doc, [], []) is False


def test_a_group_is_a_trigger(nlp: Language) -> None:
    _, _, _, candidates = _coded(nlp, "Pakistan met India in Geneva on Friday.")
    assert all(isinstance(c, Candidate) and c.group == group_of(c.event) for c in candidates)


def test_a_noun_naming_a_coded_act_again_is_no_second_event(nlp: Language) -> None:
    text = "Pakistan met India in Geneva on Friday for talks with Iran."
    article = sentence_article(text, record_id="t", on_date=date(2021, 9, 24))
    doc = nlp(text)
    mentions = make_actor_resolver()(doc, article.date)
    coded = make_event_coder()(doc, mentions, article)
    candidates = find_candidates(doc, mentions, coded, article, lexicon=load_lexicon(),
                                 frames=load_frames(), ontology=load_ontology())
    assert any(c.variant != "coded" and c.event.trigger == "talks" for c in candidates)
    keep_all = LinearModel(bias=5.0, weights={}, threshold=0.5)
    scored = [(c, candidate_features(doc, c, mentions, article, topic=0.9)) for c in candidates]
    kept = choose_events(scored, keep_all, doc)
    assert [e.trigger for e in kept if e.cameo.startswith("04")] == ["met"]


def test_a_score_is_the_same_whatever_order_its_features_come_in() -> None:
    # weights whose running float sum depends on the order they are added in: 1 is lost beside
    # 1e16 unless the two large weights cancel first; the score must not depend on it (sets of
    # strings come in an order that changes with each process's string hashing)
    model = LinearModel(bias=0.5, weights={"a": 1e16, "b": 1.0, "c": -1e16}, threshold=0.5)
    assert model.score({"a": 1.0, "b": 1.0, "c": 1.0}) == 1.5
    assert model.score({"a": 1.0, "c": 1.0, "b": 1.0}) == 1.5
    assert model.score(["b", "c", "a"]) == 1.5
