"""Whose an actor is, from the words around its name: a seat written as a town of another country
("Tripoli, Lebanon"), a body that private people own ("the residents' committee"), diplomats
posted where the story is ("diplomats in Kabul"). Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.actors.places import make_locator

DAY = date(2024, 5, 14)


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver(towns=make_locator().find_towns)


def codes(nlp: Language, resolve: ActorResolver, text: str) -> list[tuple[str, str]]:
    return [(mention.text, mention.actor.code) for mention in resolve(nlp(text), DAY)]


@pytest.mark.parametrize(("text", "expected"), [
    # a seat followed by another country with a town of that name: the town
    ("Floods hit Tripoli, Lebanon, on Sunday.", [("Lebanon", "LBN")]),
    ("Fishermen in La Paz, Mexico, protested.", [("Fishermen", "MEXAGR"), ("Mexico", "MEX")]),
    # a list of actors keeps the seat: Russia has no town called Washington
    ("Washington, Russia and China agreed to meet.",
     [("Washington", "USAGOV"), ("Russia", "RUS"), ("China", "CHN")]),
    # the seat's own country after it changes nothing
    ("The Kremlin said Moscow, Russia, was calm.",
     [("Kremlin", "RUSGOV"), ("Moscow", "RUSGOV"), ("Russia", "RUS")]),
])
def test_a_seat_written_as_a_town_of_the_next_country(nlp: Language, resolve: ActorResolver,
                                                      text: str,
                                                      expected: list[tuple[str, str]]) -> None:
    assert codes(nlp, resolve, text) == expected


@pytest.mark.parametrize(("text", "words", "code"), [
    ("The residents' committee in Lagos rejected the plan.", "committee", "NGACVL"),
    ("The rebels' commander in Goma, Congo, refused to talk.", "commander", "CODREB"),
    # a name in capitals is the organ's own
    ("Egypt's People's Assembly voted on Monday.", "Assembly", "EGYLEG"),
])
def test_a_body_owned_by_private_people_is_theirs(nlp: Language, resolve: ActorResolver,
                                                  text: str, words: str, code: str) -> None:
    found = [found_code for name, found_code in codes(nlp, resolve, text) if words in name]
    assert found and found[0].startswith(code), codes(nlp, resolve, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Diplomats in Kabul said the convoy had been stopped.", "Diplomats"),
    ("An envoy in Nairobi said the talks had failed.", "envoy"),
])
def test_those_posted_abroad_are_not_of_where_they_serve(nlp: Language, resolve: ActorResolver,
                                                         text: str, absent: str) -> None:
    assert not [item for item in codes(nlp, resolve, text) if absent in item[0]]


@pytest.mark.parametrize(("text", "expected"), [
    # a national diplomat keeps the country their words give
    ("A Polish diplomat in Minsk said the talks had failed.", ("Polish diplomat", "POLGOV")),
    ("Police in Kabul arrested two men.", ("Police", "AFGCOP")),
])
def test_others_in_a_place_keep_its_country(nlp: Language, resolve: ActorResolver, text: str,
                                            expected: tuple[str, str]) -> None:
    found = codes(nlp, resolve, text)
    assert any(name.startswith(expected[0]) and code == expected[1] for name, code in found), found
