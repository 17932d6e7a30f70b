"""Towns as context for actors: a local body ("the mayor", "the city's prosecutors") belongs to
the town the text is set in, not to the army that attacks it; people in a town are its country's."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.actors.places import Locator, make_locator
from tacitus.model import ActorMention


@pytest.fixture(scope="module")
def locator() -> Locator:
    return make_locator()


def codes(nlp: Language, locator: Locator | None, text: str) -> dict[str, str]:
    towns = locator.find_towns if locator is not None else None
    mentions: tuple[ActorMention, ...] = make_actor_resolver(towns=towns)(
        nlp(text), date(2023, 5, 1))
    return {mention.text: mention.actor.code for mention in mentions}


@pytest.mark.parametrize(("text", "body", "code"), [
    ("Armenian artillery shelled a school in Ganja on Sunday, the city's prosecutors said.",
     "prosecutors", "AZEJUD"),
    ("Russian drones hit a power station near Kharkiv overnight, the mayor said.",
     "mayor", "UKRGOV"),
    ("Sudanese gunmen raided a clinic in Abeche. Local officials said the raid lasted an hour.",
     "officials", "TCDGOV"),
])
def test_a_local_body_takes_the_country_of_its_town(nlp: Language, locator: Locator,
                                                    text: str, body: str, code: str) -> None:
    assert codes(nlp, locator, text)[body] == code


def test_without_the_gazetteer_the_nearest_actor_decides(nlp: Language) -> None:
    # what the town corrects: the attacker is the nearest actor named
    text = "Russian drones hit a power station near Kharkiv overnight, the mayor said."
    assert codes(nlp, None, text)["mayor"] == "RUSGOV"


def test_an_army_is_not_a_local_body(nlp: Language, locator: Locator) -> None:
    text = "Israeli troops raided a house in Nablus on Monday, the army said."
    assert codes(nlp, locator, text)["army"].startswith("ISR")


def test_people_in_a_town_are_its_countrys(nlp: Language, locator: Locator) -> None:
    text = "Turkish jets bombed villagers in Manbij on Friday."
    assert codes(nlp, locator, text)["villagers"] == "SYRCVL"


@pytest.mark.parametrize(("text", "town"), [
    ("Shells fell on the port of Berdyansk.", "Berdyansk"),
    ("Rockets hit the Kharkiv tractor plant.", "Kharkiv"),
])
def test_a_town_named_by_a_place_noun_or_modifying_a_noun_is_found(
        nlp: Language, locator: Locator, text: str, town: str) -> None:
    doc = nlp(text)
    assert [doc[start:end].text for start, end, _ in locator.find_towns(doc, frozenset())] == [
        town]
