"""Background (history, standing conditions) and unrealised (scheduled, conditional, feared)
events, judged on the parse of small hand-written sentences."""

from __future__ import annotations

from datetime import date

import pytest
from events_mentions import code_text, triples
from spacy.language import Language
from spacy.tokens import Token

from tacitus.events.background import (
    governing_date,
    is_background,
    is_unrealised,
    news_events,
)

ARTICLE_DAY = date(2022, 5, 13)  # a Friday


def _token(nlp: Language, sentence: str, word: str) -> Token:
    return next(token for token in nlp(sentence) if token.text == word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Peru and Chile fought a war over the border in 1995.", "fought"),
    ("Kenya expelled the envoy in March 2019 after a dispute.", "expelled"),
    ("The two neighbours have fought three wars since 1947.", "fought"),
    ("Belgium has been under pressure since the election of its new leader.", "been"),
    ("The ministry has repeatedly denied any role in the blast.", "denied"),
    ("The junta routinely rejects such reports.", "rejects"),
    ("Opposition leaders have long accused the president of fraud.", "accused"),
    ("Rebels have attacked convoys for years.", "attacked"),
    ("The valley has been held by the militia since a war in the 1990s.", "war"),
    ("Ghana has sanctioned the firm since it took over the port.", "sanctioned"),
])
def test_history_and_standing_conditions_are_background(nlp: Language, sentence: str,
                                                        word: str) -> None:
    assert is_background(_token(nlp, sentence, word), ARTICLE_DAY)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Kenya expelled the envoy on Tuesday.", "expelled"),
    ("Kenya expelled the envoy, a month after the 2019 dispute began in March 2019.",
     "expelled"),
    ("The opposition leader accused the army of orchestrating his removal last year.",
     "accused"),
    ("The army said on Monday that rebels had attacked a convoy.", "attacked"),
    ("Rebels have attacked three convoys since Tuesday.", "attacked"),
    ("Police arrested the mayor, who has held the post since 2015.", "arrested"),
])
def test_news_of_the_week_is_not_background(nlp: Language, sentence: str, word: str) -> None:
    assert not is_background(_token(nlp, sentence, word), ARTICLE_DAY)


def test_governing_date_is_the_date_of_the_trigger_clause(nlp: Language) -> None:
    sentence = "Talks that began in 2019 ended on Monday."
    assert governing_date(_token(nlp, sentence, "ended"), ARTICLE_DAY) == date(2022, 5, 9)
    assert governing_date(_token(nlp, sentence, "began"), ARTICLE_DAY) == date(2019, 1, 1)


@pytest.mark.parametrize(("sentence", "word"), [
    ("The foreign ministers were due to meet in Oslo.", "meet"),
    ("The president was to hold talks with the rebels.", "hold"),
    ("Forty prisoners are to be freed over three days.", "freed"),
    ("The envoy is expected to sign the accord.", "sign"),
    ("The union said it would strike if the law went ahead, and the army shelled the town.",
     "went"),
    ("Markets fell on fears of a wider war.", "war"),
    ("Diplomats warned of the risk of sanctions.", "sanctions"),
])
def test_scheduled_conditional_and_feared_events_are_unrealised(nlp: Language, sentence: str,
                                                                word: str) -> None:
    assert is_unrealised(_token(nlp, sentence, word))


@pytest.mark.parametrize(("sentence", "word"), [
    ("The foreign ministers met in Oslo.", "met"),
    ("The envoy wants to sign the accord.", "sign"),
    ("The union said it would strike if the law went ahead, and the army shelled the town.",
     "shelled"),
    ("The court lifted the sanctions.", "sanctions"),
])
def test_done_events_are_not_unrealised(nlp: Language, sentence: str, word: str) -> None:
    assert not is_unrealised(_token(nlp, sentence, word))


def test_news_events_drops_history_and_keeps_the_news(nlp: Language) -> None:
    actors = {"Peru": "PER", "Chile": "CHL"}
    text = "Peru expelled a Chilean diplomat on Tuesday. Peru attacked Chile in 1995."
    doc = nlp(text)
    coded = code_text(nlp, text, actors, article_date=ARTICLE_DAY)
    assert ("PER", "CHL", "190") in triples(coded)
    kept = news_events(doc, coded, ARTICLE_DAY)
    assert ("PER", "CHL", "190") not in triples(kept)
    assert [event for event in kept if event.evidence.sentence_index == 0]


@pytest.mark.parametrize(("sentence", "word"), [
    ("Kenya will leave the talks unless Uganda rescinds its annexation of the island.",
     "annexation"),
    ("Troops will stay unless the president reaches a deal with rebels fighting to oust him.",
     "fighting"),
])
def test_facts_inside_a_condition_are_not_unrealised(nlp: Language, sentence: str,
                                                     word: str) -> None:
    assert not is_unrealised(_token(nlp, sentence, word))
