"""The document features of the article-level topic judge (``tacitus.events.topic_features``)."""

from __future__ import annotations

import math

from spacy.language import Language

from tacitus.events.decision import DecisionModel, LinearModel, make_topic_judge
from tacitus.events.topic_features import (
    actor_family,
    is_document_feature,
    topic_features,
    topic_words,
)
from tacitus.model import Actor, ActorMention, Event, Evidence


def _mention(code: str, kind: str, country: str | None, sentence: int = 0) -> ActorMention:
    return ActorMention(actor=Actor(code=code, name=code, kind=kind, country=country),
                        text=code, sentence_index=sentence, token_start=0, token_end=1,
                        start=0, end=1)


def _event(cameo: str, sentence: int) -> Event:
    source = Actor(code="USAGOV", name="US government", kind="state", country="USA")
    return Event(id=f"e{sentence}{cameo}", source=source, target=None, cameo=cameo,
                 cameo_name="", plover="", plover_mode="", goldstein=0.0, quad_class=0,
                 date=None, evidence=Evidence(article_id="a", sentence_index=sentence,
                                              sentence="", start=0, end=1),
                 trigger="", trigger_start=0, trigger_end=1, confidence=1.0)


def test_an_actor_counts_in_the_family_of_its_first_listed_type_unit_else_its_kind() -> None:
    assert actor_family(Actor("USAGOV", "US government", "state", "USA")) == "government"
    assert actor_family(Actor("USAGOVMIL", "US army", "state", "USA")) == "government"
    assert actor_family(Actor("RUSMIL", "Russian army", "state", "RUS")) == "force"
    assert actor_family(Actor("PAKCOP", "Pakistani police", "state", "PAK")) == "law"
    assert actor_family(Actor("GBRBUS", "British firms", "sector", "GBR")) == "economy"
    assert actor_family(Actor("FRA", "France", "state", "FRA")) == "state"
    assert actor_family(Actor("UNO", "United Nations", "igo")) == "igo"


def test_document_features_count_actors_countries_events_and_cue_words(nlp: Language) -> None:
    doc = nlp("The striker scored twice. The coach praised the team. Fans cheered the goal. "
              "The league said nothing.")
    mentions = [_mention("USAGOV", "state", "USA", 0), _mention("USAGOV", "state", "USA", 1),
                _mention("RUSMIL", "state", "RUS", 2)]
    events = [_event("042", 0), _event("043", 0), _event("190", 3), _event("111", 3)]
    features = topic_features(doc, mentions, events)
    assert features["actors:government"] == math.log1p(5.0 * 2 / 4)
    assert features["actors:force"] == math.log1p(5.0 * 1 / 4)
    assert features["countries:named"] == math.log1p(2)
    # sentences with an event of each kind, out of four
    assert features["events:q1"] == 0.25
    assert features["events:q3"] == 0.25
    assert features["events:q4"] == 0.25
    assert features["events:violence"] == 0.25
    assert "events:q2" not in features
    # "striker", "coach", "league": three of seventeen words
    assert features["cues:sport"] == math.log1p(100 * 3 / 17)
    assert "cues:business" not in features
    assert {"striker", "coach", "league"} <= {name for name in features
                                              if not is_document_feature(name)}
    assert all(features[word] == 1.0 for word in topic_words(doc))


def test_a_body_known_by_its_name_alone_is_read_by_its_words_not_as_an_actor(
        nlp: Language) -> None:
    doc = nlp("Bluewave Airlines cut its fares. Harbour Bank raised its rates.")
    company = ActorMention(actor=Actor(code="NZLBUS", name="Bluewave Airlines", kind="sector",
                                       country="NZL"), text="Bluewave Airlines",
                           sentence_index=0, token_start=0, token_end=2, start=0, end=17,
                           how="placed")
    features = topic_features(doc, [company, _mention("GBRBUS", "sector", "GBR", 1)], [])
    assert features["actors:economy"] == math.log1p(5.0 * 1 / 2)
    assert features["countries:named"] == math.log1p(1)
    assert features["airlines"] == 1.0


def test_a_linear_model_weighs_features_by_their_values() -> None:
    model = LinearModel(bias=-1.0, weights={"a": 2.0, "cues:sport": -3.0}, threshold=0.5)
    assert model.score({"a": 1.0, "cues:sport": 0.5, "unknown": 7.0}) == -0.5


def test_the_topic_judge_reads_the_actors_and_cue_words_not_only_the_words(
        nlp: Language) -> None:
    judge = make_topic_judge(model=DecisionModel(
        topic=LinearModel(bias=-1.0, weights={"actors:government": 2.0, "cues:sport": -2.0},
                          threshold=0.5),
        event=LinearModel(bias=0.0, weights={}, threshold=0.5)))
    doc = nlp("The ministry answered on Monday.")
    assert judge(doc, [_mention("FRAGOV", "state", "FRA")], []) is True
    assert judge(doc, [], []) is False
    sport = nlp("The striker scored in the tournament final.")
    assert judge(sport, [_mention("FRAGOV", "state", "FRA")], []) is False
