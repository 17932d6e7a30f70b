"""A story with no dateline, re-cased as a whole (written all in small letters or all in capitals)
or not, is set in the country its towns name: its bodies ("police", "Congress") are that
country's."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.actors import make_actor_resolver
from tacitus.actors.places import Locator, make_locator
from tacitus.nlp.truecase import RECASED

# written in ordinary case, as re-casing leaves a story the tables can read
STORY = ("Police arrested forty students near the bus depot in Lucknow on Sunday. Later, "
         "Congress workers marched to the collector's office in Vijayawada.")


@pytest.fixture(scope="module")
def locator() -> Locator:
    return make_locator()


def codes(nlp: Language, locator: Locator, doc: Doc) -> dict[str, str]:
    mentions = make_actor_resolver(towns=locator.find_towns)(doc, date(2002, 3, 1))
    return {mention.text: mention.actor.code for mention in mentions}


def parsed(nlp: Language, text: str, *, recased: bool) -> Doc:
    doc = nlp(text)
    doc.user_data[RECASED] = recased
    return doc


def test_a_recased_story_is_set_in_the_country_of_its_towns(nlp: Language,
                                                             locator: Locator) -> None:
    found = codes(nlp, locator, parsed(nlp, STORY, recased=True))
    assert found["Police"] == "INDCOP"
    assert found["Congress"].startswith("IND")


def test_a_story_written_in_ordinary_case_is_set_there_too(nlp: Language,
                                                           locator: Locator) -> None:
    found = codes(nlp, locator, parsed(nlp, STORY, recased=False))
    assert found["Police"] == "INDCOP"
    assert found["Congress"].startswith("IND")


def test_one_town_does_not_set_a_story(nlp: Language, locator: Locator) -> None:
    text = "Police arrested forty students near the bus depot in Lucknow on Sunday."
    assert codes(nlp, locator, parsed(nlp, text, recased=True))["Police"] == "COP"


def test_a_country_named_as_often_as_the_towns_leaves_no_setting(nlp: Language,
                                                                 locator: Locator) -> None:
    text = ("Police arrested forty students in Lucknow and in Vijayawada on Sunday. Pakistan "
            "and Pakistan's allies protested.")
    assert codes(nlp, locator, parsed(nlp, text, recased=True))["Police"] == "COP"
