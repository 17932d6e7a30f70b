"""Places that say where something happens, not whose anyone near them is: a country's post
abroad named as a place ("at the Peruvian embassy") and the venue of a meeting ("talks in
Norway"). Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.actors.foreign_places import is_meeting_venue
from tacitus.actors.places import make_locator

DAY = date(2024, 5, 14)


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver(towns=make_locator().find_towns)


def code_of(nlp: Language, resolve: ActorResolver, text: str, words: str) -> str:
    found = [mention.actor.code for mention in resolve(nlp(text), DAY) if words in mention.text]
    assert found, [(mention.text, mention.actor.code) for mention in resolve(nlp(text), DAY)]
    return found[0]


@pytest.mark.parametrize(("text", "words", "code"), [
    # the embassy is where it happened: the president is the dateline's country's
    ("LIMA, 4 June -- The president deplored the protest at the Chilean embassy.",
     "president", "PERGOV"),
    ("QUITO, 4 June -- Marchers gathered at the Brazilian embassy. The minister condemned the "
     "violence.", "minister", "ECUGOV"),
    ("QUITO, 4 June -- Students protested at the Brazilian embassy on Sunday.",
     "Students", "ECU"),
    # an embassy that speaks still places its staff
    ("The Japanese embassy said its spokesman had received threats.", "spokesman", "JPNGOV"),
])
def test_a_post_abroad_named_as_a_place_places_no_one(nlp: Language, resolve: ActorResolver,
                                                      text: str, words: str,
                                                      code: str) -> None:
    assert code_of(nlp, resolve, text, words).startswith(code)


@pytest.mark.parametrize(("text", "words", "code"), [
    ("Nepal's government and the rebels held talks in Norway on Monday, a minister said.",
     "rebels", "NPL"),
    ("Nepal's government and the rebels held talks in Norway on Monday, a minister said.",
     "minister", "NPLGOV"),
    ("Delegates of Nepal's government and the rebels will meet for talks in Norway next month, "
     "a minister said.", "minister", "NPLGOV"),
    # a place where the side itself is, not where it meets, still places it
    ("Police in Kenya arrested two men.", "Police", "KENCOP"),
])
def test_the_venue_of_a_meeting_places_no_one(nlp: Language, resolve: ActorResolver,
                                              text: str, words: str, code: str) -> None:
    assert code_of(nlp, resolve, text, words).startswith(code)


def venue_of(nlp: Language, text: str, place: str) -> bool:
    doc = nlp(text)
    return is_meeting_venue(next(token for token in doc if token.text == place))


@pytest.mark.parametrize(("text", "place"), [
    # the clause that schedules the talks hangs on the side they are held with
    ("The ban ends on Monday, opening the way for talks with the insurgents scheduled for later "
     "that month in Oslo.", "Oslo"),
    # the meeting is the verb's object, the place hung on the verb after a time phrase
    ("Prime Minister Paul Okoro attended the summit on Friday in Montego Bay.", "Bay"),
    # the meeting is the object of the verb's preposition
    ("Prime Minister Paul Okoro arrived in Montego Bay on Thursday for the summit.", "Bay"),
    ("Delegations from both sides met in Geneva for a new round of negotiations.", "Geneva"),
    # a verb with no subject of its own, read with the verb it completes
    ("Rebels agreed to peace talks with the government, to be held in Oslo in May.", "Oslo"),
])
def test_a_meeting_hung_further_from_its_place_is_still_its_venue(nlp: Language, text: str,
                                                                  place: str) -> None:
    assert venue_of(nlp, text, place)


@pytest.mark.parametrize(("text", "place"), [
    ("Police arrested two men in Geneva on Monday.", "Geneva"),
    ("Prime Minister Paul Okoro arrived in Geneva on Thursday.", "Geneva"),
    ("Soldiers with the rebels fought in Oslo for a week.", "Oslo"),
    # a place further down the talks' subject is what they are about, not where they are held
    ("Their talks on the campaign of land seizures in Kenya have stalled.", "Kenya"),
])
def test_a_place_with_no_meeting_is_no_venue(nlp: Language, text: str, place: str) -> None:
    assert not venue_of(nlp, text, place)


@pytest.mark.parametrize(("text", "words", "code"), [
    # the venue named further from the talks no longer sets the story in its country
    ("Nepal's government will free rebel prisoners on Monday, opening the way for talks with the "
     "insurgents scheduled for later that month in Norway, a minister said.", "insurgents",
     "NPL"),
    ("Nepal's government will free rebel prisoners on Monday, opening the way for talks with the "
     "insurgents scheduled for later that month in Norway, a minister said.", "minister",
     "NPLGOV"),
])
def test_a_venue_hung_further_from_the_talks_places_no_one(nlp: Language,
                                                           resolve: ActorResolver, text: str,
                                                           words: str, code: str) -> None:
    assert code_of(nlp, resolve, text, words).startswith(code)


@pytest.mark.parametrize("text", [
    "Prime Minister Paul Okoro attended the summit on Friday in Bridgetown. Okoro said the "
    "leaders agreed to cut tariffs.",
    "Prime Minister Paul Okoro arrived in Bridgetown on Thursday for talks. Okoro said the "
    "leaders agreed to cut tariffs.",
])
def test_a_titled_visitor_takes_no_country_from_the_venue(nlp: Language,
                                                          resolve: ActorResolver,
                                                          text: str) -> None:
    assert not code_of(nlp, resolve, text, "Paul Okoro").startswith("BRB")
