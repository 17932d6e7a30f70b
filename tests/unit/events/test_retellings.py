"""The decision stage's retellings: how often an article tells an act between two actors, and how
early it pairs them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.candidates import Candidate
from tacitus.events.decision_features import candidate_features
from tacitus.events.retellings import pair_of, read_retellings, retelling_features

STORY = ("Chile accused Peru of spying on Monday. Peru rejected the charge. "
         "Santiago repeated its accusation against Peru on Tuesday. "
         "Chilean ministers again accused Peru of espionage. "
         "Brazil criticised Argentina over trade.")


def _first(candidates: tuple[Candidate, ...], word: str, source: str, target: str) -> Candidate:
    return next(c for c in candidates if c.event.trigger.lower().startswith(word)
                and c.event.source.code.startswith(source)
                and c.event.target is not None and c.event.target.code.startswith(target))


def test_an_act_the_article_keeps_telling_is_counted_by_its_sentences(nlp: Language) -> None:
    _, _, _, candidates = text_candidates(nlp, STORY, date(2022, 3, 8))
    retellings = read_retellings(candidates)
    accusation = _first(candidates, "accused", "CHL", "PER")
    aside = _first(candidates, "criticised", "BRA", "ARG")
    told = retellings.told[(accusation.event.cameo[:2], pair_of(accusation))]
    assert told >= 3
    assert retelling_features(accusation, retellings) == ["told=<=5", "introduced=<=1"]
    assert retelling_features(aside, retellings) == ["told=<=1", "introduced=<=4"]


def test_the_pair_is_the_same_either_way_round(nlp: Language) -> None:
    _, _, _, candidates = text_candidates(nlp, STORY, date(2022, 3, 8))
    accusation = _first(candidates, "accused", "CHL", "PER")
    event = accusation.event
    assert event.target is not None
    reverse = replace(accusation, event=replace(event, source=event.target, target=event.source))
    assert pair_of(accusation) == pair_of(reverse) == frozenset({"CHL", "PER"})


def test_the_features_are_read_only_when_the_retellings_are_given(nlp: Language) -> None:
    article, doc, mentions, candidates = text_candidates(nlp, STORY, date(2022, 3, 8))
    aside = _first(candidates, "criticised", "BRA", "ARG")
    alone = candidate_features(doc, aside, mentions, article, topic=0.9)
    told = candidate_features(doc, aside, mentions, article, topic=0.9,
                              retellings=read_retellings(candidates))
    assert not any(feature.startswith(("told=", "introduced=")) for feature in alone)
    assert {"told=<=1", "introduced=<=4"} <= set(told)
