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


@pytest.mark.parametrize(("text", "body", "code"), [
    # the tagger reads the town as a person: the dateline's shape still makes it a place
    ("Gandhinagar: The state police detained twelve traders after the clashes.",
     "police", "INDCOP"),
    # towns of several countries share the name, none named: the most populous, as ``locate``
    ("PERTH, June 4 - The premier announced new water limits for farmers.",
     "premier", "AUSGOV"),
    ("MELBOURNE, Oct 9 (AAP) - Union leaders rejected the pay offer on Monday.",
     "Union leaders", "AUSLAB"),
])
def test_a_dateline_town_sets_the_country_of_unplaced_bodies(
        nlp: Language, locator: Locator, text: str, body: str, code: str) -> None:
    assert codes(nlp, locator, text)[body] == code


@pytest.mark.parametrize(("text", "body", "code"), [
    ("SAN SALVADOR, Nov 30 - A Canadian nurse was detained by the police on Friday.",
     "police", "SLVCOP"),
    ("KABUL, May 2 - Two British aid workers were taken before a court on Sunday.",
     "court", "AFGJUD"),
    ("ISLAMABAD, May 2 - Police said two Afghan refugees were arrested.", "Police", "PAKCOP"),
])
def test_police_and_courts_are_not_placed_by_the_people_they_act_on(
        nlp: Language, locator: Locator, text: str, body: str, code: str) -> None:
    assert codes(nlp, locator, text)[body] == code


def test_police_still_take_the_country_of_a_state_organ_beside_them(
        nlp: Language, locator: Locator) -> None:
    text = "Canadian soldiers were questioned by the police on Friday."
    assert codes(nlp, locator, text)["police"] == "CANCOP"


@pytest.mark.parametrize(("text", "body", "code"), [
    # a city of millions named bare; its namesakes abroad are small towns
    ("Unions in Melbourne rejected the offer. The premier said the police would act.",
     "police", "AUSCOP"),
])
def test_a_big_city_outweighs_small_namesakes_abroad(nlp: Language, locator: Locator,
                                                     text: str, body: str, code: str) -> None:
    assert codes(nlp, locator, text)[body] == code


def test_cities_of_like_size_stay_ambiguous(nlp: Language, locator: Locator) -> None:
    # Hyderabad is a city of millions in India and in Pakistan: no country without another clue
    assert codes(nlp, locator, "Police in Hyderabad arrested two men.")["Police"] == "COP"
