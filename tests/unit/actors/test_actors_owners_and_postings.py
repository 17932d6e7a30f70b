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


def persons(nlp: Language, resolve: ActorResolver, text: str) -> list[tuple[str, str, str]]:
    return [(mention.text, mention.actor.code, mention.actor.name)
            for mention in resolve(nlp(text), DAY) if mention.actor.kind == "person"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chilean Ambassador in Bolivia Rosa Ferrando Pizarro asked for calm."
     " Ferrando Pizarro left later.",
     [("Chilean Ambassador in Bolivia Rosa Ferrando Pizarro", "CHLGOV", "Rosa Ferrando Pizarro"),
      ("Pizarro", "CHLGOV", "Rosa Ferrando Pizarro")]),
    ("Kenyan envoy to Uganda Peter Mwangi Odhiambo met the press.",
     [("Kenyan envoy to Uganda Peter Mwangi Odhiambo", "KENGOV", "Peter Mwangi Odhiambo")]),
    # a name broken by the end of a line, as wire stories were
    ("Chilean Ambassador in Bolivia Rosa\nFerrando Pizarro asked for calm.",
     [("Chilean Ambassador in Bolivia Rosa\nFerrando Pizarro", "CHLGOV",
       "Rosa\nFerrando Pizarro")]),
    # a name the tables know: the title's country still
    ("Ghanaian Ambassador in Ethiopia Kofi Annan spoke.",
     [("Ghanaian Ambassador in Ethiopia Kofi Annan", "GHAGOV", "Kofi Annan")]),
])
def test_a_title_posted_abroad_keeps_its_own_country(nlp: Language, resolve: ActorResolver,
                                                     text: str,
                                                     expected: list[tuple[str, str, str]]) -> None:
    assert persons(nlp, resolve, text) == expected


@pytest.mark.parametrize("text", [
    # no name after the posting: the title alone, of its own country
    "The Chilean ambassador in Bolivia said the talks would go on.",
    # plural titles name no one
    "Chilean ambassadors in Bolivia Rosa Ferrando and Juan Vega spoke.",
])
def test_a_posting_without_one_name_teaches_no_person(nlp: Language, resolve: ActorResolver,
                                                      text: str) -> None:
    assert persons(nlp, resolve, text) == []
