"""Stories of ordinary crime or of accidents with no public dimension
(``tacitus.events.private_stories``), on sentences written for this test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.events.decision import DecisionModel, LinearModel, make_topic_judge
from tacitus.events.private_stories import is_private_story
from tacitus.model import Actor, ActorMention

POLICE = Actor(code="GBRCOP", name="police", kind="state", country="GBR")
GOVERNMENT = Actor(code="GBRGOV", name="government", kind="state", country="GBR")


def _mention(actor: Actor, how: str = "kb") -> ActorMention:
    return ActorMention(actor=actor, text=actor.name, sentence_index=0, token_start=0,
                        token_end=1, start=0, end=1, how=how)


@pytest.mark.parametrize("text", [
    # the police named, no word of crime
    "Officers searched a flat on Mill Lane and recovered two laptops. A man was held.",
    # the words of crime, with the police among the actors too
    "A man who broke into six homes was charged with burglary. Neighbours said they felt safer.",
])
def test_a_police_story_with_no_public_word_is_a_private_story(nlp: Language,
                                                              text: str) -> None:
    assert is_private_story(nlp(text), [_mention(POLICE)])


def test_the_words_of_crime_make_a_crime_story_without_any_actor(nlp: Language) -> None:
    doc = nlp("The accountant admitted forgery and fraud. The jury took an hour to convict him.")
    assert is_private_story(doc, [])


@pytest.mark.parametrize("text", [
    # public affairs: the offender is a minister
    "Police arrested the transport minister on bribery charges. The cabinet met at night.",
    # communal violence: police against rioters
    "Police fired tear gas at rioters after a communal clash in the old city.",
    # armed conflict
    "Police said militants planted the bomb that killed two guards at the station.",
    # the weapons and the doers of armed conflict, with no word of politics
    "Two suicide bombers blew themselves up at a market. Police said 14 people were killed.",
    "A grenade was thrown into a crowded bus stand. Police have registered a case.",
])
def test_a_story_of_crime_with_a_public_dimension_is_not_a_private_story(
        nlp: Language, text: str) -> None:
    assert not is_private_story(nlp(text), [_mention(POLICE)])


@pytest.mark.parametrize("text", [
    "A bus and a lorry collided on the coast road, and the crash left nine people injured.",
    "The storm brought down power lines across the valley; officials said schools would close.",
])
def test_an_accident_or_a_storm_with_no_public_word_is_a_private_story(
        nlp: Language, text: str) -> None:
    assert is_private_story(nlp(text), [_mention(GOVERNMENT)])


def test_a_disaster_met_by_the_government_is_not_a_private_story(nlp: Language) -> None:
    doc = nlp("After the earthquake the president flew to the region and troops cleared roads.")
    assert not is_private_story(doc, [_mention(GOVERNMENT)])


@pytest.mark.parametrize("text", [
    "The striker scored twice as United beat City in the cup final.",
    "Shares rose on Wednesday as bank stocks rallied after strong earnings.",
])
def test_a_story_of_neither_crime_nor_public_affairs_is_left_to_the_model(
        nlp: Language, text: str) -> None:
    assert not is_private_story(nlp(text), [])


def test_a_body_known_by_its_name_alone_does_not_make_a_crime_story(nlp: Language) -> None:
    doc = nlp("Harbour Security opened a new office in the port on Monday.")
    assert not is_private_story(doc, [_mention(POLICE, how="placed")])


def test_the_topic_judge_silences_a_crime_story_whatever_the_model_says(nlp: Language) -> None:
    # a model that calls every article political
    judge = make_topic_judge(model=DecisionModel(
        topic=LinearModel(bias=5.0, weights={}, threshold=0.5),
        event=LinearModel(bias=0.0, weights={}, threshold=0.5)))
    crime = nlp("A woman was robbed of her gold chain by two youths on a motorcycle. Police "
                "said they had fled towards the market.")
    assert judge(crime, [_mention(POLICE)], []) is False
    public = nlp("The government ordered an inquiry. Police had fired on protesters.")
    assert judge(public, [_mention(POLICE), _mention(GOVERNMENT)], []) is True


def test_a_text_of_one_sentence_is_no_story_and_is_left_to_the_model(nlp: Language) -> None:
    judge = make_topic_judge(model=DecisionModel(
        topic=LinearModel(bias=5.0, weights={}, threshold=0.5),
        event=LinearModel(bias=0.0, weights={}, threshold=0.5)))
    line = nlp("Police arrested the two men who robbed the jeweller on Monday.")
    assert judge(line, [_mention(POLICE)], []) is True
